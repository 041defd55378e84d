/**
 * The words two sentences share, for pairing their facts: each sentence's content words, how
 * many sentences of a report hold each word, the IDF-weighted share of two sentences' words,
 * and the rare words beside two values.
 */
import type { PreparedDocument } from '../../../document'
import { factKeys } from '../../../document/words'
import type { Fact } from '../../extract/fact'
import { STOP } from '../../extract/numbers/number-words'

/** Each content word of sentence i (folded words and figures, no stop words), in order, repeats included. */
function eachContentWord(doc: PreparedDocument, i: number, visit: (key: string) => void): void {
  factKeys(doc, i, (key, kind) => {
    if (kind === 'word' && (STOP.has(key) || key.length < 2)) return
    visit(kind === 'word' ? joinedWord(key) : key)
  })
}

const JOINERS = /[-.]/g

/**
 * One word written with and without its hyphens or dots (H-P / HP, U.S. / US, e-mail / email,
 * TP.HCM / TPHCM) is one word to the overlap of two sentences: two outlets' house styles, not two
 * words. A word whose joined form is a stop word or a single letter keeps its joiners, or it would drop out.
 */
export function joinedWord(key: string): string {
  if (!key.includes('-') && !key.includes('.')) return key
  const joined = key.replace(JOINERS, '')
  return joined.length < 2 || STOP.has(joined) ? key : joined
}

/**
 * Each sentence's distinct content words as ids of the document, in order of first appearance, and
 * how many sentences hold each word: what the overlap of two sentences reads. A set of strings per
 * sentence held some 5 MB per 1 MB report, and weighing its words hashed each string again for
 * every sentence pair looked at.
 */
export interface ContentWords {
  /** Sentence i's words are ids[first[i]] up to ids[first[i + 1]]. */
  readonly first: Int32Array
  readonly ids: Int32Array
  readonly keys: readonly string[]
  readonly idOf: ReadonlyMap<string, number>
  /** Sentences holding each word, by id. */
  readonly df: Int32Array
  /** Sentences in the document. */
  readonly n: number
}

export function contentWordsOf(doc: PreparedDocument): ContentWords {
  const idOf = new Map<string, number>()
  const keys: string[] = []
  // The last sentence (plus one) each word was seen in: a word counts once per sentence.
  const lastSeen: number[] = []
  const df: number[] = []
  const ids: number[] = []
  const first = new Int32Array(doc.sentences.length + 1)
  let sentence = 0
  const visit = (key: string): void => {
    let id = idOf.get(key)
    if (id === undefined) {
      idOf.set(key, (id = keys.length))
      keys.push(key)
      lastSeen.push(0)
      df.push(0)
    }
    if (lastSeen[id] === sentence + 1) return
    lastSeen[id] = sentence + 1
    df[id]!++
    ids.push(id)
  }
  for (; sentence < doc.sentences.length; sentence++) {
    first[sentence] = ids.length
    eachContentWord(doc, sentence, visit)
  }
  first[sentence] = ids.length
  return { first, ids: Int32Array.from(ids), keys, idOf, df: Int32Array.from(df), n: doc.sentences.length }
}

/**
 * The overlap of sentence pairs of two reports, as `sharedWeight` reckons it with the IDF over
 * both reports' sentences (a word in neither counts as once): the same sums in the same order, so
 * the same numbers to the last bit, from arrays by word id rather than sets of strings. Each
 * word's weight and each sentence's total weight are reckoned once.
 */
/** A word's IDF over `sentences` sentences of two reports, held by `inA` and `inB` of them (a word in neither counts as once). */
const sentenceIdf = (sentences: number, inA: number, inB: number): number => Math.log(1 + sentences / (inA + inB || 1))

export class PairOverlap {
  /** For each word of A its id in B (-1: not in B), and the other way; -2: not looked up yet. */
  private readonly inB: Int32Array
  private readonly inA: Int32Array
  private readonly weightA: Float64Array
  private readonly weightB: Float64Array
  private readonly totalA: Float64Array
  private readonly totalB: Float64Array
  /** The sentence of B (plus one) whose words were marked last, by B id. */
  private readonly marked: Int32Array
  private readonly n: number

  constructor(
    private readonly a: ContentWords,
    private readonly b: ContentWords,
  ) {
    this.n = a.n + b.n
    this.inB = new Int32Array(a.keys.length).fill(-2)
    this.inA = new Int32Array(b.keys.length).fill(-2)
    this.weightA = new Float64Array(a.keys.length).fill(NaN)
    this.weightB = new Float64Array(b.keys.length).fill(NaN)
    this.totalA = new Float64Array(a.n).fill(NaN)
    this.totalB = new Float64Array(b.n).fill(NaN)
    this.marked = new Int32Array(b.keys.length)
  }

  private idB(id: number): number {
    let other = this.inB[id]!
    if (other === -2) this.inB[id] = other = this.b.idOf.get(this.a.keys[id]!) ?? -1
    return other
  }

  private idA(id: number): number {
    let other = this.inA[id]!
    if (other === -2) this.inA[id] = other = this.a.idOf.get(this.b.keys[id]!) ?? -1
    return other
  }

  private weightOfA(id: number): number {
    let weight = this.weightA[id]!
    if (Number.isNaN(weight)) {
      const other = this.idB(id)
      this.weightA[id] = weight = sentenceIdf(this.n, this.a.df[id]!, other < 0 ? 0 : this.b.df[other]!)
    }
    return weight
  }

  private weightOfB(id: number): number {
    let weight = this.weightB[id]!
    if (Number.isNaN(weight)) {
      const other = this.idA(id)
      this.weightB[id] = weight = sentenceIdf(this.n, other < 0 ? 0 : this.a.df[other]!, this.b.df[id]!)
    }
    return weight
  }

  private totalOfB(j: number): number {
    let total = this.totalB[j]!
    if (Number.isNaN(total)) {
      total = 0
      for (let k = this.b.first[j]!, end = this.b.first[j + 1]!; k < end; k++) total += this.weightOfB(this.b.ids[k]!)
      this.totalB[j] = total
    }
    return total
  }

  /** Sentence i of A and sentence j of B: see `sharedWeight`. */
  shared(i: number, j: number): { overlap: number; copy: number } {
    const { a, b, marked } = this
    for (let k = b.first[j]!, end = b.first[j + 1]!; k < end; k++) marked[b.ids[k]!] = j + 1
    let shared = 0
    let wx = 0
    const known = this.totalA[i]!
    for (let k = a.first[i]!, end = a.first[i + 1]!; k < end; k++) {
      const id = a.ids[k]!
      const weight = this.weightOfA(id)
      wx += weight
      const other = this.idB(id)
      if (other >= 0 && marked[other] === j + 1) shared += weight
    }
    if (Number.isNaN(known)) this.totalA[i] = wx
    // Marks left from another sentence of B never read as this one's: each is its sentence plus one.
    const wy = this.totalOfB(j)
    const smaller = Math.min(wx, wy)
    const larger = Math.max(wx, wy)
    return { overlap: smaller === 0 ? 0 : shared / smaller, copy: larger === 0 ? 0 : shared / larger }
  }
}

/** The IDF weight of a word over the sentences of two reports (a word in neither counts as once), as `PairOverlap` weighs it. */
export function pairIdf(a: ContentWords, b: ContentWords, w: string): number {
  const key = joinedWord(w)
  const x = a.idOf.get(key)
  const y = b.idOf.get(key)
  return sentenceIdf(a.n + b.n, x === undefined ? 0 : a.df[x]!, y === undefined ? 0 : b.df[y]!)
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
  // Each distinct word beside a (in order of first place) that b has beside it too, with no Set or
  // array made: the windows hold a few words, and every candidate pair of a long report's facts asks.
  const na = ab.length + aa.length
  for (let i = 0; i < na; i++) {
    const w = i < ab.length ? ab[i]! : aa[i - ab.length]!
    const firstPlace = i < ab.length ? ab.indexOf(w) === i : !ab.includes(w) && aa.indexOf(w) === i - ab.length
    if (!firstPlace || w === nearBefore || w === nearAfter) continue
    if ((bb.includes(w) || ba.includes(w)) && useful(w)) score += 0.5 * rarity(w)
  }
  return score
}
