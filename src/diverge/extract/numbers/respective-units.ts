/**
 * Value lists read "respectively" share the unit written after their last value: in *Smith and
 * Jones scored 10 and 12 points respectively*, *Vinamilk và Masan tương ứng đạt 10 và 12 tỷ
 * đồng*, the 10 is 10 points, 10 tỷ đồng. Without the marker a bare value before a list is
 * left as it is read ("Section 5 and 12 weeks"). The marker and the separators are also what
 * match/clauses/respective-lists.ts binds each value to its member by.
 */
import { foldWord } from '../../../normalize/fold'
import { type Token, keys } from '../fact-tokens'

const RESPECTIVELY = foldWord('respectively')
/** Two-syllable Vietnamese markers: "lần lượt", "tương ứng". */
const MARKERS: ReadonlyMap<string, string> = new Map([
  [foldWord('lần'), foldWord('lượt')],
  [foldWord('tương'), foldWord('ứng')],
])
/** Words joining the items of a list. */
export const JOINS = keys('and và & lẫn cùng')

/** Where the separator at `k` (',' | 'and' | ', and') ends, or -1 when there is none. */
export function separatorEnd(tokens: readonly Token[], k: number): number {
  const t = tokens[k]
  if (t === undefined) return -1
  if (t.raw === ',') return JOINS.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1
  return t.kind === 'word' && JOINS.has(t.key) ? k + 1 : -1
}

/** Whether a word's key may open the marker (markerAt finds none in a sentence whose words have no such key). */
export const mayOpenMarker = (key: string): boolean => key === RESPECTIVELY || MARKERS.has(key)

/** The "respectively" / "lần lượt" / "tương ứng" marker's token index, or -1. */
export function markerAt(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') continue
    if (t.key === RESPECTIVELY) return k
    const second = MARKERS.get(t.key)
    if (second !== undefined && tokens[k + 1]?.key === second) return k
  }
  return -1
}

/**
 * The last value of the bare value list the numeral at `i` opens or sits in ("10 and 12 points",
 * "4, and 6 percent"; a value before a lone comma is left bare), when the sentence reads it "respectively"; -1 otherwise. Only
 * separators stand between the values, so no value before the last carries a unit of its own.
 */
export function respectiveListEnd(tokens: readonly Token[], i: number, marked: () => boolean): number {
  let last = i
  for (;;) {
    // A lone comma may close an aside before the list ("Of the 300, 120 and 150 said …"): a value
    // before one keeps the unit it is read with, so only "and" / ", and" extend the list.
    if (tokens[last + 1]?.raw === ',' && !JOINS.has(tokens[last + 2]?.key ?? '')) break
    const next = separatorEnd(tokens, last + 1)
    if (next < 0 || tokens[next]?.kind !== 'num') break
    last = next
  }
  return last > i && marked() ? last : -1
}
