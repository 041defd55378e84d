import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const en = 'The crowd cheered as the lights came up over the square.'
const vi = 'Khán giả reo hò khi ánh đèn bừng sáng trên quảng trường.'
const vi2 = 'Các đại biểu trở lại Hà Nội vào một buổi sáng mưa.'

// Two reports of one emergency order, each with another sum beside the disputed one (BASIL, 2019).
const wallA = (sum: string): string => `The order lets him divert ${sum} from military construction projects to the wall. Another $2.5 billion comes from counter-drug programs. ${en}`
const wallB = (lead: string): string => `${en} ${lead}. Congress gave him $1.375 billion for fencing.`
// Two reports of one couple's tax returns (BASIL, 2016).
const taxA = (sum: string): string => `From 2007 through 2014 the couple paid ${sum} in federal taxes, for an effective rate of 31.55 percent. They gave $14,959,450 to charity. ${en}`
const taxB = (told: string): string => `${en} The documents show the Clintons have paid ${told} since 2007. Bill Clinton earned $104.8 million from speeches.`
const thueA = (sum: string): string => `Theo hồ sơ công bố chiều thứ Sáu, hai vợ chồng đã nộp ${sum} tiền thuế thu nhập. Họ cũng quyên góp 14,9 tỷ đồng cho các quỹ từ thiện. Con gái họ nhận 2,1 tỷ đồng tiền lương. ${vi} ${vi2}`
const thueB = (told: string): string => `${vi2} ${vi} Bà Clinton và chồng đóng ${told}, con số mà giới phân tích cho là cao. Ông Clinton kiếm 104,8 tỷ đồng nhờ các bài diễn văn. Quỹ Clinton chi 9,5 tỷ đồng cho các dự án y tế.`

/**
 * One sum of money told by two reports in sentences the aligner does not link (issue 11): what it
 * is of, its own phrase ("in federal taxes") or two words both sentences write beside it ("military
 * construction"), names its slot. Each row gives its one number contradiction.
 */
describe('one sum of one thing in unlinked sentences', () => {
  it.each([
    ['en: two words beside both sums (military construction)', wallA('$3.6 billion'), wallB('Trump would also unlock money from the military construction budget, to the tune of $3.5 billion'), ['$3.6 billion', '$3.5 billion']],
    ['en: one phrase (in federal taxes), a truncation is no rounding', taxA('$43,885,310'), taxB('$43 million in federal taxes'), ['$43,885,310', '$43 million']],
    ['vi: one phrase (tiền thuế thu nhập)', thueA('43,9 tỷ đồng'), thueB('43 tỷ đồng tiền thuế thu nhập'), ['43,9 tỷ đồng', '43 tỷ đồng']],
  ])('%s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([pair])
  })
})

/** Sums that are not one slot, or values that agree: no number contradiction. */
describe('sums in unlinked sentences that stay quiet', () => {
  it.each([
    ['en: rounding ($3.62 billion / $3.6 billion)', wallA('$3.62 billion'), wallB('Trump would also unlock money from the military construction budget, to the tune of $3.6 billion')],
    ['en: a hedge (about $3.6 billion / $3.5 billion)', wallA('about $3.6 billion'), wallB('Trump would also unlock money from the military construction budget, to the tune of $3.5 billion')],
    ['en: a part (Of that, $3.3 billion)', wallA('$3.6 billion'), wallB('Of that, $3.3 billion would come from military construction budgets')],
    ['en: one place\'s share (in Texas)', wallA('$3.6 billion'), wallB('Some $3.3 billion would come from military construction projects in Texas')],
    ['en: a bound (up to $3.5 billion)', wallA('$3.6 billion'), wallB('Trump would also unlock money from the military construction budget, up to $3.5 billion')],
    ['en: another slot (state taxes)', taxA('$43,885,310'), taxB('$41 million in state taxes')],
    ['en: two measures of one income (BASIL trap)', `They earned roughly $141 million over those years. They gave $14,959,450 to charity. ${en}`, `${en} From 2007 to 2014 they earned $139 million in adjusted gross income. Bill Clinton earned $104.8 million from speeches.`],
    ['en: two years\' sums', `In 2014 the couple paid $4.3 million in federal taxes. They gave $1.5 million to charity. ${en}`, `${en} The Clintons paid $4.1 million in federal taxes in 2015. Bill Clinton earned $10.8 million from speeches.`],
    ['en: a modifier that says which (private / public colleges)', 'Tuition at four-year private colleges averaged $5,710 this year, up 6 percent from 2002.', 'For the current academic year, tuition at public colleges averaged $4,694, up almost $600 from the year before.'],
    ['vi: a modifier that says which (tư thục / công lập)', `Học phí tại các trường tư thục bình quân 57 triệu đồng mỗi năm học. ${vi}`, `${vi2} Năm nay, học phí tại các trường công lập bình quân 48 triệu đồng, cao hơn năm trước.`],
    ['vi: rounding (43,4 / 43 tỷ đồng)', thueA('43,4 tỷ đồng'), thueB('43 tỷ đồng tiền thuế thu nhập')],
    ['vi: a hedge (khoảng 44 / 43 tỷ đồng)', thueA('khoảng 44 tỷ đồng'), thueB('43 tỷ đồng tiền thuế thu nhập')],
    ['vi: another slot (tiền phạt)', thueA('43,9 tỷ đồng'), thueB('41 tỷ đồng tiền phạt hành chính')],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
