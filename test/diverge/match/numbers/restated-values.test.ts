/**
 * A quantity restated in brackets in another unit or currency is one fact written twice: a
 * report giving either states it (restated-values.ts; after MSRP train 2784892/2784625 and
 * 3092593/3092563, round missing20-1). A bracket of the same unit, another counted noun, a share
 * or a half-time score is another fact and stays missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNumbers = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number').map((d) => (d.a ?? d.b)!.text)

describe('a value restated in brackets is stated by either form', () => {
  it.each([
    ['en, miles and km, the bracket stated', 'Two miners were killed 50 miles (110 km) outside of La Paz.', 'Two miners were killed 110 kilometres outside La Paz.', '50 miles'],
    ['en, km and miles, the first stated', 'The gunmen fired from a mosque 50 km (32 miles) west of Baghdad.', 'The gunmen fired from a mosque 50 km west of Baghdad.', '32 miles'],
    ['en, two currencies, after a hedge', 'The opera will end with losses of about $US6 million (about $A9.2 million).', 'The opera will end with losses of about $US6 million.', '$A9.2 million'],
    ['vi, two currencies, tương đương', 'Máy có giá khởi điểm từ 1249 USD (tương đương 26,5 triệu đồng) tại Mỹ.', 'Máy có giá khởi điểm từ 1249 USD tại thị trường Mỹ.', '26,5 triệu đồng'],
    ['vi, the bracket stated, khoảng', 'Hợp đồng trị giá 5 triệu USD (khoảng 105 tỷ đồng) đã được ký hôm qua.', 'Hợp đồng trị giá 105 tỷ đồng đã được ký hôm qua.', '5 triệu USD'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).not.toContain(fact)
  })
})

describe('a bracket that says something else stays missing', () => {
  it.each([
    ['en, another counted noun', 'The company has 20 workers (10 women) in the city since last year.', 'The company has 20 workers in the city since last year.', '10 women'],
    ['vi, another counted noun', 'Công ty có 20 người (10 nữ) làm việc tại Hà Nội từ năm ngoái.', 'Công ty có 20 người làm việc tại Hà Nội từ năm ngoái.', '10 nữ'],
    ['vi, a half-time score', 'Đội tuyển thắng 3-1 (2-0) trước Lào tối qua tại Mỹ Đình.', 'Đội tuyển thắng 3-1 trước Lào tối qua tại Mỹ Đình.', '2-0'],
    ['en, a clause between', 'The deal was worth $5 million (which was 20 million euros) in all.', 'The deal was worth $5 million in all, the firm said.', '20 million euros'],
    ['en, neither form stated', 'Two miners were killed 50 miles (110 km) outside of La Paz.', 'Two miners were killed near a roadblock outside La Paz.', '50 miles'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNumbers(a, b)).toContain(fact)
  })
})
