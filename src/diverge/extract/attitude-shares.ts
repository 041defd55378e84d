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
 */
import { foldWord } from '../../normalize/fold'
import { keys, type Token } from './fact-tokens'

const phrases = (list: string): readonly (readonly string[])[] => list.split('|').map((p) => p.split(' ').map(foldWord))
/** Adjectives of certainty after the share, at any value ("99 percent sure", "100% chắc chắn"). */
const AFTER = phrases('sure|certain|confident|convinced|serious|honest|chắc chắn|chắc|tin tưởng|tự tin|yên tâm')
/**
 * Words of support or commitment after the share that are verbs as often ("5 percent behind" a lag,
 * "only 40 percent agreed" a poll's share, "30 percent committed to …"): the idiom only at a whole
 * hundred or more ("100 percent behind him", "110 percent committed").
 */
const AFTER_WHOLE = keys('behind committed dedicated devoted determined focused agreed')
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
  if (value >= 100 && AFTER_WHOLE.has(word(tokens, last + 1))) return true
  if (!phraseAt(tokens, first - 1, BEFORE, true)) return false
  const after = tokens[last + 1]
  return !after || after.kind === 'punct' || CLAIM_OPENS.has(after.key)
}
