/**
 * The noun a number counts past capitalised modifiers (issue 11: a fact's slot names its
 * counted noun): "27 US troops" and "26 American troops" count troops, so the two reports'
 * counts fill one slot. Sentences after MSRP train pairs of the shared corpora.
 */
import { describe, expect, it } from 'vitest'
import type { NumberFact } from '../../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const first = (text: string): Pick<NumberFact, 'text' | 'kind' | 'unit'> => {
  const f = extractNumbers(text)[0]!
  return { text: f.text, kind: f.kind, unit: f.unit }
}

describe('the counted noun past proper modifiers', () => {
  it.each([
    ['en: an abbreviation', 'At least 27 US troops have been killed in hostile fire.', { text: '27 US troops', kind: 'count', unit: 'troop' }],
    ['en: a demonym', 'At least 26 American troops have been killed in hostile fire.', { text: '26 American troops', kind: 'count', unit: 'troop' }],
    ['en: an abbreviation with its dots', 'About 37,000 U.S. troops remain in the country.', { text: '37,000 U.S. troops', kind: 'count', unit: 'troop' }],
    ['en: a currency qualified by its country', 'The dollar climbed to 1.3315 Swiss francs on Monday.', { text: '1.3315 Swiss francs', kind: 'count', unit: 'franc' }],
    ['en: a capitalised plural is not qualified by what follows', 'Only 5 Democrats voted for the bill.', { text: '5', kind: 'plain', unit: '' }],
    ['en: a maker before the noun', 'Southwest will take delivery of 15 Boeing jets next year.', { text: '15 Boeing jets', kind: 'count', unit: 'jet' }],
    ['en: a new batch, past a lower-case qualifier', 'Astronomers have detected 20 new moons around Jupiter.', { text: '20 new moons', kind: 'count', unit: 'moon' }],
    ['en: two lower-case qualifiers', 'Rebels seized 4 more provincial capitals on Sunday.', { text: '4 more provincial capitals', kind: 'count', unit: 'capital' }],
    ['en: a qualifier and a maker', 'The airline ordered 85 new Embraer jets.', { text: '85 new Embraer jets', kind: 'count', unit: 'jet' }],
    // issue 11: a firm's whole name, suffix and all, qualifies whose customers they are
    ['en: a firm\'s name of three words and its suffix', 'About 38,000 OGE Energy Corp. customers are without power.', { text: '38,000 OGE Energy Corp. customers', kind: 'count', unit: 'customer' }],
    ['en: a firm\'s name and "Inc."', 'It sold 12,000 Apple Computer Inc. machines.', { text: '12,000 Apple Computer Inc. machines', kind: 'count', unit: 'machine' }],
    ['en: a name of three words', 'The strike idled 2,500 New York Times workers.', { text: '2,500 New York Times workers', kind: 'count', unit: 'worker' }],
    ['en: a name ending the sentence is no abbreviation of the next', 'Shares rose 5 Corp. Customers were told on Monday.', { text: '5', kind: 'plain', unit: '' }],
    ['en: five capitalised words are a title, not a qualifier', 'Some 40 North American Free Trade Agreement partners met.', { text: '40', kind: 'plain', unit: '' }],
    ['vi: the head comes first, the firm after it', 'Khoảng 38.000 khách hàng của EVN bị mất điện.', { text: '38.000 khách', kind: 'count', unit: 'khách' }],
    ['en: a hedge is no qualifier of a count', 'The storm killed 20 more than officials feared.', { text: '20', kind: 'plain', unit: '' }],
    // lính counts as binh (binh sĩ), its synonym: counted-synonyms.ts
    ['vi: the modifier follows its noun', 'Có 27 lính Mỹ thiệt mạng trong tháng này.', { text: '27 lính', kind: 'count', unit: 'binh' }],
    ['vi: a capitalised place after a count is no modifier', 'Trận động đất làm 12 Hà Nội đổ sập.', { text: '12', kind: 'plain', unit: '' }],
    // names29: "and" / "&" between two capitalised words of one name
    ['en: a firm\'s name joined by "and"', 'Some 14,000 Oklahoma Gas and Electric customers were without power.', { text: '14,000 Oklahoma Gas and Electric customers', kind: 'count', unit: 'customer' }],
    ['en: a firm\'s name joined by "&"', 'The strike idled 3,000 Procter & Gamble workers.', { text: '3,000 Procter & Gamble workers', kind: 'count', unit: 'worker' }],
    ['en: two peoples joined by "and"', 'About 30 French and German troops were killed.', { text: '30 French and German troops', kind: 'count', unit: 'troop' }],
    ['en trap: "and" after a count\'s name opens another count', 'Only 17 Democrats and 15 Republicans voted.', { text: '17', kind: 'plain', unit: '' }],
    ['en trap: "and" before a lower-case word is no joiner', 'It hired 40 Apple and other engineers.', { text: '40', kind: 'plain', unit: '' }],
  ])('%s', (_why, text, expected) => {
    expect(first(text)).toEqual(expected)
  })
})

describe('counts qualified differently fill one slot', () => {
  it.each([
    ['en: US / American', 'At least 27 US troops have been killed in hostile fire since Bush\'s statement.', 'At least 26 American troops have been killed in hostile fire since major combat was officially declared over on May 1.', ['27 US troops', '26 American troops']],
    ['en: Swiss francs / francs', 'The dollar rose 0.6 percent to 109.54 yen and climbed more than 1 percent to 1.3315 Swiss francs.', 'The dollar rose around 0.6 percent to 109.51 yen and climbed 1 percent against the Swiss franc to 1.3302 francs.', ['1.3315 Swiss francs', '1.3302 francs']],
  ])('%s', (_why, a, b, pair) => {
    const flags = compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
    expect(flags).toContainEqual(pair)
  })
})

// Group B of the miss28 table (a count's noun reworded): machines counted by their model, at the family's
// level or a variant's ("nine Boeing 737-700s" / "15 737s", MSRP train 1787964|1787832).
describe('machines counted by their model', () => {
  it.each([
    ['en: a plural model code', 'Southwest exercised options to purchase 15 737s for delivery next year.', { text: '15 737s', kind: 'count', unit: '737' }],
    ['en: a maker and a variant', 'Southwest ordered 19 Boeing 737-700s for delivery next year.', { text: '19 Boeing 737-700s', kind: 'count', unit: '737' }],
    ['en: a variant in words', 'Southwest ordered nine Boeing 737-700s for delivery next year.', { text: 'nine Boeing 737-700s', kind: 'count', unit: '737' }],
    ['en: a code with letters', 'The airline flies 12 Airbus A320s on the route.', { text: '12 Airbus A320s', kind: 'count', unit: 'a320' }],
    // Traps: a decade, a letter family ("F-16s" names no family of digits), a plural noun after the code.
    ['en: a decade is no model', 'Prices rose 5 percent in the 1990s.', { text: '5 percent', kind: 'percent', unit: '' }],
    ['en: a letter-and-number model is left to the noun', 'The air force bought 12 F-16s last year.', { text: '12', kind: 'plain', unit: '' }],
    // fixm29a (review-m item 3): the model qualifying its noun counts the model's machines, as "15 737s" does
    ['en: a maker\'s model before its noun', 'The airline ordered 15 Boeing 737 jets.', { text: '15 Boeing 737 jets', kind: 'count', unit: '737' }],
    ['en: a lettered model before its noun', 'The airline flies 12 A320 planes on the route.', { text: '12 A320 planes', kind: 'count', unit: 'a320' }],
    ['en: a variant before its noun', 'The airline ordered 15 Boeing 737-800 jetliners.', { text: '15 Boeing 737-800 jetliners', kind: 'count', unit: '737' }],
    ['en trap: a bare number before a noun may be one number spaced in thousands', 'The firm employs 12 737 workers.', { text: '12 737 workers', kind: 'count', unit: 'worker' }],
    ['en trap: a code before no plural noun', 'The airline ordered 15 Boeing 737 on Monday.', { text: '15', kind: 'plain', unit: '' }],
  ])('%s', (_why, text, expected) => {
    expect(first(text)).toEqual(expected)
  })

  it.each([
    ['en: the family and a variant', 'Southwest said it recently exercised remaining options for the delivery of nine Boeing 737-700s next year.', 'Boeing said yesterday that Southwest exercised options to purchase 15 737s for delivery next year.', ['nine Boeing 737-700s', '15 737s']],
    ['en: an Airbus family and its variant', 'The airline flies 12 Airbus A320s on the route.', 'The airline flies 14 A320-200s on the route.', ['12 Airbus A320s', '14 A320-200s']],
    ['en: the code alone and the code before its noun (review-m 3)', 'Regulators grounded 15 737s on Monday.', 'Regulators grounded 12 Boeing 737 jets on Monday.', ['15 737s', '12 Boeing 737 jets']],
  ])('%s: one slot', (_why, a, b, pair) => {
    const flags = compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
    expect(flags).toContainEqual(pair)
  })

  it.each([
    ['en: two families', 'The airline flies 12 A320s on the route.', 'The airline flies 14 A330s on the route.'],
    ['en: two families by their digits', 'Southwest ordered 15 737s for next year.', 'Southwest ordered 12 747s for next year.'],
  ])('%s: two slots', (_why, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'number')).toEqual([])
  })

  // review-m items 1-2: two families are never one fact in two formats, and a swap of two families' counts is two contradictions
  const figures = (a: string, b: string): string[] => {
    const r = compare(a, b)
    return [
      ...r.divergences.filter((d) => d.kind === 'number').map((d) => `number ${d.a!.text} | ${d.b!.text}`),
      ...r.equivalences.filter((e) => /^\d/.test(e.a.text)).map((e) => `same ${e.a.text} | ${e.b.text}`),
    ]
  }
  it.each([
    ['en: one count of two families', 'Regulators grounded 15 737s on Monday.', 'Regulators grounded 15 747s on Monday.', []],
    ['en: one count of two lettered families', 'The airline flies 12 A320s on the route.', 'The airline flies 12 A330s on the route.', []],
    ['en: a swap of two families\' counts', 'Boeing delivered 30 737s and 12 787s last month.', 'Boeing delivered 30 787s and 12 737s last month.', ['number 30 737s | 12 737s', 'number 12 787s | 30 787s']],
    ['en trap: one family at two levels, one count', 'Southwest ordered 15 737s for next year.', 'Southwest ordered 15 Boeing 737-700s for next year.', ['same 15 737s | 15 Boeing 737-700s']],
    ['en trap: one family, two counts', 'Southwest ordered 15 737s for next year.', 'Southwest ordered 12 737s for next year.', ['number 15 737s | 12 737s']],
  ])('%s', (_why, a, b, want) => {
    expect(figures(a, b)).toEqual(want)
  })
})
