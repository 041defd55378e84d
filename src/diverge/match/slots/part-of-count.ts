/**
 * A count told as a part of another, or of another event, read from the words around it: *3 of
 * the dead*, *including 40 officers*, *seriously injuring 20*, *died at the scene*, *trong số đó
 * 12 đối tượng*, *in a separate raid*. Two rules decide it: the toll rules (toll-pairs.ts), which
 * keep a part out of an incident's toll and never pair a part with a whole, and the slot rule of
 * people and their kinds (people-kinds.ts), which keeps a part or another event out of one group.
 * Their words, per language, are here; each reading keeps the words it had, so where two readings
 * differ (a lead one reads before a count and the other anywhere near it) both are kept as they were.
 */
import { anyPhraseAt, keys, phraseIndex, phrases, phraseStartsAt } from '../../../normalize/word-lists'
import { outcomeAt } from '../../extract/numbers/outcome-words'

interface PartWords {
  /** Lead a listed part: right before a count (*including 4*) and anywhere in a sentence that lists one. */
  readonly leads?: string
  /** Lead a listed part in a sentence that lists one, not yet read right before a count. */
  readonly listingLeads?: string
  /** How badly, right before a count: *seriously injuring 20*. */
  readonly severityBefore?: string
  /** After a count in its clause: *died at the scene*, *bị thương nặng*. */
  readonly after?: string
  /** Where the words after a count turn to another count: *30 died and 20 were injured*. */
  readonly joins?: string
  /** Just before a count, the whole it is counted out of: *Three of the 12*, *12 trong số 40*. */
  readonly ofWhole?: string
  /** Right after a count, before an outcome: *3 of the dead*, *3 dos mortos*, *3 trong số người chết*. */
  readonly outOf?: string
  /** Anywhere around a count of people (people-kinds.ts): a part of them (*the rest*, *of them*, *còn lại*). */
  readonly nearPart?: string
  /** Anywhere around a count of people (people-kinds.ts): another event (*a separate raid*, *khác*). */
  readonly nearAnother?: string
}

const WORDS: Readonly<Record<'en' | 'vi' | 'pt' | 'es' | 'fr' | 'de' | 'id', PartWords>> = {
  en: {
    leads: 'including, of whom, among them',
    severityBefore: 'seriously, critically, badly, gravely, severely',
    after: 'at the scene, on the spot, on site, seriously, critically, badly, severely, gravely',
    joins: 'and',
    ofWhole: 'of',
    outOf: 'of',
    nearPart: 'rest, including, among, of them',
    nearAnother: 'separate, another',
  },
  vi: {
    leads: 'trong đó, trong số đó, bao gồm, kể cả',
    after: 'tại chỗ, tại hiện trường, nặng, nguy kịch',
    joins: 'và',
    ofWhole: 'số',
    outOf: 'trong số',
    nearPart: 'trong số, còn lại, số đó',
    nearAnother: 'khác',
  },
  pt: { leads: 'incluindo, entre eles, dos quais, das quais', listingLeads: 'entre elas', after: 'no local, na hora, gravemente', joins: 'e', outOf: 'dos, das' },
  es: { leads: 'incluyendo, entre ellos, de los cuales', listingLeads: 'entre ellas, de las cuales', after: 'en el lugar, en el acto, gravemente', joins: 'y', outOf: 'del' },
  fr: { leads: 'dont, parmi eux', listingLeads: 'parmi elles', after: 'sur place, sur le coup, grièvement', joins: 'et', outOf: 'des' },
  de: { leads: 'darunter, davon', severityBefore: 'schwer', after: 'vor ort, schwer', joins: 'und', outOf: 'von' },
  id: { listingLeads: 'termasuk, di antaranya', after: 'berat, kritis', outOf: 'dari' },
}

/** One field's phrases in every language, as one comma-separated list. */
const listOf = (...fields: (keyof PartWords)[]): string =>
  Object.values(WORDS)
    .flatMap((w) => fields.map((f) => w[f]).filter((s): s is string => s !== undefined))
    .join(', ')

/** One field's single words in every language, folded. */
const wordsOf = (field: keyof PartWords): ReadonlySet<string> => keys(listOf(field).replace(/, /g, ' '))


const PART_BEFORE = phraseIndex(listOf('severityBefore', 'leads'))
const LISTING_LEADS = phraseIndex(listOf('leads', 'listingLeads'))
const PART_AFTER = phraseIndex(listOf('after'))
/** How many words after a count its part marker may stand ("12 people died at the scene"). */
const PART_REACH = 6
const JOINS = wordsOf('joins')
const DIGIT = /^\d/u
const OF_WHOLE = wordsOf('ofWhole')
const OUT_OF = phrases(listOf('outOf'))
/** How many words after "of" the outcome may stand: "of the dead", "of those killed", "dari korban tewas". */
const OUT_OF_REACH = 3
const NEAR = phraseIndex(listOf('nearPart', 'nearAnother'))

/** Whether a sentence (its folded words) lists a part of a total it tells: the total counts more than one kind of people. */
export const listsAPart = (words: readonly string[]): boolean => anyPhraseAt(words, 0, words.length, LISTING_LEADS)

/** Whether a count is told as a part of its outcome's toll: "seriously injuring 20", "including 4", "died at the scene". */
export function toldAsPart(c: { readonly before: readonly string[]; readonly after: readonly string[] }): boolean {
  const before = c.before.slice(-3)
  if (anyPhraseAt(before, 0, before.length, PART_BEFORE)) return true
  let reach = Math.min(c.after.length, PART_REACH)
  // from the first word: "killing 30 people and seriously injuring 20" keeps "people" out of `after`, so its clause ends at once
  for (let k = 0; k < reach; k++) if (JOINS.has(c.after[k]!) || DIGIT.test(c.after[k]!)) reach = k
  return anyPhraseAt(c.after, 0, reach, PART_AFTER)
}

/** Whether a count is counted out of a whole named just before it: "Three of the 12 people", "12 trong số 40 nhà". */
export const countedOutOfAWhole = (before: readonly string[]): boolean => before.slice(-2).some((w) => OF_WHOLE.has(w))

/**
 * "At least 3 of the dead were children", "ao menos 3 dos mortos", "ít nhất 3 trong số người
 * chết", "3 dari korban tewas": a part of an outcome's toll, counted out of it, is never the toll
 * (review rcounts47). "Killed 30 of the villagers" names no outcome after its "of" and stays one.
 */
export function partOfTheOutcome(c: { readonly after: readonly string[] }): boolean {
  const w = c.after
  const from = OUT_OF.find((p) => phraseStartsAt(w, 0, p))?.length
  if (from === undefined) return false
  for (let k = from; k < Math.min(w.length, from + OUT_OF_REACH); k++) if (outcomeAt(w, k) !== undefined) return true
  return false
}

/** Another event or a part of the whole anywhere around a count of people ("the rest were citizens", "in a separate raid", "trong số đó"). */
export const apartOrPartNear = (words: readonly string[]): boolean => anyPhraseAt(words, 0, words.length, NEAR)
