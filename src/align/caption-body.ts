/**
 * A caption the other report has no caption for meets that report's body (issue 11 point 5):
 * a picture's caption states what a body sentence of a report without the picture states
 * ("35 người mắc kẹt" under a photo, "38 người mắc kẹt" in the other's text). Captions meet
 * captions first (./roles); only a caption left unlinked there is offered the other body, and
 * its link is compared, never shown: the body sentence keeps its own body link.
 *
 * A caption is linked to the body sentence that holds most of its weight, and only when the two
 * tell one scene: a caption and a sentence dated on different days are two moments (a queue
 * photographed on 12/8, the queue of 13/8; hôm Chủ nhật / Hôm thứ Ba; a file photo "in 2023"),
 * never compared (`sameScene`, from the caller, who reads dates). Several captions may meet one
 * sentence: the links are compared, never shown, so a caption with no figure ("đưa người bị nạn
 * ra khỏi tòa nhà") does not keep the one with a figure ("đưa 54 người …") from its sentence.
 *
 * A caption is written in the present, a body in the past ("Rescuers carry 35 people" / "Rescuers
 * carried 38 people"): a caption word missing from the sentence counts as a loose match when the
 * sentence holds another inflection of it (`stemOf`, from the caller, who knows the words).
 */
import type { BagCounts } from './bag-counts'
import { type Bag, LOOSE_CREDIT, sharedWeight, weighBag } from './bags'
import { type Weighting } from './weights'

/** A caption and the body sentence of the other report it is compared with (sentence indexes). */
export interface CaptionInBody {
  readonly caption: number
  readonly sentence: number
  readonly similarity: number
}

// Share of a caption's weight the body sentence must hold: more than a headline must find in a
// lead (0.5, ./roles), since a caption is short and any sentence of the story shares its topic words.
const CAPTION_IN_BODY = 0.6
// Fewest distinct tokens of a caption that can state a scene ("Ông Lâm", "Hiện trường" state none).
const MIN_TOKENS = 4
// Bounds on the search, so that no caption is read against a whole report: its rarest tokens are
// probed, each posting list read up to a length, and a caption weighs at most this many sentences.
const PROBES = 8
const POSTINGS_SCANNED = 256
const CANDIDATES = 32
// Share of a word's weight that counts when only its inflection differs (as a loose match, ./bags).
const INFLECTED_CREDIT = 0.8

/**
 * Links of `captions` (sentence indexes, counted by `countsOf`) to the sentences of `body`
 * (sentence indexes, counted by position in `bodyCounts`), under `w`.
 */
export function captionsInBody(
  captions: readonly number[],
  countsOf: (caption: number) => BagCounts,
  body: readonly number[],
  bodyCounts: readonly BagCounts[],
  w: Weighting,
  sameScene: (caption: number, sentence: number) => boolean,
  stemOf?: (id: number) => string | undefined,
): CaptionInBody[] {
  if (captions.length === 0 || body.length === 0) return []
  // A caption too short to state a scene is never weighed: its bag's weight is read by no one.
  if (!captions.some((i) => countsOf(i).ids.length >= MIN_TOKENS)) return []
  const postings = postingsOf(bodyCounts)
  const pairs: { c: number; k: number; share: number; similarity: number }[] = []
  // By body position: each sentence weighed once a call, and which caption last took it as a
  // candidate (c + 1), so that a caption's candidates are gathered without a set of their own.
  const bodyBags: (Bag | undefined)[] = new Array<Bag | undefined>(body.length).fill(undefined)
  const takenBy = new Int32Array(body.length)
  const candidates: number[] = []
  captions.forEach((caption, c) => {
    const counts = countsOf(caption)
    if (counts.ids.length < MIN_TOKENS) return
    const bag = weighBag(counts, w)
    if (bag.weight === 0) return
    const { start, positions } = postings
    const rarest = rarestIds(bag.ids, start, w.weights)
    // In order of first sight, as many as CANDIDATES, as a set filled in this order would hold them.
    candidates.length = 0
    for (const id of rarest) {
      for (let p = start[id]!; p < start[id + 1]!; p++) {
        if (candidates.length >= CANDIDATES) break
        const k = positions[p]!
        if (takenBy[k] === c + 1) continue
        takenBy[k] = c + 1
        candidates.push(k)
      }
    }
    for (const k of candidates) {
      let other = bodyBags[k]
      if (!other) bodyBags[k] = other = weighBag(bodyCounts[k]!, w)
      // Most candidates share a word or two of the caption: when even every word it could still
      // match loosely or by inflection would leave it short of the share, it is no link.
      if (!mayHold(bag, other, w, stemOf, CAPTION_IN_BODY * bag.weight)) continue
      let shared = sharedWeight(bag, other, w)
      if (stemOf && shared < CAPTION_IN_BODY * bag.weight) shared += inflectedWeight(bag, other, w, stemOf)
      const share = shared / bag.weight
      if (share < CAPTION_IN_BODY) continue
      pairs.push({ c, k, share, similarity: Math.round(((2 * shared) / (bag.weight + other.weight)) * 1e6) / 1e6 })
    }
  })
  // Each caption's best sentence of its scene (the one that states most of it); on a tie the earlier sentence.
  pairs.sort((x, y) => y.similarity - x.similarity || y.share - x.share || x.c - y.c || x.k - y.k)
  const usedCaption = new Set<number>()
  const links: CaptionInBody[] = []
  for (const { c, k, similarity } of pairs) {
    if (usedCaption.has(c)) continue
    if (!sameScene(captions[c]!, body[k]!)) continue
    usedCaption.add(c)
    links.push({ caption: captions[c]!, sentence: body[k]!, similarity })
  }
  return links.sort((x, y) => x.caption - y.caption)
}

/**
 * The caption's PROBES rarest ids the body holds (heaviest first, on a tie the smaller id), as
 * sorting them all and keeping the first would give: kept by insertion into a list of at most
 * PROBES, since a story's pairs search captions by the hundred and the copy and sort of every
 * caption's ids was the search's largest cost (story34).
 */
export function rarestIds(ids: Int32Array, start: Int32Array, weights: Float64Array): number[] {
  const rarest: number[] = []
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!
    if (!(id + 1 < start.length && start[id + 1]! > start[id]!)) continue
    // After every id it does not precede (a stable sort keeps equal ids in order).
    let at = rarest.length
    while (at > 0 && (weights[id]! - weights[rarest[at - 1]!]! || rarest[at - 1]! - id) > 0) at--
    if (at >= PROBES) continue
    rarest.splice(at, 0, id)
    if (rarest.length > PROBES) rarest.pop()
  }
  return rarest
}

/**
 * A body's postings: for each token id, the body positions of the sentences that hold it, in order,
 * the first POSTINGS_SCANNED of them (`positions[start[id]]` to `positions[start[id + 1]]`; ids past
 * the end of `start` stand in none). A document's own, the same for every pair of a story: made once
 * a body (two passes over its counted sentences) rather than for the captions of every pair.
 */
interface Postings {
  readonly start: Int32Array
  readonly positions: Int32Array
}

const postingsByBody = new WeakMap<readonly BagCounts[], Postings>()

function postingsOf(bodyCounts: readonly BagCounts[]): Postings {
  let postings = postingsByBody.get(bodyCounts)
  if (postings) return postings
  let size = 0
  for (const { ids } of bodyCounts) for (let k = 0; k < ids.length; k++) if (ids[k]! >= size) size = ids[k]! + 1
  // Each id's list length (capped), then where each list starts, then the lists.
  const start = new Int32Array(size + 1)
  for (const { ids } of bodyCounts) for (let k = 0; k < ids.length; k++) if (start[ids[k]! + 1]! < POSTINGS_SCANNED) start[ids[k]! + 1]!++
  for (let id = 0; id < size; id++) start[id + 1]! += start[id]!
  const positions = new Int32Array(start[size]!)
  const next = start.slice(0, size)
  bodyCounts.forEach(({ ids }, k) => {
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!
      if (next[id]! < start[id + 1]!) positions[next[id]!++] = k
    }
  })
  postingsByBody.set(bodyCounts, (postings = { start, positions }))
  return postings
}

// How far under the needed weight a bound must fall to reject a candidate: the bound sums the same
// terms as the judges in another order, so it may differ from their sum in the last bits.
const BOUND_MARGIN = 1 - 1e-9

/**
 * Whether `sentence` may hold `need` of the caption's weight: an upper bound of what `sharedWeight`
 * and `inflectedWeight` can give the pair, so that a pair it rejects is one they would reject. A
 * caption word's occurrences left after the exact matches are credited as loose matches when the
 * sentence holds a word of its loose class, and the word once more as an inflection when both lines
 * hold stemmed words. One pass over each line, no allocation.
 */
function mayHold(caption: Bag, sentence: Bag, w: Weighting, stemOf: ((id: number) => string | undefined) | undefined, need: number): boolean {
  const { scratch, weights, loose } = w
  const scan = nextClassStamp()
  for (let k = 0; k < sentence.ids.length; k++) {
    const id = sentence.ids[k]!
    scratch[id] = sentence.counts[k]!
    const c = loose[id]!
    if (c < 0) continue
    if (c >= classSeen.length) growClassSeen(c)
    classSeen[c] = scan
  }
  // A Vietnamese line's words have no stem: no inflection to credit.
  const inflections = stemOf !== undefined && stemmed(sentence.ids, stemOf).length > 0
  let bound = 0
  for (let k = 0; k < caption.ids.length; k++) {
    const id = caption.ids[k]!
    const count = caption.counts[k]!
    const other = scratch[id]!
    const weight = weights[id]!
    bound += Math.min(count, other) * weight
    const c = loose[id]!
    if (count > other && c >= 0 && c < classSeen.length && classSeen[c] === scan) bound += (count - other) * LOOSE_CREDIT * weight
    if (other === 0 && inflections && stemOf!(id) !== undefined) bound += INFLECTED_CREDIT * weight
  }
  for (let k = 0; k < sentence.ids.length; k++) scratch[sentence.ids[k]!] = 0
  return bound >= need * BOUND_MARGIN
}

// By loose class: whether the sentence `mayHold` reads holds a word of it (the current scan's stamp).
let classSeen = new Int32Array(1024)
let classStamp = 0

function nextClassStamp(): number {
  if (classStamp === 0x7fffffff) {
    classSeen.fill(0)
    classStamp = 0
  }
  return ++classStamp
}

function growClassSeen(c: number): void {
  const grown = new Int32Array(Math.max(c + 1, 2 * classSeen.length))
  grown.set(classSeen)
  classSeen = grown
}

// Marks in the weighting's scratch array (zero between uses): which of the two lines holds an id.
const IN_CAPTION = 1
const IN_SENTENCE = 2
// A sentence word whose stem a caption word has matched already.
const USED = 4

/** The first id of `stems` with the stem `stem` that the caption does not hold (marked in `scratch`), or -1. */
function firstOfStem(stems: readonly (readonly [number, string])[], stem: string, scratch: Int32Array): number {
  for (let k = 0; k < stems.length; k++) {
    const [id, own] = stems[k]!
    if (own === stem && !(scratch[id]! & IN_CAPTION)) return id
  }
  return -1
}

/**
 * Weight of the caption's words the sentence lacks but holds in another inflection (carry / carried):
 * each such word once, at a loose match's credit. Both bags are a caption's and one sentence's: short.
 */
function inflectedWeight(caption: Bag, sentence: Bag, w: Weighting, stemOf: (id: number) => string | undefined): number {
  const sentenceStems = stemmed(sentence.ids, stemOf)
  // A Vietnamese pair's words have no stem: nothing to mark.
  if (sentenceStems.length === 0) return 0
  // Which line holds an id, marked in the scratch array and cleared again: a set of each line's ids
  // (a caption's, then each candidate sentence's) was the caption search's largest allocation.
  const { scratch } = w
  for (let k = 0; k < caption.ids.length; k++) scratch[caption.ids[k]!]! |= IN_CAPTION
  for (let k = 0; k < sentence.ids.length; k++) scratch[sentence.ids[k]!]! |= IN_SENTENCE
  // Each caption word's stem is looked up among the sentence's, its first word of that stem not in
  // the caption taken once (marked USED): a map of the sentence's stems, made for every caption and
  // candidate sentence, was some 17 KB of a seed-pair compare(). Both lists are short.
  let shared = 0
  for (const [id, stem] of stemmed(caption.ids, stemOf)) {
    if (scratch[id]! & IN_SENTENCE) continue
    const other = firstOfStem(sentenceStems, stem, scratch)
    if (other === -1 || scratch[other]! & USED) continue
    scratch[other]! |= USED
    shared += INFLECTED_CREDIT * Math.min(w.weights[id]!, w.weights[other]!)
  }
  for (let k = 0; k < caption.ids.length; k++) scratch[caption.ids[k]!] = 0
  for (let k = 0; k < sentence.ids.length; k++) scratch[sentence.ids[k]!] = 0
  return shared
}

// A line's ids that have a stem, with it, in order: by the stem reader (a story's pairs share it)
// and the line's counted ids, read once rather than for each caption and candidate sentence.
// A line with no stem (every line of a Vietnamese pair) shares one empty list.
const stemmedByReader = new WeakMap<(id: number) => string | undefined, WeakMap<Int32Array, readonly (readonly [number, string])[]>>()
const NO_STEMS: readonly (readonly [number, string])[] = []

function stemmed(ids: Int32Array, stemOf: (id: number) => string | undefined): readonly (readonly [number, string])[] {
  let byIds = stemmedByReader.get(stemOf)
  if (byIds === undefined) stemmedByReader.set(stemOf, (byIds = new WeakMap()))
  const known = byIds.get(ids)
  if (known !== undefined) return known
  let list: [number, string][] | undefined
  for (const id of ids) {
    const stem = stemOf(id)
    if (stem !== undefined) (list ??= []).push([id, stem])
  }
  const found = list ?? NO_STEMS
  byIds.set(ids, found)
  return found
}

/** The calendar parts a line states of one date (absent parts unknown). */
export interface StatedDay {
  readonly day?: number
  readonly month?: number
  readonly year?: number
}

/**
 * Whether two lines tell one moment by their dates: unless each dates itself to a day and no day
 * of one agrees with a day of the other (a part both state differs). A line with no day tells none.
 */
export function sameDay(x: readonly StatedDay[], y: readonly StatedDay[]): boolean {
  const daysX = x.filter((d) => d.day !== undefined && d.month !== undefined)
  const daysY = y.filter((d) => d.day !== undefined && d.month !== undefined)
  if (daysX.length === 0 || daysY.length === 0) return true
  return daysX.some((d) => daysY.some((e) => d.day === e.day && d.month === e.month && (d.year === undefined || e.year === undefined || d.year === e.year)))
}

/** The dates a line states: its calendar parts (day, month, year) and the weekdays it names (Sunday = 0). */
export interface StatedDates {
  readonly days: readonly StatedDay[]
  readonly weekdays: readonly number[]
}

/** Whether a year, or a weekday, is stated on both lines and none agrees. */
function otherOf(x: readonly number[], y: readonly number[]): boolean {
  return x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v))
}

/**
 * Whether a caption and a body sentence tell one moment by their dates: not when they name two days
 * (`sameDay`), two weekdays (hôm Chủ nhật / Hôm thứ Ba) or two years, nor when the caption dates
 * itself by a year without a day that the sentence does not state: a file photo ("in 2023",
 * "năm 2023"), since the caption of the reported event's picture dates it by its day if at all.
 */
export function sameScene(caption: StatedDates, sentence: StatedDates): boolean {
  if (!sameDay(caption.days, sentence.days)) return false
  if (otherOf(caption.weekdays, sentence.weekdays)) return false
  const years = (days: readonly StatedDay[]): number[] => days.flatMap((d) => (d.year === undefined ? [] : [d.year]))
  const captionYears = years(caption.days)
  const sentenceYears = years(sentence.days)
  if (otherOf(captionYears, sentenceYears)) return false
  const archive = caption.days.some((d) => d.year !== undefined && d.day === undefined)
  return !(archive && sentenceYears.length === 0)
}
