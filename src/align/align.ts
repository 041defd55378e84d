/**
 * Sentence alignment across two documents, in any order.
 *
 * 1. Identical sentences are linked first, by hash.
 * 2. Candidates for every other sentence come from an inverted index over B,
 *    probed with the sentence's rarest tokens and a bounded posting scan, so
 *    the cost grows with the documents' length, not its square.
 * 3. Candidate pairs are linked greedily, best first: a pair links when its
 *    weighted Dice is high, or when one side is almost wholly contained in the
 *    other (a clause inserted). A pair with moderate containment links only
 *    when the neighbouring sentences on both sides are linked to each other.
 * 4. A moderate pair with no linked neighbour links when its words read as one statement
 *    (./near-copy), and neither sentence has another such partner.
 * 5. Two short sentences that differ in one respelt word (*Forte said.* / *Frote said.*) link
 *    when they sit next to one link, on either side of it (sentences with no weight, a "…"
 *    line, do not part them): the word they do not share outweighs the rest.
 * 6. A sentence mostly contained in an already linked sentence joins that link
 *    (2–1, 3–1 and mirrored) when it raises the link's similarity.
 */
import type { Link } from './link'
import { nearCopyReader } from './near-copy'
import { linkRespelt } from './respelt'
import { countsHash as hashOf, sameCounts as sameBag } from './shared-counts'
import { type Bag, dice, mergeBags, sharedWeight } from './bags'
import { type Weighting } from './weights'

export type { Link } from './link'

export interface AlignOptions {
  /** Minimum weighted Dice for a 1–1 link. */
  readonly threshold: number
  /**
   * Each token id's key (the vocabulary's keys). With them, two short sentences that differ in
   * nothing but one respelt word link when the sentence beside one of them is linked to the
   * sentence beside the other, on the same side.
   */
  readonly keys?: readonly string[]
  /**
   * Each sentence's text by side (0 for A) and position. With it, a moderate pair with no linked
   * neighbour links when it reads as a near copy (./near-copy).
   */
  readonly text?: (side: 0 | 1, position: number) => string
}

interface Pair {
  readonly a: number
  readonly b: number
  readonly dice: number
  /** Share of a's weight found in b, and of b's in a. */
  readonly inB: number
  readonly inA: number
}

const PROBES = 8
const POSTINGS_SCANNED = 256
const CANDIDATES = 8
const MAX_GROUP = 3
const STRONG_CONTAINMENT = 0.85
const MODERATE_CONTAINMENT = 0.65

/**
 * A hash of the bag's tokens and counts in first-occurrence order: equal for sentences with the
 * same words in the same order. Computed at each call, not cached on the id array: a cache kept
 * on the array (an `Attached` property) gave the arrays that held one another hidden class than
 * the rest, and every optimised reader of `bag.ids` (sharedWeight, looseShared, …) was
 * deoptimised ("wrong map") and compiled again in each worker. The hash is one pass over a
 * sentence's distinct ids, microseconds a pair.
 */
const signature = hashOf

/** Sentences already linked (a link map is read as one, with no copy of its keys per pair). */
type Skipped = { has(position: number): boolean }

// Scores by sentence of `to`, all zero between calls (each probe clears what it touched): one
// array for every pair of a story rather than one per call.
let scores = new Float64Array(64)
// Postings by token id, all empty between calls (each probe clears the ids it filled): ids run
// over the vocabulary of a whole story, so an array per call cost every pair of a story time and
// memory in the story's vocabulary, not in its own two reports. Each id's postings are a list
// threaded through typed arrays (first, last and count by id; sentence and next by entry), in the
// order they were posted: an array per id cost a story's pairs some fifty arrays each.
let firstOf = new Int32Array(64).fill(-1)
let lastOf = new Int32Array(64)
let countOf = new Int32Array(64)
let sentenceAt = new Int32Array(256)
let nextAt = new Int32Array(256)
const MAX_KEPT_ENTRIES = 1 << 16

/**
 * The best `CANDIDATES` sentences of `to` for every sentence of `from`, by their rarest shared tokens.
 * Calls `found(i, j)` with i in `from`, j in `to`.
 */
function probe(from: readonly Bag[], to: readonly Bag[], w: Weighting, skipFrom: Skipped, skipTo: Skipped, found: (i: number, j: number) => void): void {
  const { weights } = w
  // Every sentence of `from` linked already (a story's copies): nothing to probe for.
  let asking = false
  for (let i = 0; i < from.length && !asking; i++) asking = !skipFrom.has(i) && from[i]!.weight !== 0
  if (!asking) return
  // Sized up front: ids of the second report start past the first's vocabulary.
  if (firstOf.length < weights.length) {
    const size = Math.max(weights.length, 2 * firstOf.length)
    firstOf = new Int32Array(size).fill(-1)
    lastOf = new Int32Array(size)
    countOf = new Int32Array(size)
  }
  let entries = 0
  to.forEach((bag, j) => {
    if (skipTo.has(j)) return
    if (sentenceAt.length < entries + bag.ids.length) {
      const size = Math.max(entries + bag.ids.length, 2 * sentenceAt.length)
      const sentences = new Int32Array(size)
      const nexts = new Int32Array(size)
      sentences.set(sentenceAt.subarray(0, entries))
      nexts.set(nextAt.subarray(0, entries))
      sentenceAt = sentences
      nextAt = nexts
    }
    for (const id of bag.ids) {
      if (firstOf[id] === -1) {
        firstOf[id] = entries
        countOf[id] = 1
      } else if (countOf[id]! < POSTINGS_SCANNED) {
        nextAt[lastOf[id]!] = entries
        countOf[id]!++
      } else continue
      sentenceAt[entries] = j
      nextAt[entries] = -1
      lastOf[id] = entries++
    }
  })
  if (scores.length < to.length) scores = new Float64Array(Math.max(to.length, 2 * scores.length))
  const score = scores
  // One probe list and one list of touched sentences for every sentence, emptied after each by
  // their counts: setting an array's length to 0 gives most of its room back (V8 trims a backing
  // store left more than half empty), so each sentence grew them anew.
  const touched: number[] = []
  const probes: number[] = []
  const ranked: number[] = []
  for (let i = 0; i < from.length; i++) {
    const bag = from[i]!
    if (skipFrom.has(i) || bag.weight === 0) continue
    let probeCount = 0
    let touchedCount = 0
    for (const id of bag.ids) if (firstOf[id] !== -1) probes[probeCount++] = id
    const probing = firstByKey(probes, probeCount, weights, PROBES, ranked)
    for (let p = 0; p < probing; p++) {
      const id = ranked[p]!
      for (let e = firstOf[id]!; e !== -1; e = nextAt[e]!) {
        const j = sentenceAt[e]!
        if (score[j] === 0) touched[touchedCount++] = j
        score[j]! += weights[id]!
      }
    }
    // Ranked by score, ties in the order touched (the stable sort of the ranking of (sentence, score) pairs).
    const best = firstByKey(touched, touchedCount, score, CANDIDATES, ranked)
    for (let c = 0; c < best; c++) found(i, ranked[c]!)
    for (let t = 0; t < touchedCount; t++) score[touched[t]!] = 0
  }
  // Only the sentences that filled postings: in a story's pair most of `to` is linked already.
  to.forEach((bag, j) => {
    if (skipTo.has(j)) return
    for (const id of bag.ids) firstOf[id] = -1
  })
  // A long report's entries are not kept past its call (a 1 MB report posts some 200,000).
  if (sentenceAt.length > MAX_KEPT_ENTRIES) {
    sentenceAt = new Int32Array(256)
    nextAt = new Int32Array(256)
  }
}

/**
 * The first `k` of the first `count` items of `items` stably sorted by `key[item]`, highest first,
 * written into the head of `out`; returns how many: what sorting the whole list and reading its
 * head gave, without sorting the tail nobody reads.
 */
function firstByKey(items: readonly number[], count: number, key: ArrayLike<number>, k: number, out: number[]): number {
  let size = 0
  for (let n = 0; n < count; n++) {
    const item = items[n]!
    const value = key[item]!
    let at = size
    // Strictly greater moves ahead: equal keys keep their order, as a stable sort keeps it.
    while (at > 0 && key[out[at - 1]!]! < value) at--
    if (at >= k) continue
    // Inserted by hand: splice() returns an array of what it removed, one more object per item
    // (a story's pairs probe every unlinked sentence).
    const last = Math.min(size, k - 1)
    for (let m = last; m > at; m--) out[m] = out[m - 1]!
    out[at] = item
    if (size < k) size++
  }
  return size
}

/** Whether a probe from `bags` asks for a sentence (`asking`: one unlinked and weighted), or one to `bags` finds one posted (one unlinked). */
function anyOpen(bags: readonly Bag[], skip: Skipped, asking: boolean): boolean {
  for (let i = 0; i < bags.length; i++) if (!skip.has(i) && (!asking || bags[i]!.weight !== 0)) return true
  return false
}

function candidatePairs(a: readonly Bag[], b: readonly Bag[], w: Weighting, skipA: Skipped, skipB: Skipped): Pair[] {
  // A probe finds a pair only when its side asks for a sentence and the other side posts one: when
  // neither way can (a side all linked already), no pair is found. Most of a story's pairs of copies
  // leave a side so (about two alignments in three of the bench's 40-report story), and each probe
  // still posted and swept the other side.
  if (!(anyOpen(a, skipA, true) && anyOpen(b, skipB, false)) && !(anyOpen(b, skipB, true) && anyOpen(a, skipA, false))) return []
  // Probe in both directions and take the union, so that swapping A and B yields the
  // same candidate set (probing from A alone gave each A sentence its best 8 partners
  // but not each B sentence: `compare(b, a)` was not the mirror of `compare(a, b)`).
  const seen = new Set<number>()
  const pairs: Pair[] = []
  const add = (i: number, j: number): void => {
    const id = i * b.length + j
    if (seen.has(id)) return
    seen.add(id)
    const bag = a[i]!
    const other = b[j]!
    const shared = sharedWeight(bag, other, w)
    if (shared === 0) return
    pairs.push({
      a: i,
      b: j,
      dice: (2 * shared) / (bag.weight + other.weight),
      inB: bag.weight === 0 ? 0 : shared / bag.weight,
      inA: other.weight === 0 ? 0 : shared / other.weight,
    })
  }
  probe(a, b, w, skipA, skipB, add)
  probe(b, a, w, skipB, skipA, (j, i) => add(i, j))
  return pairs
}

/**
 * Tie-break between pairs of equal strength that does not depend on which report
 * is A: two pairs that share a sentence differ in the sum of their positions.
 */
function symmetricOrder(x: { a: number; b: number }, y: { a: number; b: number }): number {
  return x.a + x.b - (y.a + y.b) || Math.abs(x.a - x.b) - Math.abs(y.a - y.b) || x.a - y.a
}

/** Positions by hash, in order; a hash held by one position (the usual case) maps to it, not to a list of one. */
export type PositionsByHash = ReadonlyMap<number, number | readonly number[]>

/** Each hash's positions in `hashes`, in order (weightless bags included: alignBags passes over them when it reads a pair). */
export function positionsByHash(hashes: ArrayLike<number>): PositionsByHash {
  const positions = new Map<number, number | number[]>()
  for (let j = 0; j < hashes.length; j++) {
    const key = hashes[j]!
    const known = positions.get(key)
    if (known === undefined) positions.set(key, j)
    else if (typeof known === 'number') positions.set(key, [known, j])
    else known.push(j)
  }
  return positions
}

/** The hashes of two lists of bags that a caller keeps, and B's positions by hash (see `positionsByHash`). */
interface BagHashes {
  readonly a: ArrayLike<number>
  readonly b: ArrayLike<number>
  readonly positionsB?: PositionsByHash
}

/**
 * `hashes`: each bag's `countsHash`, by position, when the caller keeps them (a story's pairs meet
 * each document's sentences again under a new weighting, and the hash reads ids and counts alone),
 * with B's positions by hash, which a story builds once a document rather than once a pair.
 */
export function alignBags(a: readonly Bag[], b: readonly Bag[], w: Weighting, options: AlignOptions, hashes?: BagHashes): Link[] {
  const links: Link[] = []
  // Each sentence's link by position (positions are dense): a Map a side cost every pair of a story two hash tables.
  const linkOfA: (Link | undefined)[] = new Array<Link | undefined>(a.length).fill(undefined)
  const linkOfB: (Link | undefined)[] = new Array<Link | undefined>(b.length).fill(undefined)
  const linkedA: Skipped = { has: (i) => linkOfA[i] !== undefined }
  const linkedB: Skipped = { has: (j) => linkOfB[j] !== undefined }
  const addLink = (i: number, j: number, similarity: number): void => {
    const link: Link = { a: [i], b: [j], similarity }
    links.push(link)
    linkOfA[i] = link
    linkOfB[j] = link
  }

  // Each A sentence takes the first unlinked B sentence with exactly its bag (a B sentence is
  // linked here only by such a copy, so "unlinked" is "not taken yet").
  const identical = hashes?.positionsB ?? positionsByHash(hashes ? hashes.b : b.map(signature))
  a.forEach((bag, i) => {
    if (bag.weight === 0) return
    const known = identical.get(hashes ? hashes.a[i]! : signature(bag))
    if (known === undefined) return
    if (typeof known === 'number') {
      if (linkOfB[known] === undefined && b[known]!.weight !== 0 && sameBag(bag, b[known]!)) addLink(i, known, 1)
      return
    }
    for (const j of known) {
      if (linkOfB[j] === undefined && b[j]!.weight !== 0 && sameBag(bag, b[j]!)) {
        addLink(i, j, 1)
        return
      }
    }
  })

  // Only the identical sentences are linked yet, and no link is added while candidates are sought.
  const pairs = candidatePairs(a, b, w, linkedA, linkedB)
  const { threshold } = options
  const strength = (pair: Pair): number => Math.max(pair.dice, 0.8 * Math.min(1, Math.max(pair.inA, pair.inB)))
  // Most pairs of a story's reports leave a candidate or none: sort() copies even a list of one.
  if (pairs.length > 1) pairs.sort((x, y) => strength(y) - strength(x) || symmetricOrder(x, y))

  // Strong evidence links on its own: a high Dice, or one side almost wholly inside the other.
  const moderate: Pair[] = []
  for (const pair of pairs) {
    if (linkOfA[pair.a] !== undefined || linkOfB[pair.b] !== undefined) continue
    const containment = Math.max(pair.inA, pair.inB)
    if (pair.dice >= threshold || (containment >= STRONG_CONTAINMENT && pair.dice >= threshold / 2)) addLink(pair.a, pair.b, pair.dice)
    else if (containment >= MODERATE_CONTAINMENT && pair.dice >= threshold / 2) moderate.push(pair)
  }
  // Moderate evidence links only where the order of the reports supports it: a link
  // already joins the neighbours on both sides (reports reorder paragraphs, but
  // rarely shuffle sentences inside one).
  const neighbourLinked = (pair: Pair): boolean =>
    [-1, 1].some((step) => (pair.a + step >= 0 ? linkOfA[pair.a + step] : undefined)?.b.includes(pair.b + step) ?? false)
  for (let pass = 0, added = true; added && pass < 3; pass++) {
    added = false
    for (const pair of moderate) {
      if (linkOfA[pair.a] !== undefined || linkOfB[pair.b] !== undefined || !neighbourLinked(pair)) continue
      addLink(pair.a, pair.b, pair.dice)
      added = true
    }
  }
  if (options.text) linkNearCopies(moderate, options.text, linkOfA, linkOfB, addLink)
  if (options.keys) linkRespelt(a, b, w, options.keys, linkOfA, linkOfB, addLink)
  const extensions = pairs.filter((pair) => linkedA.has(pair.a) !== linkedB.has(pair.b))

  // Grow links with sentences that are mostly contained in their single partner.
  if (extensions.length > 1) extensions.sort((x, y) => Math.max(y.inA, y.inB) - Math.max(x.inA, x.inB) || symmetricOrder(x, y))
  for (const pair of extensions) {
    const linkA = linkOfA[pair.a]
    const linkB = linkOfB[pair.b]
    if (linkA && !linkB && pair.inA >= 0.6 && linkA.a.length === 1 && linkA.b.length < MAX_GROUP) {
      const grown = dice(a[pair.a]!, mergeBags([...linkA.b, pair.b].map((j) => b[j]!), w), w)
      if (grown > linkA.similarity) {
        linkA.b.push(pair.b)
        linkA.similarity = grown
        linkOfB[pair.b] = linkA
      }
    } else if (linkB && !linkA && pair.inB >= 0.6 && linkB.b.length === 1 && linkB.a.length < MAX_GROUP) {
      const grown = dice(mergeBags([...linkB.a, pair.a].map((i) => a[i]!), w), b[pair.b]!, w)
      if (grown > linkB.similarity) {
        linkB.a.push(pair.a)
        linkB.similarity = grown
        linkOfA[pair.a] = linkB
      }
    }
  }
  // Only grown links hold more than one sentence a side, and only they need sorting.
  for (const link of links) {
    if (link.a.length > 1) link.a.sort((x, y) => x - y)
    if (link.b.length > 1) link.b.sort((x, y) => x - y)
  }
  return byFirstSentences(links)
}

/** Links in order of their first sentences, A's then B's (the order of a report's alignments). */
export const firstSentences = (x: { readonly a: readonly number[]; readonly b: readonly number[] }, y: { readonly a: readonly number[]; readonly b: readonly number[] }): number =>
  x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!

/**
 * Links in order of their first sentences, A's then B's, sorted in place. A list already in
 * that order (a story's pairs link copies in order, and most links are copies) is left as it is,
 * which is what the stable sort would give, without the copy sort() makes of every list.
 */
export function byFirstSentences<T extends { readonly a: readonly number[]; readonly b: readonly number[] }>(links: T[]): T[] {
  for (let k = 1; k < links.length; k++) if (firstSentences(links[k - 1]!, links[k]!) > 0) return links.sort(firstSentences)
  return links
}

/**
 * Moderate pairs still open that read as near copies, linked when neither sentence has another:
 * two near copies of one sentence (*…since 2003, and Ryan argued* / *…since 2004, and Lee argued*)
 * leave no telling which one it retells.
 */
function linkNearCopies(
  moderate: readonly Pair[],
  text: (side: 0 | 1, position: number) => string,
  linkOfA: ReadonlyArray<Link | undefined>,
  linkOfB: ReadonlyArray<Link | undefined>,
  addLink: (i: number, j: number, similarity: number) => void,
): void {
  const open = moderate.filter((pair) => linkOfA[pair.a] === undefined && linkOfB[pair.b] === undefined)
  if (open.length === 0) return
  const nearCopy = nearCopyReader()
  const copies = open.filter((pair) => nearCopy(text(0, pair.a), text(1, pair.b)))
  const perA = new Map<number, number>()
  const perB = new Map<number, number>()
  for (const pair of copies) {
    perA.set(pair.a, (perA.get(pair.a) ?? 0) + 1)
    perB.set(pair.b, (perB.get(pair.b) ?? 0) + 1)
  }
  for (const pair of copies) if (perA.get(pair.a) === 1 && perB.get(pair.b) === 1) addLink(pair.a, pair.b, pair.dice)
}
