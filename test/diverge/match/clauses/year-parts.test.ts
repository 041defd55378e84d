import { describe, expect, it } from 'vitest'
import { keys } from '../../../../src/diverge/extract/fact-tokens'
import { yearPart } from '../../../../src/diverge/match/clauses/year-parts'

describe('yearPart: the one part of a year a sentence names', () => {
  it.each([
    ['en: ordinal and part apart', 'revenue of $15.5 million in its second fiscal quarter', 'quarter 2'],
    ['en: ordinal and part in one word', 'its first-quarter profit', 'quarter 1'],
    ['en: a half', 'sales rose in the second half', 'half 2'],
    ['en: two parts named (a comparison) name none', 'the second-quarter profit beat the first-quarter one', undefined],
    ['en: no part', 'profit rose 5 percent last year', undefined],
    ['vi: quarter in Roman numerals', 'trong quý ii công ty lãi 150 tỷ đồng', 'quarter 2'],
    ['vi: a Roman numeral without quý is no quarter', 'thế chiến ii kết thúc', undefined],
    ['vi: no part', 'năm ngoái công ty lãi 120 tỷ đồng', undefined],
  ])('%s', (_, sentence, part) => {
    expect(yearPart(keys(sentence))).toBe(part)
  })
})
