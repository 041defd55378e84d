/**
 * Figures with their unit glued on (issue 11: forms never extracted): pence as London prices are
 * quoted ("290-1/2p"), a headcount as a compound adjective ("the 9,200-strong force"). Sentences
 * after MSRP train pairs.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { gluedMultiplier, gluedUnit, hyphenedMultiplier } from '../../../../src/diverge/extract/numbers/glued-units'

const read = (text: string) => extractNumbers(text).map((f) => [f.text, f.value, f.kind, f.unit])

describe('units glued to a figure', () => {
  it.each([
    ['en: pence', '290p', 'en', { value: 290, unit: 'pence' }],
    ['en: pence after a market fraction', '290-1/2p', 'en', { value: 290.5, unit: 'pence' }],
    ['en: a headcount', '9,200-strong', 'en', { value: 9200, unit: 'strong' }],
    ['en: a headcount grouped with a dot', '4.600-strong', 'en', { value: 4600, unit: 'strong' }],
    ['en: a small headcount', '12-strong', 'en', { value: 12, unit: 'strong' }],
    ['en: no market denominator', '290-1/3p', 'en', undefined],
    ['en: a figure of another unit', '290px', 'en', undefined],
    // "12p" in Vietnamese is 12 phút (minutes), never pence
    ['vi: minutes, not pence', '12p', 'vi', undefined],
  ] as const)('%s', (_why, raw, notation, want) => {
    expect(gluedUnit(raw, notation)).toEqual(want)
  })

  it.each([
    ['pence moves', 'Shares in Safeway rose 1-1/4p to 290-1/2p in trade.', [['1-1/4p', 1.25, 'count', 'pence'], ['290-1/2p', 290.5, 'count', 'pence']]],
    ['a force', 'NATO takes command of the 4.600-strong force.', [['4.600-strong', 4600, 'count', 'strong']]],
  ])('en: %s are read', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })

  it('vi: "12p" stays unread as pence', () => {
    expect(read('Bàn thắng ở phút 12p của trận đấu.').filter(([, , , unit]) => unit === 'pence')).toEqual([])
  })
})

describe('glued figures compared, with offsets in the caller\u2019s string', () => {
  it.each([
    [
      'a share price in pence',
      'Café report — Shares in Safeway rose 1-1/4p to 290-1/2p in early trade.',
      'Café report — Shares in Safeway rose 1-1/4p to 288-1/4p in early trade.',
      ['290-1/2p', '288-1/4p'],
    ],
    [
      'a force written two ways',
      'Café report — NATO took command of the 5,000 strong International Security Assistance Force on Monday.',
      'Café report — NATO on Monday took command of the 4.600-strong International Security Assistance Force.',
      ['5,000 strong', '4.600-strong'],
    ],
  ])('en: %s contradicts', (_why, a, b, [x, y]) => {
    const flag = compare(a, b).divergences.find((d) => d.kind === 'number')
    expect(flag?.a?.text).toBe(x)
    expect(flag?.b?.text).toBe(y)
    expect(a.slice(flag!.a!.start, flag!.a!.end)).toBe(x)
    expect(b.slice(flag!.b!.start, flag!.b!.end)).toBe(y)
  })

  it('en: one force written with a hyphen and without agrees', () => {
    const report = compare('NATO took command of the 5,000-strong force on Monday.', 'NATO took command of the 5,000 strong force on Monday.')
    expect(report.divergences.filter((d) => d.kind === 'number')).toEqual([])
  })
})

describe('a multiplier hyphened to its noun', () => {
  it.each([
    ['billion-pound', { mult: 1e9, rest: 'pound' }],
    ['million-member', { mult: 1e6, rest: 'member' }],
    ['billion-dollar', { mult: 1e9, rest: 'dollar' }],
    // traps: more than one hyphen, no multiplier, a hundred, a Vietnamese multiplier written apart
    ['million-year-old', undefined],
    ['first-half', undefined],
    ['hundred-year', undefined],
    ['triệu', undefined],
  ])('%s', (key, want) => {
    expect(gluedMultiplier(key)).toEqual(want)
  })

  const read = (text: string) => extractNumbers(text).map((f) => [f.text, f.value, f.kind, f.unit])
  it.each([
    ['en: money', 'The loss stemmed from a 1.5 billion-pound asset writedown.', ['1.5 billion-pound', 1.5e9, 'amount', 'gbp']],
    ['en: a count', 'It is the U.S. branch of the 77 million-member Anglican Communion.', ['77 million-member', 77e6, 'count', 'member']],
    ['en: a currency before', 'It was a $2 billion-dollar deal.', ['$2 billion-dollar', 2e9, 'amount', 'usd']],
    ['vi: a multiplier written apart is read as before', 'Khoản lỗ 1,5 tỷ đồng được ghi nhận.', ['1,5 tỷ đồng', 1.5e9, 'amount', 'vnd']],
  ])('%s', (_, text, want) => {
    expect(read(text)).toContainEqual(want)
  })

  it.each([
    [
      'en: one writedown hyphened on one side',
      'The huge bottom-line loss stemmed from a 1.5 billion pound assets writedown, on top of a 3.5 billion first-half charge.',
      'The huge bottom line loss stemmed from a 1.5 billion-pound asset writedown, on top of a 3.5 billion first-half charge.',
    ],
    [
      'en: one membership as an adjective and as a count',
      'The Episcopal Church is the U.S. branch of the 77 million-member Anglican Communion.',
      'The Episcopal Church is the American branch of the Anglican Communion, which has 77 million adherents.',
    ],
  ])('%s: neither is missing', (_, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number')).toEqual([])
  })
})

describe('a multiplier hyphened to its figure', () => {
  it.each([
    ['-million', 1e6],
    ['-billion', 1e9],
    ['-Million', 1e6],
    // traps: no hyphen, a hundred, a compound adjective after the multiplier, a unit
    ['million', undefined],
    ['-hundred', undefined],
    ['-million-strong', undefined],
    ['-year-old', undefined],
  ])('%s', (suffix, want) => {
    expect(hyphenedMultiplier(suffix)).toBe(want)
  })

  const read = (text: string) => extractNumbers(text).map((f) => [f.text, f.value, f.kind, f.unit])
  it.each([
    ['en: a currency after', 'The properties were valued at around 38-million euros last year.', ['38-million euros', 38e6, 'amount', 'eur']],
    ['en: a currency before', 'He was released on $3-million bail yesterday.', ['$3-million', 3e6, 'amount', 'usd']],
    ['en: decimals', 'The previous record of $54.9-million stood for years.', ['$54.9-million', 54.9e6, 'amount', 'usd']],
    ['vi: a multiplier written apart is read as before', 'Tài sản trị giá 38 triệu euro được định giá.', ['38 triệu euro', 38e6, 'amount', 'eur']],
  ])('%s', (_, text, want) => {
    expect(read(text)).toContainEqual(want)
  })

  it.each([
    ['en: bail hyphened on one side', 'He was released on $3-million bail and returned to Las Vegas.', 'After posting $3 million bail, Jackson flew to Las Vegas.'],
    ['en: a program hyphened on one side', 'Bremer said he would launch a $70-million program in the next two weeks.', 'Bremer said one initiative is to launch a US$70 million nationwide program in the next two weeks.'],
  ])('%s: neither is missing', (_, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number')).toEqual([])
  })

  it('en: two amounts hyphened and not still contradict', () => {
    const flag = compare('The firm had debts of $28 million last year.', 'The firm had debts of $29-million last year.').divergences.find((d) => d.kind === 'number')
    expect(flag?.a?.text).toBe('$28 million')
    expect(flag?.b?.text).toBe('$29-million')
  })
})
