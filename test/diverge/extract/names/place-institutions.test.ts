/**
 * A known place opening an institution's name is its first word, not a name of its own
 * (place-institutions.ts; round missing20-1 of the missing-facts gold, MSRP train 1617844/1617745);
 * a person after a country (Hàn Quốc Lee Jae Myung) is still split off it.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('a place opening an institution is part of its name', () => {
  it.each([
    ['en, New York Stock Exchange', 'In morning trading on the New York Stock Exchange, Coca-Cola shares were down.', 'Coca-Cola shares were steady in late morning trading.', ['New York Stock Exchange']],
    ['en, London Stock Exchange', 'Shares rose on the London Stock Exchange on Monday.', 'Shares rose on Monday.', ['London Stock Exchange']],
    ['en, New York Police Department', 'Officers of the New York Police Department were called.', 'Officers were called.', ['New York Police Department']],
  ])('%s', (_why, a, b, names) => {
    expect(missingNames(a, b)).toEqual(names)
  })
})

describe('a person or a place after a place is still split off', () => {
  it.each([
    ['vi, a president after the country', 'Tổng thống Hàn Quốc Lee Jae Myung đến thăm.', 'Ông đến thăm.', ['Hàn Quốc', 'Lee Jae Myung']],
    ['vi, a person with a family name that is also a word', 'Trận đấu tại Hà Nội Đoàn Văn Hậu ghi bàn.', 'Trận đấu.', ['Hà Nội', 'Đoàn Văn Hậu']],
    ['en, a person after the country', 'Officials said Russia Vladimir Putin would attend.', 'Officials said he would attend.', ['Russia', 'Vladimir Putin']],
  ])('%s', (_why, a, b, names) => {
    expect(missingNames(a, b)).toEqual(names)
  })
})
