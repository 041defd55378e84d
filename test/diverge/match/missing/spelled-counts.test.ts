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

/** Found by review (rcounts58): counts in words that are no missing fact where they stand. */
describe('a count in words the other report states with another noun is not missing (B1)', () => {
  it.each([
    ['en: three planes / three aircraft', 'The island will receive three planes of the same type this year.', 'Taiwan will receive three aircraft later this year.'],
    ['en: three more planes / three more aircraft', 'The island will receive three more planes of the same type this year.', 'Taiwan will receive three more aircraft later this year.'],
    ['vi: sáu người / sáu nạn nhân', 'Vụ tai nạn làm sáu người bị thương nặng.', 'Vụ tai nạn làm sáu nạn nhân bị thương nặng.'],
    ['vi: Ba người / Ba hành khách', 'Ba người trên xe đã thiệt mạng.', 'Ba hành khách trên xe đã thiệt mạng.'],
    ['vi: ba nghi phạm / ba người', 'Cảnh sát bắt giữ ba nghi phạm tại thị trấn hôm thứ Hai.', 'Cảnh sát bắt giữ ba người tại thị trấn hôm thứ Hai.'],
  ])('%s', (_, a, b) => {
    expect(missingNumbers(a, b)).toEqual([])
  })

  it('vi: ba chiếc cùng loại / ba chiếc nữa (vmds-39-0)', () => {
    const a = 'Hòn đảo này cũng sẽ nhận thêm ba chiếc cùng loại vào cuối năm nay và 8 chiếc nữa vào năm 2015.'
    const b = 'Đài Loan sẽ nhận thêm ba chiếc nữa vào cuối năm 2013. Tám chiếc còn lại sẽ được giao vào năm 2015.'
    expect(missingNumbers(a, b)).not.toContain('ba chiếc')
  })
})

describe('traps: counts in words that are a year, an idiom, a ratio or a name (B5–B7)', () => {
  it.each([
    ['vi: trong năm người dân (in the year)', 'Trong năm người dân thu hoạch được nhiều lúa ở xã.', 'Người dân ở xã thu hoạch được nhiều lúa.'],
    ['vi: mười năm người mẹ (ten years)', 'Sau mười năm người mẹ mới gặp lại con ở xã.', 'Người mẹ gặp lại con ở xã.'],
    ['vi: ba mươi năm nhà máy (thirty years)', 'Hơn ba mươi năm nhà máy hoạt động ở xã.', 'Nhà máy hoạt động ở xã.'],
    ['vi: ba bề bốn bên (on all sides)', 'Ba bề bốn bên là nước sau trận lũ ở xã.', 'Sau trận lũ ở xã nước dâng cao.'],
    ['en: nine in ten voters', 'Nine in ten voters backed the plan on Monday.', 'Most voters backed the plan on Monday.'],
    ['en: four out of five doctors', 'Four out of five doctors recommend the drug, the firm said.', 'Most doctors recommend the drug, the firm said.'],
    ['en: one in five adults', 'One in five adults smokes, the ministry said.', 'Many adults smoke, the ministry said.'],
    ['vi: cứ mười người … chín người', 'Cứ mười người dân thì có chín người ủng hộ kế hoạch.', 'Đa số người dân ủng hộ kế hoạch.'],
    ['vi: cứ năm người … một người', 'Cứ năm người thì có một người mắc bệnh, bộ y tế cho biết.', 'Bộ y tế cho biết nhiều người mắc bệnh.'],
    ['en: the Group of Seven nations', 'Leaders of the Group of Seven nations met in Rome on Monday.', 'G7 leaders met in Rome on Monday.'],
    ['en: the Group of Twenty countries', 'The ministers of the Group of Twenty countries met in Rome on Monday.', 'The ministers met in Rome on Monday.'],
  ])('%s', (_, a, b) => {
    expect(missingNumbers(a, b)).toEqual([])
  })

  it.each([
    ['en: Twelve homes opening a sentence', 'Twelve homes were destroyed in the town on Monday.', 'Officials said on Monday that roads in the province were closed.', ['Twelve homes']],
    ['vi: Sáu người opening a sentence', 'Sáu người bị thương trong vụ tai nạn ở thị trấn.', 'Chính quyền cho biết nhiều tuyến đường bị chia cắt.', ['Sáu người']],
  ])('not a trap: %s', (_, a, b, missing) => {
    expect(missingNumbers(a, b)).toEqual(missing)
  })
})
