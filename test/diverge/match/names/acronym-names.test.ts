/**
 * A name that opens with an abbreviation in capitals is reported missing whole (USA Interactive,
 * not the fragment Interactive); a person named after an abbreviation, a cue, an agency or a
 * common noun's abbreviation stays as it was. Sentences after real pairs of the shared corpora
 * (MSRP train, VietnameseMDS clusters 1–100), shortened.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missing = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

describe('an abbreviation opening a name is part of it', () => {
  it.each([
    ['en, a company', 'Shares of USA Interactive rose $2.28 on Friday in Nasdaq trading.', 'Shares of LendingTree rose $6.03 on Friday in Nasdaq trading.', 'USA Interactive'],
    ['en, an organisation of two words', 'About 38,000 OGE Energy Corp. customers are without power, the company said.', 'Some 14,000 customers were without power in the area, the company said.', 'OGE Energy Corp'],
    ['vi, a tournament', 'Serena Williams đã vô địch WTA Championships năm nay tại Istanbul.', 'Serena Williams đã giành chức vô địch năm nay tại Istanbul.', 'WTA Championships'],
    ['vi, a club', 'Trong khi đó, đội bóng thuộc CLB Becamex đã giành chiến thắng.', 'Trong khi đó, đội bóng đã giành chiến thắng.', 'CLB Becamex'],
  ])('%s', (_why, a, b, fact) => {
    expect(missing(a, b)).toContain(fact)
  })
})

describe('an abbreviation that is no part of the name stays out', () => {
  it.each([
    ['vi, a person after the party that leads him', 'Thủ lĩnh CNRP Sam Rainsy yêu cầu đảng này tẩy chay họp quốc hội.', 'Đảng đối lập yêu cầu tẩy chay họp quốc hội.', 'Sam Rainsy'],
    ['en, a place after the agency', 'Prices fell sharply on Monday, AFP Paris reported.', 'Prices fell sharply on Monday, the agency reported.', 'Paris'],
    ['vi, a processor after its common noun', 'Máy dùng VXL Haswell và màn hình 13 inch.', 'Máy có màn hình 13 inch.', 'Haswell'],
    ['en, a name after a common noun in capitals', 'The phone pairs with any LTE Bluetooth headset sold this year.', 'The phone pairs with any headset sold this year.', 'Bluetooth'],
  ])('%s', (_why, a, b, fact) => {
    expect(missing(a, b)).toContain(fact)
  })
})
