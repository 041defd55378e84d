/**
 * A small number in digits on one side and in words on the other, before the same two words, is
 * one figure (spelled-digits.ts; after MSRP train 2756504/2756466, round missing20-1); another
 * value, other words after it, or a clause ending after the word stay missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNumbers = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number').map((d) => (d.a ?? d.b)!.text)

describe('a number spelled before the same words is stated', () => {
  it.each([
    ['en, one in a ratio', 'By comparison, the share rose from about 1 in 2,000 to one in 400.', 'By comparison, the share rose from one in 2,000 to one in 400.', '1'],
    ['en, four of the accounts', "Wire transfers from 4 of the company's 40 accounts totaled $3.2 billion.", 'Wire transfers from four of the 40 accounts totaled $3.2 billion.', '4'],
    ['en, three of the victims', 'Police said 3 of the victims were children from the town.', 'Police said three of the victims were children from the town.', '3'],
    ['vi, một trong', 'Cứ 1 trong 3 người dân được hỏi đều đồng ý với đề xuất này.', 'Cứ một trong 3 người dân được hỏi đều đồng ý với đề xuất.', '1'],
    ['vi, trong những, the same noun', 'Anh là 1 trong những cầu thủ ghi bàn nhiều nhất giải.', 'Anh là một trong những cầu thủ xuất sắc nhất.', '1'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).not.toContain(fact)
  })
})

describe('a number spelled otherwise stays missing', () => {
  it.each([
    ['en, another value', 'The share rose from about 2 in 2,000 last year.', 'The share rose from one in 2,000 last year.', '2'],
    ['en, a clause ends after the word', 'Police said 1 of the victims was a child.', 'Police said one. Of the victims none was a child.', '1'],
    ['en, other words after it', 'By comparison, the share rose from about 1 in 2,000 last year.', 'By comparison, the share rose from one per 2,000 last year.', '1'],
    ['vi, other words after it', 'Cứ 1 trong 3 người dân được hỏi đều đồng ý.', 'Một người dân được hỏi đều đồng ý.', '1'],
    ['vi, trong những, another noun', 'Anh là 1 trong những cầu thủ ghi bàn nhiều nhất.', 'Anh là một trong những huấn luyện viên giỏi nhất.', '1'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).toContain(fact)
  })
})
