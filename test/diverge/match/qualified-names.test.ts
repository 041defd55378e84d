import { describe, expect, it } from 'vitest'
import { bareIn, directionDropped, qualifiedHeads } from '../../../src/diverge/match/qualified-names'
import { figureFlags } from '../../helpers'

const words = (text: string): string[] => text.toLowerCase().split(' ')

describe('directionDropped: a name and the same name a direction qualifies', () => {
  it.each([
    // hits: the longer name is the shorter one after a direction
    ['en: South Sudan', 'Sudan', 'South Sudan', true],
    ['en: North Carolina', 'Carolina', 'North Carolina', true],
    ['vi: Nam Sudan', 'Sudan', 'Nam Sudan', true],
    ['vi: Đông Nam Á', 'Nam Á', 'Đông Nam Á', true],
    // traps: a dropped word that is no direction, a trailing direction, one name, another name
    ['en: City dropped at the end', 'Ho Chi Minh', 'Ho Chi Minh City', false],
    ['vi: TP dropped at the head', 'Hồ Chí Minh', 'TP Hồ Chí Minh', false],
    ['vi: Nam is part of Việt Nam', 'Việt', 'Việt Nam', false],
    ['en: the same name', 'South Sudan', 'South Sudan', false],
    ['en: a longer name of another ending', 'Sudan', 'South Africa', false],
  ])('%s', (_name, short, long, expected) => {
    expect(directionDropped(words(short), words(long))).toBe(expected)
  })
})

describe('qualifiedHeads / bareIn: names a capitalised direction qualifies', () => {
  const capital = (text: string) => (k: number): boolean => /^\p{Lu}/u.test(text.split(' ')[k]!)
  it.each([
    ['en: South Korea', 'exports to South Korea rose', ['korea']],
    ['vi: Nam Sudan', 'xuất khẩu sang Nam Sudan tăng', ['sudan']],
    ['vi: Đông Nam Á: Nam Á and Á are both qualified', 'sang Đông Nam Á tăng', ['nam á', 'á']],
    // traps: a lower-case direction (a region), a direction ending a name
    ['en: southern Sudan is a region, not a name', 'sales in southern Sudan rose', []],
    ['vi: Việt Nam', 'sang Việt Nam tăng', []],
  ])('%s', (_name, text, expected) => {
    expect([...qualifiedHeads(words(text), capital(text))]).toEqual(expected)
  })
  it.each([
    ['bare', 'sudan', 'exports to sudan rose', true],
    ['only qualified', 'sudan', 'exports to south sudan rose', false],
    ['both', 'sudan', 'south sudan and sudan', true],
  ])('bareIn %s', (_name, name, text, expected) => {
    expect(bareIn(name, words(text))).toBe(expected)
  })
})

describe('a qualified name is another entity than the bare one (lists and clauses)', () => {
  // Hits: the figures of Sudan and of South Sudan are two entities' figures, no contradiction
  it.each([
    ['en: lists read respectively', 'Sudan and Chad received 40 and 25 tonnes of aid respectively.', 'South Sudan and Chad received 30 and 25 tonnes of aid respectively.'],
    ['en: North Carolina / Carolina in lists', 'Carolina and Texas reported 40 and 25 cases respectively.', 'North Carolina and Texas reported 30 and 25 cases respectively.'],
    ['en: clauses', 'Exports to Korea rose 12 percent, the ministry said.', 'Exports to South Korea rose 15 percent, the ministry said.'],
    ['en: clause opening the sentence', 'Sudan received 40 tonnes of aid, the agency said.', 'South Sudan received 30 tonnes of aid, the agency said.'],
    ['vi: lists read lần lượt', 'Sudan và Chad lần lượt nhận 40 và 25 tấn hàng viện trợ.', 'Nam Sudan và Chad lần lượt nhận 30 và 25 tấn hàng viện trợ.'],
    ['vi: clauses', 'Xuất khẩu sang Sudan tăng 12%, Bộ Công Thương cho biết.', 'Xuất khẩu sang Nam Sudan tăng 15%, Bộ Công Thương cho biết.'],
    ['vi: Nam Á / Đông Nam Á', 'Xuất khẩu sang Nam Á tăng 12%, Bộ Công Thương cho biết.', 'Xuất khẩu sang Đông Nam Á tăng 15%, Bộ Công Thương cho biết.'],
  ])('%s: set apart', (_name, a, b) => {
    expect(figureFlags(a, b, ['number'])).toEqual([])
  })

  // Traps: one entity on both sides, or a shorter form dropping no direction, still conflicts
  it.each([
    ['en: Sudan on both sides', 'Sudan and Chad received 40 and 25 tonnes of aid respectively.', 'Sudan and Chad received 30 and 25 tonnes of aid respectively.', ['40 | 30']],
    ['en: South Sudan on both sides', 'South Sudan received 40 tonnes of aid, the agency said.', 'South Sudan received 30 tonnes of aid, the agency said.', ['40 tonnes | 30 tonnes']],
    ['en: City dropped', 'Ho Chi Minh City and Hanoi reported 40 and 25 cases respectively.', 'Ho Chi Minh and Hanoi reported 30 and 25 cases respectively.', ['40 | 30']],
    ['en: a lower-case direction is no name', 'Sales in southern Sudan rose 12 percent, the agency said.', 'Sales in Sudan rose 15 percent, the agency said.', ['12 percent | 15 percent']],
    ['vi: TP dropped', 'TP Hồ Chí Minh và Hà Nội lần lượt ghi nhận 40 và 25 ca.', 'Hồ Chí Minh và Hà Nội lần lượt ghi nhận 30 và 25 ca.', ['40 | 30']],
    ['vi: Nam Sudan on both sides', 'Nam Sudan và Chad lần lượt nhận 40 và 25 tấn hàng viện trợ.', 'Nam Sudan và Chad lần lượt nhận 30 và 25 tấn hàng viện trợ.', ['40 | 30']],
    ['vi: Việt Nam ends in no qualifier', 'Xuất khẩu sang Việt Nam tăng 12%, Bộ Công Thương cho biết.', 'Xuất khẩu sang Việt Nam tăng 15%, Bộ Công Thương cho biết.', ['12% | 15%']],
  ])('%s: still flagged', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
