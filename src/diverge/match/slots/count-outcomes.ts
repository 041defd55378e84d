/**
 * What befell the things a count counts, read from the verb or noun that governs the count: "Floods
 * destroyed 120 homes" / "damaged 150 homes", "1.000 ngôi nhà bị tốc mái" / "1.000 ngôi nhà bị ngập",
 * "300 người bị thương" / "hàng trăm người bị mắc kẹt". Two outcomes are two slots for every count
 * pairing, a figure's, a rounded one's or a vague magnitude's alike (issue 11, gate57).
 *
 * The people's outcomes (the dead, the hurt, the missing, the arrested …) are the lexicon's
 * (extract/numbers/outcome-words.ts), judged by life-outcomes.ts; this adds what that lexicon lacks:
 * the trapped among people, and what befalls houses and goods. The outcome is only the word
 * governing the count, never any outcome word of the sentence (tolls51/52, counts53: "killed 35"
 * beside "injured 20" is still the dead), and each outcome is a class of synonyms ("sập" / "đổ" /
 * "collapsed" / "destroyed" are one), so a synonym never sets two reports apart.
 *
 * A class of damage holds its kinds: "damaged" meets "unroofed" or "flooded", being their umbrella;
 * "destroyed" meets none of them but the burned (what a fire destroys is burned), as storm news counts the
 * destroyed and the damaged apart.
 */
import { type PhraseIndex, keys, phraseIndex, phraseStartsAt } from '../../../normalize/word-lists'
import { EN_NUMBERS, VI_DIGITS } from '../../../normalize/number-words'
import { type Outcome, outcomeAt } from '../../extract/numbers/outcome-words'
import type { Fact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'
import { outcomeOf } from '../numbers/life-outcomes'
import { countInWords, spelledCountIsFact } from '../missing/spelled-counts'

type ThingOutcome = 'trapped' | 'destroyed' | 'damaged' | 'unroofed' | 'flooded' | 'burned'

/** Each outcome's phrases: Vietnamese, English, and the continental participles. */
const INDEXES: ReadonlyArray<readonly [ThingOutcome, PhraseIndex]> = [
  ['trapped', phraseIndex('mắc kẹt, bị kẹt, trapped, stranded, atrapados, atrapadas, bloqués, bloquées, eingeschlossen')],
  [
    'destroyed',
    phraseIndex(
      'sập, đổ sập, sập đổ, bị đổ, sụp đổ, phá hủy, phá huỷ, san phẳng, thiêu rụi, destroyed, destroying, collapsed, razed, flattened, levelled, leveled, ' +
        'destruidas, destruidos, derrumbadas, derrumbados, détruites, détruits, effondrées, zerstört, zerstörte, zerstörten, destruídas, destruídos',
    ),
  ],
  ['damaged', phraseIndex('hư hại, hư hỏng, thiệt hại, damaged, damaging, dañadas, dañados, endommagées, endommagés, beschädigt, beschädigte, beschädigten, danificadas, danificados')],
  ['unroofed', phraseIndex('tốc mái, unroofed, roofless, sin techo')],
  ['flooded', phraseIndex('ngập, ngập nước, ngập lụt, flooded, inundated, submerged, inundadas, inundados, inondées, inondés, überflutet, überflutete, überfluteten, alagadas')],
  ['burned', phraseIndex('cháy, bị cháy, burned, burnt, gutted, quemadas, incendiées, brûlées, verbrannt')],
]

/** Kinds of damage: the umbrella "damaged" holds them, so it meets each of them. */
const KINDS_OF_DAMAGE: ReadonlySet<ThingOutcome> = new Set(['unroofed', 'flooded', 'burned'])

/** Words after the figure read for what befell it ("ngôi nhà bị tốc mái", "homes were destroyed"). */
const AFTER = 5
/** Words before it, for the verb that governs it ("destroyed 120 homes", "làm sập 120 ngôi nhà"). */
const BEFORE = 3
/** Where the words after a figure turn to another clause or figure ("destroyed 120 homes and damaged 150"). */
const TURN: ReadonlySet<string> = keys('và and but nhưng while e et und ed')
const DIGIT = /\d/
/** The words that join a count to the one before it under one verb ("12 homes and 30 shops"). */
const LIST_JOINS: ReadonlySet<string> = keys('and và e et und y i oraz')
/** Number words an earlier count of a list may be written in: its digits are no word of the clause. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...EN_NUMBERS.keys(), ...VI_DIGITS.keys(), ...keys('mười mươi trăm nghìn ngàn hundred thousand')])
/** Most words of the counted noun a fate word may follow ("homes", "ngôi nhà", "thợ mỏ"). */
const NOUN_WORDS = 2
/**
 * Copulas, auxiliaries and passive marks that may stand between the counted noun and its fate ("were",
 * "bị", "đã", "quedaron"): any other word after the noun starts a phrase of its own, whose fate words
 * are another noun's ("homes near the flooded river were destroyed", "nhà ở vùng ngập bị sập").
 */
const LINKS: ReadonlySet<string> = keys(
  'were was are is be been being have has had got get gets became left remain remained remains ' +
    'bị đã đều vẫn đang quedaron quedó quedan resultaron resultó fueron fue están estaban son sont ont été furent restent wurden wurde sind waren worden foram ficaram',
)
/** Words that open another phrase right after the noun: what follows them is not the count's fate. */
const PHRASE_OPENERS: ReadonlySet<string> = keys(
  'in near at on of from by with under across along beside around inside outside the a an ở tại trong của gần ven dưới trên bên quanh en de del la el los las cerca près dans du des le les im am bei unter nahe',
)

function thingOutcomeAt(words: readonly string[], k: number): ThingOutcome | undefined {
  for (const [outcome, index] of INDEXES) if (index.get(words[k]!)?.some((p) => phraseStartsAt(words, k, p))) return outcome
  return undefined
}

/** Whether a fate phrase ends at the k-th word ("sập", "hư hại", "tốc mái"): read backwards, its last word comes first. */
function fateEndsAt(words: readonly string[], k: number): boolean {
  for (let from = k; from >= Math.max(0, k - 2); from--) {
    for (const [, index] of INDEXES) if (index.get(words[from]!)?.some((p) => from + p.length - 1 === k && phraseStartsAt(words, from, p))) return true
  }
  return false
}

/**
 * The outcome a count's own words give it: a fate word right after the counted noun, with only a copula
 * or passive mark between ("homes were destroyed", "ngôi nhà bị tốc mái"), else the verb right before
 * the figure. The trapped are read only when no people outcome governs them further on: "12 workers
 * trapped under debris were hurt" counts the hurt (peopleOutcome reads it).
 */
function thingOutcomeOf(c: Clause): ThingOutcome | undefined {
  let nouns = 0
  let linked = false
  for (let k = 0; k < Math.min(AFTER, c.after.length); k++) {
    const w = c.after[k]!
    if (TURN.has(w) || DIGIT.test(w)) break
    const o = thingOutcomeAt(c.after, k)
    if (o) return o === 'trapped' && laterPeopleOutcome(c, k) !== undefined ? undefined : o
    if (LINKS.has(w)) linked = true
    else if (linked || PHRASE_OPENERS.has(w) || ++nouns > NOUN_WORDS) break
  }
  return outcomeBefore(c.before, c.before.length) ?? (nounOnlyAfter(c.after) ? outcomeBefore(c.before, listHead(c.before)) : undefined)
}

/**
 * Whether the words after a count hold its noun alone, then nothing or a place ("30 shops in the town"):
 * a count with a verb of its own ("30 families lost power", "30 hộ dân bị mất điện") shares no list's verb.
 */
function nounOnlyAfter(after: readonly string[]): boolean {
  for (let k = 0; k < after.length; k++) {
    const w = after[k]!
    if (TURN.has(w) || PHRASE_OPENERS.has(w)) return true
    if (LINKS.has(w) || k >= NOUN_WORDS) return false
  }
  return true
}

/**
 * The fate word among the BEFORE words before the `end`-th of `words`: the verb that governs the count. A
 * list join ends the reading ("12 nhà bị sập và 30 cửa hàng" tells nothing of the shops): past it stands
 * another count's verb, which listHead reads only when it governs the whole list.
 */
function outcomeBefore(words: readonly string[], end: number): ThingOutcome | undefined {
  for (let k = end - 1; k >= Math.max(0, end - BEFORE) && !LIST_JOINS.has(words[k]!); k--) {
    const o = thingOutcomeAt(words, k)
    if (o) return o
  }
  return undefined
}

/**
 * Where the list a count closes starts: "destroyed 12 homes and 30 shops", "làm sập 12 ngôi nhà và 30 cửa
 * hàng" — the count after "and" shares the verb right before the first count, whose noun (its digits are
 * no word here) or number word alone stands between. -1 when the words before the count are no such list:
 * an article, a copula or a third word before the verb ("destroyed the old warehouse and 30 firefighters"),
 * or a fate after the first noun ("12 homes were destroyed and 30 shops").
 */
function listHead(before: readonly string[]): number {
  let k = before.length - 1
  if (!LIST_JOINS.has(before[k] ?? '')) return -1
  let nouns = 0
  for (k--; k >= 0 && !NUMBER_WORDS.has(before[k]!) && !fateEndsAt(before, k); k--) {
    const w = before[k]!
    if (TURN.has(w) || LINKS.has(w) || PHRASE_OPENERS.has(w) || ++nouns > NOUN_WORDS) return -1
  }
  if (nouns === 0) return -1
  // a number word opening the earlier count ("twelve homes and thirty shops"), read past as its digits are
  while (k >= 0 && NUMBER_WORDS.has(before[k]!)) k--
  return k + 1
}

/** A people outcome of the lexicon further on in the count's clause than its k-th word after the figure ("… were hurt"). */
function laterPeopleOutcome(c: Clause, k: number): Outcome | undefined {
  for (let i = c.afterStart + k + 1; i < c.end; i++) {
    if (DIGIT.test(c.words[i]!) || (c.wordBreaks[i - 1] ?? false)) return undefined
    const o = outcomeAt(c.words, i)
    if (o) return o
  }
  return undefined
}

/** A people outcome of the lexicon the count's unit or clause names, or that governs its trapped further on. */
const peopleOutcome = (f: Fact, c: Clause): string | undefined =>
  (f.type === 'number' && f.unit !== '' && !f.unit.includes(' ') ? outcomeAt([f.unit], 0) : undefined) ?? outcomeOf(c) ?? trappedThenOutcome(c)

/** "12 miners trapped in the tunnel died": the outcome after a trapped modifier (thingOutcomeOf leaves it out). */
function trappedThenOutcome(c: Clause): Outcome | undefined {
  for (let k = 0; k < Math.min(AFTER, c.after.length); k++) {
    if (TURN.has(c.after[k]!) || DIGIT.test(c.after[k]!)) return undefined
    if (thingOutcomeAt(c.after, k) === 'trapped') return laterPeopleOutcome(c, k)
  }
  return undefined
}

/** A count in words that is no fact to check ("the two", "hai nước"): missing-facts.ts lists none as missing, so setting it apart would lose both facts. */
const phrasingOnly = (f: Fact): boolean => countInWords(f) && !spelledCountIsFact(f)

/** One outcome, or one held by the other as a kind of it. */
const oneOutcome = (x: ThingOutcome, y: ThingOutcome): boolean =>
  x === y || (x === 'damaged' && KINDS_OF_DAMAGE.has(y)) || (y === 'damaged' && KINDS_OF_DAMAGE.has(x)) || burnedDown(x, y) || burnedDown(y, x)

/** "burned 24 homes" / "the fire destroyed 19 houses": what a fire destroys is burned (thing-pairs.ts reads the fire). */
const burnedDown = (x: ThingOutcome, y: ThingOutcome): boolean => x === 'burned' && y === 'destroyed'

/**
 * Why two counts, x of A and y of B, count things that befell two fates, if they do: "destroyed 120
 * homes" / "damaged 150 homes", "300 người bị thương" / "hàng trăm người bị mắc kẹt". Two people
 * outcomes of the lexicon are life-outcomes.ts' to judge; a count with no outcome read tells nothing.
 */
export function countsOfOtherFates(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return undefined
  if (phrasingOnly(x) || phrasingOnly(y)) return undefined
  // (the fates of this lexicon first: most pairs name none, and then the people's lexicon is not read)
  const tx = thingOutcomeOf(cx)
  const ty = thingOutcomeOf(cy)
  if (tx === undefined && ty === undefined) return undefined
  const px = peopleOutcome(x, cx)
  const py = peopleOutcome(y, cy)
  if (px !== undefined && py !== undefined) return undefined
  // the trapped against the dead or the hurt: both people, two fates
  if (px !== undefined || py !== undefined) {
    const trapped = px === undefined ? tx : ty
    // the trapped and the missing of a collapse are one unaccounted group, told two ways
    if ((px ?? py) === 'missing') return undefined
    return trapped === 'trapped' ? `counts of different outcomes (${px ?? tx} / ${py ?? ty})` : undefined
  }
  if (tx === undefined || ty === undefined || oneOutcome(tx, ty)) return undefined
  // people trapped against houses destroyed: two nouns, for the counted-noun tests to tell
  if ((tx === 'trapped') !== (ty === 'trapped')) return undefined
  return `counts of different outcomes (${tx} / ${ty})`
}
