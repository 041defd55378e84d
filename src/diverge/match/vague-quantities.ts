/**
 * A figure the other report gives only as a vague quantity of the same thing: "khoảng 2 tấn" /
 * "hàng tấn", "about 2 tonnes" / "tonnes of", "2.000 người" / "hàng nghìn người", "300 people" /
 * "hundreds of people". The vague words state no value to contradict, and they do state the
 * quantity: the figure is not `missing` (issue 11, counts34). A measure counts whatever its size
 * ("hàng tấn" holds 2 tonnes); a magnitude holds only figures of its order ("hàng trăm" 100–999,
 * "thousands" 1,000–999,999), so "hundreds of people" leaves "12 people" missing.
 *
 * The other report is read once, word by word (linear in its length).
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import { foldWord } from '../../normalize/fold'
import type { Fact } from '../extract/fact'
import type { Located } from '../extract/collect'
import { singular } from '../extract/count-units'
import { dimensionOf } from '../reasons/compatible'

/** The figures each vague word of magnitude holds, [from, below): "hàng chục" is some tens, "thousands" up to a million. */
const MAGNITUDES: ReadonlyMap<string, readonly [number, number]> = new Map(
  (
    [
      ['chục', 20, 100], ['trăm', 100, 1000], ['nghìn', 1000, 1e6], ['ngàn', 1000, 1e6], ['vạn', 10_000, 1e6], ['triệu', 1e6, 1e9], ['tỷ', 1e9, 1e12], ['tỉ', 1e9, 1e12],
      ['dozens', 20, 100], ['scores', 20, 100], ['hundreds', 100, 1000], ['thousands', 1000, 1e6], ['millions', 1e6, 1e9], ['billions', 1e9, 1e12],
    ] as const
  ).map(([w, from, below]) => [foldWord(w), [from, below] as const]),
)
const [HANG, OF, THE] = ['hàng', 'of', 'the'].map(foldWord) as [string, string, string]

/** The word after `k` in `words`, past an "of" and a "the": what a quantity is of ("tonnes of contaminated food" → contaminated). */
function thingAt(words: readonly string[], k: number): string {
  let at = k
  if (words[at] === OF) at++
  if (words[at] === THE) at++
  return words[at] ?? ''
}

/**
 * The vague quantities a report writes, each with the word after it: "tấn" in "hàng tấn thực phẩm"
 * (`unit:tấn|thực`), "tonnes of contaminated food" (`unit:tonne|contaminated`); a magnitude with its
 * noun ("hàng nghìn người dân" → `nghìn người|dân`, "hundreds of people live" → `hundreds people|live`).
 */
function vagueKeys(doc: PreparedDocument): ReadonlySet<string> {
  const words = doc.original.split(/[^\p{L}\p{M}]+/u).map(foldWord)
  const keys = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!
    if (w === HANG) {
      const next = words[i + 1]!
      if (MAGNITUDES.has(next)) keys.add(`${next} ${words[i + 2] ?? ''}|${thingAt(words, i + 3)}`)
      else keys.add(`unit:${next}|${thingAt(words, i + 2)}`)
    } else if (words[i + 1] === OF) {
      if (MAGNITUDES.has(w)) {
        const noun = words[i + 2] === THE ? i + 3 : i + 2
        keys.add(`${w} ${singular(words[noun] ?? '')}|${thingAt(words, noun + 1)}`)
      } else keys.add(`unit:${singular(w)}|${thingAt(words, i + 1)}`)
    }
  }
  return keys
}

/**
 * Does the other report give `located`'s figure as a vague quantity of the same measure or noun,
 * before the same word ("khoảng 2 tấn thực phẩm" / "hàng tấn thực phẩm")? A vague quantity of
 * something else elsewhere in the report ("thousands of people fled" for "300 people were hurt")
 * states nothing of this figure.
 */
export function statedVaguely(own: PreparedDocument, other: PreparedDocument, located: Located<Fact>): boolean {
  const fact = located.fact
  if (fact.type !== 'number' || fact.kind !== 'count' || !fact.unit || fact.range) return false
  const keys = once(other, vagueKeys)
  if (keys.size === 0) return false
  // the word after the figure's own unit: the thing it is a quantity of
  const after = own.original.slice(located.span.end, located.span.end + 80).split(/[^\p{L}\p{M}]+/u).filter(Boolean).map(foldWord)
  const thing = thingAt(after, 0)
  // a measure: any amount of it ("hàng tấn", "tonnes of")
  if (dimensionOf(fact) !== undefined) return keys.has(`unit:${fact.unit}|${thing}`)
  const value = Math.abs(fact.value)
  for (const [word, [from, below]] of MAGNITUDES) if (value >= from && value < below && keys.has(`${word} ${fact.unit}|${thing}`)) return true
  return false
}
