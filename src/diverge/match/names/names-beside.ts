/**
 * Other names written beside two spellings: *evacuees from Madaya … stuck in Ramusa* / *residents
 * of Madaya … waiting at the Ramousah bus garage*. Two reports that put one third name in the
 * sentence of each spelling tie the two to one moment of the story, as shared word pairs do
 * (name-entities.ts), where independent wording shares no pair of words. The third name must be
 * written whole by both reports and hold no word of the two spellings themselves (*Qamishli
 * Hasaka* beside *Qamishli*), so a name is never its own context.
 */
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { foldWord } from '../../../normalize/fold'

// The same cap as the judge's own reading of a spelling's mentions (name-entities.ts).
const MENTIONS_READ = 8

/** By sentence, the folded texts of the names a report writes in it. */
export function namesBySentence(names: readonly Located<NameFact>[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>()
  for (const n of names) {
    const set = out.get(n.sentence)
    const text = foldWord(n.fact.text)
    if (set) set.add(text)
    else out.set(n.sentence, new Set([text]))
  }
  return out
}

interface Mentioned {
  readonly mentions: readonly { readonly sentence: number; readonly fact: { readonly text: string } }[]
}

const wordsOf = (text: string): string[] => text.split(/[\s-]+/u).filter((w) => w !== '').map(foldWord)

/**
 * The most names (other than the two spellings' own) that one sentence of A's spelling and one of
 * B's share: read over each side's first mentions only, so the cost stays bounded per pair.
 */
export function namesBeside(a: Mentioned, b: Mentioned, byA: Map<number, Set<string>>, byB: Map<number, Set<string>>): number {
  const own = new Set([...wordsOf(a.mentions[0]!.fact.text), ...wordsOf(b.mentions[0]!.fact.text)])
  const apart = (name: string): boolean => !wordsOf(name).some((w) => own.has(w))
  let best = 0
  const seenA = new Set<number>()
  for (let i = 0; i < a.mentions.length && i < MENTIONS_READ; i++) {
    const x = a.mentions[i]!.sentence
    if (seenA.has(x)) continue
    seenA.add(x)
    const there = byA.get(x)
    if (!there) continue
    const seenB = new Set<number>()
    for (let j = 0; j < b.mentions.length && j < MENTIONS_READ; j++) {
      const y = b.mentions[j]!.sentence
      if (seenB.has(y)) continue
      seenB.add(y)
      const here = byB.get(y)
      if (!here) continue
      let n = 0
      for (const name of there) if (here.has(name) && apart(name)) n++
      if (n > best) best = n
    }
  }
  return best
}
