/**
 * Chinese and Japanese by their script. franc reads a short Chinese report as `cmn` or `und` by
 * chance (its trigram models need some fifty letters, and a Chinese sentence is twenty
 * characters); the script says it at once: Han with no kana is Chinese, Han with kana (or kana
 * alone) Japanese, which writes its particles and endings in hiragana in every sentence.
 */

/** U+3040–U+30FF (hiragana, katakana) and U+31F0–U+31FF (katakana extensions), but not the prolonged sound mark U+30FC, which Chinese web text borrows. */
function isKana(c: number): boolean {
  return ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) && c !== 0x30fc && c !== 0x30fb
}

/** The CJK unified ideographs of the BMP (the main block, extension A, compatibility): the Han news is written in. */
function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007
}

/** Han and kana characters of `text`, counted by code unit (linear, no regex). */
export function cjkCounts(text: string): { han: number; kana: number } {
  let han = 0
  let kana = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isHan(c)) han++
    else if (isKana(c)) kana++
  }
  return { han, kana }
}

/** A report needs this many Han or kana characters to be read by its script: a Latin report quoting one name in Han stays what franc says. */
export const LEAST_CJK = 8
// Japanese prose writes a kana for every two or three kanji; a Chinese report has none, save a quoted Japanese name.
const KANA_SHARE = 0.1

/**
 * `cmn` or `jpn` when at least half of `letters` (the sample's letters, counted by code point) are
 * Han or kana and there are LEAST_CJK of them; undefined otherwise (franc decides).
 */
export function cjkLanguage(sample: string, letters: number): 'cmn' | 'jpn' | undefined {
  const counts = cjkCounts(sample)
  const cjk = counts.han + counts.kana
  if (cjk < LEAST_CJK || cjk * 2 < letters) return undefined
  return writesJapanese(counts) ? 'jpn' : 'cmn'
}

/** Whether Han and kana counted by `cjkCounts` are Japanese (kana in every sentence) rather than Chinese quoting a Japanese name. */
export function writesJapanese({ han, kana }: { han: number; kana: number }): boolean {
  return kana > 0 && kana >= (han + kana) * KANA_SHARE
}

/** Whether `text` writes any Han or kana: the CJK readers of a sentence run only then. */
export function writesCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x3040 && (isHan(c) || isKana(c))) return true
  }
  return false
}
