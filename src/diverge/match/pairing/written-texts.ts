/**
 * Whether two sentences write their facts alike, asked of every link of every pair of a story
 * (a copied sentence is skipped on it). The fact texts of two reports are strings sliced apart, so
 * comparing the lists compared them character by character in each pair: ~4 % of a 40-report
 * story's pair step (story49). A number per list, written once a sentence of a report, settles the
 * common case, a copy, with one comparison.
 */
import { textIds } from './text-ids'

const textsIds = textIds()

/** Equal lists of fact texts: what equal signatures need, checked before writing them. */
export function sameTexts(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
  return true
}

/** A number for a list of texts: equal lists get equal numbers while the table holds them (text-ids.ts). */
export function textsIdOf(texts: readonly string[]): number {
  // Each text after its length: no two different lists write one key.
  let written = ''
  for (const text of texts) written += `${text.length}:${text}`
  return textsIds(written)
}

/** What `sameWrittenTexts` reads of a sentence's facts. */
export interface WrittenTexts {
  readonly texts: readonly string[]
  readonly textsId: number
}

/**
 * Equal lists of fact texts. Equal numbers are equal lists; different numbers are almost always
 * different lists, but an emptied table gives an equal list a new number, so those are compared.
 */
export function sameWrittenTexts(x: WrittenTexts, y: WrittenTexts): boolean {
  return x.textsId === y.textsId || sameTexts(x.texts, y.texts)
}
