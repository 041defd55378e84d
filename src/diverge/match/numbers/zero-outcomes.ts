/**
 * A toll of zero in words ("No one was evacuated", "Không ai bị bắt") contradicts a count only of
 * the same outcome: "Two people were injured" says nothing against it (rnum32 8). A count in
 * words or digits of one outcome against another was paired before zeros were read, and stays so
 * (a different report's wording); a zero, though, is read in many more sentences, and
 * most that name a zero name it for one outcome beside a toll of another ("No one was killed;
 * two were hurt").
 *
 * "No one" counts people of any kind: against "Two men were hurt" (a count of men) or "Hai người
 * đàn ông bị thương" (whose verb stands past the noun's tail) it is one count of the hurt, told
 * twice (issue 11). A zero said of a group ("No one in the building") is no zero toll at all
 * (extract/numbers/number-subjects.ts), so it never meets another group's count.
 */
import type { Fact, NumberFact } from '../../extract/fact'
import { foldWord } from '../../../normalize/fold'
import { outcomeAt } from '../../extract/numbers/outcome-words'
import { GENERIC_NOUN } from '../../extract/numbers/number-subjects'
import { tollNounAt } from '../../extract/numbers/zero-nouns'

/** Words between a count and its verb: auxiliaries, and Vietnamese "bị" / "đã" before the harm itself. */
const AUXILIARIES = new Set('was were is are be been being has have had đã bị được vẫn'.split(' ').map(foldWord))

const NGUOI = foldWord('người')

/** Words of a Vietnamese noun's tail a verb may stand past ("người đàn ông", "người dân địa phương"). */
const VI_NOUN_TAIL = 3

/**
 * Words that may follow "người" inside the counted noun phrase: kinds and qualities of a person.
 * Only these are passed over, never a verb ("hai người đưa nạn nhân bị thương": the two took the
 * hurt away, review rzero35 2), so an outcome past another noun's verb is not the count's.
 */
const PERSON_TAIL = new Set(
  'đàn ông phụ nữ dân công nhân thanh niên trẻ em nhỏ học sinh viên lao động địa phương nước ngoài già cao tuổi khách du hành lính chiến sĩ cảnh sát bộ đội nông ngư tài xế thợ mỏ bệnh trong gia đình khác lạ'
    .split(' ')
    .map(foldWord),
)

/** A negation before the outcome: the count says the outcome did not happen (review rzero35 3). */
const NEGATIONS = new Set("not never no không chưa chẳng chả wasn't weren't isn't aren't hasn't haven't didn't".split(' ').map(foldWord))

/** The outcome of a negated verb: it meets no outcome, so a zero and a negated count stay apart. */
const NEGATED = '\u0000not'

/** The outcome a counted noun names itself ("death", "survivor", "casualty"), from its plural. */
const unitOutcome = (unit: string): string | undefined => (unit === '' ? undefined : tollNounAt([unit.endsWith('y') ? `${unit.slice(0, -1)}ies` : `${unit}s`], 0)?.outcome)

/**
 * The outcome a count's verb names, from the words after it, or '' when none of them is a verb
 * word: an outcome of the lexicon (extract/numbers/outcome-words.ts), so words of one outcome meet
 * ("killed" / "died", "bị tạm giữ" / "bị bắt", "detained" / "arrested"), else the verb itself.
 * A Vietnamese count of people may name its verb past the rest of its noun ("hai người đàn ông bị
 * thương"): up to three words of it are passed over when an outcome follows them.
 */
function outcomeOf(fact: NumberFact): string {
  const own = unitOutcome(fact.unit)
  if (own) return own
  const words = fact.clause ?? fact.after
  const tail = fact.unit === NGUOI ? tailOutcome(words) : undefined
  if (tail) return tail
  for (let k = 0; k < words.length; k++) {
    if (NEGATIONS.has(words[k]!)) return NEGATED
    const outcome = tollNounAt(words, k)?.outcome
    if (outcome) return outcome
    if (AUXILIARIES.has(words[k]!)) continue
    return /^\p{L}/u.test(words[k]!) ? words[k]! : ''
  }
  return ''
}

/** An outcome after at most VI_NOUN_TAIL words of a person's noun and any auxiliaries, else undefined. */
function tailOutcome(words: readonly string[]): string | undefined {
  for (let skip = 1; skip <= VI_NOUN_TAIL && skip < words.length && PERSON_TAIL.has(words[skip - 1]!); skip++) {
    for (let k = skip; k < words.length; k++) {
      if (NEGATIONS.has(words[k]!)) return NEGATED
      const outcome = outcomeAt(words, k)
      if (outcome) return outcome
      if (!AUXILIARIES.has(words[k]!)) break
    }
  }
  return undefined
}

/** Casualties take in the dead and the hurt: "No casualties" is one toll with "Two were hurt" (zero-nouns.ts). */
const CASUALTIES = new Set(['casualties', 'dead', 'injured'])
const sameOutcome = (a: string, b: string): boolean => a === b || ((a === 'casualties' || b === 'casualties') && CASUALTIES.has(a) && CASUALTIES.has(b))

/** Do two counts, one of them a zero, name two different outcomes? Either outcome unknown: not apart. */
export function zeroOutcomesApart(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return false
  if (x.value !== 0 && y.value !== 0) return false
  const a = outcomeOf(x)
  const b = outcomeOf(y)
  return a !== '' && b !== '' && !sameOutcome(a, b)
}

/** Nouns of people, in the singular the extractor compares: a count of any of them meets "No one …". */
const PEOPLE = new Set(
  'people men man women woman children child person passenger worker resident pedestrian student officer soldier troop police firefighter miner tourist villager civilian driver employee guard patient visitor protester spectator bystander teenager boy girl adult'.split(' '),
)

/**
 * "No one was hurt" / "Two men were hurt": a zero of people in general and a count of one kind of
 * person, saying one outcome (both known). One slot, though their nouns differ.
 */
export function zeroMeetsPeople(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return false
  const [zero, count] = x.value === 0 ? [x, y] : [y, x]
  if (zero.value !== 0 || count.value === 0 || zero.unit !== GENERIC_NOUN) return false
  // "no deaths" / "three deaths": a count whose noun is itself the toll names its outcome
  const own = unitOutcome(count.unit)
  if (!own && !PEOPLE.has(count.unit)) return false
  const a = outcomeOf(zero)
  return a !== '' && sameOutcome(a, own ?? outcomeOf(count))
}

/**
 * A zero against a count: "No one was hurt in the first blast" / "Two men were hurt in the second
 * blast". Where the clauses are differently qualified, they are two tolls, not one told twice
 * (review rzero35 1): a doubt that leaves other pairs candidates parts these.
 */
export function zeroAgainstCount(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return false
  return (x.value === 0) !== (y.value === 0)
}
