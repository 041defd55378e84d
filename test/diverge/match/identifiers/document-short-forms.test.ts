import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { shortForms } from '../../../../src/diverge/match/identifiers/document-short-forms'
import { expectLinear } from '../../../growth'

const missingTexts = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

describe('a document number with and without its issuer code is one document, not missing', () => {
  it.each([
    ['vi: Chỉ thị 03/CT-TW / Chỉ thị 03', 'Các đơn vị thực hiện nghiêm túc Chỉ thị 03/CT-TW của Bộ Chính trị về việc học tập tấm gương đạo đức.', 'Các đơn vị thực hiện nghiêm túc Chỉ thị 03 của Bộ Chính trị về việc học tập tấm gương đạo đức.', []],
    ['vi: Nghị định 51/2012/NĐ-CP / Nghị định 51', 'Theo Nghị định 51/2012/NĐ-CP của Chính phủ, mức phạt được nâng lên.', 'Theo Nghị định 51 của Chính phủ, mức phạt được nâng lên.', []],
    ['en: Directive 03/CT-TW / Directive 03', 'The units carry out Directive 03/CT-TW of the Politburo on studying his moral example.', 'The units carry out Directive 03 of the Politburo on studying his moral example.', []],
    // traps: another number, another word before it, a date's day: still missing
    ['vi: another directive', 'Các đơn vị thực hiện Chỉ thị 03/CT-TW của Bộ Chính trị.', 'Các đơn vị thực hiện Chỉ thị 05 của Bộ Chính trị.', ['03/CT-TW', '05']],
    ['vi: the same digits after another word', 'Các đơn vị thực hiện Chỉ thị 03/CT-TW của Bộ Chính trị.', 'Các đơn vị đã cử 03 cán bộ tham gia đoàn công tác.', ['03/CT-TW', '03 cán']],
  ])('%s', (_, a, b, expected) => {
    expect(missingTexts(a, b)).toEqual(expected)
  })
})

describe('shortForms reads each word-and-number once, coded or bare', () => {
  it.each([
    ['Chỉ thị 03/CT-TW của Bộ', ['thị 03'], []],
    ['Nghị định 51/2012/NĐ-CP', ['định 51'], []],
    ['Chỉ thị 03 của Bộ', [], ['thị 03']],
    // a date, a fraction, a decimal: no code, no bare number
    ['ngày 03/10 vừa qua', [], []],
    ['khoảng 1/3 số hộ', [], []],
    ['tăng 0,3 điểm', [], []],
  ])('%j', (text, coded, bare) => {
    const forms = shortForms(text)
    expect([...forms.coded]).toEqual(coded)
    expect([...forms.bare]).toEqual(bare)
  })

  it('stays linear on a long run of digits and letters', () => {
    expectLinear((size) => 'a'.repeat(size) + ' ' + '1/'.repeat(size), (text) => shortForms(text), 20_000)
  })
})
