/**
 * Counted nouns that count the same thing: "tám triệu dân" and "khoảng 7 triệu người" both give a
 * city's population, "3,000 residents" and "3,000 people" one crowd, "27 US troops" and "26 American
 * soldiers" one toll. Written with either noun, a
 * count fills one slot, so two reports that choose differently can still be compared (or agree).
 */
const SAME_AS: ReadonlyMap<string, string> = new Map([
  // Vietnamese: inhabitants are people ("thành phố 8 triệu dân" / "dân số 7 triệu người").
  ['dân', 'người'],
  // English, in the singular the extractor compares: residents and inhabitants are people.
  ['resident', 'people'],
  ['inhabitant', 'people'],
  ['person', 'people'],
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
