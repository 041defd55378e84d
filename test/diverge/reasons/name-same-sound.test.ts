import { describe, expect, it } from 'vitest'
import { judgeSpelling } from '../../../src/diverge/reasons/name-spelling'
import { cForKName } from '../../../src/diverge/reasons/name-same-sound'
import { compare } from '../../../src'

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
    // ch and kh are two sounds, not c for k (review rnames40 1, 2)
    ['Châu Văn Minh', 'Khâu Văn Minh'],
    ['Khánh Hòa', 'Chánh Hòa'],
    ['Lê Văn Khánh', 'Lê Văn Chánh'],
    ['Nguyễn Văn Khiêm', 'Nguyễn Văn Chiêm'],
    ['Chau Van Minh', 'Khau Van Minh'], // marks dropped
    ['Khan Ali', 'Chan Ali'], // English
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

// Đắk Lắk / Đắc Lắc: c for k in both syllables is the one-syllable rule applied per syllable (review rnames40 4).
describe('cForKName', () => {
  it.each([
    ['Đắk Lắk', 'Đắc Lắc', true],
    ['Đắk Lắk', 'Đắk Lắc', true],
    ['Kon Tum', 'Con Tum', true],
    ['Dak Lak', 'Dac Lac', true],
    ['Đắk Lắk', 'Đắc Lấc', false], // a mark changed too
    ['Khánh Hòa', 'Chánh Hòa', false], // kh / ch
    ['Đắk Lắk', 'Đắk Lắk', false], // the same
    ['Carl Jensen', 'Karl Jensen', false], // English words keep their letters
    ['Đắk Lắk', 'Đắc Lắc Nông', false],
  ])('%s / %s → %s', (a, b, want) => {
    expect(cForKName(a, b)).toBe(want)
  })
})

describe('compare: c for k in every syllable, linked and unlinked', () => {
  const names = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['linked', 'Mưa lớn gây ngập tại tỉnh Đắk Lắk hôm qua, nhiều tuyến đường bị chia cắt.', 'Mưa lớn gây ngập tại tỉnh Đắc Lắc hôm qua, nhiều tuyến đường bị chia cắt.', [['Đắk Lắk', 'Đắc Lắc']]],
    ['unlinked', 'Mưa lớn kéo dài suốt ba ngày qua. Hơn 200 hộ dân ở Đắk Lắk phải sơ tán khẩn cấp.', 'Mưa lớn kéo dài suốt ba ngày qua. Chính quyền đã di dời người dân vùng trũng thấp ở Đắc Lắc đến nơi an toàn.', [['Đắk Lắk', 'Đắc Lắc']]],
    ['en linked', 'Floods hit Dak Lak province on Monday, cutting several roads.', 'Floods hit Dac Lac province on Monday, cutting several roads.', [['Dak Lak', 'Dac Lac']]],
    ['trap kh/ch', 'Vụ cháy xảy ra lúc 2 giờ sáng. Ông Châu Văn Minh bị bỏng nặng.', 'Vụ cháy xảy ra lúc 2 giờ sáng. Người báo cháy là anh Khâu Văn Minh.', []],
    ['trap kh/ch place', 'Vụ cháy xảy ra lúc 2 giờ sáng tại Khánh Hòa.', 'Vụ cháy xảy ra lúc 2 giờ sáng. Xe cứu hỏa từ Chánh Hòa đã đến.', []],
  ])('%s', (_why, a, b, want) => {
    expect(names(a, b)).toEqual(want)
  })
})
