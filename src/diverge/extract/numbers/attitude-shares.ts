/**
 * A share that measures nobody's figure but a speaker's attitude: "I'm a hundred percent sure",
 * "one hundred percent committed", "100 percent behind him", "I agree 100 percent", "tôi chắc chắn
 * 100% rằng …", "tin tưởng một trăm phần trăm". The idiom of certainty, commitment or agreement says
 * how much, not how many, so it is no fact: read as 100 %, it was a false `missing` against a
 * report that quotes the same claim without it.
 *
 * The shape, not one phrase: a share word followed at once by a predicate of attitude (English,
 * "100 percent sure"; Vietnamese too, "100% chắc chắn"), or a verb or adjective of attitude right
 * before a share that ends its clause ("I agree 100 percent.", "tôi tin 100% là …"). A share of
 * something keeps its figure: "100 percent of the shares", "owns 100 percent", "95 percent
 * effective", "only 40 percent agreed", "chắc chắn 100% số hộ".
 *
 * Only a speaker's own certainty (review I): the share must follow a copula or a personal pronoun
 * ("I'm 100 percent sure", "he was 100 percent certain", "tôi 100% tin tưởng", "I agree 100
 * percent", "tôi chắc chắn 100%") or open a quoted set phrase ("\"100 percent confident\"").
 * A share that is the subject is a poll result, a figure: "85% tin tưởng vào chính sách mới",
 * "Survey shows 62 percent sure of a recession", "Poll: 55% confident", "agree 55 percent,
 * disagree 40 percent"; so is a measured rate ("tỷ lệ đồng ý 92%", "mức độ tin tưởng 78%") and a
 * share before a determiner ("holds 100 percent certain rights", "rose 100 percent behind strong
 * demand").
 *
 * Only at a whole hundred or more (review K): "a hundred", "one hundred", "100", "110 percent" are
 * the idiom; any other value is a measured share, a figure, in both languages alike ("He said he was
 * 90 percent sure", "Voters were 55 percent certain to back him", "tôi tin chắc 90%").
 */
import { phrasesInOrder as phrases } from '../../../normalize/word-lists'
import { keys, type Token } from '../fact-tokens'

/** Adjectives of certainty after the share ("100 percent sure", "100% chắc chắn"). */
const AFTER = phrases('sure|certain|confident|convinced|serious|honest|chắc chắn|chắc|tin tưởng|tự tin|yên tâm')
/** Words of support or commitment after the share ("100 percent behind him", "110 percent committed"). */
const AFTER_WHOLE = keys('behind committed dedicated devoted determined focused agreed')
/** Verbs and adjectives of attitude before a share that ends its clause. */
const BEFORE = phrases('agree|agrees|agreed|believe|believes|trust|trusts|sure|certain|confident|tin chắc|chắc chắn|chắc|tin|tin tưởng|tự tin|đồng ý|yên tâm')
/** Longest first: "chắc chắn" before "chắc". */
const BEFORE_LONGEST = [...BEFORE].sort((a, b) => b.length - a.length)
/** What may follow the share in "agree 100 percent": the clause's end or what opens the claim ("that", "là", "rằng"). */
const CLAIM_OPENS = keys('that là rằng')

/** A copula before the share makes it a degree of the subject's attitude ("he was 100 percent sure"). */
const COPULAS = keys("am is are was were be been being i'm we're you're he's she's they're i’m we’re you’re he’s she’s they’re")
/** Personal pronouns: a speaker or the one quoted ("I agree 100 percent", "tôi chắc chắn 100%", "anh ấy 100% tin tưởng"). */
const PRONOUNS = keys('i we you he she they tôi ta mình em anh chị ông bà họ ấy')
/** Adverbs between the subject and the share or the verb ("is not 100 percent sure", "tôi cũng chắc chắn 100%"). */
const ADVERBS = keys('not just only absolutely totally really still also never cũng vẫn hoàn toàn đã')
const QUOTES = new Set(['"', '“', "'", '‘'])

const word = (tokens: readonly Token[], k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
/** Does one of `list` start at token `k` (`from` 0) or end at it (`from` its length − 1)? */
function phraseAt(tokens: readonly Token[], k: number, list: readonly (readonly string[])[], ending: boolean): boolean {
  return list.some((p) => p.every((w, n) => word(tokens, ending ? k - p.length + 1 + n : k + n) === w))
}
/** The first token before `k` that is no adverb (at most two skipped). */
function subjectBefore(tokens: readonly Token[], k: number): number {
  for (let n = 0; n < 2 && ADVERBS.has(word(tokens, k)); n++) k--
  return k
}
/** Does a speaker's subject end at token `k`: a copula, a personal pronoun, or (`quoted`) an opening quote? */
function speakerAt(tokens: readonly Token[], k: number, quoted: boolean): boolean {
  const t = tokens[k]
  if (!t) return false
  if (t.kind === 'punct') return quoted && QUOTES.has(t.raw)
  return COPULAS.has(t.key) || PRONOUNS.has(t.key)
}

/** Is the share spanning tokens `first`…`last` worth `value` an idiom of attitude, not a figure? */
export function attitudeShare(tokens: readonly Token[], first: number, last: number, value: number): boolean {
  // "90 percent sure", "55 percent certain": a measured share, the idiom is a whole hundred or more
  if (value < 100) return false
  const after = phraseAt(tokens, last + 1, AFTER, false) || AFTER_WHOLE.has(word(tokens, last + 1))
  if (after) return speakerAt(tokens, subjectBefore(tokens, first - 1), true)
  // "I agree 100 percent.", "tôi chắc chắn 100% rằng": the verb's subject a speaker, the share ending the clause
  const verb = BEFORE_LONGEST.find((p) => p.every((w, n) => word(tokens, first - p.length + n) === w))
  if (!verb || !speakerAt(tokens, subjectBefore(tokens, first - verb.length - 1), false)) return false
  const next = tokens[last + 1]
  return !next || next.kind === 'punct' || CLAIM_OPENS.has(next.key)
}
