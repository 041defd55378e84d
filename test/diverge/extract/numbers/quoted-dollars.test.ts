import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const units = (text: string) => extractNumbers(text).filter((f) => f.kind === 'amount').map((f) => [f.text, f.unit])

describe('a bare $ in a sentence that quotes another dollar is in that dollar', () => {
  it.each([
    [
      'en: the greenback against the Canadian dollar',
      'Against the Canadian dollar, the greenback rose 0.15 percent to $1.3260 as the Bank of Canada kept rates unchanged.',
      [['$1.3260', 'cad']],
    ],
    ['en: versus the Australian dollar', 'The U.S. currency traded at $1.5120 versus the Australian dollar late on Friday.', [['$1.5120', 'aud']]],
    ['en: the prefix written is kept', 'Against the Canadian dollar, the greenback was nearly flat at C$1.3252 on Wednesday.', [['C$1.3252', 'cad']]],
    // traps: the US dollar quoted, no dollar quoted, a US$ figure beside, two dollars quoted
    ['en: the Canadian dollar against the US dollar', 'The Canadian dollar rose against the U.S. dollar to $0.7250 on Friday.', [['$0.7250', 'usd']]],
    ['en: against the dollar', 'The euro rose against the dollar to $1.1520 in late trading.', [['$1.1520', 'usd']]],
    ['en: a Canadian firm, no quote', 'The Canadian dollar store chain paid $120 million for the rival.', [['$120 million', 'usd']]],
    ['en: a US$ figure beside', 'Against the Canadian dollar, the greenback rose to $1.3260, and gold rose US$5 to US$380.', [['$1.3260', 'usd'], ['US$5', 'usd'], ['US$380', 'usd']]],
    [
      'en: two foreign dollars quoted',
      'Against the Canadian dollar the greenback was at $1.3260, and against the Australian dollar at $1.5120.',
      [['$1.3260', 'usd'], ['$1.5120', 'usd']],
    ],
    // Vietnamese writes such a rate in words or in đồng: a "$" figure keeps its dollar
    ['vi: a dollar figure beside đô la Canada', 'So với đô la Canada, đồng bạc xanh tăng lên $1,3260 trong phiên hôm qua.', [['$1,3260', 'usd']]],
  ])('%s', (_, text, want) => {
    expect(units(text)).toEqual(want)
  })
})
