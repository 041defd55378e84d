/**
 * Two figures' sentences dated differently (dated-apart.ts) leave the figures two moments' counts;
 * sentences sharing a moment, one or several, keep them one slot. The sentence pair is read once
 * for its shared moments, whatever the number of figures asked.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const kinds = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b })
    .divergences.filter((d) => d.kind === 'number' || d.kind === 'missing')
    .map((d) => d.kind)
    .sort()

describe('sentences dated differently', () => {
  it.each([
    // [case, A, B, kinds of the divergences]
    ['en, two weekdays', 'The agency reported 65 cases as of Wednesday in the province.', 'The agency reported 66 cases as of Monday in the province.', ['missing', 'missing']],
    ['vi, two weekdays', 'Sở Y tế ghi nhận 65 ca bệnh tính đến thứ Tư tại tỉnh.', 'Sở Y tế ghi nhận 66 ca bệnh tính đến thứ Hai tại tỉnh.', ['missing', 'missing']],
    // traps: one shared moment, or three, is one count misreported
    ['en trap, one moment shared', 'On Monday the agency reported 65 cases in the province.', 'On Monday the agency reported 66 cases in the province.', ['number']],
    ['en trap, three moments shared', 'On Monday, Tuesday and Wednesday the agency reported 65 cases in the province.', 'On Monday, Tuesday and Wednesday the agency reported 66 cases in the province.', ['number']],
    ['vi trap, one moment shared', 'Thứ Hai, Sở Y tế ghi nhận 65 ca bệnh tại tỉnh.', 'Thứ Hai, Sở Y tế ghi nhận 66 ca bệnh tại tỉnh.', ['number']],
    ['vi trap, three moments shared', 'Các ngày thứ Hai, thứ Ba và thứ Tư, Sở Y tế ghi nhận 65 ca bệnh tại tỉnh.', 'Các ngày thứ Hai, thứ Ba và thứ Tư, Sở Y tế ghi nhận 66 ca bệnh tại tỉnh.', ['number']],
  ])('%s', (_case, a, b, expected) => {
    expect(kinds(a, b)).toEqual(expected)
  })
})
