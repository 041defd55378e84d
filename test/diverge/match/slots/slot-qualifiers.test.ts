import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// Words of a figure's clause and sentence that say which slot it fills. Each row's figure must not
// be paired as a contradiction at any confidence; the last table's pairs must be.
const flaggedWith = (a: string, b: string, figure: string) =>
  compare(a, b, { minConfidence: 0 }).divergences.filter((d) => (d.kind === 'number' || d.kind === 'date') && d.a?.text === figure)

describe('slot qualifiers read from the clause', () => {
  it.each([
    [
      'en: a change against a level',
      "PeopleSoft's shares dropped yesterday, decreasing $1.42 to close at $14.97.",
      // B's own change left out: since cents are read as dollars, "87 cents" is a change to pair with (a
      // close against an earlier reading, judged in the gold), and this row is about the level alone.
      "PeopleSoft's shares dropped on Monday to $15.52 on the Nasdaq.",
      '$1.42',
    ],
    ['vi: a change against a level', 'Lãi suất cho vay tăng 0,5% trong tháng này.', 'Lãi suất cho vay lên 9,5% trong tháng này.', '0,5%'],
    ['en: a year-earlier figure against a current one', 'During the same quarter last year, EDS declared a profit of $354 million.', 'EDS reported a first-quarter profit of $126 million.', '$354 million'],
    ['en: the year-ago quarter named before the figure', 'That was up from the year-ago quarter, when the company earned $54.3 million.', 'In its quarter ended May 30, Adobe earned $64.25 million.', '$54.3 million'],
    ['vi: a year-earlier figure against a current one', 'Cùng kỳ năm ngoái, công ty lãi 120 tỷ đồng.', 'Trong quý 3, công ty lãi 150 tỷ đồng.', '120 tỷ đồng'],
    ['en: a loss against revenue', "The company's operating loss rose to $73 million.", 'Operating revenue fell to $2.3 billion from a year earlier.', '$73 million'],
    ['vi: profit against revenue', 'Quý này, công ty có lợi nhuận 50 tỷ đồng.', 'Quý này, doanh thu của công ty đạt 500 tỷ đồng.', '50 tỷ đồng'],
    [
      'en: two companies, the figure in an apposition',
      'Shares of San Diego-based Jack In The Box closed at $21.49, up 78 cents, or 3.8 percent.',
      'Shares of Tampa-based Outback Steakhouse Inc. closed at $44.50, up $1.78, or 4.2 percent.',
      '3.8 percent',
    ],
    [
      'en: two indexes, named around a ticker',
      "The broader Standard & Poor's 500 Index .SPX declined 10.65 points, or 1.07 percent, to 987.86.",
      'The technology-laced Nasdaq Composite Index <.IXIC> declined 25.78 points, or 1.56 percent, to 1,627.84.',
      '10.65 points',
    ],
    [
      'en: sentences about different people',
      'On Jan. 10, Shawanda Denise McCalister was found bound in her apartment.',
      'On Jan. 1, Nikia Shanell Kilpatrick was found bound in her apartment.',
      'Jan. 10',
    ],
    [
      'vi: sentences about different people',
      'Ngày 12/3, Nguyễn Văn Hùng bị bắt tại nhà riêng ở Hà Đông.',
      'Ngày 15/3, Trần Thị Mai bị bắt tại nhà riêng ở Cầu Giấy.',
      '12/3',
    ],
    ['en: two quarters, each named', 'SCO reported a net loss on revenue of $15.5 million in its second fiscal quarter.', 'In the first quarter, SCO had reported a net loss on revenue of $13.5 million.', '$15.5 million'],
    ['vi: two quarters, each named', 'Trong quý II, công ty lãi 150 tỷ đồng.', 'Trong quý I, công ty lãi 120 tỷ đồng.', '150 tỷ đồng'],
    ['en: a new batch against the total', 'Health officials reported 5 new cases of West Nile virus on Wednesday.', 'Health officials have reported 103 cases of West Nile virus this year.', '5 new cases'],
    ['en: "more" after the number, a batch', 'Health officials reported 5 more cases of West Nile virus on Wednesday.', 'Health officials have reported 103 cases of West Nile virus this year.', '5 more cases'],
    ['vi: "mới" after the counted noun, a batch', 'Bộ Y tế ghi nhận 5 ca mới trong ngày hôm qua.', 'Bộ Y tế ghi nhận 103 ca trong ngày hôm qua.', '5 ca'],
    ['vi: a weekday beside two places, still two places', 'Hôm Thứ Hai, cảnh sát cho biết có 12 người bị thương trong vụ nổ ở Hà Đông.', 'Cảnh sát cho biết có 15 người bị thương trong vụ nổ ở Cầu Giấy.', '12 người'],
    ['en: a function word beside two places, still two places', 'Smoke over a city - Photo: AP The police in Basra said 12 people were hurt.', 'Police in Kabul said 15 people were hurt.', '12 people'],
  ])('%s', (_name, a, b, figure) => {
    expect(flaggedWith(a, b, figure)).toEqual([])
  })

  it.each([
    ['en: "a year earlier" compared with, not qualifying', 'Sales rose 5 percent from a year earlier to $4.2 billion.', 'Sales rose 5 percent from a year earlier to $4.6 billion.', '$4.2 billion'],
    ['en: a period only one side dates may be the same one', "Singapore is the United States' 12th-largest trading partner, with trade totaling $34 billion.", 'Singapore is the 12th-largest trading partner of the United States, with trade of $33.4 billion last year.', '$34 billion'],
    ['en: a respelt name in linked sentences', 'Police said Jermaine Lindsay, 19, set off the bomb.', 'Police said Germaine Lindsay, 20, set off the bomb.', '19'],
    ['vi: a respelt name', 'Ông Hoàng Khắc Ngọc cho biết có 12 người bị thương.', 'Ông Hồ Khắc Ngọc cho biết có 15 người bị thương.', '12 người'],
    ['en: one quarter named two ways', 'Revenue in the second quarter was $15.5 million, SCO said.', 'SCO said its second-quarter revenue was $13.5 million.', '$15.5 million'],
    ['en: a new batch on both sides', 'Astronomers have detected 20 new moons around Jupiter.', 'Astronomers have detected 8 new moons around Jupiter.', '20 new moons'],
    ['en: "more than", a hedge, not a batch', 'Health officials reported more than 100 cases of West Nile virus this year.', 'Health officials have reported 83 cases of West Nile virus this year.', '100 cases'],
    ['vi: a new batch on both sides', 'Bộ Y tế ghi nhận 5 ca mới trong ngày hôm qua.', 'Bộ Y tế ghi nhận 7 ca mới trong ngày hôm qua.', '5 ca'],
    // "more" opening the next clause ("to $21, more than doubling") qualifies no figure of this one
    ['en: "more" after a comma opens the next clause', 'LendingTree shares rose 40 percent to $20.90, more than doubling this year.', 'LendingTree shares rose 40 percent to $23.40 this year.', '$20.90'],
    ['vi: "thêm" after a comma opens the next clause', 'Giá vàng lên 36,5 triệu đồng, thêm một mức kỷ lục mới.', 'Giá vàng lên 36,9 triệu đồng trong phiên sáng nay.', '36,5 triệu đồng'],
    // A caption glued to the sentence after it leaves that sentence's first word capitalised inside
    // it; a function word or a weekday names no place or body of its own.
    [
      'vi: the first word of a sentence a caption was glued to',
      'Quốc lộ 1A ngập nặng chiều 23-10 - Ảnh: N.T.Phúc Theo người dân trong khu vực, mưa đá diễn ra trong khoảng 20 phút.',
      'Hạt mưa đá còn đọng lại - Ảnh do người dân cung cấp Sau cơn mưa lớn, người dân ở Hố Nai phát hiện mưa đá kéo dài khoảng 15 phút.',
      '20 phút',
    ],
    ['vi: a weekday written Thứ Hai', 'Cảnh sát cho biết có 12 người bị thương trong vụ nổ hôm Thứ Hai.', 'Cảnh sát cho biết có 15 người bị thương trong vụ nổ tại Kabul.', '12 người'],
    ['en: the first word of a sentence a caption was glued to', 'Smoke over the city - Photo: AP The police said 12 people were hurt in the blast.', 'Witnesses in Kabul said 15 people were hurt in a blast.', '12 people'],
    ['en: a function word after a glued caption', 'Smoke over a city - Photo: AP After a blast, police said 12 people were hurt.', 'Police in Kabul said 15 people were hurt.', '12 people'],
    // The subject of a picture, and the agency of its credit, are not what the sentence's figure is about.
    [
      'vi: a photo caption in parentheses before the sentence',
      '(Trong ảnh: Máy bay FA-50 của Indonesia) Được biết, giá trị hợp đồng lên tới 18 tỷ peso.',
      'Ông Aquino khẳng định kế hoạch mua 12 chiến đấu cơ trị giá 18,9 tỷ peso của Lực lượng không quân Philippines không đổi.',
      '18 tỷ peso',
    ],
    [
      'en: a photo caption in parentheses before the sentence',
      '(Photo: A jet of the Indonesian Air Force) The deal is worth 18 billion pesos.',
      'President Aquino said the plan to buy 12 jets worth 18.9 billion pesos for the Philippines stands.',
      '18 billion pesos',
    ],
    ['en: a photo credit glued before the sentence', 'Rescuers at the site - Photo: Reuters Police said 12 people were hurt.', 'Police in Kabul said 15 people were hurt.', '12 people'],
    ['vi: a photo credit glued before the sentence', 'Lực lượng cứu hộ tại hiện trường - Ảnh: Reuters Cảnh sát cho biết có 12 người bị thương.', 'Cảnh sát Kabul cho biết có 15 người bị thương.', '12 người'],
  ])('%s: still one slot', (_name, a, b, figure) => {
    expect(flaggedWith(a, b, figure)).toHaveLength(1)
  })
})

describe('a sentence listing several entities, each with its own figure', () => {
  const contradictions = (a: string, b: string) =>
    compare(a, b)
      .divergences.filter((d) => d.kind === 'number' || d.kind === 'date')
      .map((d) => [d.a?.text, d.b?.text])

  it.each([
    [
      'en: three indexes, each figure after its own',
      "In afternoon trading in Europe, France's CAC-40 rose 1.5 percent, Britain's FTSE 100 gained 0.3 percent and Germany's DAX index advanced 1.2 percent.",
      "In afternoon trading in Europe, France's CAC-40 advanced and Britain's FTSE 100 each gained 0.7 percent, while Germany's DAX index rose 0.6 percent.",
      [['0.3 percent', '0.7 percent'], ['1.2 percent', '0.6 percent']],
      ['1.5 percent', '0.6 percent'],
    ],
    [
      'en: two companies in one sentence',
      'News Corp <NCP.AX> fell 1.3 percent to A$12.43 and Brambles <BIL.AX> dropped 1.9 percent to A$4.75 after a weak night.',
      'News Corp <NCP.AX> fell 1.6 percent to A$12.39 and Brambles <BIL.AX> dropped 2.3 percent to A$4.73 after a weak night.',
      [['1.9 percent', '2.3 percent']],
      ['1.3 percent', '2.3 percent'],
    ],
  ])('%s: figures pair by entity', (_name, a, b, want, never) => {
    const found = contradictions(a, b)
    for (const pair of want) expect(found).toContainEqual(pair)
    expect(found).not.toContainEqual(never)
  })
})

describe('the date of an earlier level', () => {
  it.each([
    ['en', 'The Institute for Supply Management said its manufacturing index stood at 53.7 in September.', "The Institute for Supply Management's manufacturing index dipped to 53.7 from 54.7 in August."],
    ['en', 'Unemployment stood at 6.1 percent in October.', 'Unemployment fell to 6.1 percent from 6.6 percent in September.'],
  ])('%s: is not the date of the figure', (_lang, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'date')).toEqual([])
  })
})
