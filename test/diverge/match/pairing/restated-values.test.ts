/**
 * A number contradiction lists every place each report tells its sum or count again (restated-values.ts):
 * a headline's figure and the lead's are one conflict, and neither is left `missing`. A percent, a
 * figure of another unit or counted noun, or another value is never listed as a restatement.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** The places each side's figure is listed at, per number contradiction, and the `missing` facts. */
const read = (a: string, b: string) => {
  const r = compare(a, b)
  const numbers = r.divergences.filter((d) => d.kind === 'number')
  return {
    places: numbers.map((d) => ({ a: (d.occurrences?.a ?? [d.a!]).map((s) => a.slice(s.start, s.end)), b: (d.occurrences?.b ?? [d.b!]).map((s) => b.slice(s.start, s.end)) })),
    starts: numbers.map((d) => ({ a: (d.occurrences?.a ?? [d.a!]).map((s) => s.start), b: (d.occurrences?.b ?? [d.b!]).map((s) => s.start) })),
    missing: r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text),
  }
}

const restated: [string, string, string, number, number][] = [
  [
    'en: a sum in the headline, the lead and again',
    'Senate passes $1 trillion infrastructure plan\n\nThe Senate passed a $1 trillion bipartisan infrastructure plan on Tuesday. The $1 trillion plan now goes to the House.',
    'Senate passes $1.2 trillion infrastructure plan\n\nA sweeping $1.2 trillion bipartisan infrastructure package passed the Senate on Tuesday. The bill now goes to the House.',
    3,
    2,
  ],
  [
    'vi: một khoản tiền ở tít, sa-pô và thân bài',
    'Quốc hội thông qua gói 1.000 tỷ đồng\n\nChiều 5/8, Quốc hội thông qua gói hỗ trợ 1.000 tỷ đồng cho người lao động. Gói 1.000 tỷ đồng sẽ được giải ngân trong tháng 9.',
    'Quốc hội thông qua gói 1.200 tỷ đồng\n\nChiều 5/8, Quốc hội thông qua gói hỗ trợ 1.200 tỷ đồng cho người lao động. Gói này sẽ được giải ngân trong tháng 9.',
    3,
    2,
  ],
  [
    "fr: une somme au titre, au chapeau et plus bas",
    "Le Sénat adopte un plan de 1 milliard d'euros\n\nLe Sénat a adopté mardi un plan de 1 milliard d'euros pour les routes. Ce plan de 1 milliard d'euros sera voté à nouveau.",
    "Le Sénat adopte un plan de 1,2 milliard d'euros\n\nLe Sénat a adopté mardi un plan de 1,2 milliard d'euros pour les routes. Le texte sera voté à nouveau.",
    3,
    2,
  ],
]

describe('a number contradiction lists where each report tells its figure again', () => {
  it.each(restated)('%s: every place of A', (_, a, b, inA) => {
    expect(read(a, b).places[0]?.a).toHaveLength(inA)
  })
  it.each(restated)('%s: every place of B', (_, a, b, __, inB) => {
    expect(read(a, b).places[0]?.b).toHaveLength(inB)
  })
  it.each(restated)('%s: in document order', (_, a, b) => {
    const starts = read(a, b).starts[0]!
    expect([starts.a, starts.b]).toEqual([[...starts.a].sort((x, y) => x - y), [...starts.b].sort((x, y) => x - y)])
  })
  it.each(restated)('%s: no restatement is left missing', (_, a, b) => {
    expect(read(a, b).missing).toEqual([])
  })
})

const apart: [string, string, string, string][] = [
  ['en: a percent told of another thing', 'Prices rose 10% in March, the agency said. About 10% of workers got a bonus.', 'Prices rose 12% in March, the agency said. Most workers got no bonus.', '10%'],
  ['vi: phần trăm của một việc khác', 'Giá tăng 10% trong tháng 3, cơ quan thống kê cho biết. Khoảng 10% công nhân được thưởng.', 'Giá tăng 12% trong tháng 3, cơ quan thống kê cho biết. Phần lớn công nhân không được thưởng.', '10%'],
  ['en: the same value in another currency', 'The Senate passed a $1 billion road plan on Tuesday. Europe pledged €1 billion to the same cause.', 'The Senate passed a $1.2 billion road plan on Tuesday. Europe also pledged money.', '€1 billion'],
  ['en: the same value of another counted noun', 'Officials said 40 houses were destroyed on Monday. Some 40 boats sank in the harbour.', 'Officials said 45 houses were destroyed on Monday. Boats sank in the harbour.', '40 boats'],
]

describe('a figure of another slot is no restatement', () => {
  it.each(apart)('%s: listed once', (_, a, b) => {
    expect(read(a, b).places.map((p) => p.a.length)).toEqual([1])
  })
  it.each(apart)('%s: still missing', (_, a, b, other) => {
    expect(read(a, b).missing).toContain(other)
  })
})

const toldByBoth: [string, string, string][] = [
  [
    'vi: hai nước, told by both reports of another slot',
    'Hội nghị có 2 nước tham gia. Quan hệ giữa 2 nước ngày càng tốt đẹp.',
    'Hội nghị có 8 nước tham gia. Quan hệ giữa 2 nước ngày càng tốt đẹp.',
  ],
  [
    'en: two countries, told by both reports of another slot',
    'The summit drew 2 countries on Monday. Trade between the 2 countries has doubled.',
    'The summit drew 8 countries on Monday. Trade between the 2 countries has doubled.',
  ],
]

describe('a figure the other report states too is not listed as a restatement', () => {
  it.each(toldByBoth)('%s', (_, a, b) => {
    expect(read(a, b).places.map((p) => p.a.length)).toEqual([1])
  })
})

// Review rmisses59: the same figure told in the same report of another slot (what befell the
// counted thing, another place, another year, another use of the money) is no restatement: it
// stays `missing`, and is never shown as a place of the conflict.
/** [case, A, B, the figure A tells twice: its last place is of the other slot] */
const otherSlot: [string, string, string, string][] = [
  ['en: killed / injured', 'A bus overturned on Monday and 5 people were killed. Another 5 people were injured, police said.', 'A bus overturned on Monday and 7 people were killed. Many were hurt, police said.', '5 people'],
  ['vi: chết / bị thương', 'Vụ tai nạn khiến 5 người chết. Ngoài ra 5 người bị thương được đưa đi cấp cứu.', 'Vụ tai nạn khiến 7 người chết. Nhiều người bị thương.', '5 người'],
  ['de: getötet / verletzt', 'Bei dem Unfall wurden 5 Menschen getötet. Weitere 5 Menschen wurden verletzt.', 'Bei dem Unfall wurden 7 Menschen getötet. Viele wurden verletzt.', '5 Menschen'],
  ['es: muertas / heridas', 'El accidente dejó 5 personas muertas. Otras 5 personas resultaron heridas.', 'El accidente dejó 7 personas muertas. Muchas resultaron heridas.', '5 personas'],
  ['ru: погибли / ранения', 'В результате аварии погибли 5 человек. Ещё 5 человек получили ранения.', 'В результате аварии погибли 7 человек. Многие получили ранения.', '5 человек'],
  ['en: another year and use', 'The city approved a $5 million budget for parks on Tuesday. Last year the council spent $5 million on roads.', 'The city approved a $6 million budget for parks on Tuesday. Roads got less last year.', '$5 million'],
  ['fr: another year', "La ville a voté un budget de 5 millions d'euros mardi. L'an dernier, 5 millions d'euros avaient été dépensés pour les routes.", "La ville a voté un budget de 6 millions d'euros mardi. Les routes ont reçu moins l'an dernier.", "5 millions d'euros"],
  ['vi: năm khác', 'Năm nay tỉnh chi 100 tỷ đồng cho giáo dục. Năm 2020 tỉnh chi 100 tỷ đồng cho y tế.', 'Năm nay tỉnh chi 120 tỷ đồng cho giáo dục. Y tế được chi ít hơn.', '100 tỷ đồng'],
  ['en: another place, another outcome', 'In Hanoi, 40 houses were destroyed by the storm. In Hue, 40 houses were flooded.', 'In Hanoi, 45 houses were destroyed by the storm. Hue also saw flooding.', '40 houses'],
  ['en: a part of a larger count', 'The company will cut 200 jobs this year. Of the 1,000 jobs in Ohio, 200 jobs will move to Texas.', 'The company will cut 250 jobs this year. Some jobs will move to Texas.', '200 jobs'],
  ['en: two sums of one sentence', 'The state will spend $2 billion on schools and $2 billion on roads.', 'The state will spend $3 billion on schools and more on roads.', '$2 billion'],
  ['en: headline killed / body injured', 'Bus crash kills 5 people\n\nA bus overturned on Monday and 5 people were killed. Another 5 people were injured, police said.', 'Bus crash kills 7 people\n\nA bus overturned on Monday and 7 people were killed. Many were hurt, police said.', '5 people'],
  ['vi: tít chết / thân bài bị thương', 'Lật xe khách, 5 người chết\n\nVụ tai nạn khiến 5 người chết. Ngoài ra 5 người bị thương được đưa đi cấp cứu.', 'Lật xe khách, 7 người chết\n\nVụ tai nạn khiến 7 người chết. Nhiều người bị thương.', '5 người'],
  ['en: headline sum / body sum of 2019', 'City approves $5 million parks budget\n\nThe city approved a $5 million budget for parks on Tuesday. In 2019 the council spent $5 million on roads.', 'City approves $6 million parks budget\n\nThe city approved a $6 million budget for parks on Tuesday. Roads got less in 2019.', '$5 million'],
  ['en: a price and a donation', 'Tickets cost $50 each, the club said. The club raised $50 from each member last year.', 'Tickets cost $60 each, the club said. Members paid dues last year.', '$50'],
]

describe('a figure the report tells again of another slot is no restatement (rmisses59)', () => {
  // The figure's last place in A is the one told of the other slot.
  const at = (a: string, figure: string) => a.lastIndexOf(figure)
  it.each(otherSlot)('%s: not a place of the conflict', (_, a, b, figure) => {
    const r = compare(a, b)
    const listed = r.divergences.filter((d) => d.kind === 'number').flatMap((d) => d.occurrences?.a ?? [d.a!])
    expect(listed.filter((s) => s.start === at(a, figure))).toEqual([])
  })
  it.each(otherSlot)('%s: still missing', (_, a, b, figure) => {
    const r = compare(a, b)
    const missing = r.divergences.filter((d) => d.kind === 'missing' && d.a !== undefined).map((d) => d.a!)
    expect(missing.some((s) => s.start === at(a, figure))).toBe(true)
  })
})

// Review rmisses59: the headline's pair and the lead's pair of one conflict listed the same places
// twice, so a renderer marked every place with two flags. One conflict told at several places is one flag.
const toldTwice: [string, string, string][] = [
  [
    'en: headline pair and lead pair',
    'Senate passes $1 trillion infrastructure plan\n\nThe Senate passed a $1 trillion bipartisan infrastructure plan on Tuesday. The $1 trillion plan now goes to the House.',
    'Senate passes $1.2 trillion infrastructure plan\n\nA sweeping $1.2 trillion bipartisan infrastructure package passed the Senate on Tuesday. The bill now goes to the House.',
  ],
  [
    'vi: tít và sa-pô',
    'Quốc hội thông qua gói 1.000 tỷ đồng\n\nChiều 5/8, Quốc hội thông qua gói hỗ trợ 1.000 tỷ đồng cho người lao động. Gói 1.000 tỷ đồng sẽ được giải ngân trong tháng 9.',
    'Quốc hội thông qua gói 1.200 tỷ đồng\n\nChiều 5/8, Quốc hội thông qua gói hỗ trợ 1.200 tỷ đồng cho người lao động. Gói này sẽ được giải ngân trong tháng 9.',
  ],
  [
    'en: CRLF and an astral character before the figure',
    '😀 Senate passes $1 trillion plan\r\n\r\nThe 😀 Senate passed a $1 trillion plan on Tuesday. The $1 trillion plan goes to the House.',
    'Senate passes $1.2 trillion plan\r\n\r\nThe Senate passed a $1.2 trillion plan on Tuesday.',
  ],
  [
    'vi: NFD input',
    'Quốc hội thông qua gói 1.000 tỷ đồng\n\nChiều 5/8, Quốc hội thông qua gói hỗ trợ 1.000 tỷ đồng cho người lao động. Gói 1.000 tỷ đồng sẽ được giải ngân.'.normalize('NFD'),
    'Quốc hội thông qua gói 1.200 tỷ đồng\n\nChiều 5/8, Quốc hội thông qua gói hỗ trợ 1.200 tỷ đồng cho người lao động.'.normalize('NFD'),
  ],
]

describe('one conflict told at several places is one flag (rmisses59)', () => {
  it.each(toldTwice)('%s: one number divergence', (_, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'number')).toHaveLength(1)
  })
  it.each(toldTwice)('%s: every place indexes the caller’s text', (_, a, b) => {
    const d = compare(a, b).divergences.find((x) => x.kind === 'number')!
    for (const s of d.occurrences!.a) expect(a.slice(s.start, s.end)).toBe(s.text)
    for (const s of d.occurrences!.b) expect(b.slice(s.start, s.end)).toBe(s.text)
    expect(d.occurrences!.a.length).toBeGreaterThan(1)
  })
})
