/**
 * A word the other report cuts short with a period (a US state after a party letter or a town) is
 * the same name in another form, not missing (cut-words.ts; after MSRP train 1945484/1945410,
 * round missing19-1). Titles cut short before a name and plain abbreviations stay apart.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('a word cut short on the other side is not missing', () => {
  it.each([
    ['en, a state after a party letter', 'The Senate majority leader, Bill Frist, Republican of Tennessee, said he hoped so.', 'The Senate majority leader, Bill Frist, R-Tenn., said he hoped so.', 'Tennessee'],
    ['en, the party by its letter', 'The Senate majority leader, Bill Frist, Republican of Tennessee, said he hoped so.', 'The Senate majority leader, Bill Frist, R-Tenn., said he hoped so.', 'Republican'],
    ['en, the party letter and the state written out', 'Sen. Edward Kennedy, D-Mass., backed the bill.', 'Democratic Sen. Edward Kennedy of Massachusetts backed the bill.', 'D-Mass'],
    ['en, a state after a town', 'The fire broke out in Fresno, California, on Sunday.', 'The fire broke out in Fresno, Calif., on Sunday.', 'California'],
    ['en, the party by its letter, a Unicode hyphen', 'The Senate majority leader, Bill Frist, Republican of Tennessee, said he hoped so.', 'The Senate majority leader, Bill Frist, R\u2010Tenn., said he hoped so.', 'Republican'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNames(a, b)).not.toContain(fact)
  })
})

describe('what is not a cut word keeps the name missing', () => {
  it.each([
    ['en, a title cut short before a name is no place', 'Talks were held in Geneva on Monday.', 'Talks were held, Gen. Tommy Franks said on Monday.', 'Geneva'],
    ['en, another state cut short', 'Bill Frist, Republican of Tennessee, said he hoped so.', 'Bill Frist, R-Texas, and Sen. Kay Hutchison, R-Tex., said they hoped so.', 'Tennessee'],
    ['en, a party letter without its state', 'Bill Frist, a Republican, said he hoped so.', 'Sen. Dianne Feinstein, D-Calif., said she hoped so.', 'Republican'],
    // the other report names someone else: a label of Frist, named in both, is no fact (descriptor-names.ts)
    ['en, a party tag before a capitalised word is no cut', 'Bill Frist, a Republican, said he hoped so.', 'Tom Jones said R-Tenn. Smith hoped so.', 'Republican'],
    ['vi, dotted Vietnamese abbreviations are no cut words', 'Bà Hoa sống ở Thanh Hóa từ năm 2010.', 'Bà Hoa sống ở P.Tân Định, Q.1, TP.HCM từ năm 2010.', 'Thanh Hóa'],
    ['vi, a one-word name beside a dotted ward', 'Ông Hùng sinh ra ở Huế năm 1960.', 'Ông Hùng sinh ra ở P.Hu, Tp.HCM năm 1960.', 'Huế'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNames(a, b)).toContain(fact)
  })
})
