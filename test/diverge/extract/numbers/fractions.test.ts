import { describe, expect, it } from 'vitest'
import { bidOfOffer, marketFraction } from '../../../../src/diverge/extract/numbers/fractions'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { figureFlags } from '../../../helpers'

const read = (text: string): string[] => extractNumbers(text).map((f) => `${f.text}=${f.value}`)

describe('numerals written with a slash that are one value', () => {
  it.each([
    ['4.81/83', 4.81],
    ['1.1566/71', 1.1566],
    ['4.81/8', undefined], // the offer's digits must match the bid's decimals
    ['72/222', undefined],
  ])('bid of %s is %s', (raw, bid) => {
    expect(bidOfOffer(raw)).toBe(bid)
  })

  it.each([
    ['1-10/32', 1 + 10 / 32],
    ['167-1/2', 167.5],
    ['20/32', 20 / 32],
    ['3/64', 3 / 64],
    ['5/8', undefined], // a date or a rank as likely as a fraction
    ['9/11', undefined],
    ['1-12/10', undefined],
    ['40/32', undefined],
  ])('market fraction %s is %s', (raw, value) => {
    expect(marketFraction(raw)).toBe(value)
  })

  it.each([
    ['en: a bid and its offer', 'sending silver to $4.83/85 an ounce from $4.80/82 last quoted', ['$4.83/85=4.83', '$4.80/82=4.8']],
    ['en: a bond price in 32nds', 'The 30-year bond slid 1-10/32 for a yield', ['1-10/32=1.3125']],
    ['en: a share price in halves', 'BA shares closed at 167-1/2 pence', ['167-1/2 pence=167.5']],
    ['vi: a rank of a total stays two numbers', 'Việt Nam đứng thứ 5/32 đội', ['thứ 5=5', '32 đội=32']],
    ['en: a mixed number with a space', 'The conviction followed a 2 1/2 week trial.', ['2 1/2 week=2.5']],
    ['en: a mixed number of millions', 'Some 1 3/4 million people voted.', ['1 3/4 million people=1750000']],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  it('the offer half of a quote is never a figure of its own', () => {
    expect(figureFlags('Gold pulled silver higher, to $4.81/83 an ounce in New York.', 'Gold pulled silver higher, to $4.83/85 an ounce in New York.')).toEqual([
      '$4.81/83 | $4.83/85',
    ])
  })
})

describe('the fraction of a mixed number is no date', () => {
  it.each([
    ['en: a 2 1/2 week trial', 'The conviction followed a 2 1/2 week trial.', []],
    ['en: a date after a day count', 'It reopened on 1/2 after 12 days.', ['1/2']],
  ])('%s', (_, text, expected) => {
    expect(extractDates(text).map((d) => d.text)).toEqual(expected)
  })
})
