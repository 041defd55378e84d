/**
 * What the name judge (name-entities.ts) reads of one spelling alone, kept on the spelling. A
 * report's stated spellings are made once per report (stated-spellings.ts), and a story judges
 * them in every pair the report is in: the context word pairs of its mentions and the list of its
 * mentions' spans were built again in each pair's judge, the largest share of the judge's cost.
 * A spelling's mentions all stand in its own report, so what is read here is that report's alone.
 */
import { Attached } from '../../../document/attached'
import type { Span } from '../../../types'
import type { Spelling } from './name-probes'
import { nameCache, remember } from './name-caches'

// The same mention cap as the judge's own reading of a spelling's context (name-entities.ts).
const MENTIONS_READ = 8

const spansOf = new Attached<Spelling, readonly Span[]>('spellingSpans')

/** The spans of the spelling's mentions, in order. */
export function mentionSpans(spelling: Spelling): readonly Span[] {
  let spans = spansOf.get(spelling)
  if (spans === undefined) spansOf.set(spelling, (spans = spelling.mentions.map((m) => m.span)))
  return spans
}

type SentenceWords = (sentence: number) => readonly unknown[]

// By spelling, with the report's sentence word reader it was read through (a document keeps one
// for every pair it is in): a reader of another report's words reads the context anew.
const contextsOf = new Attached<Spelling, { readonly words: SentenceWords; readonly grams: ReadonlySet<string> }>('spellingContexts')

/**
 * The word pairs of the sentences of the spelling's first mentions, as one set in order of first
 * reading: `grams` gives a sentence's word pairs from its words, which `words` reads (the same
 * reader gives the same words, so the set is the same in every pair).
 */
export function spellingContext(spelling: Spelling, words: SentenceWords, grams: (sentence: number) => ReadonlySet<string>): ReadonlySet<string> {
  const kept = contextsOf.get(spelling)
  if (kept !== undefined && kept.words === words) return kept.grams
  const set = new Set<string>()
  const mentions = spelling.mentions
  for (let k = 0; k < mentions.length && k < MENTIONS_READ; k++) for (const gram of grams(mentions[k]!.sentence)) set.add(gram)
  contextsOf.set(spelling, { words, grams: set })
  return set
}

/**
 * `judge`, a verdict on two name texts and, for some, the kinds of name the extractor read them as
 * (`judge` reads nothing else), kept by texts and kinds: a story's pairs judge the same few
 * spellings of its reports again and again, and each verdict split and folded them anew.
 */
export function textPairMemo<R>(judge: (a: string, b: string, kindA?: string, kindB?: string) => R): (a: string, b: string, kindA?: string, kindB?: string) => R {
  const verdicts = nameCache<R>()
  return (a, b, kindA, kindB) => {
    const key = `${kindA ?? ''}\u0001${kindB ?? ''}\u0000${a}\u0000${b}`
    if (verdicts.has(key)) return verdicts.get(key) as R
    return remember(verdicts, key, judge(a, b, kindA, kindB))
  }
}
