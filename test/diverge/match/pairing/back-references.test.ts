import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { prepare } from '../../../../src/document'
import { BORROWED_CEILING, BORROWED_EVIDENCE, inClause, referringClause, refersBack } from '../../../../src/diverge/match/pairing/back-references'
import { sentenceText } from '../../../../src/document/words'

const docOf = (text: string) => prepare({ text }, { detectBoilerplate: true })

describe('a sentence referring back to the one before it', () => {
  it.each([
    ['vi: "hợp đồng này" names the contract of the sentence before', 'Hai nước đàm phán ký một hợp đồng mua 12 chiến đấu cơ. Giá trị của bản hợp đồng này lên tới 18 tỷ peso.', true],
    ['vi: "vụ việc nói trên" names the case of the sentence before', 'Công an đang điều tra vụ việc tại quận 1. Vụ việc nói trên gây thiệt hại 2 tỷ đồng.', true],
    ['vi: "ý kiến này" names the opinion of the sentence before', 'Có ý kiến cho rằng nên sửa Điều 1. Ủy ban đề nghị tiếp thu ý kiến này.', true],
    ['vi: "trước đó" is a time, not a thing named before', 'Ông Aquino đến Seoul. Trước đó, ngày 18-10, tờ báo đưa tin Trung Quốc phản đối.', false],
    ['vi: "tuần này" is the present week', 'Ông Aquino đến Seoul. Hợp đồng sẽ được ký trong tuần này.', false],
    ['vi: "nội dung này" points inside its own sentence', 'Ủy ban giữ tên nước. Về vai trò của Đảng, Ủy ban giữ quy định về nội dung này trong điều 4.', false],
    ['vi: a demonstrative whose noun the sentence before does not name', 'Hai nước đàm phán ký một thỏa thuận mua 12 chiến đấu cơ. Giá trị của bản hợp đồng này lên tới 18 tỷ peso.', false],
    ['vi: "trên" before a noun is a preposition', 'Công an điều tra vụ việc. Vụ việc xảy ra trên đường Lê Lợi.', false],
    ['en: "this contract" names the contract of the sentence before', 'Boeing signed a contract for 12 jets. This contract is worth $1.2 billion.', true],
    ['en: "the same plant" names the plant of the sentence before', 'The plant in Ohio employs 500 people. Workers at the same plant struck last year.', true],
    ['en: "this year" is the present year', 'The plant in Ohio employs 500 people. Sales rose 5 percent this year.', false],
    ['en: "that" inside a sentence is a conjunction', 'The company makes jets. Officials said that jets sold well.', false],
    ['en: a pronoun is too weak', 'Boeing signed a contract for 12 jets. It is worth $1.2 billion.', false],
    ['en: "this deal" whose noun the sentence before does not name', 'Boeing signed a contract for 12 jets. This deal is worth $1.2 billion.', false],
  ] as const)('%s', (_name, text, expected) => {
    expect(refersBack(docOf(text), 1)).toBe(expected)
  })

  it('never at the first sentence', () => {
    expect(refersBack(docOf('Giá trị của bản hợp đồng này lên tới 18 tỷ peso.'), 0)).toBe(false)
  })
})

const flagOf = (a: string, b: string, value: string) =>
  compare(a, b, { minConfidence: 0 }).divergences.find((d) => d.kind === 'number' && d.a?.text === value)

// Each case: a report whose sentence refers back to the one before it, the same report with the
// noun changed so nothing refers back, and the other report; the value of A to look at.
describe("the sentence before a back reference lends its words to the pairing of that sentence's facts", () => {
  it.each([
    [
      'vi: the contract named before lends its 12 fighters',
      'Hàn Quốc đang đàm phán để ký kết một hợp đồng xuất khẩu 12 chiến đấu cơ FA-50 cho Philippines. Được biết, giá trị của bản hợp đồng này lên tới 18 tỷ peso. Máy bay T-50 có tốc độ siêu âm.',
      'Hàn Quốc đang đàm phán để ký kết một thỏa thuận xuất khẩu 12 chiến đấu cơ FA-50 cho Philippines. Được biết, giá trị của bản hợp đồng này lên tới 18 tỷ peso. Máy bay T-50 có tốc độ siêu âm.',
      'Trung Quốc được cho là đã phản đối thương vụ. Ông Aquino khẳng định vẫn mua 12 chiến đấu cơ FA-50 trị giá 18,9 tỷ peso. Đây là loại máy bay đa năng.',
      '18 tỷ peso',
    ],
    [
      'en: the contract named before lends its jets and buyer',
      'Boeing signed a contract with Ryanair for 12 jets on Monday. This contract is worth $1.2 billion, officials said. Shares closed higher.',
      'Boeing signed a contract with Ryanair for 12 jets on Monday. This deal is worth $1.2 billion, officials said. Shares closed higher.',
      'Analysts expected the order for weeks. Ryanair will pay $1.3 billion for the 12 Boeing jets. The airline flies across Europe.',
      '$1.2 billion',
    ],
  ] as const)('%s', (_name, referring, plain, other, value) => {
    const lent = flagOf(referring, other, value)
    const own = flagOf(plain, other, value)
    expect(lent?.evidence.some((e) => e.startsWith('the sentence before a back reference'))).toBe(true)
    expect(own?.evidence.some((e) => e.startsWith('the sentence before a back reference')) ?? false).toBe(false)
    // Without the lent words the pair may not even be a candidate.
    expect(lent!.confidence).toBeGreaterThan(own?.confidence ?? 0)
  })

  it.each([
    [
      // the previous sentence is about another contract's other figure: its words must not tie the two slots
      'vi: a back reference whose sentence is set apart stays apart',
      'Công ty ký hợp đồng thuê 12 máy bay. Doanh thu của hợp đồng này năm 2012 đạt 18 tỷ đồng.',
      'Công ty ký hợp đồng thuê 12 máy bay với chi phí 20 tỷ đồng năm 2013.',
      '18 tỷ đồng',
    ],
    [
      'en: a back reference whose sentence is set apart stays apart',
      'The company signed a lease for 12 jets. Revenue from this lease reached $18 million in 2012.',
      'The company signed a lease for 12 jets at a cost of $20 million in 2013.',
      '$18 million',
    ],
  ] as const)('%s', (_name, a, b, value) => {
    const flag = compare(a, b).divergences.find((d) => d.kind === 'number' && d.a?.text === value)
    expect(flag).toBeUndefined()
  })
})

/** Does `value`, in the second sentence of `text`, stand in the clause that refers back? */
const inReferring = (text: string, value: string): boolean => {
  const doc = docOf(text)
  const at = sentenceText(doc, 1).indexOf(value)
  if (at < 0) throw new Error(`${value} not in the second sentence`)
  return inClause(referringClause(doc, 1), at, at + value.length)
}

describe('only the clause that refers back speaks of the thing named before', () => {
  it.each([
    ['vi: the value of "hợp đồng này" in its own clause', 'Hai nước ký một hợp đồng mua 12 chiến đấu cơ. Được biết, giá trị của bản hợp đồng này lên tới 18 tỷ peso.', '18 tỷ peso', true],
    ['vi: an article number in the clause after "ý kiến này"', 'Có ý kiến cho rằng nên sửa Điều 1. Ủy ban đề nghị tiếp thu ý kiến này, giữ quy định tại Điều 1 và bổ sung khoản 2 Điều 2.', 'Điều 2', false],
    ['vi: a figure in brackets is a clause of its own', 'Hai nước ký một hợp đồng mua 12 chiến đấu cơ. Giá trị của hợp đồng này là 18 tỷ peso (khoảng 440 triệu USD).', '440 triệu USD', false],
    ['vi: nothing refers back', 'Hai nước ký một thỏa thuận mua 12 chiến đấu cơ. Giá trị của hợp đồng này là 18 tỷ peso.', '18 tỷ peso', false],
    ['en: the value of "this contract" in its own clause', 'Boeing signed a contract for 12 jets. This contract is worth $1.2 billion, officials said.', '$1.2 billion', true],
    ['en: a figure in the clause after "this offer"', 'Airbus made an offer for the plant. The board welcomed this offer, and set its own price at $12 million.', '$12 million', false],
    ['en: nothing refers back', 'Boeing signed a contract for 12 jets. This deal is worth $1.2 billion.', '$1.2 billion', false],
  ] as const)('%s', (_name, text, value, expected) => {
    expect(inReferring(text, value)).toBe(expected)
  })
})

// Each case: a report whose clause refers back; one other report whose sentence opens by setting
// its statement beside another one, and the same sentence without that opening.
describe('a clause set beside what came before takes no borrowed words', () => {
  it.each([
    [
      'vi: "Ngoài FA-50" sets the frigate apart from the jets',
      'Hàn Quốc và Philippines đàm phán ký một hợp đồng xuất khẩu 12 máy bay FA-50. Giá trị của hợp đồng này lên tới 440 triệu USD.',
      'Ngoài FA-50, Philippines cũng đang thương lượng với Hàn Quốc về hợp đồng mua tàu hộ vệ trị giá 650 triệu USD.',
      'Philippines cũng đang thương lượng với Hàn Quốc về hợp đồng mua máy bay FA-50 trị giá 650 triệu USD.',
      '440 triệu USD',
    ],
    [
      'en: "Besides the jets" sets the frigate apart from the jets',
      'South Korea and the Philippines are negotiating a contract for 12 FA-50 jets. This contract is worth $440 million.',
      'Besides the jets, the Philippines is negotiating with South Korea over a frigate worth $650 million.',
      'The Philippines is negotiating with South Korea over FA-50 jets worth $650 million.',
      '$440 million',
    ],
  ] as const)('%s', (_name, referring, beside, plain, value) => {
    const borrows = (other: string) => flagOf(referring, other, value)?.evidence.some((e) => e.startsWith(BORROWED_EVIDENCE)) ?? false
    expect(borrows(plain)).toBe(true)
    expect(borrows(beside)).toBe(false)
  })
})

// Each case: a report whose clause refers back, the same with nothing referring back, the other report.
describe('borrowed words alone never make a pairing confident', () => {
  it.each([
    [
      'vi: two amounts in dollars stay just under the threshold',
      'Hàn Quốc đang đàm phán để ký kết một hợp đồng xuất khẩu 12 chiến đấu cơ FA-50 cho Philippines. Được biết, giá trị của bản hợp đồng này lên tới 420 triệu USD. Máy bay T-50 có tốc độ siêu âm.',
      'Trung Quốc được cho là đã phản đối thương vụ. Ông Aquino khẳng định vẫn mua 12 chiến đấu cơ FA-50 trị giá 460 triệu USD. Đây là loại máy bay đa năng.',
      '420 triệu USD',
      BORROWED_CEILING,
    ],
    [
      'en: two amounts in dollars stay just under the threshold',
      'Boeing signed a contract with Ryanair for new jets in Dublin on Monday. This contract is worth $1.2 billion, officials said. Shares closed higher.',
      'Analysts expected the order for weeks. Ryanair will pay Boeing $1.3 billion for new jets, signed in Dublin on Monday. The airline flies across Europe.',
      '$1.2 billion',
      BORROWED_CEILING,
    ],
  ] as const)('%s', (_name, a, b, value, ceiling) => {
    expect(flagOf(a, b, value)?.confidence).toBe(ceiling)
    expect(compare(a, b).divergences.find((d) => d.kind === 'number' && d.a?.text === value)).toBeUndefined()
  })

  it.each([
    [
      'vi: the same noun counted (peso) may cross it',
      'Hàn Quốc đang đàm phán để ký kết một hợp đồng xuất khẩu 12 chiến đấu cơ FA-50 cho Philippines. Được biết, giá trị của bản hợp đồng này lên tới 18 tỷ peso. Máy bay T-50 có tốc độ siêu âm.',
      'Trung Quốc được cho là đã phản đối thương vụ. Ông Aquino khẳng định vẫn mua 12 chiến đấu cơ FA-50 trị giá 18,9 tỷ peso. Đây là loại máy bay đa năng.',
      '18 tỷ peso',
    ],
    [
      'en: the same noun counted (jets) may cross it',
      'Boeing signed a contract with Ryanair in Dublin on Monday. This contract covers 40 jets, officials said. Shares closed higher.',
      'Analysts expected the order for weeks. Ryanair will buy 45 jets from Boeing, signed in Dublin on Monday. The airline flies across Europe.',
      '40 jets',
    ],
  ] as const)('%s', (_name, a, b, value) => {
    expect(flagOf(a, b, value)?.confidence).toBeGreaterThanOrEqual(0.5)
  })
})
