/**
 * How two sentences of two reports are tied, asked of every pair of facts
 * pair-facts.ts weighs: whether the aligner put them in one link, how much of
 * their rare words they share (and whether one is a near copy of the other),
 * and how rare one word is across both reports.
 *
 * Apart from pair-facts.ts because it is one concern, the sentence-level
 * evidence and its caches (each made the first time it is asked for), while
 * pair-facts.ts weighs the evidence of single facts.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Alignment } from '../../../types'
import { PairOverlap, contentWordsOf, pairIdf } from './shared-words'

export interface SentenceTies {
  /** Whether sentence i of A and sentence j of B sit in one link. */
  readonly inOneLink: (i: number, j: number) => boolean
  /** The share of rare words sentence i of A and sentence j of B have in common, and how near a copy one is of the other. */
  readonly sharedOf: (i: number, j: number) => { overlap: number; copy: number }
  /** How rare a word is across both reports: its weight (pairIdf) scaled to at most 1. */
  readonly rarity: (w: string) => number
}

export function createSentenceTies(docA: PreparedDocument, docB: PreparedDocument, alignments: readonly Alignment[]): SentenceTies {
  // Each sentence's link, mapped when a fact pair first asks: most pairs of a story's wire copies
  // ask nothing (their links are copies), and the two maps were a large share of what a pair allocates.
  let linkOf: { readonly a: Map<number, number>; readonly b: Map<number, number> } | undefined
  const linkMaps = (): { readonly a: Map<number, number>; readonly b: Map<number, number> } => {
    const a = new Map<number, number>()
    const b = new Map<number, number>()
    alignments.forEach((link, k) => {
      for (const i of link.a) a.set(i, k)
      for (const j of link.b) b.set(j, k)
    })
    return { a, b }
  }
  /** Whether sentence i of A and sentence j of B sit in one link. */
  const inOneLink = (i: number, j: number): boolean => {
    const { a, b } = (linkOf ??= linkMaps())
    return a.has(i) && a.get(i) === b.get(j)
  }
  // The two reports' content words, made the first time a weight or an overlap is asked for, and
  // looked up once a pair: each new word a pair weighed looked both up again.
  let words: readonly [ReturnType<typeof contentWordsOf>, ReturnType<typeof contentWordsOf>] | undefined
  const wordsOf = (): readonly [ReturnType<typeof contentWordsOf>, ReturnType<typeof contentWordsOf>] => (words ??= [once(docA, contentWordsOf), once(docB, contentWordsOf)])
  let overlapOf: PairOverlap | undefined
  const overlapTable = (): PairOverlap => (overlapOf ??= new PairOverlap(wordsOf()[0], wordsOf()[1]))
  // Asked for the same words over and over (every pair of facts beside them): each word's weight is reckoned once.
  const idfs = new Map<string, number>()
  const idf = (w: string): number => {
    let weight = idfs.get(w)
    if (weight !== undefined) return weight
    const both = wordsOf()
    weight = pairIdf(both[0], both[1], w)
    idfs.set(w, weight)
    return weight
  }

  // One sentence pair holds many facts: its overlap is computed once, not once per pair of facts.
  // Keyed by one number per sentence pair: a string key was written for every fact pair looked at.
  const overlaps = new Map<number, { overlap: number; copy: number }>()
  const sentencesB = docB.sentences.length
  const sharedOf = (i: number, j: number): { overlap: number; copy: number } => {
    const key = i * sentencesB + j
    let shared = overlaps.get(key)
    if (shared === undefined) overlaps.set(key, (shared = overlapTable().shared(i, j)))
    return shared
  }
  const rarity = (w: string): number => Math.min(1, idf(w) / Math.log(1 + docA.sentences.length + docB.sentences.length))
  return { inOneLink, sharedOf, rarity }
}
