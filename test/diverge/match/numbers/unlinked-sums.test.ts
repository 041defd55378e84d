import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const wall = "The order lets him divert $3.6 billion from military construction projects to the wall. Another $2.5 billion comes from counter-drug programs. The crowd cheered as the lights came up over the square."

/**
 * Two sums of money of one thing told in sentences the aligner does not link are two happenings far
 * more often than one misreported: asked for and granted, owed and collected, cut and kept, this year
 * and another, per year and in all, a part and the whole (review rmoney50 of a withdrawn sum pairer).
 * At most a candidate, never a contradiction.
 */
describe('sums of one thing in unlinked sentences, told of two happenings', () => {
  it.each([
    ["en: request / grant (asked for / has approved so far)", "The state asked Washington for $120 million in disaster aid, Governor Ortiz said. Damage is estimated at $400 million. Thousands of homes flooded.", "Volunteers distributed water on Friday. FEMA has approved $100 million in disaster aid so far, an agency spokesman said, out of $350 million in estimated losses. Rain eased overnight."],
    ["en: owed / collected so far", "The company must pay $50 million in income taxes under the audit ruling, officials said. It was also fined $5 million. Its chief executive declined to comment.", "The tax office said on Friday it had so far collected $45 million in income taxes from the firm, with $3 million in penalties still unpaid. The firm plans to appeal."],
    ["en: cut from the bill / the bill includes", "Lawmakers cut $120 million in disaster aid from the bill on Monday, Senator Reed said. The bill still includes $400 million for highways. Republicans backed the change.", "The final bill includes $100 million in disaster aid for coastal states, a committee aide said. It also funds $350 million in highway work. The House votes Friday."],
    ["en: diverted now / approved last year", "The bill cuts $3.6 billion from military construction projects to fund the wall, the Pentagon said. It also moves $2.5 billion from drug programs. Democrats objected.", "Congress had approved $3.2 billion for military construction in the spending bill last year, a House aide said. The White House wants $5.7 billion for the wall. Democrats sued."],
    ["en: \"in cash\" is a manner (seized / bail)", "Police seized $90,000 in cash from the suspect's car, court papers say. He was arrested on Highway 9 after a chase. Officers also found two rifles.", "A judge set bail at $100,000 in cash on Monday for the man arrested after the chase. He faces drug and weapons charges. His next hearing is in May."],
    ["en: annually / over its lifetime", "The contract brings $50 million in federal funds annually, the agency said. The company will also invest $20 million of its own. It employs 2,000 people.", "The company won a deal worth $45 million in federal funds over its lifetime, executives said, plus $5 million in state tax breaks. Shares rose 4 percent."],
    ["en: diverted / had requested", wall, "The crowd cheered as the lights came up over the square. The Pentagon had requested $3.3 billion for military construction in its budget. Congress gave him $1.375 billion for fencing."],
    ["en: diverted / return to", wall, "The crowd cheered as the lights came up over the square. Democrats want him to return $3.4 billion to military construction accounts. Congress gave him $1.375 billion for fencing."],
    ["en: another year and the whole budget", wall, "The crowd cheered as the lights came up over the square. Last year lawmakers set the military construction budget at $3.3 billion. Congress gave him $1.375 billion for fencing."],
    ["en: another year in words (next year)", wall, "The crowd cheered as the lights came up over the square. Next year the military construction budget will shrink to $3.2 billion. Congress gave him $1.375 billion for fencing."],
    ["en: paid / still owe", "From 2007 through 2014 the couple paid $43,885,310 in federal taxes, for an effective rate of 31.55 percent. They gave $14,959,450 to charity. The crowd cheered as the lights came up over the square.", "The crowd cheered as the lights came up over the square. The documents show the Clintons have paid still owe $40 million in federal taxes since 2007. Bill Clinton earned $104.8 million from speeches."],
    ["en: a part (the remaining)", wall, "The crowd cheered as the lights came up over the square. Trump would also unlock money from the military construction budget, to the tune of the remaining $3.3 billion. Congress gave him $1.375 billion for fencing."],
    ["en: a part (a first tranche)", wall, "The crowd cheered as the lights came up over the square. Trump would also unlock money from the military construction budget, to the tune of a first $3.3 billion. Congress gave him $1.375 billion for fencing."],
    ["vi: request / grant (đề nghị / đã duyệt)", "Tỉnh Quảng Bình đã đề nghị Trung ương hỗ trợ 120 tỷ đồng tiền cứu trợ, Chủ tịch tỉnh cho biết. Thiệt hại ước tính 400 tỷ đồng. Hàng nghìn ngôi nhà bị ngập.", "Các tình nguyện viên phát nước sạch hôm thứ Sáu. Bộ Tài chính đã duyệt 100 tỷ đồng tiền cứu trợ cho tỉnh, người phát ngôn cho biết, trên tổng thiệt hại 350 tỷ đồng. Mưa đã ngớt."],
    ["vi: another year in words (năm sau)", "Quyết định cho phép chuyển 3,6 tỷ USD từ các dự án xây dựng quân sự sang bức tường. Thêm 2,5 tỷ USD lấy từ chương trình chống ma túy. Khán giả reo hò khi ánh đèn bừng sáng trên quảng trường.", "Khán giả reo hò khi ánh đèn bừng sáng trên quảng trường. Năm sau ngân sách xây dựng quân sự sẽ giảm còn 3,2 tỷ USD. Quốc hội đã cấp 1,375 tỷ USD cho hàng rào."],
    ["vi: owed / collected so far (phải nộp / mới thu được)", "Theo kết luận thanh tra, doanh nghiệp phải nộp 50 tỷ đồng tiền thuế, chưa kể 5 tỷ đồng tiền phạt. Giám đốc từ chối bình luận. Vụ việc gây xôn xao dư luận.", "Chi cục thuế cho biết đến nay mới thu được 45 tỷ đồng tiền thuế từ doanh nghiệp, còn 900 tỷ đồng doanh thu chưa kê khai. Doanh nghiệp sẽ khiếu nại."],
  ])('stays quiet — %s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
