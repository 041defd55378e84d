/**
 * An office written with its first syllable capitalised only (Chánh Thanh tra, Ngoại trưởng) or a
 * rank in short (Army Pfc., retired Adm.) introduces the name after it: no fragment of it is a
 * name of its own (names.ts TITLE_CUES; after the judged Chánh Thanh of round missing21-1, Biển
 * Đông Ngoại of missing22-1 and Army Pfc). The person after the office is still missing when the other
 * report never names them (Thanh tra and Văn phòng alone stay out of the list: Thanh tra Chính
 * phủ, Văn phòng Quốc gia are bodies).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('an office or rank before a name is no fragment of a name', () => {
  it.each([
    ['vi, Chánh Thanh tra', 'Chánh Thanh tra TP Hà Nội, ông Nguyễn Văn Tuấn Dũng, tiếp đoàn kiểm tra.', 'Lãnh đạo thành phố tiếp đoàn kiểm tra.', 'Chánh Thanh'],
    ['vi, Ngoại trưởng after a place', 'Ấn Độ kêu gọi hòa bình trên Biển Đông Ngoại trưởng Ấn Độ Salman Khurshid phát biểu hôm qua.', 'Ấn Độ kêu gọi hòa bình.', 'Biển Đông Ngoại'],
    ['vi, Chánh án', 'Chánh án Tòa án nhân dân tối cao Trương Hòa Bình trình bày báo cáo.', 'Tòa án trình bày báo cáo.', 'Chánh'],
    ['en, Army Pfc.', 'On Monday, U.S. Army Pfc. Jessica Lynch was awarded the Bronze Star.', 'Jessica Lynch was awarded the Bronze Star on Monday.', 'Army Pfc'],
    ['en, retired Adm.', 'The bolt catcher is not robust, the board chairman, retired Adm. Hal Gehman, said.', 'The bolt catcher is not robust, Hal Gehman said.', 'Adm'],
  ])('%s', (_why, a, b, fragment) => {
    expect(missingNames(a, b)).not.toContain(fragment)
  })
})

describe('the names around the office are still missing when absent', () => {
  it.each([
    ['vi, the person after Ngoại trưởng', 'Ngoại trưởng Ấn Độ Salman Khurshid phát biểu hôm qua tại Manila.', 'Ấn Độ phát biểu hôm qua tại Manila.', 'Salman Khurshid'],
    ['vi, the person after Chánh Thanh tra', 'Chánh Thanh tra TP Hà Nội, ông Nguyễn Văn Tuấn Dũng, tiếp đoàn kiểm tra.', 'Lãnh đạo thành phố tiếp đoàn kiểm tra.', 'Nguyễn Văn Tuấn Dũng'],
    ['en, the soldier after the rank', 'Staff Sgt. John Smith was killed near Baghdad on Monday.', 'A soldier was killed near Baghdad on Monday.', 'John Smith'],
  ])('%s', (_why, a, b, name) => {
    expect(missingNames(a, b)).toContain(name)
  })
})
