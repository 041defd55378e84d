/**
 * A figure stated as a whole with a part named after it ("gần 120 km, trong đó … 83 km", "120
 * miles, of which 83", "30 people, including 5 children") against a figure stated as a part of a
 * whole ("80km trong tổng số 83 km", "80 miles out of 83"): the whole and a part are two slots,
 * however alike the sentences ("Highway 1A runs 120 km through the province, 83 of them to be
 * widened" / "80 of the 83 km handed over"). Two wholes, or two parts, stay comparable.
 *
 * A whole is read from the words that open the clause after the figure's (the part is set off
 * by a comma); a part from the words right after the figure in its own clause. A part stated out
 * of a total ("10 cư dân trong số 40 cư dân", "35 of the 200 protesters") sets a whole apart only
 * when that total is a figure the whole's sentence holds: a part of another total (the residents,
 * not the dead) is no part of this whole, and the two counts of the dead still meet.
 *
 * A part counted out of the whole before it ("three of them in critical condition", "four of
 * whom were children", "hai trong số đó là trẻ em") is the subset its marker words name: it meets
 * a figure of the other report only when that report carries the marker too ("Three American
 * soldiers" for "three of them American"); "Three miners were rescued" is the whole told
 * differently, and must meet "Ten miners", not the part.
 */
import { foldWord } from '../../../normalize/fold'
import type { Fact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'
import { STOP } from '../../extract/numbers/number-words'
// "three of them", "four of whom", "hai trong số đó": a part counted out of the whole before it (one lexicon with the extractor's)
import { COUNTED_OUT } from '../../extract/numbers/counted-out'

/** Words after a figure where the phrase that makes it a whole or a part may start (its own unit word first). */
const WINDOW = 3

const phrase = (p: string): readonly string[] => p.split(' ').map((w) => foldWord(w))

/** "X, trong đó Y", "X, of which Y", "X, including Y", "X, Y of them": X is the whole of Y. */
const WHOLE = ['trong đó', 'of which', 'including', 'bao gồm', 'of them', 'among them', 'trong số đó', 'trong số này'].map(phrase)
/** "X trong tổng số Y", "X out of Y": X is a part of Y. */
const PART = ['trong tổng số', 'trên tổng số', 'trong số', 'out of'].map(phrase)

function startsWithin(words: readonly string[], from: number, phrases: ReadonlyArray<readonly string[]>): boolean {
  for (let k = from; k < Math.min(words.length, from + WINDOW); k++) if (phrases.some((p) => p.every((w, i) => words[k + i] === w))) return true
  return false
}

/** Words a clause holds after its figure at most (slot-qualifiers.ts): a clause that long may not have ended. */
const CLAUSE_AFTER_MAX = 8

/**
 * The figure is a whole whose part the sentence names next, opening the next clause ("120 km,
 * trong đó …", "runs 120 miles through the state, of which …"): read past the figure's clause,
 * whose words the sentence holds from the figure on (its unit word first).
 */
const isWhole = (c: Clause): boolean => c.after.length < CLAUSE_AFTER_MAX && startsWithin(c.words, c.wordsBefore + c.after.length, WHOLE)
/** The figure is a part of a whole named right after it in its clause ("80km trong tổng số 83 km"). */
const isPart = (c: Clause): boolean => startsWithin(c.after, 0, PART)

/** Where in `words` (from `from`, within WINDOW) one of `phrases` starts, and how long it is. */
function phraseAt(words: readonly string[], from: number, phrases: ReadonlyArray<readonly string[]>): { at: number; length: number } | undefined {
  for (let k = from; k < Math.min(words.length, from + WINDOW); k++) {
    const p = phrases.find((p) => p.every((w, i) => words[k + i] === w))
    if (p) return { at: k, length: p.length }
  }
  return undefined
}

/** Letters at most between a part and the total it is stated out of ("80km trong tổng số 83 km"). */
const TOTAL_GAP = 24

/**
 * A part of a total the whole's sentence does not hold (another whole: the residents, not the
 * dead): `part` and `partFacts` are the part's figure and its sentence's figures, `wholeFacts`
 * the whole's sentence's. Only a total given as a figure is weighed; "out of all residents" is not.
 */
function partOfAnotherTotal(part: Fact, partFacts: readonly Fact[], wholeFacts: readonly Fact[]): boolean {
  const total = partFacts.find((f) => f.type === 'number' && f.start >= part.end && f.start - part.end <= TOTAL_GAP)
  return total?.type === 'number' && !wholeFacts.some((f) => f.type === 'number' && f.value === total.value)
}

/** Why two figures fill different slots as a whole and a part, if they do. */
export function wholeAgainstPart(x: Fact, y: Fact, cx: Clause, cy: Clause, sentenceFacts: (side: 0 | 1) => readonly Fact[]): string | undefined {
  const wx = isWhole(cx) && !isPart(cx)
  const wy = isWhole(cy) && !isPart(cy)
  const px = isPart(cx) && !wx
  const py = isPart(cy) && !wy
  if ((wx && py && !partOfAnotherTotal(y, sentenceFacts(1), sentenceFacts(0))) || (px && wy && !partOfAnotherTotal(x, sentenceFacts(0), sentenceFacts(1)))) return 'a whole (its part named after it) against a part of a whole'
  return subsetAgainstUnmarked(cx, cy) ?? subsetAgainstUnmarked(cy, cx) ?? totalAgainstPart(x, cx, y, cy, sentenceFacts(0)) ?? totalAgainstPart(y, cy, x, cx, sentenceFacts(1))
}

/** Words right before a total that a part is counted out of ("35 of the 200", "35 trong số 200"), nearest last. */
const TOTAL_BEFORE = ['of the', 'of', 'out of', 'trong số', 'tổng số'].map(phrase)

/**
 * The figure is a total a part before it is counted out of: the words before it end with a total
 * phrase, and a figure of its sentence ends just before them ("35 of the 200 protesters").
 */
function isTotalOfAPart(f: Fact, facts: readonly Fact[] | undefined): boolean {
  if (f.type !== 'number') return false
  const lead = f.before
  if (!TOTAL_BEFORE.some((p) => p.length <= lead.length && p.every((w, i) => lead[lead.length - p.length + i] === w))) return false
  // (the other figure: its total phrase alone makes it a total told out of something, so no predicate of a part)
  return facts === undefined || facts.some((o) => o !== f && o.type === 'number' && o.end <= f.start && f.start - o.end <= TOTAL_GAP)
}

/** Why a total that a part is counted out of stands apart from the other figure, if it does. */
export const TOTAL_OF_A_PART_APART = 'a total a part is counted out of against a figure told with the part\'s predicate'

/**
 * "35 of the 200 protesters were detained" / "40 protesters were detained": the predicate after the
 * total (detained) is the part's, so a figure the other report tells with it fills the part's slot;
 * the total counts everyone. The predicate is read up to a phrase of place, time or object, and
 * must follow the other figure in its own clause. A figure told otherwise ("180 protesters
 * attended", "200 protesters gathered and 40 were detained", "32 games in the regular season") may
 * be the total told differently, and so may another total of a part. Not told apart: a participle
 * that describes the total ("3 trong số 12 thợ mỏ mắc kẹt" / "14 thợ mỏ mắc kẹt") reads as a predicate.
 */
function totalAgainstPart(total: Fact, ct: Clause, otherFact: Fact, other: Clause, facts: readonly Fact[]): string | undefined {
  if (total.type !== 'number' || otherFact.type !== 'number' || !isTotalOfAPart(total, facts) || isTotalOfAPart(otherFact, undefined)) return undefined
  // "200 người biểu tình bị bắt" / "180 người biểu tình tham gia": words both figures have right after
  // them continue the counted noun (biểu tình), no predicate
  let noun = 0
  while (noun < total.after.length && total.after[noun] === otherFact.after[noun] && !STOP.has(total.after[noun]!)) noun++
  const nounWords = new Set(total.after.slice(0, noun))
  const predicate = predicateWords(ct.after, (w) => nounWords.has(w) || (total.unit !== '' && w.startsWith(total.unit)))
  // told with the other figure, in its own clause up to the next figure: "200 protesters gathered and 40 were detained" tells the 200 no detention
  const told = new Set(predicateWords(other.after, () => false))
  return predicate.some((w) => told.has(w)) ? TOTAL_OF_A_PART_APART : undefined
}

/**
 * Words that open a phrase of place, time or object after a predicate ("in the regular season",
 * "the meeting in Geneva", "tại tỉnh Quảng Ninh"): words from there on say where or what, which two
 * figures of two slots share as often as two of one ("won 20 of 30 games in the season" / "played
 * 32 games in the season"), so they name no predicate.
 */
const PREDICATE_ENDS = new Set(['in', 'at', 'on', 'to', 'for', 'during', 'from', 'the', 'a', 'an', 'tại', 'ở', 'trong', 'của', 'vào', 'từ'].map((w) => foldWord(w)))

/** The content words of a clause after a figure, up to a phrase of place, time or object or the next figure (`skip`: the counted noun's words). */
function predicateWords(after: readonly string[], skip: (w: string) => boolean): string[] {
  const out: string[] = []
  for (const w of after) {
    if (/\d/.test(w) || PREDICATE_ENDS.has(w)) break
    if (!STOP.has(w) && !skip(w)) out.push(w)
  }
  return out
}

/** Words between the counted-out phrase and its marker that mark nothing ("of whom were", "trong số đó là"). */
const LINKS = new Set(['were', 'was', 'are', 'is', 'being', 'in', 'all', 'la', 'co', 'đeu', 'deu', 'the', 'a', 'an'].map((w) => foldWord(w)))

/** Words after a whole where the part counted out of it may open ("Twelve passengers, four of whom …"). */
const PART_AFTER = 4

/**
 * Whether a part may be counted out of this figure right after it ("Twelve passengers, four of
 * whom were children", "12 người, 4 người trong số đó"): a cheap sign read from the few words a
 * fact keeps after it, where the phrase may be cut short (two of its words, or all, suffice).
 */
export function countsOutAPart(f: Fact): boolean {
  if (f.type !== 'number') return false
  const words = f.after
  for (let k = 0; k < Math.min(words.length, PART_AFTER); k++) {
    for (const p of COUNTED_OUT) {
      const seen = Math.min(p.length, words.length - k)
      if (seen >= Math.min(2, p.length) && p.slice(0, seen).every((w, i) => words[k + i] === w)) return true
    }
  }
  return false
}

/**
 * Whether the figure is itself a part counted out of a whole ("four of whom", "two of them",
 * "bốn người trong số đó"): its counted-out phrase follows it at once, or after its unit word.
 */
export function isCountedOutPart(f: Fact): boolean {
  if (f.type !== 'number') return false
  const hit = phraseAt(f.after, 0, COUNTED_OUT)
  return hit !== undefined && hit.at <= 1
}

/** The marker words of a part counted out of the whole before it ("American", "critical condition"), if the figure is one. */
function subsetMarker(c: Clause): readonly string[] | undefined {
  const hit = phraseAt(c.after, 0, COUNTED_OUT)
  if (!hit) return undefined
  const marker = c.after.slice(hit.at + hit.length).filter((w) => !LINKS.has(w))
  return marker.length > 0 ? marker : undefined
}

/** Why `wholeAgainstPart` sets apart a part counted out of its whole ("four of whom were children") and a figure without its marker. */
export const COUNTED_OUT_APART = 'a part counted out of a whole against a figure without its marker'

/** A part counted out of its whole, against a figure whose sentence names none of the part's marker words. */
function subsetAgainstUnmarked(part: Clause, other: Clause): string | undefined {
  const marker = subsetMarker(part)
  if (!marker || subsetMarker(other) || marker.some((w) => other.sentence.has(w))) return undefined
  return COUNTED_OUT_APART
}
