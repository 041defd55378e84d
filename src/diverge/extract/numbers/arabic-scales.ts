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

const SCALES: ReadonlyArray<readonly [string, number]> = [
  // thousand: "ألف" after 11–99 and alone, "آلاف" after 3–10; both also written without the hamza
  ['ألف', 1e3], ['آلاف', 1e3], ['الف', 1e3], ['الاف', 1e3],
  ['مليون', 1e6], ['ملايين', 1e6],
  ['مليار', 1e9], ['مليارات', 1e9], ['بليون', 1e9], ['بلايين', 1e9],
  ['تريليون', 1e12],
  // Persian (its own letters: ی, ک)
  ['هزار', 1e3], ['میلیون', 1e6], ['میلیارد', 1e9], ['ميليارد', 1e9],
]

export const ARABIC_SCALES: ReadonlyMap<string, number> = new Map(SCALES.map(([word, scale]) => [foldWord(word), scale] as const))
