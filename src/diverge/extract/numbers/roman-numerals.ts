/**
 * Roman numerals that number one of a series: *giai đoạn II*, *khóa XIII*, *Đại hội XI*, *Phase II*,
 * *World War II*. Outlets write the same phase or legislature in Arabic digits (*giai đoạn 2*,
 * *khóa 13*), so the numeral is read as those digits: the two compare as one value instead of the
 * Arabic one reading as a fact the other report never states.
 *
 * Only after a word that numbers a series: a capital I, V or X elsewhere is a pronoun, an initial
 * or part of a name (*Louis XIV* is left alone: a regnal number is part of the name).
 */
import type { Token } from '../fact-tokens'
import { keys } from '../fact-tokens'

// giai đoạn, khóa (a legislature's term), đại hội / hội nghị, phần, chương; phase, part, chapter, stage, World War, Title
const VI_HEADS = keys('đoạn khóa khoá hội nghị phần chương')
const EN_HEADS = keys('phase part chapter stage war title')
const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/
const DIGIT: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

/** The value of an upper-case Roman numeral (I–CCCXCIX), or undefined. */
export function romanValue(raw: string): number | undefined {
  if (!ROMAN.test(raw)) return undefined
  let value = 0
  for (let k = 0; k < raw.length; k++) {
    const d = DIGIT[raw[k]!]!
    const next = k + 1 < raw.length ? DIGIT[raw[k + 1]!]! : 0
    value += d < next ? -d : d
  }
  return value
}

/** I, V, X, L or C: every word token of a report is asked, and a regex call on each cost more than this test of its first letter. */
function romanLetter(code: number): boolean {
  return code === 73 || code === 86 || code === 88 || code === 76 || code === 67
}

/**
 * `tokens` with each Roman numeral that numbers a series turned into the numeral token its digits
 * would be (same offsets, so spans still cover "II"); the same array when there is none.
 */
export function romanAsDigits(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | undefined
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.kind !== 'word' || t.raw.length > 6 || !romanLetter(t.raw.charCodeAt(0)) || !/^[IVXLC]+$/.test(t.raw)) continue
    const head = tokens[i - 1]!
    if (head.kind !== 'word') continue
    const english = EN_HEADS.has(head.key)
    if (!english && !VI_HEADS.has(head.key)) continue
    // "as part I said": a lone I after a lower-case English word is the pronoun
    if (english && t.raw === 'I' && !/^\p{Lu}/u.test(head.raw)) continue
    const value = romanValue(t.raw)
    if (value === undefined) continue
    out ??= tokens.slice()
    out[i] = { ...t, raw: String(value), key: String(value), kind: 'num' }
  }
  return out ?? tokens
}
