/**
 * A number word as the subject of a verb, with no counted noun after it (issue 11): "Eight were
 * hurt." / "Eighty were hurt." linked, but neither figure was read, so 8 vs 80 went unreported.
 * Traps: "One of the most …", "First, …", "Năm nay" (the year), "Ba Đình" (a name).
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../src/diverge/extract/numbers'
import { compare } from '../../../src'

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.value])

describe('a number word as the subject of a verb is read', () => {
  it.each([
    ['en: Eight were hurt', 'Eight were hurt.', [['Eight', 'count', 8]]],
    ['en: Three died', 'Three died.', [['Three', 'count', 3]]],
    ['en: Two of them', 'Two of them were taken to hospital.', [['Two', 'count', 2]]],
    ['en: after a clause comma', 'In Dhaka, twelve were injured.', [['twelve', 'count', 12]]],
    ['vi: Mười người chết', 'Mười người chết.', [['Mười người', 'count', 10]]],
    ['en trap: One of the most', 'One of the most famous buildings burned.', []],
    ['en trap: First,', 'First, the fire spread.', [['First', 'ordinal', 1]]],
    ['en trap: a number word mid-clause before a verb', 'The team of eight were praised.', []],
    ['vi trap: Năm nay is the year', 'Năm nay trời nóng.', []],
    ['vi trap: Ba Đình is a name', 'Ba Đình đông người.', []],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('number-word subjects compared across two reports', () => {
  const flags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en hit: Eight / Eighty were hurt', 'The fire broke out in Dhaka on Monday. Eight were hurt. Firefighters searched the building.', 'The fire broke out in Dhaka on Monday. Eighty were hurt. Firefighters searched the building.', [['Eight', 'Eighty']]],
    ['vi hit: Mười / Chín người chết', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Mười người chết. Lính cứu hỏa đã tìm kiếm tòa nhà.', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. Chín người chết. Lính cứu hỏa đã tìm kiếm tòa nhà.', [['Mười người', 'Chín người']]],
    ['en hit: only the figure differs, in digits (figure-only-edits.ts)', 'The fire broke out in Dhaka on Monday. 8 people were hurt. Firefighters searched the building.', 'The fire broke out in Dhaka on Monday. 80 people were hurt. Firefighters searched the building.', [['8 people', '80 people']]],
    ['vi hit: only the figure differs, 10 times apart', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. 8 người bị thương. Lính cứu hỏa đã tìm kiếm tòa nhà.', 'Vụ cháy xảy ra ở Hà Nội hôm thứ Hai. 80 người bị thương. Lính cứu hỏa đã tìm kiếm tòa nhà.', [['8 người', '80 người']]],
    ['en trap: a share ten times apart in one wording stays a candidate (a slip of its unit)', 'Gas prices rose 0.1 percent in the third quarter.', 'Gas prices rose 1 percent in the third quarter.', []],
    ['en trap: Eight / eight agree', 'The fire broke out in Dhaka on Monday. Eight were hurt. Firefighters searched the building.', 'The fire broke out in Dhaka on Monday. Eight were hurt, police said. Firefighters searched the building.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
