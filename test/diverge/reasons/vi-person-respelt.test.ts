import { describe, expect, it } from 'vitest'
import { contextsDisagree, hasNamesake, viPersonRespelt } from '../../../src/diverge/reasons/vi-person-respelt'

describe('viPersonRespelt: one Vietnamese full name with one syllable changed or its last two swapped', () => {
  it.each([
    ['vi: given name two letters apart (Chung / Trung)', 'Trần Hữu Chung', 'Trần Hữu Trung', 'changed'],
    ['vi: middle and given swapped', 'Trần Chung Thủy', 'Trần Thủy Chung', 'swapped'],
    ['vi: four syllables, one letter apart', 'Nguyễn Thị Minh Khai', 'Nguyễn Thị Minh Khải', 'changed'],
    ['vi: a middle name one letter apart', 'Lê Văn Tám', 'Lê Vân Tám', 'changed'],
    ['vi trap: two syllables changed', 'Trần Hữu Trung', 'Trần Thủy Chung', undefined],
    ['vi trap: family names differ', 'Trần Văn Hùng', 'Phan Văn Hùng', undefined],
    ['vi trap: one syllable three letters apart', 'Trần Văn Hùng', 'Trần Văn Tuấn', undefined],
    ['vi trap: two syllables only', 'Trần Hùng', 'Trần Hưng', undefined],
    ['vi trap: the same name', 'Trần Văn Hùng', 'Trần văn hùng', undefined],
    ['vi trap: no Vietnamese family name first', 'Hoa Liên Đài', 'Hoa Đài Liên', undefined],
    ['vi trap: another count of syllables', 'Trần Văn Hùng', 'Trần Hùng Văn Anh', undefined],
    ['en trap: English given names swapped (name-spelling.ts judges it)', 'John Paul Smith', 'Paul John Smith', undefined],
    ['en trap: family name last', 'Mary Ann Smith', 'Mary Anne Smith', undefined],
    ['en: a Vietnamese name written without marks', 'Tran Huu Chung', 'Tran Huu Trung', 'changed'],
  ] as const)('%s', (_name, a, b, kind) => {
    expect(viPersonRespelt(a, b)).toBe(kind)
    expect(viPersonRespelt(b, a)).toBe(kind)
  })
})

describe('hasNamesake: one report writing a near spelling of the name besides it (two people)', () => {
  it.each([
    ['vi: siblings Nam and Năm in one report', ['Nguyễn Văn Nam', 'Nguyễn Văn Năm', 'Lê Lợi'], 'Nguyễn Văn Nam', true],
    ['vi: brothers Chung Thủy and Thủy Chung', ['Trần Chung Thủy', 'Trần Thủy Chung'], 'Trần Thủy Chung', true],
    ['vi: the name alone, written twice', ['Nguyễn Văn Nam', 'Nguyễn Văn Nam', 'Trần Văn Hùng'], 'Nguyễn Văn Nam', false],
    ['en: an English name beside another', ['John Paul Smith', 'Paul John Smith'], 'John Paul Smith', false],
  ] as const)('%s', (_name, names, text, yes) => {
    expect(hasNamesake(names, text)).toBe(yes)
  })
})

describe('contextsDisagree: ages, years of birth or sexes next to two mentions that make two people', () => {
  const at = (text: string, name: string) => ({ text, start: text.indexOf(name), end: text.indexOf(name) + name.length })
  it.each([
    ['vi: father and son, two ages', at('ông Trần Văn Hùng, 62 tuổi, cho biết', 'Trần Văn Hùng'), at('anh Trần Văn Hưng, 35 tuổi, cho biết', 'Trần Văn Hưng'), true],
    ['vi: two years of birth', at('anh Trần Hữu Chung (SN 1980) cho biết', 'Trần Hữu Chung'), at('anh Trần Hữu Trung (SN 1985) cho biết', 'Trần Hữu Trung'), true],
    ['vi: a man and a woman', at('ông Trần Văn Hùng cho biết', 'Trần Văn Hùng'), at('bà Trần Văn Hưng cho biết', 'Trần Văn Hưng'), true],
    ['en: two ages', at('Mr Tran Van Hung, 62, said', 'Tran Van Hung'), at('Mr Tran Van Hưng, 35, said', 'Tran Van Hưng'), true],
    ['vi: anh and ông, one man', at('anh Trần Chung Thủy, chủ cơ sở', 'Trần Chung Thủy'), at('ông Trần Thủy Chung (chủ cơ sở', 'Trần Thủy Chung'), false],
    ['vi: the same age, a year apart', at('anh Trần Hữu Chung, 32 tuổi,', 'Trần Hữu Chung'), at('anh Trần Hữu Trung (33 tuổi)', 'Trần Hữu Trung'), false],
    ['vi: a year of birth and an age are not compared', at('anh Phan Đức Huy (SN 1985)', 'Phan Đức Huy'), at('anh Phan Đức Hủy, 31 tuổi', 'Phan Đức Hủy'), false],
    ['vi: an age later in the clause (năm nay)', at('Ông Trần Văn Hùng 62 tuổi, chủ cơ sở', 'Trần Văn Hùng'), at('Anh Trần Văn Hưng năm nay 35 tuổi, con chủ', 'Trần Văn Hưng'), true],
    ['en: ages in brackets', at('Tran Van Hung (62), the owner', 'Tran Van Hung'), at('Tran Van Hang (35), the son', 'Tran Van Hang'), true],
    ['en: the 62-year-old before the name', at('The 62-year-old Tran Van Hung said', 'Tran Van Hung'), at('The 35-year-old Tran Van Hang said', 'Tran Van Hang'), true],
    ['vi: a director and a deputy director', at('Ông Phạm Minh Tuấn, giám đốc công ty, cho biết', 'Phạm Minh Tuấn'), at('Ông Phạm Tuấn Minh, phó giám đốc công ty, cho biết', 'Phạm Tuấn Minh'), true],
    ['vi: trưởng and phó before the names', at('Trưởng phòng Lê Văn Tám cho biết', 'Lê Văn Tám'), at('Phó phòng Lê Vân Tám cho biết', 'Lê Vân Tám'), true],
    ['vi trap: an age in the next sentence is another person\'s', at('Ông Trần Văn Hùng cho biết. Nạn nhân 19 tuổi.', 'Trần Văn Hùng'), at('Ông Trần Văn Hưng, 62 tuổi, cho biết', 'Trần Văn Hưng'), false],
    ['vi trap: one role, written alike', at('anh Trần Hữu Chung, chủ cơ sở, cho biết', 'Trần Hữu Chung'), at('anh Trần Hữu Trung, chủ cơ sở, cho biết', 'Trần Hữu Trung'), false],
    ['en: nothing beside either', at('Tran Van Hung said', 'Tran Van Hung'), at('Tran Van Hưng said', 'Tran Van Hưng'), false],
  ] as const)('%s', (_name, a, b, yes) => {
    expect(contextsDisagree([a], [b])).toBe(yes)
    expect(contextsDisagree([b], [a])).toBe(yes)
  })
})

describe('contextsDisagree: an address beside a name is no role (ViMs 7: the yard owner)', () => {
  const at = (text: string, name: string) => ({ text, start: text.indexOf(name), end: text.indexOf(name) + name.length })
  it.each([
    ['vi: an address, then a birth year and a place', at('đến nhà anh Trần Hữu Chung (đường Giải Phóng, phường Tân Thành) để thu gom lốp cũ', 'Trần Hữu Chung'), at('anh Huy đến nhà của ông Trần Hữu Trung (SN 1982) tại số nhà 93 Giải Phóng', 'Trần Hữu Trung'), false],
    ['en: an address and a role', at('Tran Huu Chung, of 93 Giai Phong street, said', 'Tran Huu Chung'), at('Tran Huu Trung, the owner of the yard, said', 'Tran Huu Trung'), false],
    ['en: the owner and his son', at('Tran Huu Chung, the owner of the yard, said', 'Tran Huu Chung'), at('Tran Huu Trung, the son of the owner, said', 'Tran Huu Trung'), true],
  ] as const)('%s', (_name, a, b, yes) => {
    expect(contextsDisagree([a], [b])).toBe(yes)
    expect(contextsDisagree([b], [a])).toBe(yes)
  })
})
