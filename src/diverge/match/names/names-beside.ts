/**
 * Other names written beside two spellings: *evacuees from Madaya … stuck in Ramusa* / *residents
 * of Madaya … waiting at the Ramousah bus garage*. Two reports that put one third name in the
 * sentence of each spelling tie the two to one moment of the story, as shared word pairs do
 * (name-entities.ts), where independent wording shares no pair of words. The third name must be
 * written whole by both reports and hold no word of the two spellings themselves (*Qamishli
 * Hasaka* beside *Qamishli*), so a name is never its own context. And it must say where in the
 * story the two stand, not what the story is: the outlet or agency (*Reuters said*), a country or
 * capital (*Portugal*), or a name written in most sentences of a report (the club of a match report,
 * *Chelsea*) stand beside everyone, so two players *Fernandes* / *Fernandez* beside them stay apart
 * (rnames51).
 */
import type { Located } from '../../extract/collect'
import { isCommonPlace, type NameFact } from '../../extract/names/names'
import { foldWord } from '../../../normalize/fold'
import { isAgency } from './credits'

// The same cap as the judge's own reading of a spelling's mentions (name-entities.ts).
const MENTIONS_READ = 8

/** A report's names by sentence (folded), and the names that say nothing of where in the story a sentence stands. */
export interface NamesBySentence {
  readonly bySentence: ReadonlyMap<number, ReadonlySet<string>>
  readonly generic: ReadonlySet<string>
}

// By the report's list of names (its facts', kept for every pair it is in): a story's pairs read it once a report, not once a pair.
const bySentenceOfNames = new WeakMap<readonly Located<NameFact>[], { readonly sentences: number; readonly value: NamesBySentence }>()

/** By sentence, the folded texts of the names a report (of `sentences` sentences) writes in it. */
export function namesBySentence(names: readonly Located<NameFact>[], sentences: number): NamesBySentence {
  const known = bySentenceOfNames.get(names)
  if (known !== undefined && known.sentences === sentences) return known.value
  const value = readNamesBySentence(names, sentences)
  bySentenceOfNames.set(names, { sentences, value })
  return value
}

function readNamesBySentence(names: readonly Located<NameFact>[], sentences: number): NamesBySentence {
  const out = new Map<number, Set<string>>()
  const spread = new Map<string, number>()
  const generic = new Set<string>()
  for (const n of names) {
    const set = out.get(n.sentence)
    const text = foldWord(n.fact.text)
    if (set?.has(text)) continue
    if (set) set.add(text)
    else out.set(n.sentence, new Set([text]))
    spread.set(text, (spread.get(text) ?? 0) + 1)
    if (isAgency(n.fact.text) || isCommonPlace(n.fact.text.toLowerCase())) generic.add(text)
  }
  // Written in more than half the report's sentences: the story's subject, beside every mention.
  const total = Math.max(sentences, out.size)
  for (const [text, count] of spread) if (count * 2 > total) generic.add(text)
  return { bySentence: out, generic }
}

interface Mentioned {
  readonly mentions: readonly { readonly sentence: number; readonly fact: { readonly text: string } }[]
}

const wordsOf = (text: string): string[] => text.split(/[\s-]+/u).filter((w) => w !== '').map(foldWord)

/**
 * The most names (other than the two spellings' own) that one sentence of A's spelling and one of
 * B's share: read over each side's first mentions only, so the cost stays bounded per pair.
 */
export function namesBeside(a: Mentioned, b: Mentioned, namesA: NamesBySentence, namesB: NamesBySentence): number {
  const own = new Set([...wordsOf(a.mentions[0]!.fact.text), ...wordsOf(b.mentions[0]!.fact.text)])
  const apart = (name: string): boolean => !namesA.generic.has(name) && !namesB.generic.has(name) && !wordsOf(name).some((w) => own.has(w))
  const byA = namesA.bySentence
  const byB = namesB.bySentence
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
