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
 * effective", "chắc chắn 100% số hộ". "behind" is a lag as often as support ("sales were 5
 * percent behind"), so it is the idiom only at a whole hundred or more.
 */
import { foldWord } from '../../normalize/fold'
import { keys, type Token } from './fact-tokens'

const phrases = (list: string): readonly (readonly string[])[] => list.split('|').map((p) => p.split(' ').map(foldWord))
/** Predicates of attitude after the share: certainty, commitment, agreement. */
const AFTER = phrases('sure|certain|confident|convinced|committed|dedicated|devoted|determined|focused|serious|honest|agreed|chắc chắn|chắc|tin tưởng|tự tin|yên tâm')
/** Verbs and adjectives of attitude before a share that ends its clause. */
const BEFORE = phrases('agree|agrees|agreed|believe|believes|trust|trusts|sure|certain|confident|chắc chắn|chắc|tin|tin tưởng|tự tin|đồng ý|yên tâm')
/** What may follow the share in "agree 100 percent": the clause's end or what opens the claim ("that", "là", "rằng"). */
const CLAIM_OPENS = keys('that là rằng')

const word = (tokens: readonly Token[], k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
/** Does one of `list` start at token `k` (`from` 0) or end at it (`from` its length − 1)? */
function phraseAt(tokens: readonly Token[], k: number, list: readonly (readonly string[])[], ending: boolean): boolean {
  return list.some((p) => p.every((w, n) => word(tokens, ending ? k - p.length + 1 + n : k + n) === w))
}

/** Is the share spanning tokens `first`…`last` worth `value` an idiom of attitude, not a figure? */
export function attitudeShare(tokens: readonly Token[], first: number, last: number, value: number): boolean {
  if (phraseAt(tokens, last + 1, AFTER, false)) return true
  // "100 percent behind him": support; "5 percent behind" a lag
  if (word(tokens, last + 1) === 'behind' && value >= 100) return true
  if (!phraseAt(tokens, first - 1, BEFORE, true)) return false
  const after = tokens[last + 1]
  return !after || after.kind === 'punct' || CLAIM_OPENS.has(after.key)
}
