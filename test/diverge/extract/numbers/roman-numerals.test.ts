/**
 * A series' Roman number read as its digits (issue 11: giai đoạn II / giai đoạn 2, khóa XIII /
 * khóa 13 between VietnameseMDS outlets, cluster 60, 74, 79; Phase II, World War II in English).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { romanValue } from '../../../../src/diverge/extract/numbers/roman-numerals'

const read = (text: string) => extractNumbers(text).map((f) => [f.text, f.value])

describe('romanValue', () => {
  it.each([
    ['I', 1],
    ['II', 2],
    ['IV', 4],
    ['IX', 9],
    ['XIII', 13],
    ['XL', 40],
    ['XCIX', 99],
  ])('%s is %i', (raw, value) => {
    expect(romanValue(raw)).toBe(value)
  })

  it.each(['IIII', 'IC', 'VX', 'ii', 'Ix'])('%s is no Roman numeral', (raw) => {
    expect(romanValue(raw)).toBeUndefined()
  })
})

describe('a Roman numeral after a series word reads as its digits', () => {
  it.each([
    ['vi: a phase', 'Giai đoạn II của Chương trình sẽ được thực hiện.', ['II', 2]],
    ['vi: a lower-case phase', 'Trong khuôn khổ giai đoạn I của IPP, có 300 đề án.', ['I', 1]],
    ['vi: a legislature', 'Các nữ đại biểu Quốc hội khóa XIII đã nhận hoa.', ['XIII', 13]],
    ['vi: a congress', 'Ba năm sau Đại hội XI của Đảng, nguồn lực tăng.', ['XI', 11]],
    ['en: a phase', 'Phase II of the vaccine trial begins in May.', ['II', 2]],
    ['en: a war', 'The bridge was built after World War II ended.', ['II', 2]],
    ['en: a title of a law', 'Title IX of the law bans discrimination.', ['IX', 9]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toContainEqual(want)
  })

  it.each([
    ['en: the pronoun after a lower-case part', 'It was part I think of the deal.'],
    ['en: a regnal number', 'King Louis XIV built the palace.'],
    ['vi: a company name after tập đoàn', 'Tập đoàn VI Holdings mua lại công ty.'],
    ['vi: a Roman numeral after no series word', 'Hội nghị Trung ương V bàn về đất đai.'],
  ])('%s is no number', (_why, text) => {
    expect(read(text)).toEqual([])
  })
})

describe('Roman and Arabic numbers of one phase meet', () => {
  const missing = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number').map((d) => (d.a ?? d.b)!.text)
  it.each([
    ['vi: giai đoạn II / 2', 'Giai đoạn II của Chương trình sẽ được thực hiện với kinh phí dự kiến khoảng 10 triệu Euro.', 'Giai đoạn 2 của Chương trình sẽ được thực hiện với kinh phí dự kiến khoảng 10 triệu Euro.'],
    ['vi: khóa XIII / 13', 'Thủ tướng gửi lời chúc tới các nữ đại biểu Quốc hội khóa XIII.', 'Thủ tướng gửi lời chúc tới các nữ đại biểu Quốc hội khóa 13.'],
    ['en: Phase II / 2', 'Phase II of the trial will enrol 300 patients, the company said.', 'Phase 2 of the trial will enrol 300 patients, the company said.'],
  ])('%s: neither is missing', (_why, a, b) => {
    expect(missing(a, b)).toEqual([])
  })
})
