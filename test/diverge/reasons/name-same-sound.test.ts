import { describe, expect, it } from 'vitest'
import { judgeSpelling } from '../../../src/diverge/reasons/name-spelling'

// c and k spell one sound in a Vietnamese syllable (Đắk Lắk, written Đắc Lắc by outlets that follow
// the national spelling): one name respelt, not another name. Any other changed letter stays another name.
describe('judgeSpelling: c for k in a Vietnamese syllable', () => {
  it.each([
    ['Quảng Bình', 'Quảng Ninh'], // two provinces, one letter and a mark apart
    ['Đông Hà', 'Đông Hòa'], // a city and a district
    ['Đắk Lắk', 'Đắk Nông'], // two provinces sharing a word
    ['Đắk Lắk', 'Đắk Lấp'], // marks changed with c/k: not the sound alone
    ['Lạc Sơn', 'Lắk Sơn'],
    ['Trần Văn Cường', 'Trần Văn Kiên'], // a person's other given name
    ['Cao Bằng', 'Cao Lạng'],
    ['Gambia', 'Gambian'], // English: a derivation stays another word
    ['Kim Jong', 'Kin Jong'], // English trap: no c/k here, one letter in a short word stays low
  ])('%s / %s is no c-for-k respelling', (a, b) => {
    const judgement = judgeSpelling(a, b)
    if (judgement.kind === 'respelling') expect(judgement.evidence).not.toContain('c for k')
  })

  it.each([
    ['Đắk Lắc', 'Đắk Lắk'], // ViMs 7_54 / 7_48
    ['Đắc Lắc', 'Đắk Lắk'],
    ['tỉnh Đắk Lắc', 'tỉnh Đắk Lắk'],
    ['Kon Tum', 'Con Tum'],
    ['Dak Lak', 'Dac Lac'], // an English report, marks dropped
    ['Krong Pac', 'Krong Pak'],
  ])('%s / %s is one place respelt', (a, b) => {
    const judgement = judgeSpelling(a, b)
    expect(judgement.kind).toBe('respelling')
    if (judgement.kind === 'respelling') expect(judgement.evidence).toContain('c for k')
  })
})

describe('judgeSpelling: c for k outside Vietnamese', () => {
  it.each([
    ['Carl Jensen', 'Karl Jensen'], // two given names an English report may hold apart: scored as one edit
    ['Clark Kent', 'Klark Kent'],
  ])('%s / %s keeps its edit-distance score', (a, b) => {
    const judgement = judgeSpelling(a, b)
    if (judgement.kind === 'respelling') expect(judgement.evidence).not.toContain('c for k')
  })
})
