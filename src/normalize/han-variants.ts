/**
 * Traditional and Simplified Chinese read as one script.
 *
 * Hong Kong, Taiwan and overseas outlets write Traditional characters, the mainland Simplified ones:
 * 救援隊 and 救援队, 萬 and 万 are one word. Every reader after this one (alignment's Han tokens, the
 * CJK figure and date readers, names) is written for one form, so the comparison form reads each
 * Traditional (or Taiwan / Hong Kong variant) character as its Simplified one, below all of them,
 * where the digits of other scripts are folded (digits.ts). The table (han-variants-table.ts, from
 * OpenCC) keeps only pairs of one BMP code unit each, so the fold is unit for unit and every offset
 * stays the caller's; spans are sliced from the original string and still show the caller's form.
 *
 * Japanese is left as it is: its kanji are their own standard (時間, 前後 are what the Japanese
 * readers look for), and a text that writes kana in any number is Japanese (cjk-script.ts).
 */
import { HAN_VARIANT_PAIRS } from './han-variants-table'

// Han of the BMP (main block, extension A, compatibility ideographs): a text without any is returned at once.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
// Japanese writes particles and endings in kana in every sentence; a Chinese text quoting a
// Japanese title or name has a few. More than one kana in twenty Han characters is Japanese.
const KANA_SHARE = 20

// Each BMP unit's Simplified reading (0: none), built on the first Han text: non-Han text never pays for it.
let simplifiedByUnit: Uint16Array | undefined

function table(): Uint16Array {
  if (simplifiedByUnit) return simplifiedByUnit
  const built = new Uint16Array(0x10000)
  for (let i = 0; i + 1 < HAN_VARIANT_PAIRS.length; i += 2) built[HAN_VARIANT_PAIRS.charCodeAt(i)] = HAN_VARIANT_PAIRS.charCodeAt(i + 1)
  return (simplifiedByUnit = built)
}

function isHanUnit(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

/** Hiragana and katakana, but not the prolonged sound mark and middle dot Chinese web text borrows. */
function isKanaUnit(code: number): boolean {
  return ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff)) && code !== 0x30fc && code !== 0x30fb
}

/** `text` with each Traditional Chinese character read as its Simplified one; same length. Japanese text and text without Han come back as they are. */
export function foldHanVariants(text: string): string {
  if (!HAN.test(text)) return text
  const simplified = table()
  let han = 0
  let kana = 0
  let changes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isHanUnit(code)) {
      han++
      if (simplified[code] !== 0) changes++
    } else if (isKanaUnit(code)) kana++
  }
  if (changes === 0 || kana * KANA_SHARE > han) return text
  let out = ''
  let done = 0
  for (let i = 0; i < text.length; i++) {
    const reading = simplified[text.charCodeAt(i)]!
    if (reading === 0) continue
    out += text.slice(done, i) + String.fromCharCode(reading)
    done = i + 1
  }
  return out + text.slice(done)
}
