/**
 * A share that measures an attitude, not a figure (issue 11, review of real reports): "a hundred
 * percent sure", "100 percent committed", "I agree 100 percent", "chắc chắn 100% rằng …" were read
 * as 100 % and flagged `missing` against a report quoting the same claim without the idiom.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../src/diverge/extract/numbers'
import { compare } from '../../../src'

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơư]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.value])

describe('a share of attitude is no figure', () => {
  it.each([
    ['en: a hundred percent sure', 'I am a hundred percent sure he did it.', []],
    ['en: one hundred percent certain', 'She was one hundred percent certain of it.', []],
    ['en: 100 percent sure', 'He is not 100 percent sure the deal will close.', []],
    ['en: 99 percent confident', "We're 99 percent confident.", []],
    ['en: 110 percent committed', 'The team is 110 percent committed to the plan.', []],
    ['en: 100% behind him', 'We are 100% behind him.', []],
    ['en: agree 100 percent at the clause end', 'I agree 100 percent.', []],
    ['vi: chắc chắn 100% rằng', 'Tôi chắc chắn 100% rằng anh ấy vô tội.', []],
    ['vi: một trăm phần trăm tin tưởng', 'Tôi một trăm phần trăm tin tưởng vào đội bóng.', []],
    ['vi: tin 100% là', 'Tôi tin 100% là anh ấy sẽ thắng.', []],
    ['en trap: 100 percent of the shares is a figure', 'It bought 100 percent of the shares.', [['100 percent', 'percent', 100]]],
    ['en trap: owns 100 percent is a figure', 'The state owns 100 percent.', [['100 percent', 'percent', 100]]],
    ['en trap: 95 percent effective is a figure', 'The vaccine is 95 percent effective.', [['95 percent', 'percent', 95]]],
    ['en trap: 5 percent behind is a lag', 'Sales were 5 percent behind last year.', [['5 percent', 'percent', 5]]],
    ['en trap: only 40 percent agreed is a poll share', 'Only 40 percent agreed with the plan.', [['40 percent', 'percent', 40]]],
    ['en trap: 30 percent committed to … is a share of voters', 'About 30 percent committed to voting for him.', [['30 percent', 'percent', 30]]],
    ['en trap: agree to 100 percent of the cost is a figure', 'They agree to pay 100 percent of the cost.', [['100 percent', 'percent', 100]]],
    ['vi trap: chắc chắn 100% số hộ is a figure', 'Chắc chắn 100% số hộ được hỗ trợ.', [['100%', 'percent', 100]]],
    ['vi trap: 100% đại biểu tán thành is a vote', 'Có 100% đại biểu tán thành.', [['100%', 'percent', 100]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('the idiom against a report without it', () => {
  const flags = (a: string, b: string) => compare(a, b).divergences.map((d) => [d.kind, d.a?.text, d.b?.text])
  it.each([
    ['en: one hundred percent certain', 'He said he was one hundred percent certain the company would win the case.', 'He said the company would win the case.', []],
    ['en: 100 percent sure', 'He said he was 100 percent sure the company would win the case.', 'He said the company would win the case.', []],
    ['vi: chắc chắn một trăm phần trăm rằng', 'Ông nói: Tôi chắc chắn một trăm phần trăm rằng công ty sẽ thắng kiện.', 'Ông nói công ty sẽ thắng kiện.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
