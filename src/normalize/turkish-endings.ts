/**
 * Turkish case and possessive endings on names: a Turkish report writes one name as *Ankara'da* /
 * *Ankara'ya*, *Çelik'in* / *Çelik’i*, *Devlet Hastanesi* / *Hastanesi'nde*, *Mezarlığına* /
 * *Mezarlığında*, *Bakanlığından* / *Bakanlığının* by its role in the sentence. Two mentions that
 * differ only so are one name, not a name spelt two ways; a respelt stem stays two (*Abdullah* /
 * *Abdulah*, *Hersek* / *Herkes*), and no diacritic is folded (*Abdulaziz* / *Abdülaziz* stays two).
 *
 * Not a stemmer: each word is read with its apostrophe's suffix cut, and a common noun's third-person
 * possessive with its case (*-sI*, *-(s)InDA*, *-(s)InA*, *-(s)InIn*, …) cut; k before a vowel ending
 * is written ğ (*Mezarlık* / *Mezarlığı*), so a stem's last ğ is read as k. Only a bare possessive
 * run is cut without an apostrophe: a dative or genitive alone (*Sel-a*, *Sel-in*) is how two given
 * names differ too. Read only when both reports are Turkish, so no other language's names are.
 */

// What follows an apostrophe on a Turkish proper name is a suffix run of a few letters (*'nın*, *'ndaki*, *'yla*).
const LONGEST_APOSTROPHE_SUFFIX = 8
const APOSTROPHE = /['’ʼ`´]/u
const SUFFIX_LETTERS = /^[a-zçğıöşüâîû]+$/u
// The third person's possessive (sI after a vowel, I after a consonant), then n and a case, or nothing.
const POSSESSIVE = /^(?:s)?[ıiuü](?:n(?:da|de|ta|te|dan|den|tan|ten|daki|deki|a|e|ı|i|u|ü|ın|in|un|ün|ca|ce)|yla|yle)?$/u
const SHORTEST_STEM = 3
// sından, sinin: the longest possessive run read.
const LONGEST_POSSESSIVE = 7

// Titles written before a Turkish name: no part of the name (Başbakan Boris Johnson, Muhtar Ali Yılmaz).
const TITLES: ReadonlySet<string> = new Set([
  'başbakan', 'başbakanı', 'bakan', 'bakanı', 'bakanımız', 'başkan', 'başkanı', 'başkanımız', 'cumhurbaşkanı',
  'cumhurbaşkanımız', 'cumhurbaşkan', 'muhtar', 'muhtarı', 'vali', 'valisi', 'valimiz', 'kaymakam', 'kaymakamı',
  'sayın', 'dr.', 'dr', 'prof.', 'prof', 'doç.', 'doç', 'av.', 'av', 'müdür', 'müdürü', 'komutan', 'komutanı',
  'büyükelçi', 'büyükelçisi', 'milletvekili', 'başhekim', 'başhekimi', 'sözcüsü', 'sözcü', 'temsilcisi', 'yardımcısı',
])

/** Turkish lower case: dotless I and dotted İ keep their own small letters. */
export function turkishLower(word: string): string {
  return word.replace(/I/gu, 'ı').replace(/İ/gu, 'i').toLowerCase().normalize('NFC')
}

const kAgain = (stem: string): string => (stem.endsWith('ğ') ? `${stem.slice(0, -1)}k` : stem)

function readings(word: string): Set<string> {
  const out = new Set([word])
  const cut = word.search(APOSTROPHE)
  let stem = word
  if (cut >= SHORTEST_STEM) {
    const suffix = word.slice(cut + 1)
    if (suffix.length <= LONGEST_APOSTROPHE_SUFFIX && (suffix === '' || SUFFIX_LETTERS.test(suffix))) out.add((stem = word.slice(0, cut)))
  }
  // Every cut is tried: günü reads as gün-ü, though ünü would also read as a possessive and its case.
  for (let k = Math.max(SHORTEST_STEM, stem.length - LONGEST_POSSESSIVE); k < stem.length; k++) if (POSSESSIVE.test(stem.slice(k))) out.add(kAgain(stem.slice(0, k)))
  out.add(kAgain(stem))
  return out
}

const wordsOf = (text: string): string[] => text.split(/[\s\u00a0-]+/u).filter((w) => w !== '').map(turkishLower)

function withoutTitles(words: string[]): string[] {
  let last = -1
  words.forEach((w, k) => {
    if (TITLES.has(w) || TITLES.has(w.replace(APOSTROPHE, ''))) last = k
  })
  return last < 0 ? words : words.slice(last + 1)
}

function sameWords(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length || x.length === 0) return false
  return x.every((w, k) => {
    const v = y[k]!
    if (w === v) return true
    const ra = readings(w)
    for (const r of readings(v)) if (ra.has(r)) return true
    return false
  })
}

/** Is the name only a title (Muhtar, Başkan, Vali), which names no one by itself? */
export function turkishTitleOnly(text: string): boolean {
  const words = wordsOf(text)
  return words.length > 0 && withoutTitles(words).length === 0
}

/**
 * Do two Turkish spellings name one thing, differing only by case or possessive endings word by word,
 * or by a title before the name (İngiltere Başbakanı Boris Johnson / Başbakan Boris Johnson)?
 */
export function turkishCaseForms(a: string, b: string): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (sameWords(x, y)) return true
  const bareX = withoutTitles(x)
  const bareY = withoutTitles(y)
  if (bareX.length === x.length && bareY.length === y.length) return false
  return sameWords(bareX, bareY)
}
