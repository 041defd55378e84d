import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** The texts of every `missing` number fact of a compare. */
const missingNumbers = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing' && d.factType === 'number')
    .map((d) => (d.a ?? d.b)!.text)

const silentEn = 'Officials said on Monday that roads in the province were closed.'
const silentVi = 'Chính quyền cho biết chiều 12/8 nhiều tuyến đường trong tỉnh bị chia cắt.'

describe('a count in words the other report never states is missing, as its digits are', () => {
  it.each([
    ['en: twelve homes', 'Floods destroyed twelve homes on Monday. Officials said on Monday that roads in the province were closed.', silentEn, ['twelve homes']],
    ['en: digits alike', 'Floods destroyed 12 homes on Monday. Officials said on Monday that roads in the province were closed.', silentEn, ['12 homes']],
    ['en: Fifteen people', 'Fifteen people were hurt in the crash. Officials said on Monday that roads in the province were closed.', silentEn, ['Fifteen people']],
    ['vi: mười hai ngôi nhà', 'Lũ làm sập mười hai ngôi nhà ở xã Tam Hiệp. Chính quyền cho biết chiều 12/8 nhiều tuyến đường trong tỉnh bị chia cắt.', silentVi, ['mười hai ngôi']],
    ['vi: sáu người', 'Sáu người bị thương trong vụ tai nạn ở xã Tam Hiệp. Chính quyền cho biết chiều 12/8 nhiều tuyến đường trong tỉnh bị chia cắt.', silentVi, ['Sáu người']],
    ['es: doce casas', 'Las riadas destruyeron doce casas en Valencia. El ayuntamiento dijo el lunes que las carreteras de la provincia estaban cortadas.', 'El ayuntamiento dijo el lunes que las carreteras de la provincia estaban cortadas.', ['doce casas']],
  ])('%s', (_, a, b, missing) => {
    expect(missingNumbers(a, b)).toEqual(missing)
  })
})

describe('a count in words stated by the other report in digits, or in words, is not missing', () => {
  it.each([
    ['en: twelve / 12', 'Floods destroyed twelve homes in the province on Monday, officials said.', 'Officials said 12 homes were destroyed when floods hit the province.'],
    ['vi: mười hai / 12', 'Lũ làm sập mười hai ngôi nhà ở xã Tam Hiệp chiều 12/8.', 'Chiều 12/8, 12 ngôi nhà ở xã Tam Hiệp bị lũ làm sập.'],
    ['en: 12 / twelve', 'Officials said 12 homes were destroyed when floods hit the province.', 'Floods destroyed twelve homes in the province on Monday, officials said.'],
  ])('%s', (_, a, b) => {
    expect(missingNumbers(a, b)).toEqual([])
  })
})

/** Number words that are phrasing, no count a reader checks: never listed missing. */
describe('traps: number words that are no count of their own', () => {
  it.each([
    ['en: one of the victims', 'One of the victims was a child, police said on Monday.'],
    ['en: the two leaders', 'The two leaders met in Hanoi on Monday to discuss trade.'],
    ['en: a few people', 'A few people gathered outside the court on Monday.'],
    ['en: two homes (one and two are phrasing)', 'Floods destroyed two homes in the province on Monday.'],
    ['en: hundreds of homes (a vague order, judged as one)', 'Floods destroyed hundreds of homes in the province on Monday.'],
    ['vi: hai nước', 'Hai nước đã nhất trí tăng cường hợp tác trong chuyến thăm.'],
    ['vi: một số người', 'Một số người dân tập trung trước tòa án chiều 12/8.'],
    ['vi: hàng trăm ngôi nhà', 'Lũ làm sập hàng trăm ngôi nhà ở tỉnh Quảng Nam chiều 12/8.'],
    ['en: a thousand thanks', 'He said a thousand thanks to the rescuers on Monday.'],
    ['en: a thousand times', 'He thanked the rescuers a thousand times on Monday.'],
    ['vi: ba lần', 'Giá xăng đã tăng ba lần trong tháng 8.'],
    ['de: ein Haus', 'Der Sturm zerstörte ein Haus im Dorf am Montag, teilten die Behörden mit.'],
  ])('%s', (_, a) => {
    expect(missingNumbers(a, 'Officials said on Monday that the situation was calm.')).toEqual([])
  })
})
