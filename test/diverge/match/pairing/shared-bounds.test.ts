import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every contradiction of figures, weak ones too, as "A | B (confidence) [evidence of the bound]". */
const pairings = (a: string, b: string): Array<{ pair: string; shown: boolean; bound: string | undefined }> => {
  const report = compare(a, b)
  const read = (shown: boolean) => (d: (typeof report.divergences)[number]) => ({
    pair: `${d.a!.text} | ${d.b!.text}`,
    shown,
    bound: d.evidence.find((e) => e.startsWith('both bounded alike')),
  })
  return [
    ...report.divergences.filter((d) => d.kind === 'number').map(read(true)),
    ...report.candidates.filter((d) => d.kind === 'number').map(read(false)),
  ]
}

// Two independent reports of one flood: the depth is told in sentences the aligner leaves apart,
// each report with another measure of its own, so nothing but the bound ties the two depths.
const FLOOD_EN = [
  "Heavy rain lashed the capital on New Year's Day. Thousands of people were displaced and an airport was closed after water levels reached up to 3 meters in several districts. The sea rose by 1 meter at the port. Officials said the rain would ease on Friday.",
  'Floods swept through the city after a river burst its banks. Among the victims was an elderly couple trapped at home in a district where floodwaters reached up to 4 meters. A wall 2 meters high collapsed. Rescuers used rubber boats.',
]
const FLOOD_VI = [
  'Mưa lớn kéo dài suốt đêm giao thừa khiến thủ đô ngập nặng. Hàng nghìn người phải sơ tán và sân bay nội địa tạm đóng cửa khi nước dâng lên tới 3 mét ở nhiều khu vực. Chính quyền cho biết mưa sẽ giảm vào thứ sáu.',
  'Lũ tràn qua thành phố sau khi một con sông vỡ bờ. Trong số nạn nhân có một cặp vợ chồng già mắc kẹt trong nhà ở khu vực nước dâng lên tới 4 mét. Một bức tường cao 2 mét bị đổ. Lực lượng cứu hộ dùng xuồng cao su.',
]
const FLOOD_FR = [
  "De fortes pluies se sont abattues sur la capitale le jour de l'An. Des milliers d'habitants ont fui et l'aéroport a fermé, la crue atteignant jusqu'à 3 mètres par endroits. Les autorités attendent une accalmie vendredi.",
  "Les inondations ont envahi la ville après la rupture d'une digue. Un couple âgé est resté piégé chez lui, dans un secteur où l'eau a atteint jusqu'à 4 mètres. Les secours ont utilisé des canots.",
]

describe('one bound in the same words beside two figures of one unit lifts their pairing (shared-bounds.ts)', () => {
  it.each([
    ['en: up to 3 meters / up to 4 meters', FLOOD_EN, { pair: '3 meters | 4 meters', shown: true, bound: 'both bounded alike (up to)' }],
    ['vi: lên tới 3 mét / lên tới 4 mét', FLOOD_VI, { pair: '3 mét | 4 mét', shown: true, bound: 'both bounded alike (lên tới)' }],
    ["fr: jusqu'à 3 mètres / jusqu'à 4 mètres", FLOOD_FR, { pair: '3 mètres | 4 mètres', shown: true, bound: "both bounded alike (jusqu'à)" }],
  ])('%s', (_name, [a, b], expected) => {
    expect(pairings(a!, b!)).toEqual([expected])
  })

  it('the bound raises how sure the pairing is, by one unit\'s weight', () => {
    const [depth] = compare(FLOOD_FR[0]!, FLOOD_FR[1]!).divergences
    expect(depth!.confidence).toBeGreaterThanOrEqual(0.6)
  })

  it('vi: lên tới 3 mét / hơn 4 mét, two bounds in other words, stays a candidate below the threshold', () => {
    expect(pairings(FLOOD_VI[0]!, FLOOD_VI[1]!.replace('lên tới 4', 'hơn 4'))).toEqual([{ pair: '3 mét | 4 mét', shown: false, bound: undefined }])
  })

  it.each([
    // two bounds in other words are two writers' choices, not one statement's kind
    ['en: up to 3 meters / as much as 4 meters', FLOOD_EN[0]!, FLOOD_EN[1]!.replace('up to 4', 'as much as 4')],
    // two days: a doubt of two moments keeps the pair below the threshold, bound or not
    ['en: up to 3 meters on Monday / up to 4 meters on Wednesday', FLOOD_EN[0]!.replace('in several districts', 'on Monday'), FLOOD_EN[1]!.replace('in a district where floodwaters', 'after floodwaters').replace('4 meters.', '4 meters on Wednesday.')],
    ['fr: jusqu\'à 3 mètres / plus de 4 mètres', FLOOD_FR[0]!, FLOOD_FR[1]!.replace("jusqu'à 4", 'plus de 4')],
  ])('%s: no bound read alike, nothing lifted', (_name, a, b) => {
    const found = pairings(a, b)
    expect(found.filter((p) => p.bound !== undefined)).toEqual([])
  })

  it.each([
    // an approximation is every reporter's own rounding: it ties no slot
    ['en: about 3 / about 4 meters', FLOOD_EN[0]!.replace('up to 3', 'about 3'), FLOOD_EN[1]!.replace('up to 4', 'about 4')],
    ['vi: khoảng 3 / khoảng 4 mét', FLOOD_VI[0]!.replace('lên tới 3', 'khoảng 3'), FLOOD_VI[1]!.replace('lên tới 4', 'khoảng 4')],
    ['fr: environ 3 / environ 4 mètres', FLOOD_FR[0]!.replace("jusqu'à 3", 'environ 3'), FLOOD_FR[1]!.replace("jusqu'à 4", 'environ 4')],
  ])('%s: an approximation is no bound', (_name, a, b) => {
    expect(pairings(a, b).map((p) => p.bound)).not.toContain(expect.stringContaining('bounded'))
  })
})
