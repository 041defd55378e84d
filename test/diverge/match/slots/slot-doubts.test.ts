import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { tokenize } from '../../../../src/diverge/extract/fact-tokens'
import { FAR_RATIO, periodOf } from '../../../../src/diverge/match/slots/slot-doubts'
import { figureFlags } from '../../../helpers'

// Signs that two figures of independently written sentences fill different slots. A doubted
// pair is no contradiction at the defaults, but it stays among the candidates with its doubt.
const numbers = (list: readonly { kind: string; a: { text: string } | null; b: { text: string } | null; evidence: readonly string[] }[]) =>
  list.filter((d) => d.kind === 'number').map((d) => ({ a: d.a?.text, b: d.b?.text, evidence: d.evidence }))

describe('a doubted pair is a candidate, not a contradiction', () => {
  it.each([
    [
      'en: values far apart (a part against a total)',
      'Kansas records show there were 88 abortions performed on girls age 14 and younger last year.',
      'Statistics from the Kansas health department show that 11,844 abortions were performed in the state last year.',
      '88 abortions',
      'times apart',
    ],
    ['vi: values far apart', 'Trận lũ đã làm 120 hộ dân bị ngập sâu, chủ yếu ở các xã ven sông.', 'Theo thống kê ban đầu, mưa lớn làm 2.400 hộ dân bị ngập.', '120 hộ', 'times apart'],
    [
      'en: a figure for each member against one for the group',
      'When police removed the four from the home, they weighed 136 pounds combined.',
      'Each boy weighed less than 130 pounds when they were removed from the home Oct. 10.',
      '136 pounds',
      'each member',
    ],
    ['vi: a figure for each member against one for the group', 'Đoàn xe chở tổng cộng 30 tấn hàng cứu trợ lên vùng lũ.', 'Mỗi xe chở 25 tấn hàng cứu trợ đến các xã bị cô lập.', '30 tấn', 'each member'],
    [
      'en: modifiers that say which colleges',
      'Tuition at four-year private colleges averaged $5,710 this year, up 6 percent from 2002.',
      'For the current academic year, tuition at public colleges averaged $4,694, up almost $600 from the year before.',
      '$5,710',
      'private colleges / public colleges',
    ],
    [
      'en: a relative clause that says which men',
      'About 24 percent of men who took placebo, or 1,147 men, developed prostate cancer.',
      'The researchers found that 18 percent of the men who took finasteride, or 803 men, developed prostate cancer.',
      '24 percent',
      'took placebo / took finasteride',
    ],
    [
      'en: a rise over a span against a rise with none',
      'The Dow Jones industrial average rose 98.74 points, or 1.12 percent, to 8,949.00.',
      'The city index outperformed the Dow Jones industrial average, which rose 2.9 percent during the four-day trading week.',
      '1.12 percent',
      'different periods',
    ],
    ['vi: a rise over a span against one since a moment', 'Giá xăng đã tăng 12% trong 3 tháng qua, theo Bộ Công Thương.', 'Theo Bộ Công Thương, giá xăng đã tăng 15% kể từ đầu năm.', '12%', 'different periods'],
  ])('%s', (_name, a, b, figure, why) => {
    const report = compare(a, b)
    expect(numbers(report.divergences).filter((d) => d.a === figure)).toEqual([])
    const candidate = numbers(report.candidates).find((d) => d.a === figure)
    expect(candidate?.evidence.join('; ')).toContain(why)
  })
})

describe('what the doubts leave a contradiction', () => {
  it.each([
    // a toll in sentences sharing most of their words: one statement, whatever the ratio
    [
      'en: far apart, one statement restated',
      'Muslim guerrillas attacked a town and took hostages yesterday as they withdrew from fighting that killed at least 22 people, military officials said.',
      'Muslim guerrillas attacked a town and took hostages Sunday as they withdrew from fighting that killed at least three people, the military and rebels said.',
      '22 people',
    ],
    ['vi: far apart, one statement restated', 'Hiện cả nước vẫn còn 23.000 cựu thanh niên xung phong chưa được hưởng chế độ.', 'Cả nước vẫn còn 13 vạn cựu thanh niên xung phong chưa được hưởng chế độ.', '23.000 cựu'],
    // a near copy (a planted change) is one statement however far apart its figures
    ['en: a near copy', 'The company said 12 workers were hurt in the blast at the plant.', 'The company said 92 workers were hurt in the blast at the plant.', '12 workers'],
    ['vi: the same sentences with values close', 'Trận lũ đã làm 120 hộ dân bị ngập sâu, chủ yếu ở các xã ven sông.', 'Theo thống kê ban đầu, mưa lớn làm 150 hộ dân bị ngập.', '120 hộ'],
    ['vi: a near copy', 'Công ty cho biết 12 công nhân bị thương trong vụ nổ tại nhà máy.', 'Công ty cho biết 92 công nhân bị thương trong vụ nổ tại nhà máy.', '12 công'],
    // verbs and adverbs reworded are no other scope
    [
      'en: verbs reworded around the same figure',
      'During the fiscal second quarter, Cisco earned $991 million, or 14 cents a share, on sales of $4.7 billion.',
      'Cisco reported earnings of $987 million, or 14 cents a share, on revenue of $4.62 billion for the quarter ending in April.',
      '$991 million',
    ],
    // the word before a shared verb is its subject, not a modifier of what is counted
    [
      'en: two subjects of one verb',
      'The jury verdict, reached Wednesday after less than four hours of deliberation, followed a 2 week trial, during which Waagner represented himself.',
      'The quick conviction followed a 2 1/2 week trial, during which the Venango County man represented himself.',
      '2 week',
    ],
    ['vi: two subjects of one verb', 'Bản án được tuyên sau phiên tòa kéo dài 2 tuần tại Hà Nội.', 'Bản án được tuyên sau cuộc xét xử kéo dài 3 tuần tại Hà Nội.', '2 tuần'],
    // an irregular past form is a verb as much as "followed": "drugmaker rose" / "company rose" name one subject twice
    [
      'en: one company described two ways before an irregular past verb',
      "Shares of AstraZeneca AZN.N , Europe's second biggest drugmaker, rose 3.71 percent to close at $43.05 on the New York Stock Exchange.",
      "Shares of AstraZeneca, Europe's second biggest drug company, rose 3 per cent on the New York Stock Exchange after the news.",
      '3.71 percent',
    ],
    ['vi: one company described two ways before its verb', 'Cổ phiếu của Vinamilk, hãng sữa lớn nhất nước, tăng 3,7% trên sàn HOSE.', 'Cổ phiếu của Vinamilk, công ty sữa lớn nhất, tăng 3% trên sàn HOSE sau tin này.', '3,7%'],
    // a verb before a name both sentences write is its verb, not which one (MSRP train 2761139/2761113)
    ['en: two verbs before one named firm', 'In July, EMC agreed to acquire Legato Systems for about $1.2 billion in stock.', 'The Hopkinton company agreed in July to buy Legato Systems for $1.3 billion.', '$1.2 billion'],
    ['vi: two verbs before one named firm', 'Tháng 7, Masan đồng ý mua lại Vinacafe với giá khoảng 1.200 tỷ đồng.', 'Công ty này đã thâu tóm Vinacafe với giá 1.300 tỷ đồng vào tháng 7.', '1.200 tỷ đồng'],
    // a preposition of place before a name both sentences write says where it is, not which (MSRP train 359225/359173)
    [
      'en: around / orbiting one named planet',
      "Two astronomers surveying the region around Jupiter have detected 20 new moons, bringing the giant planet's total to 60.",
      'Astronomers have clocked eight more moons orbiting Jupiter, bringing its known total to 60.',
      '20 new moons',
    ],
    ['vi: quanh / gần one named planet', 'Hai nhà khoa học khảo sát khu vực quanh Sao Mộc cho biết đã phát hiện 20 mặt trăng mới.', 'Giới thiên văn vừa ghi nhận 8 mặt trăng mới gần Sao Mộc, theo thông báo hôm qua.', '20 mặt'],
    ['en: both since one moment', 'Shares of Salix have rocketed 64 percent since Axcan made its first offer on April 10.', 'Since the initial takeover offer, Salix shares have risen about 35 percent.', '64 percent'],
    ['vi: both over one span', 'Giá xăng đã tăng 12% trong 3 tháng qua, theo Bộ Công Thương.', 'Theo Bộ Công Thương, trong 3 tháng qua giá xăng tăng 15%.', '12%'],
    // a word a comma closes ("its aftermath, significant increases") modifies nothing after it (MSRP train 2564891/2565017)
    [
      'en: an opening phrase closed by a comma',
      'The bureau report shows significant increases in uninsured rates occurred among whites, blacks, people 18 to 24, and middle- and higher-income earners nationwide.',
      'Reflecting the broad scope of the recession and its aftermath, significant increases in uninsured rates occurred among whites, blacks, people 18-to-64, and middle- and higher-income earners.',
      '24',
    ],
    [
      'vi: an opening phrase closed by a comma',
      'Khảo sát của viện cho thấy người dân giảm chi tiêu ở nhóm thu nhập thấp, người 18 đến 24 tuổi và hưu trí trên cả nước.',
      'Phản ánh quy mô cuộc khủng hoảng kéo dài, người dân giảm chi tiêu ở nhóm thu nhập thấp, người 18 đến 30 tuổi và hưu trí.',
      '24 tuổi',
    ],
  ])('%s: still flagged', (_name, a, b, figure) => {
    expect(numbers(compare(a, b).divergences).map((d) => d.a)).toContain(figure)
  })

  it('the ratio that starts a doubt is above any real disagreement of one unit in the gold (2.9)', () => {
    expect(FAR_RATIO).toBeGreaterThan(2.9)
  })
})

describe('the period a sentence measures over', () => {
  const period = (text: string) => periodOf(tokenize(text).filter((t) => t.kind !== 'punct').map((t) => t.key))
  it.each([
    ['en: a span in one word', 'rose 2.9 percent during the four-day trading week', 'span:four day'],
    ['en: a span in words', 'raised $49.5 million over the last three months', 'span:three month'],
    ['en: since a moment', 'has raised $83.9 million since May', 'since'],
    ["en: a record's reach is no period", 'hitting its highest level in 21 months', undefined],
    ['en: a bond named by its term is no period', 'the yield in the 10-year note rose to 4.38 percent', undefined],
    ['en: none', 'The Dow rose 98.74 points, or 1.12 percent', undefined],
    ['vi: a span', 'giá xăng tăng 12% trong 3 tháng qua', 'span:3 month'],
    ['vi: since a moment', 'tăng 15% kể từ đầu năm', 'since'],
    ["vi: a record's reach is no period", 'mức cao nhất trong 21 tháng', undefined],
  ])('%s', (_name, text, expected) => {
    expect(period(text)).toBe(expected)
  })
})

describe('a period in a clause of its own after a figure measures that clause, not the figure', () => {
  const doubts = (a: string, b: string): string[] =>
    compare(a, b, { minConfidence: 0 }).candidates.concat(compare(a, b, { minConfidence: 0 }).divergences)
      .filter((d) => d.kind === 'number')
      .flatMap((d) => d.evidence.filter((e) => e.startsWith('measured over different periods')).map((e) => `${d.a?.text} | ${d.b?.text}: ${e}`))
  it.each([
    // the trailing clause tells another move (en: MSRP train 18720 / 18757)
    ['en: after a comma', 'Shares of LendingTree rose $6.21 to $20.90.', 'LendingTree shares rose $6.31 to $21, more than doubling in the last two months.', []],
    ['vi: after a comma', 'Theo Bộ Công Thương, giá xăng đã tăng 15% kể từ đầu năm.', 'Giá xăng đã tăng 12%, gấp đôi mức tăng trong 3 tháng qua, theo Bộ Công Thương.', []],
    // the comma clause opens with its own subject, after a conjunction, or holds a verb: the period is that clause's
    ['en: "while" + subject', 'Sales rose 8 percent, while costs were flat in the past three months.', 'Sales rose 9 percent, the company said.', []],
    ['en: subject + verb', 'Sales rose 8 percent, costs were flat in the past three months.', 'Sales rose 9 percent, the company said.', []],
    ['vi: "trong khi" + subject', 'Doanh thu tăng 8%, trong khi chi phí đi ngang trong 3 tháng qua.', 'Doanh thu tăng 9%, công ty cho biết.', []],
    ['vi: "còn" + subject', 'Doanh thu tăng 8%, còn chi phí đi ngang trong 3 tháng qua.', 'Doanh thu tăng 9%, công ty cho biết.', []],
  ])('%s: no doubt', (_name, a, b, expected) => {
    expect(doubts(a, b)).toEqual(expected)
  })
  it.each([
    // traps: a period before the figure, or in its own clause after it, still measures it
    ['en: before the figure', 'Shares of LendingTree rose $6.21 to $20.90.', 'Over the last two months, LendingTree shares rose $6.31 to $21.'],
    ['en: in the figure\'s clause', 'Shares of LendingTree rose $6.21 to $20.90.', 'LendingTree shares rose $6.31 to $21 in the last two months.'],
    ['vi: in the figure\'s clause', 'Theo Bộ Công Thương, giá xăng đã tăng 15% kể từ đầu năm.', 'Giá xăng đã tăng 12% trong 3 tháng qua, theo Bộ Công Thương.'],
    ['vi: before the figure', 'Theo Bộ Công Thương, giá xăng đã tăng 15% kể từ đầu năm.', 'Trong 3 tháng qua, giá xăng đã tăng 12%, theo Bộ Công Thương.'],
    // a period merely set off by commas, with no move of its own in between, measures the figure
    ['en: set off by commas', 'Shares of LendingTree rose $6.21 to $20.90.', 'LendingTree shares rose $6.31 to $21, in the last two months, on merger hopes.'],
    ['vi: set off by commas', 'Theo Bộ Công Thương, giá xăng đã tăng 15% kể từ đầu năm.', 'Giá xăng đã tăng 12%, trong 3 tháng qua, theo Bộ Công Thương.'],
  ])('%s: doubted', (_name, a, b) => {
    expect(doubts(a, b).length).toBeGreaterThan(0)
  })
  // one period on both sides, one of them set off by commas: the two figures still conflict
  it.each([
    ['Acme Corp shares rose 8 percent, in the past three months, on hopes for the Beta merger, said Jones.', 'Acme Corp shares gained 9 percent in the past three months on merger hopes, Smith wrote.', '8 percent | 9 percent'],
    ['Cổ phiếu Vinamilk tăng 8%, trong 3 tháng qua, nhờ kỳ vọng sáp nhập, ông Hùng nói.', 'Cổ phiếu Vinamilk tăng 9% trong 3 tháng qua nhờ kỳ vọng thương vụ, ông Minh viết.', '8% | 9%'],
    // the period belongs to another clause, so neither figure names one
    ['Sales rose 8 percent, while costs were flat in the past three months.', 'Sales rose 9 percent, the company said.', '8 percent | 9 percent'],
    ['Doanh thu tăng 8%, trong khi chi phí đi ngang trong 3 tháng qua.', 'Doanh thu tăng 9%, công ty cho biết.', '8% | 9%'],
  ])('%s / %s: flagged', (a, b, flag) => {
    expect(figureFlags(a, b)).toContain(flag)
  })
})
