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

// A count's span holds its noun (1 nạn, 1 survivor): the words after it are read from the digits'
// end, as after the spelled number (held-out round missing51-1, AbMuSu 43-1~43-3).
describe('a count spelled before the same noun is stated', () => {
  it.each([
    ['vi, một nạn nhân', 'Phát hiện 1 nạn nhân người Việt trong vụ cháy tại Manchester.', 'Trước đó, một nạn nhân đã được xác nhận là người Việt trong vụ cháy tại Manchester.'],
    ['en, one survivor', 'Rescuers found 1 survivor in the rubble late on Monday, officials said.', 'Late on Monday, one survivor in the rubble was found alive by rescuers.'],
    // Read after the span too, not only after the digits (review rmissing51): ba bị thương states 3 người bị thương.
    ['vi, ba bị thương against 3 người bị thương', 'Vụ tai nạn khiến hai người chết, ba bị thương hôm thứ Sáu. Các quan chức cho biết sẽ có thêm cuộc họp vào tuần tới. Cảnh sát đã phong tỏa con đường trong nhiều giờ.', 'Vụ tai nạn khiến hai người chết, 3 người bị thương hôm thứ Sáu. Các quan chức cho biết sẽ có thêm cuộc họp vào tuần tới. Cảnh sát đã phong tỏa con đường trong nhiều giờ.'],
    ['en, three hurt against 3 people hurt', 'The crash left two people dead, three hurt on Friday. Officials said more talks would follow next week. Police closed the road for several hours.', 'The crash left two people dead, 3 people hurt on Friday. Officials said more talks would follow next week. Police closed the road for several hours.'],
  ])('%s', (_why, a, b) => {
    expect(missingNumbers(a, b)).toEqual([])
  })
})

describe('a count before another noun stays missing', () => {
  it.each([
    ['vi, một người đàn ông against 1 người chết', 'Vụ tai nạn khiến 1 người chết tại chỗ vào tối thứ Hai.', 'Vụ tai nạn khiến một người đàn ông bị thương vào tối thứ Hai.', '1 người'],
    ['vi, one man against 1 người sống sót', 'Lực lượng cứu hộ tìm thấy 1 người sống sót trong đống đổ nát tối thứ Hai.', 'Tối thứ Hai, một người đàn ông được kéo ra từ đống đổ nát.', '1 người'],
    ['en, one man against 1 survivor', 'Rescuers found 1 survivor in the rubble late on Monday, officials said.', 'Late on Monday, one man was pulled from the rubble by rescuers.', '1 survivor'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).toContain(fact)
  })
})
