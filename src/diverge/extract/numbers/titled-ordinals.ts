/**
 * A title-case ordinal before a title-case word that heads names of its kind is part of a name
 * ("the First Amendment", "the Second World War", "Fifth Avenue", "First Lady Jill Biden",
 * "Second Lieutenant Mark Evans"), not a rank: planted-en en-dev-1-7 reported the rank "First"
 * missing beside the name "First Amendment".
 *
 * The capitals alone say too little: a Title-Case headline capitalises every rank ("Dow Falls for
 * Third Straight Day", "Storm Kills Third Person"), and so do writers before a common noun ("in
 * Second Place", "the Fed's Third Rate Hike"). Only the head decides, and it decides anywhere —
 * opening a sentence the ordinal's own capital says nothing, but the head's still does.
 */
import { keys, type Token } from '../fact-tokens'

/** Words an ordinal opens names with: laws, streets, wars and states, offices and ranks, units, bodies. */
const NAME_HEADS: ReadonlySet<string> = keys(
  'amendment amendments article avenue ave street st road world war reich republic empire dynasty crusade intifada coming testament vatican ' +
    'lady ladies gentleman family daughter son couple lord lieutenant sergeant officer mate secretary minister deputy baron earl duke ' +
    'division circuit district army fleet corps battalion regiment brigade precinct ward congress council nations baptist church bank',
)

const titled = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.raw)

/** Whether the ordinal at token `i` opens a name rather than stating a rank. */
export function titledOrdinal(tokens: readonly Token[], i: number): boolean {
  return titled(tokens[i]) && titled(tokens[i + 1]) && NAME_HEADS.has(tokens[i + 1]!.key)
}
