/**
 * Sentences that refer back to the one before them with a noun and a demonstrative ("giá trị của
 * bản hợp đồng này", "vụ việc trên", "this contract", "the same plant"): what they speak of was
 * named in the previous sentence, so the words of that sentence are part of their slot's context.
 * Two reports seldom split one statement at the same place: "ký hợp đồng mua 12 chiến đấu cơ
 * FA-50. Giá trị hợp đồng này là 18 tỷ peso" / "kế hoạch mua 12 chiến đấu cơ FA-50 trị giá
 * 18,9 tỷ peso" share little unless the first sentence lends its words to the second.
 *
 * Pronouns ("it", "nó", "họ") are left out: they refer back too often to too many things.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { factTokens } from '../../../document/words'
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { STOP } from '../../extract/numbers/number-words'
import type { ContentWords } from './shared-words'
import { contentWordsOf, pairIdf } from './shared-words'
import { inOtherScope } from '../clauses/scope-openers'
import { isBreak } from '../clauses/clauses'

/** Vietnamese demonstratives that follow their noun ("hợp đồng này", "vụ việc đó", "người ấy"). */
const VI_AFTER = new Set(['này', 'đó', 'ấy', 'nọ'])
/**
 * Words before a Vietnamese demonstrative that make no noun phrase of a thing named before:
 * time ("trước đó", "lúc này", "tuần này"), links ("do đó", "trong đó", "vì vậy"), places ("ở đó").
 */
const VI_NOT_A_NOUN = new Set([
  'trước', 'sau', 'khi', 'lúc', 'trong', 'do', 'vì', 'từ', 'đến', 'tới', 'như', 'điều', 'cho', 'ngoài', 'bên',
  'là', 'ngày', 'tuần', 'tháng', 'năm', 'hôm', 'giờ', 'đêm', 'sáng', 'chiều', 'tối', 'trưa', 'nay', 'bây',
  'chỗ', 'đây', 'kia', 'của', 'và', 'với', 'mà', 'thế', 'vậy', 'ở', 'tại', 'hồi', 'thời', 'kỳ', 'kì', 'dịp',
  'lần', 'đợt', 'mùa', 'nơi', 'đâu', 'ai', 'gì', 'cái', 'việc', 'có', 'được', 'bị', 'theo', 'qua',
  'rằng', 'nhưng', 'hay', 'hoặc', 'nếu', 'thì', 'vào', 'ra', 'lên', 'xuống', 'về', 'đi', 'tiếp', 'ngay', 'kể',
])
/** English determiners that point back before a noun ("this contract", "these plants"). */
const EN_BEFORE = new Set(['this', 'these'])
/** "That"/"those" are conjunctions and relative words inside a sentence: a back reference only when a sentence opens with them. */
const EN_OPENING = new Set(['that', 'those'])
/** Nouns after "this" that name the present, not a thing named before ("this year", "this week"). */
const EN_NOW = new Set([
  'year', 'week', 'month', 'morning', 'afternoon', 'evening', 'time', 'season', 'quarter', 'weekend', 'summer',
  'spring', 'fall', 'autumn', 'winter', 'century', 'decade', 'day', 'is', 'was', 'will', 'would', 'has', 'had', 'could',
])

/** The lowercased word tokens of sentence i, punctuation kept as null (a clause ends there). */
function wordsOf(doc: PreparedDocument, i: number): (string | null)[] {
  return factTokens(doc, i).map((t) => (t.kind === 'punct' ? null : t.raw.toLowerCase()))
}

const isWord = (w: string | null | undefined): w is string => w !== null && w !== undefined && /^\p{L}+$/u.test(w)

/** The words `phrase` stand in `words` in a row, before position `end` (exclusive). */
function holds(words: readonly (string | null)[], phrase: readonly string[], end = words.length): boolean {
  for (let k = 0; k + phrase.length <= end; k++) if (phrase.every((w, n) => words[k + n] === w)) return true
  return false
}

/**
 * The noun a demonstrative at position k points with ("hợp đồng" of "bản hợp đồng này", "contract"
 * of "this contract"), or undefined when the word there is no demonstrative after or before a noun.
 */
function pointedNoun(words: readonly (string | null)[], k: number): { noun: string[]; at: number } | undefined {
  const w = words[k]
  if (w === null || w === undefined) return undefined
  const before = words[k - 1]
  const after = words[k + 1]
  const viNoun = (): { noun: string[]; at: number } | undefined => {
    if (!isWord(before) || VI_NOT_A_NOUN.has(before) || STOP.has(before)) return undefined
    // A noun of two syllables ("hợp đồng", "ý kiến") when the one before is a content word too.
    const first = words[k - 2]
    return isWord(first) && !VI_NOT_A_NOUN.has(first) && !STOP.has(first) ? { noun: [first, before], at: k - 2 } : { noun: [before], at: k - 1 }
  }
  const enNoun = (): { noun: string[]; at: number } | undefined => (isWord(after) && !EN_NOW.has(after) && !STOP.has(after) ? { noun: [after], at: k + 1 } : undefined)
  if (VI_AFTER.has(w)) return viNoun()
  // "vụ việc trên", "số tiền nói trên": "trên" points back only at a clause's end or after "nói" (else it is "on", "above").
  if (w === 'trên' && before === 'nói') return isWord(words[k - 2]) ? { noun: [words[k - 2]!], at: k - 2 } : undefined
  if (w === 'trên' && (after === null || after === undefined)) return viNoun()
  if (EN_BEFORE.has(w) || (k === 0 && EN_OPENING.has(w)) || (w === 'same' && before === 'the')) return enNoun()
  return undefined
}

/** Where a back reference stands: the offsets, in its sentence's text, of the clause that holds it. */
interface ReferringClause {
  readonly start: number
  readonly end: number
}

/**
 * The clause of sentence i that refers back to a thing the sentence before it names: a
 * demonstrative's noun that the previous sentence holds and sentence i does not name earlier
 * ("Về vai trò lãnh đạo …, giữ quy định về nội dung này" points inside its own sentence).
 * Only that clause speaks of the thing: "Ủy ban … tiếp thu ý kiến này, giữ quy định tại Điều 1"
 * takes up the opinion, and its article numbers are the committee's own.
 */
export function referringClause(doc: PreparedDocument, i: number): ReferringClause | undefined {
  if (i === 0) return undefined
  const tokens = factTokens(doc, i)
  const words = tokens.map((t) => (t.kind === 'punct' ? null : t.raw.toLowerCase()))
  let previous: (string | null)[] | undefined
  for (let k = 0; k < words.length; k++) {
    const pointed = pointedNoun(words, k)
    if (pointed === undefined) continue
    const { noun, at } = pointed
    if (holds(words, noun, at)) continue
    previous ??= wordsOf(doc, i - 1)
    if (!holds(previous, noun)) continue
    let first = Math.min(k, at)
    let last = Math.max(k, at + noun.length - 1)
    while (first > 0 && !isBreak(tokens, first - 1)) first--
    while (last + 1 < tokens.length && !isBreak(tokens, last + 1)) last++
    return { start: tokens[first]!.start, end: tokens[last]!.end }
  }
  return undefined
}

/** Sentence i refers back to a thing the sentence before it names (see `referringClause`). */
export const refersBack = (doc: PreparedDocument, i: number): boolean => referringClause(doc, i) !== undefined

/** Whether a fact spanning `start`–`end` of its sentence's text stands in the referring clause. */
export const inClause = (clause: ReferringClause | undefined, start: number, end: number): boolean =>
  clause !== undefined && start >= clause.start && end <= clause.end

/** Borrowed words count at this share of their weight: the previous sentence's context, not the sentence's own. */
const BORROWED_SHARE = 0.5

/** The evidence line of a pairing the previous sentence's words helped (followed by the share). */
export const BORROWED_EVIDENCE = 'the sentence before a back reference ("this …") shares'

/**
 * Borrowed words are context, never proof: a pairing they alone lift to the default threshold
 * stays just under it, unless both figures count the same noun in the same unit
 * ("18,9 tỷ peso" / "18 tỷ peso" of one contract). Kept as a candidate, not lost.
 */
export const BORROWED_CEILING = 0.49

/**
 * The share of the smaller sentence's own weight that borrowed words add to the overlap of
 * sentence i of A and sentence j of B: words of the sentence before a back-referring one, absent
 * from that sentence, that the other sentence itself holds, weighed as `PairOverlap` weighs
 * (`BORROWED_SHARE` of it). Borrowed words meet only the other side's own words, never its
 * borrowed ones: two back references do not tie two previous sentences together.
 */
function borrowedOverlap(
  a: ContentWords,
  b: ContentWords,
  i: number,
  j: number,
  backA: boolean,
  backB: boolean,
): number {
  if (!backA && !backB) return 0
  const own = (words: ContentWords, s: number): number[] => Array.from(words.ids.subarray(words.first[s]!, words.first[s + 1]!))
  const keysOf = (words: ContentWords, s: number): Set<string> => new Set(own(words, s).map((id) => words.keys[id]!))
  const weight = (w: string): number => pairIdf(a, b, w)
  const total = (keys: Set<string>): number => {
    let sum = 0
    for (const w of keys) sum += weight(w)
    return sum
  }
  const ka = keysOf(a, i)
  const kb = keysOf(b, j)
  const smaller = Math.min(total(ka), total(kb))
  if (smaller === 0) return 0
  let lent = 0
  const lend = (words: ContentWords, s: number, self: Set<string>, other: Set<string>): void => {
    for (const w of keysOf(words, s - 1)) if (!self.has(w) && other.has(w)) lent += weight(w)
  }
  if (backA && i > 0) lend(a, i, ka, kb)
  if (backB && j > 0) lend(b, j, kb, ka)
  return (BORROWED_SHARE * lent) / smaller
}

/** A function of a sentence index, each answer reckoned once. */
function memo<T>(f: (i: number) => T): (i: number) => T {
  const known = new Map<number, T>()
  return (i) => {
    if (!known.has(i)) known.set(i, f(i))
    return known.get(i)!
  }
}

/**
 * Each sentence's clause that refers back, if it follows a body sentence: read of the report alone,
 * so kept with it for every pair it is in (a story's pairs each read them again).
 */
const clausesOf = (doc: PreparedDocument): ((i: number) => ReferringClause | undefined) =>
  memo((i) => (i > 0 && doc.sentences[i - 1]!.role === 'body' ? referringClause(doc, i) : undefined))

/**
 * For one pair of reports, the share `borrowedOverlap` adds to the overlap of the sentences of
 * two facts, 0 when neither fact stands in a clause that refers back. Only a body sentence after
 * a body sentence borrows: that sentence's words are the context of the facts in the clause that
 * points back, unless a fact's clause sets itself beside what came before ("Ngoài FA-50, …",
 * "Meanwhile, …": scope-openers.ts). Each answer is reckoned once per pair of reports.
 */
export function createBorrowing(docA: PreparedDocument, docB: PreparedDocument): (x: Located<Fact>, y: Located<Fact>) => number {
  const sentencesB = docB.sentences.length
  const clauseA = once(docA, clausesOf)
  const clauseB = once(docB, clausesOf)
  const otherScope = new Map<Fact, boolean>()
  const opensBeside = (doc: PreparedDocument, x: Located<Fact>): boolean => {
    let apart = otherScope.get(x.fact)
    if (apart === undefined) otherScope.set(x.fact, (apart = inOtherScope(doc, x.sentence, x.fact.start)))
    return apart
  }
  const borrowed = new Map<number, number>()
  return (x, y) => {
    let lendA = inClause(clauseA(x.sentence), x.fact.start, x.fact.end)
    let lendB = inClause(clauseB(y.sentence), y.fact.start, y.fact.end)
    if (!lendA && !lendB) return 0
    if (opensBeside(docA, x) || opensBeside(docB, y)) lendA = lendB = false
    if (!lendA && !lendB) return 0
    const key = (x.sentence * sentencesB + y.sentence) * 4 + (lendA ? 2 : 0) + (lendB ? 1 : 0)
    let share = borrowed.get(key)
    if (share === undefined) borrowed.set(key, (share = borrowedOverlap(once(docA, contentWordsOf), once(docB, contentWordsOf), x.sentence, y.sentence, lendA, lendB)))
    return share
  }
}
