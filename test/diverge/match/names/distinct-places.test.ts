import { describe, expect, it } from 'vitest'
import { distinctPlaces } from '../../../../src/diverge/match/names/distinct-places'

// polish57: two countries a letter apart are two places, in any language; a declined form only where read as Slavic.
describe('two places a letter apart are never one name respelt', () => {
  it.each([
    ['en: Iran / Iraq', 'Iran', 'Iraq', false, true],
    ['en: Austria / Australia', 'Austria', 'Australia', false, true],
    ['en: Niger / Nigeria', 'Niger', 'Nigeria', false, true],
    ['en: Mali / Malawi', 'Mali', 'Malawi', false, true],
    ['vi: Iran / Iraq in a Vietnamese report', 'Iran', 'Iraq', false, true],
    ['pl: two genitives', 'Iranu', 'Iraku', true, true],
    ['pl: a locative and a genitive', 'Iranie', 'Iraku', true, true],
    ['cs: Írán / Irák', 'Íránu', 'Iráku', true, true],
    ['pl: inside a longer name', 'Ambasada Iranu', 'Ambasada Iraku', true, true],
    // traps: one place in two spellings or cases, a name respelt, a declined form outside a Slavic report
    ['pl trap: one place in two cases', 'Iraku', 'Irak', true, false],
    ['en trap: one place, two spellings', 'Iraq', 'Irak', false, false],
    ['en trap: a person respelt', 'Irina', 'Irena', false, false],
    ['en trap: a declined form is read only in a Slavic report', 'Iranu', 'Iraku', false, false],
    ['trap: other words differ too', 'Ambasada Iranu', 'Konsulat Iraku', true, false],
  ])('%s', (_why, a, b, slavic, expected) => {
    expect(distinctPlaces(a, b, slavic)).toBe(expected)
  })
})
