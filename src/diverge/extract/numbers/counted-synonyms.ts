/**
 * Counted nouns that count the same thing: "tám triệu dân" and "khoảng 7 triệu người" both give a
 * city's population, "3,000 residents" and "3,000 people" one crowd, "27 US troops" and "26 American
 * soldiers" one toll. Written with either noun, a
 * count fills one slot, so two reports that choose differently can still be compared (or agree).
 */
import { VEHICLE_CLASSES } from './vehicle-classes'

const SAME_AS: ReadonlyMap<string, string> = new Map([
  // Vietnamese: inhabitants are people ("thành phố 8 triệu dân" / "dân số 7 triệu người").
  ['dân', 'người'],
  // English, in the singular the extractor compares: residents and inhabitants are people.
  ['resident', 'people'],
  ['inhabitant', 'people'],
  ['person', 'people'],
  // Portuguese, Spanish, French, Italian: people counted in their own word are people, so a toll
  // of "nove pessoas" is one of people in general, as "nine people" is (fresh42-1)
  ['pessoa', 'people'],
  ['persona', 'people'],
  ['personne', 'people'],
  ['persone', 'people'],
  ['menschen', 'people'],
  ['personen', 'people'],
  // "feriu outras 85", "hirió a otras 85", "blessant 85 autres", "85 weitere": others, as "85 others" is
  ['outra', 'other'],
  ['outro', 'other'],
  ['otra', 'other'],
  ['otro', 'other'],
  ['autre', 'other'],
  ['weitere', 'other'],
  ['weiteren', 'other'],
  ['altri', 'other'],
  ['altre', 'other'],
  // "At least 27 US troops" / "at least 26 American soldiers": one toll of one army.
  ['soldier', 'troop'],
  // "support from about 500 congregations" / "of about 215 churches": a church counted by its flock.
  ['congregation', 'church'],
  // Vietnamese, read by its first syllable: "30 binh sĩ" / "32 lính" are soldiers both.
  ['lính', 'binh'],
  // A speed with dots in its unit: "149 m.p.h." / "149mph".
  ['m.p.h', 'mph'],
])

/** The noun a count is compared by: `noun` itself unless another noun counts the same thing. */
export function countedAs(noun: string): string {
  return SAME_AS.get(noun) ?? noun
}

/**
 * Nouns two reports count one thing by that the extractor keeps apart (each stays its own slot
 * key): synonyms ("15 houses" / "15 homes", "3 bodies" / "3 dead") and a general noun against a
 * kind of it ("15 vehicles" / "15 cars", "15 xe" / "15 ô tô", read by its first syllable). One
 * figure counted by either is one fact in two wordings (match/slots/counted-slot.ts); two kinds of one
 * general noun ("15 trucks" / "15 buses") are not.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['home', 'house'],
  ['lorry', 'truck'],
  ['body', 'dead'],
])
const KIND_OF: ReadonlyMap<string, string> = new Map([
  ['car', 'vehicle'],
  ['truck', 'vehicle'],
  ['bus', 'vehicle'],
  ['ô', 'xe'],
  ['ô tô', 'xe'],
])

/** Do two counted nouns count one thing: one noun, synonyms, or a general noun and a kind of it? */
export function countOneThing(x: string, y: string): boolean {
  const [a, b] = [SYNONYMS.get(x) ?? x, SYNONYMS.get(y) ?? y]
  return a === b || kindOf(a) === b || kindOf(b) === a
}

/** The general noun a counted noun is a kind of: every vehicle class read whole ("xe tải", "ô tô") is a kind of "xe". */
const kindOf = (noun: string): string | undefined => KIND_OF.get(noun) ?? (VEHICLE_CLASSES.has(noun) ? 'xe' : undefined)

/**
 * Kinds of people a story counts by what befell them where another report says "people": "42
 * people … were apprehended" / "69 immigrants were detained" (fresh38-1). In the singular the
 * extractor compares; a part of a crowd by age or role (children, officers) is left out, as
 * reports count those beside the whole.
 */
// VI "đối tượng" and "nghi phạm" (suspects) reach here as their first syllable, the extractor's counted noun
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['immigrant', 'migrant', 'refugee', 'protester', 'demonstrator', 'suspect', 'đối', 'nghi'])

/** Is a counted noun a kind of people that may stand for a report's "people"? */
export const kindOfPeople = (noun: string): boolean => PEOPLE_KINDS.has(noun)
