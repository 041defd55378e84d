/**
 * Matching facts across two whole reports: which number or date of one report
 * fills the slot of which fact of the other, and how sure that is.
 *
 * Independent reports phrase one statement differently, so the aligner often
 * leaves the two sentences unlinked; a link is strong evidence but not
 * required. Evidence for one slot, each adding to the confidence:
 * - the sentences are linked by the aligner;
 * - the same words sit beside both values ("phút 43" / "phút 44", "cents a share");
 * - the two sentences share rare words, names and other figures (IDF-weighted);
 * - the value is the only one of its kind left on each side.
 *
 * Candidates come from an index by slot, at most `MAX_PER_SLOT` per slot and
 * side, so the work stays linear in the length of the reports.
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import type { Alignment } from '../../types'
import type { Located } from '../extract/collect'
import { compatibleReason } from '../reasons/compatible'
import type { Fact } from '../extract/fact'
import { tokenize } from '../extract/fact-tokens'
import { STOP } from '../extract/number-words'
import { oneSlot, slotOf, yearFlipSlot } from './slots'

export interface FactPair {
  readonly a: Located<Fact>
  readonly b: Located<Fact>
  readonly confidence: number
  readonly evidence: readonly string[]
  /** Set when the two values are compatible (`rounding`, `approximation`, `unit`): no contradiction. */
  readonly reason?: string
}

/** Beyond this many facts of one slot on one side, a slot says too little to pair by. */
const MAX_PER_SLOT = 24
/** Pairs below this confidence are not even candidates. */
const FLOOR = 0.3

/** Content words of a sentence (folded words and figures, no stop words), for the overlap of two sentences. */
function contentWords(text: string): Set<string> {
  const out = new Set<string>()
  for (const t of tokenize(text)) {
    if (t.kind === 'punct') continue
    if (t.kind === 'word' && (STOP.has(t.key) || t.key.length < 2)) continue
    out.add(t.key)
  }
  return out
}

class SentenceWords {
  private readonly cache = new Map<number, Set<string>>()
  constructor(private readonly doc: PreparedDocument) {}
  get(i: number): Set<string> {
    let words = this.cache.get(i)
    if (!words) {
      const s = this.doc.sentences[i]!
      words = contentWords(this.doc.nfc.text.slice(s.nfcStart, s.nfcEnd))
      this.cache.set(i, words)
    }
    return words
  }
}

const sentenceWordsOf = (doc: PreparedDocument): SentenceWords => new SentenceWords(doc)

/** Document frequency of each content word over the sentences of one report (a pair adds its two reports'). */
function documentFrequency(doc: PreparedDocument): { df: Map<string, number>; n: number } {
  const words = once(doc, sentenceWordsOf)
  const df = new Map<string, number>()
  for (const s of doc.sentences) for (const w of words.get(s.index)) df.set(w, (df.get(w) ?? 0) + 1)
  return { df, n: doc.sentences.length }
}

/** Share of the smaller sentence's IDF weight that the two sentences share, in [0, 1]. */
function sharedWeight(x: Set<string>, y: Set<string>, idf: (w: string) => number): number {
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
  return smaller === 0 ? 0 : shared / smaller
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
function sharedNeighbours(a: Fact, b: Fact, rarity: (w: string) => number): number {
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

/** Consecutive days or years (22/10 and 23/10, 2013 and 2014): as often two periods as one misreported. */
function adjacentPeriods(a: Fact, b: Fact): boolean {
  if (a.type === 'date' && b.type === 'date') {
    if (a.day !== undefined && b.day !== undefined) return a.month === b.month && Math.abs(a.day - b.day) === 1
    return a.year !== undefined && b.year !== undefined && a.month === undefined && b.month === undefined && Math.abs(a.year - b.year) === 1
  }
  const year = (f: Fact): number | undefined => (f.type === 'number' && f.kind === 'year' ? f.value : f.type === 'date' && f.month === undefined ? f.year : undefined)
  const ya = year(a)
  const yb = year(b)
  return ya !== undefined && yb !== undefined && Math.abs(ya - yb) === 1
}

export interface FactPairer {
  /** The evidence that two facts fill one slot, or undefined when too weak; `rivals`: facts of that slot on each side. */
  judge(x: Located<Fact>, y: Located<Fact>, rivalsA: number, rivalsB: number): FactPair | undefined
  /**
   * Pair the facts of A that B does not state with those of B that A does not
   * state, by slot; each fact in at most one pair, compatible pairs marked with their reason.
   */
  pairLeftovers(leftA: readonly Located<Fact>[], leftB: readonly Located<Fact>[]): FactPair[]
}

export function createPairer(docA: PreparedDocument, docB: PreparedDocument, alignments: readonly Alignment[]): FactPairer {
  const linkOfA = new Map<number, number>()
  const linkOfB = new Map<number, number>()
  alignments.forEach((link, k) => {
    for (const i of link.a) linkOfA.set(i, k)
    for (const j of link.b) linkOfB.set(j, k)
  })
  const rarity = (w: string): number => Math.min(1, idf(w) / Math.log(1 + (idfTable?.n ?? 1)))
  const wordsA = once(docA, sentenceWordsOf)
  const wordsB = once(docB, sentenceWordsOf)
  let idfTable: { a: Map<string, number>; b: Map<string, number>; n: number } | undefined
  const idf = (w: string): number => {
    if (!idfTable) {
      const [a, b] = [once(docA, documentFrequency), once(docB, documentFrequency)]
      idfTable = { a: a.df, b: b.df, n: a.n + b.n }
    }
    // Over the sentences of both reports; a word in neither counts as once.
    return Math.log(1 + idfTable.n / ((idfTable.a.get(w) ?? 0) + (idfTable.b.get(w) ?? 0) || 1))
  }

  // One sentence pair holds many facts: its overlap is computed once, not once per pair of facts.
  const overlaps = new Map<string, number>()
  const overlapOf = (i: number, j: number): number => {
    const key = `${i}:${j}`
    let overlap = overlaps.get(key)
    if (overlap === undefined) overlaps.set(key, (overlap = sharedWeight(wordsA.get(i), wordsB.get(j), idf)))
    return overlap
  }

  function judge(x: Located<Fact>, y: Located<Fact>, rivalsA: number, rivalsB: number): FactPair | undefined {
    if (!oneSlot(x.fact, y.fact)) return undefined
    const evidence: string[] = []
    let score = 0
    const linked = linkOfA.has(x.sentence) && linkOfA.get(x.sentence) === linkOfB.get(y.sentence)
    if (linked) {
      score += 0.35
      evidence.push('linked sentences')
    }
    const context = sharedNeighbours(x.fact, y.fact, rarity)
    if (context > 0) {
      score += Math.min(context, 1.5) * 0.3
      evidence.push('same words beside the value')
    }
    const overlap = overlapOf(x.sentence, y.sentence)
    if (overlap >= 0.15) {
      score += Math.min(overlap, 0.6) * 0.7
      evidence.push(`sentences share ${Math.round(overlap * 100)}% of their rare words`)
    }
    if (x.fact.type === 'number' && y.fact.type === 'number' && x.fact.unit && x.fact.unit === y.fact.unit) {
      score += 0.1
      evidence.push(`same unit (${x.fact.unit})`)
    }
    if (rivalsA === 1 && rivalsB === 1) {
      score += 0.1
      evidence.push('only value of its kind on each side')
    } else if (!linked) {
      // Several values of one kind on each side: any pairing of unlinked sentences is a guess.
      score -= 0.05 * Math.min(4, rivalsA + rivalsB - 2)
    }
    const reason = compatibleReason(x.fact, y.fact)
    // Two outlets publishing a day apart write "hôm nay 22/10" and "hôm qua 21/10" for one event,
    // and one day's news and the next day's share their words: a one-day gap needs overwhelming
    // evidence (near-identical linked sentences) to stay above the default 0.5.
    if (!reason && adjacentPeriods(x.fact, y.fact)) score *= 0.6
    // A bare number ("51", "14") names no slot of its own: its neighbours must.
    if (x.fact.type === 'number' && x.fact.kind === 'plain' && !x.fact.unit && context < 0.5) score *= 0.75
    // Compatible values are themselves a sign of one slot; a conflict must stand on the rest.
    if (reason) score += 0.2
    if (score < FLOOR) return undefined
    const confidence = Math.round(Math.min(1, score) * 100) / 100
    return reason ? { a: x, b: y, confidence, evidence, reason } : { a: x, b: y, confidence, evidence }
  }

  function pairLeftovers(leftA: readonly Located<Fact>[], leftB: readonly Located<Fact>[]): FactPair[] {
    if (leftA.length === 0 || leftB.length === 0) return []
    const bySlotB = new Map<string, Located<Fact>[]>()
    const countB = new Map<string, number>()
    for (const located of leftB) {
      countB.set(slotOf(located.fact), (countB.get(slotOf(located.fact)) ?? 0) + 1)
      for (const key of [slotOf(located.fact), yearFlipSlot(located.fact)]) {
        if (!key) continue
        const list = bySlotB.get(key)
        if (!list) bySlotB.set(key, [located])
        else if (list.length < MAX_PER_SLOT) list.push(located)
      }
    }
    const countA = new Map<string, number>()
    for (const { fact } of leftA) countA.set(slotOf(fact), (countA.get(slotOf(fact)) ?? 0) + 1)

    const candidates: FactPair[] = []
    for (const x of leftA) {
      const key = slotOf(x.fact)
      if ((countA.get(key) ?? 0) > MAX_PER_SLOT) continue
      const seen = new Set<Located<Fact>>()
      for (const probe of [key, yearFlipSlot(x.fact)]) {
        if (!probe) continue
        for (const y of bySlotB.get(probe) ?? []) {
          if (seen.has(y)) continue
          seen.add(y)
          const pair = judge(x, y, countA.get(key) ?? 1, countB.get(slotOf(y.fact)) ?? 1)
          if (pair) candidates.push(pair)
        }
      }
    }
    candidates.sort((p, q) => q.confidence - p.confidence || p.a.span.start - q.a.span.start || p.b.span.start - q.b.span.start)
    const usedA = new Set<Located<Fact>>()
    const usedB = new Set<Located<Fact>>()
    const out: FactPair[] = []
    for (const pair of candidates) {
      if (usedA.has(pair.a) || usedB.has(pair.b)) continue
      usedA.add(pair.a)
      usedB.add(pair.b)
      out.push(pair)
    }
    return out
  }

  return { judge, pairLeftovers }
}
