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
 * readers look for), told by its kana as the report's language is (cjk-script.ts).
 */
import { HAN_VARIANT_PAIRS } from './han-variants-table'
import { cjkCounts, writesJapanese } from './cjk-script'

// Han of the BMP (main block, extension A, compatibility ideographs): a text without any is returned at once.
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
// Each BMP unit's Simplified reading (0: none), built on the first Han text: non-Han text never pays for it.
let simplifiedByUnit: Uint16Array | undefined

function table(): Uint16Array {
  if (simplifiedByUnit) return simplifiedByUnit
  const built = new Uint16Array(0x10000)
  for (let i = 0; i + 1 < HAN_VARIANT_PAIRS.length; i += 2) built[HAN_VARIANT_PAIRS.charCodeAt(i)] = HAN_VARIANT_PAIRS.charCodeAt(i + 1)
  return (simplifiedByUnit = built)
}

/** `text` with each Traditional Chinese character read as its Simplified one; same length. Japanese text and text without Han come back as they are. */
export function foldHanVariants(text: string): string {
  // Japanese is told from Chinese as the report's language is (cjk-script.ts), so the two never disagree.
  if (!HAN.test(text) || writesJapanese(cjkCounts(text))) return text
  const simplified = table()
  let out = ''
  let done = 0
  for (let i = 0; i < text.length; i++) {
    const reading = simplified[text.charCodeAt(i)]!
    if (reading === 0) continue
    out += text.slice(done, i) + String.fromCharCode(reading)
    done = i + 1
  }
  return done === 0 ? text : out + text.slice(done)
}
