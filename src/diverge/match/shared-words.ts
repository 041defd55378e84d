/**
 * The words two sentences share, for pairing their facts: each sentence's content words, how
 * many sentences of a report hold each word, the IDF-weighted share of two sentences' words,
 * and the rare words beside two values.
 */
import type { PreparedDocument } from '../../document'
import { factKeys } from '../../document/words'
import type { Fact } from '../extract/fact'
import { STOP } from '../extract/number-words'

/** Each content word of sentence i (folded words and figures, no stop words), in order, repeats included. */
function eachContentWord(doc: PreparedDocument, i: number, visit: (key: string) => void): void {
  factKeys(doc, i, (key, kind) => {
    if (kind === 'word' && (STOP.has(key) || key.length < 2)) return
    visit(key)
  })
}

/** Content words of a sentence, for the overlap of two sentences. */
function contentWords(doc: PreparedDocument, i: number): Set<string> {
  const out = new Set<string>()
  eachContentWord(doc, i, (key) => out.add(key))
  return out
}

export class SentenceWords {
  private readonly cache = new Map<number, Set<string>>()
  constructor(private readonly doc: PreparedDocument) {}
  get(i: number): Set<string> {
    let words = this.cache.get(i)
    if (!words) {
      words = contentWords(this.doc, i)
      this.cache.set(i, words)
    }
    return words
  }
}

export const sentenceWordsOf = (doc: PreparedDocument): SentenceWords => new SentenceWords(doc)

/**
 * Document frequency of each content word over the sentences of one report (a pair adds its two
 * reports'). Counted through one reused set: keeping every sentence's word set, as the overlaps
 * of the few sentence pairs compared do, held some 3 MB per 1 MB report for nothing.
 */
export function documentFrequency(doc: PreparedDocument): { df: Map<string, number>; n: number } {
  const df = new Map<string, number>()
  const seen = new Set<string>()
  const count = (w: string): void => {
    if (seen.has(w)) return
    seen.add(w)
    df.set(w, (df.get(w) ?? 0) + 1)
  }
  for (const s of doc.sentences) {
    seen.clear()
    eachContentWord(doc, s.index, count)
  }
  return { df, n: doc.sentences.length }
}

/**
 * Share of the smaller sentence's IDF weight that the two sentences share (`overlap`), and
 * of the larger one's (`copy`: near 1 only when each sentence is nearly all of the other).
 */
export function sharedWeight(x: Set<string>, y: Set<string>, idf: (w: string) => number): { overlap: number; copy: number } {
  let shared = 0
  let wx = 0
  let wy = 0
  for (const w of x) {
    const weight = idf(w)
    wx += weight
    if (y.has(w)) shared += weight
  }
  for (const w of y) wy += idf(w)
  const smaller = Math.min(wx, wy)
  const larger = Math.max(wx, wy)
  return { overlap: smaller === 0 ? 0 : shared / smaller, copy: larger === 0 ? 0 : shared / larger }
}

/** Stop words and figures never count as shared neighbours. */
function useful(w: string | undefined): w is string {
  return w !== undefined && !STOP.has(w) && !/\d/.test(w)
}

/**
 * Shared words beside two facts, each weighted by how rare it is in the two reports
 * ("phút", "cents a share" count; "người", "ngày" barely): a word in the same
 * position next to both counts fully, any other shared neighbour half.
 */
export function sharedNeighbours(a: Fact, b: Fact, rarity: (w: string) => number): number {
  const ab = a.before ?? []
  const aa = a.after ?? []
  const bb = b.before ?? []
  const ba = b.after ?? []
  let score = 0
  const nearBefore = ab[ab.length - 1]
  const nearAfter = aa[0]
  if (useful(nearBefore) && nearBefore === bb[bb.length - 1]) score += rarity(nearBefore)
  if (useful(nearAfter) && nearAfter === ba[0]) score += rarity(nearAfter)
  const bWords = new Set([...bb, ...ba].filter(useful))
  for (const w of new Set([...ab, ...aa])) if (bWords.has(w) && w !== nearBefore && w !== nearAfter) score += 0.5 * rarity(w)
  return score
}
