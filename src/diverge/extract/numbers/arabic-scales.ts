/**
 * Scale words after a figure in Arabic script: "12 ألف" (12 thousand), "3 ملايين" (3 million), "2 مليار",
 * Persian "5 هزار", "2 میلیون", "3 میلیارد" — read as "12 nghìn", "12 thousand", "12 tys." are.
 *
 * Read in every document, whatever language it was taken for: no word of a Latin-script language is
 * written in these letters, and a short Arabic sentence is often read as undetermined. Only straight
 * after a figure (numeral-suffix.ts), where "ألف" is the number and never the verb "ألّف" (wrote).
 * Forms with a prefix glued on ("بألف", "والمليون") are not scales after a figure and are left out.
 */
import { foldWord } from '../../../normalize/fold'
import type { Token } from '../fact-tokens'

const SCALES: ReadonlyArray<readonly [string, number]> = [
  // thousand: "ألف" after 11–99 and alone, "آلاف" after 3–10; both also written without the hamza.
  // After 11–99 the counted word is accusative, "ألفًا" / "مليونًا": with its tanween dropped (below), "ألفا"
  ['ألف', 1e3], ['آلاف', 1e3], ['الف', 1e3], ['الاف', 1e3], ['ألفا', 1e3], ['الفا', 1e3],
  ['مليون', 1e6], ['ملايين', 1e6], ['مليونا', 1e6],
  ['مليار', 1e9], ['مليارات', 1e9], ['مليارا', 1e9], ['بليون', 1e9], ['بلايين', 1e9], ['بليونا', 1e9],
  ['تريليون', 1e12], ['تريليونا', 1e12],
  // Persian (its own letters: ی, ک), and as typed on an Arabic keyboard (ي)
  ['هزار', 1e3], ['میلیون', 1e6], ['ميليون', 1e6], ['میلیارد', 1e9], ['ميليارد', 1e9],
]

const SCALE_BY_WORD: ReadonlyMap<string, number> = new Map(SCALES.map(([word, scale]) => [foldWord(word), scale] as const))

// Arabic's short vowels, tanween, shadda, sukun, dagger alif (U+064B–065F, U+0670) and the tatweel that only
// stretches a word (U+0640): a word keeps its sense without them, and news writes them at will ("ألفًا", "مليـون").
const VOWEL_SIGNS = /[\u0640\u064b-\u065f\u0670]/gu
const HAS_VOWEL_SIGN = /[\u0640\u064b-\u065f\u0670]/u

/** The scale a folded word after a figure states in Arabic or Persian ("ألفًا" → 1000), or undefined. */
export function arabicScale(key: string): number | undefined {
  const scale = SCALE_BY_WORD.get(key)
  if (scale !== undefined || !HAS_VOWEL_SIGN.test(key)) return scale
  return SCALE_BY_WORD.get(key.replace(VOWEL_SIGNS, ''))
}

// "و" (and) glued to the figure after it ("و800") or standing alone before it ("و 800")
const AND = 'و'
const GLUED_PART = /^و(\d{1,3})$/u
const PART = /^\d{1,3}$/u

/**
 * The smaller part an Arabic figure goes on with after "و" (review rdigits59): "3 ملايين و800 ألف" is 3,800,000,
 * "3 آلاف و500" 3,500 — unread, "3 ملايين" was flagged against the other report's 3800000. Token `j` is the one after
 * the figure's scale `mult`; each part must be below the scale before it (else "و" joins a second figure). The value to
 * add and the last token taken, or undefined.
 */
export function arabicPartsAt(tokens: readonly Token[], skipped: readonly boolean[], j: number, mult: number): { add: number; last: number } | undefined {
  let add = 0
  let last = -1
  let below = mult
  for (let k = j; !skipped[k]; ) {
    const t = tokens[k]
    const glued = t?.kind !== 'num' ? GLUED_PART.exec(t?.raw ?? '') : null
    const alone = t?.raw === AND && t.kind === 'word' && tokens[k + 1]?.kind === 'num' && PART.test(tokens[k + 1]!.raw) && !skipped[k + 1]
    if (!glued && !alone) break
    const at = glued ? k : k + 1
    const figure = +(glued ? glued[1]! : tokens[at]!.raw)
    const scale = !skipped[at + 1] && tokens[at + 1]?.kind === 'word' ? arabicScale(tokens[at + 1]!.key) : undefined
    const part = figure * (scale ?? 1)
    if (part <= 0 || part >= below || (scale !== undefined && scale >= below)) break
    add += part
    below = scale ?? 1
    last = scale !== undefined ? at + 1 : at
    k = last + 1
  }
  return last < 0 ? undefined : { add, last }
}
