import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every contradiction of two sums of money at defaults, as their two texts. */
const MONEY = /\$|dollars|USD/
const flags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b && MONEY.test(d.a.text))
    .map((d) => [d.a!.text, d.b!.text])

// Excerpts of two BASIL reports of one event (test/fixtures/basil, 6e502405-2 New York Times / 6e502405-3 Fox News):
// the two tax sentences share too few words to be linked, and each report gives other sums, so the slot rules only guess.
const A: string = `Clintons Report Earnings of $139 Million in Seven Years

Hillary Rodham Clinton on Friday released her most recent eight years of tax returns, showing that she and former President Bill Clinton earned $139 million in adjusted gross income from 2007 to 2014.

The Clintons have previously released their tax returns for the period from 1977, when they entered public life, through 2006.

The new ones show that from 2007 through 2014 the couple paid $43,885,310 in federal taxes, for an effective tax rate of 31.55 percent. They gave nearly $15 million to charity, or an average of 10.8 percent of their earnings.

Among Mrs. Clinton's disclosures Friday was that she was paid $9.68 million in 2013 for 41 speeches, all in the United States except for two in Toronto.`
const B = (s: string): string => `Clinton camp releases candidate's clean bill of health, tax returns

WASHINGTON – Hillary Clinton's presidential campaign on Friday released a statement from her doctor, along with eight years of tax returns showing the Clintons paid tens of millions of dollars in federal taxes.

In the tax returns, released late Friday afternoon, the documents show the Clintons ${s} in federal taxes since 2007. They also donated $15 million to charity, and paid an additional $13.6 million in state taxes.

The Clintons' effective federal tax rate for 2014 was 35.7 percent, while the effective tax rate for federal, state and local taxes was 45.8 percent.`

// The same two excerpts retold in Vietnamese, worded apart as the English are.
const VA = `Gia đình ông Clinton công bố thu nhập 139 triệu USD trong bảy năm

Bà Hillary Clinton hôm thứ Sáu công bố tờ khai thuế tám năm gần nhất, cho thấy bà và cựu Tổng thống Bill Clinton có thu nhập 139 triệu USD từ năm 2007 đến năm 2014.

Gia đình Clinton trước đây đã công bố tờ khai thuế cho giai đoạn từ năm 1977 đến năm 2006.

Theo số liệu mới, từ năm 2007 đến năm 2014 hai vợ chồng đã nộp 43,9 triệu USD tiền thuế liên bang, với mức thuế suất thực tế 31,55%. Họ tặng gần 15 triệu USD cho từ thiện.

Trong năm 2013 bà Clinton nhận 9,68 triệu USD cho 41 bài phát biểu.`
const VB = (s: string): string => `Chiến dịch Clinton công bố hồ sơ sức khỏe và tờ khai thuế

WASHINGTON – Chiến dịch tranh cử của bà Hillary Clinton hôm thứ Sáu công bố thư của bác sĩ, cùng tám năm tờ khai thuế cho thấy gia đình Clinton đã nộp hàng chục triệu USD tiền thuế liên bang.

Hồ sơ phát hành muộn chiều thứ Sáu nêu rõ gia đình Clinton ${s} kể từ năm 2007. Họ cũng quyên góp 15 triệu USD cho từ thiện và nộp thêm 13,6 triệu USD tiền thuế bang.

Thuế suất liên bang thực tế của gia đình Clinton năm 2014 là 35,7%, còn thuế suất chung là 45,8%.`

const A0 = (s: string): string => A.replace('The new ones show that from 2007 through 2014 the couple paid $43,885,310 in federal taxes', s)
const Ax = (s: string): string => A.replace('from 2007 through 2014 the couple paid $43,885,310 in federal taxes', s)
const Bx = (s: string): string => B('X').replace('the Clintons X in federal taxes since 2007', s)
const VAx = (s: string): string => VA.replace('từ năm 2007 đến năm 2014 hai vợ chồng đã nộp 43,9 triệu USD tiền thuế liên bang', s)
const VA0 = (s: string): string => VA.replace('Theo số liệu mới, từ năm 2007 đến năm 2014 hai vợ chồng đã nộp 43,9 triệu USD tiền thuế liên bang', s)
const VBx = (s: string): string => VB('X').replace('Hồ sơ phát hành muộn chiều thứ Sáu nêu rõ gia đình Clinton X kể từ năm 2007', s)

/**
 * Two sums of money of one kind told in unlinked sentences that are two true facts, not one misreported:
 * the eight classes a withdrawn sum pairer (counts51, review rcounts51) read as one slot. Whatever rule
 * pairs sums across unlinked sentences must stay quiet on each, in English and in Vietnamese.
 */
describe('sums of two payers, two directions, two times: never a contradiction', () => {
  it.each([
    ['en: two payers (the couple / the foundation)', A, Bx('the Clinton Foundation has paid $38 million in federal taxes since 2007')],
    ['en: paid / were paid (received)', Ax('from 2007 through 2014 the couple paid $43,885,310 in speaking fees'), Bx('the Clintons were paid $38 million in speaking fees since 2007')],
    ['en: two periods from one start, two ends', Ax('from 2007 through 2010 the couple paid $43,885,310 in federal taxes'), Bx('the Clintons paid $38 million in federal taxes from 2007 through 2014')],
    ['en: ordered to pay / paid', Ax('from 2007 through 2014 the couple was ordered to pay $43,885,310 in federal taxes'), Bx('the Clintons have paid $38 million in federal taxes since 2007')],
    ['en: agreed to pay / paid', Ax('from 2007 through 2014 the couple agreed to pay $43,885,310 in federal taxes'), Bx('the Clintons have paid $38 million in federal taxes since 2007')],
    ['en: two months (two payments)', A0('In March the government paid $4.2 million in compensation'), Bx('in April the government paid $3.9 million in compensation')],
    ['en: two days (two payments)', A0('On Monday the government paid $4.2 million in compensation'), Bx('on Friday the government paid $3.9 million in compensation')],
    ['vi: two days (hôm thứ Hai / hôm thứ Sáu)', VA0('Hôm thứ Hai chính phủ đã chi 4,2 triệu USD tiền bồi thường'), VBx('Hôm thứ Sáu chính phủ đã chi 3,9 triệu USD tiền bồi thường')],
    ['vi: a refund (hoàn trả) / taxes paid', VA, VBx('Theo hồ sơ, cơ quan thuế đã hoàn trả 38 triệu USD tiền thuế liên bang kể từ năm 2007')],
    ['en: a refund (paid back) / taxes paid', A0('The IRS paid back $4.2 million in federal taxes'), Bx('the Clintons paid $3.9 million in federal taxes')],
    ['en: penalties to two recipients', A0('The new ones show that the company paid $52 million in penalties to the SEC'), Bx('the firm paid $46 million in penalties to shareholders')],
    ['vi: penalties to two recipients (cho …)', VA0('Công ty đã nộp 52 triệu USD tiền phạt cho Ủy ban Chứng khoán'), VBx('Hồ sơ nêu rõ công ty đã trả 46 triệu USD tiền phạt cho các cổ đông')],
    ['en: over the past three / two years', A0('Over the past three years the couple paid $43,885,310 in federal taxes'), Bx('the Clintons paid $38 million in federal taxes over the past two years')],
    ['vi: trong ba năm qua / hai năm qua', VA0('Trong ba năm qua hai vợ chồng đã nộp 43,9 triệu USD tiền thuế liên bang'), VBx('Hồ sơ nêu rõ gia đình Clinton đã nộp 38 triệu USD tiền thuế liên bang trong hai năm qua')],
  ])('stays quiet — %s', (_label, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})

/**
 * The same classes in Vietnamese that the generic slot pairer still flags at 0.62 on main (same words beside
 * the value, shared rare words, one unit): it reads neither the payer, the passive *được*, the obligation
 * *bị buộc* nor the end year of *từ năm … đến năm …*. Known false contradictions, kept here so the rule that
 * stops them turns these rows into the table above.
 */
describe('sums of two payers, two directions, two periods in Vietnamese: known false contradictions', () => {
  it.fails.each([
    ['vi: two payers (hai vợ chồng / Quỹ Clinton)', VA, VBx('Riêng tổ chức từ thiện mang tên Quỹ Clinton đã nộp 38 triệu USD tiền thuế liên bang kể từ năm 2007')],
    ['vi: trả / được trả (received)', VAx('từ năm 2007 đến năm 2014 hai vợ chồng đã trả 43,9 triệu USD tiền thù lao'), VBx('Theo hồ sơ công bố chiều thứ Sáu, gia đình Clinton đã được trả 38 triệu USD tiền thù lao kể từ năm 2007')],
    ['vi: two periods from one start, two ends', VAx('từ năm 2007 đến năm 2010 hai vợ chồng đã nộp 43,9 triệu USD tiền thuế liên bang'), VBx('Hồ sơ nêu rõ gia đình Clinton đã nộp 38 triệu USD tiền thuế liên bang từ năm 2007 đến năm 2014')],
    ['vi: bị buộc trả / đã trả', VAx('từ năm 2007 đến năm 2014 hai vợ chồng bị buộc trả 43,9 triệu USD tiền thuế liên bang'), VBx('Hồ sơ nêu rõ gia đình Clinton đã trả 38 triệu USD tiền thuế liên bang kể từ năm 2007')],
  ])('still flagged — %s', (_label, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
