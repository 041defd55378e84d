import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { moneyAgainstShare } from '../../../src/diverge/reasons/compatible'
import type { NumberFact } from '../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../src/diverge/extract/numbers/numbers'

const number = (sentence: string): NumberFact => extractNumbers(sentence)[0]!

// alarms50: "$6.31" (a move in dollars) against "6.31 percent" was listed as one value in two formats.
describe('moneyAgainstShare: a sum of money and a share are two units', () => {
  it.each([
    ['en: dollars / percent', 'Shares rose $6.31 on Friday.', 'Shares rose 6.31 percent on Friday.', true],
    ['en: dollars / index points', 'The index fell $12.5 on Friday.', 'The index fell 12.5 points on Friday.', true],
    ['en: dollars / percentage points', 'It rose $0.25 in May.', 'It rose 0.25 percentage points in May.', true],
    ['vi: USD / %', 'Cổ phiếu tăng 6,31 USD.', 'Cổ phiếu tăng 6,31%.', true],
    ['vi: đồng / điểm phần trăm', 'Giá tăng 2,5 đồng.', 'Lãi suất tăng 2,5 điểm phần trăm.', true],
    ['fr: dollars / %', 'Le titre a progressé de 6,31 dollars.', 'Le titre a progressé de 6,31 %.', true],
    // traps: one unit written two ways is one value
    ['en: $ / dollars', 'Shares rose $6.31 on Friday.', 'Shares rose 6.31 dollars on Friday.', false],
    ['en: percent / %', 'Shares rose 6.31 percent on Friday.', 'Shares rose 6.31% on Friday.', false],
    ['vi: % / phần trăm', 'Cổ phiếu tăng 6,31%.', 'Cổ phiếu tăng 6,31 phần trăm.', false],
    ['en: a count is no share', 'The firm paid $15 a share.', 'The firm hired 15 people.', false],
  ])('%s', (_why, a, b, apart) => {
    expect(moneyAgainstShare(number(a), number(b))).toBe(apart)
  })
})

describe('compare: a figure in money and the same digits in percent are no equivalence', () => {
  const equivalences = (a: string, b: string): string[] => compare(a, b).equivalences.map((e) => `${e.a.text} | ${e.b.text} | ${e.reason}`)
  it.each([
    ['en: a move', 'LendingTree shares rose $6.31 to $21 on Friday.', 'LendingTree shares rose 6.31 percent to $21 on Friday.', []],
    ['en: a move told with a noun', 'LendingTree shares closed at $21, a gain of $6.31.', 'LendingTree shares closed at $21, a gain of 6.31 percent.', []],
    ['vi: a move', 'Cổ phiếu tăng 6,31 USD trong phiên hôm thứ Sáu.', 'Cổ phiếu tăng 6,31% trong phiên hôm thứ Sáu.', []],
    ['fr: a move', 'Le titre a progressé de 6,31 dollars vendredi.', 'Le titre a progressé de 6,31 % vendredi.', []],
    // traps: one unit in two formats stays an equivalence
    ['en: $ / dollars', 'Shares rose $6.31 on Friday.', 'Shares rose 6.31 dollars on Friday.', ['$6.31 | 6.31 dollars | number-format']],
    ['en: percent / %', 'Shares rose 6.31 percent on Friday.', 'Shares rose 6.31% on Friday.', ['6.31 percent | 6.31% | number-format']],
    ['vi: % / phần trăm', 'Cổ phiếu tăng 6,31% trong phiên hôm thứ Sáu.', 'Cổ phiếu tăng 6,31 phần trăm trong phiên hôm thứ Sáu.', ['6,31% | 6,31 phần trăm | number-format']],
    ['en: points written loosely as percent', 'Inflation rose 0.2 percentage point in May.', 'Inflation rose 0.2 percent in May.', ['0.2 percentage point | 0.2 percent | number-format']],
  ])('%s', (_why, a, b, expected) => {
    expect(equivalences(a, b)).toEqual(expected)
  })

  it.each([
    ['en', 'Shares rose $6.31 on Friday.', 'Shares rose 6.31 percent on Friday.'],
    ['vi', 'Cổ phiếu tăng 6,31 USD trong phiên hôm thứ Sáu.', 'Cổ phiếu tăng 6,31% trong phiên hôm thứ Sáu.'],
  ])('%s: no contradiction either (two slots)', (_lang, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'number')).toEqual([])
  })
})
