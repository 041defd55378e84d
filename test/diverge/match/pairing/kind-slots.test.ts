import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts and its evidence. */
const numberFlags = (a: string, b: string): Array<{ a: string; b: string; evidence: string }> =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => ({ a: d.a!.text, b: d.b!.text, evidence: (d.evidence ?? []).join('; ') }))

const enA = 'The president declared a national emergency on Friday. Democrats said they would fight the move in court. Lawmakers from both parties criticised the decision. Protesters gathered outside the Capitol. Legal scholars were divided over the question.'
const enB = 'Critics called the declaration an abuse of power. The White House defended the plan on Friday evening. Several states said they would sue. Governors held a call on Saturday. The debate is expected to last for months.'
const viA = 'Chính phủ vừa công bố gói hỗ trợ mới cho người dân vùng lũ. Nhiều địa phương đã bắt đầu triển khai ngay trong tuần. Người dân cho biết họ rất phấn khởi. Nhiều hộ gia đình đã nhận được thông báo. Chính quyền xã cử cán bộ xuống từng thôn.'
const viB = 'Gói hỗ trợ được nhiều chuyên gia đánh giá cao. Các tỉnh miền Trung đang khẩn trương rà soát danh sách. Việc chi trả dự kiến hoàn tất trong tháng tới. Một số hộ dân phản ánh thủ tục còn rườm rà. Lãnh đạo tỉnh yêu cầu công khai danh sách.'
const frA = 'Le gouvernement a présenté son budget mercredi. Les syndicats ont dénoncé un texte injuste. Le débat commence lundi au Parlement. Les maires attendent des précisions. Plusieurs économistes jugent le calendrier serré.'
const frB = 'Le ministre a défendu le projet devant la presse. L’opposition promet de nombreux amendements. Le vote final est prévu en décembre. Les régions réclament plus de moyens. Le Sénat examinera le texte ensuite.'

/**
 * One sum, measure or count of one thing in two sentences the aligner leaves apart (amounts55):
 * the words around both figures single each other out across the two whole reports.
 */
describe('figures of one kind whose surrounding words single each other out', () => {
  it.each([
    ['en: a sum from one budget', `${enA} The order moves $3.6 billion out of military construction projects toward the barrier.`, `Officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`, '3.6', '3.5'],
    ['vi: một khoản tiền cho một chương trình', `${viA} Tổng vốn đầu tư của tỉnh đạt 900 tỷ đồng. Ngân sách dành 120 tỷ đồng cho chương trình nước sạch nông thôn, theo quyết định mới.`, `Chương trình nước sạch nông thôn đã được cấp 150 tỷ đồng từ nguồn dự phòng. Nguồn thu ngân sách đạt 2.500 tỷ đồng. ${viB}`, '120', '150'],
    ['fr: une somme pour un fonds', `${frA} La dette publique dépasse 3000 milliards d’euros. Le texte prévoit 4,2 milliards d’euros pour le fonds vert des collectivités locales.`, `Côté collectivités, le fonds vert sera doté de 3,8 milliards d’euros. Les recettes fiscales atteignent 320 milliards d’euros. ${frB}`, '4,2', '3,8'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a, b)
    const flag = flags.find((f) => f.a.includes(va) && f.b.includes(vb))
    expect(flag?.evidence).toContain('single each other out')
  })

  it.each([
    ['en: two sums for two purposes, each report telling both', `${enA} Congress granted $1.375 billion for fencing in Texas, far below the $5.7 billion he demanded.`, `The president demanded $5.7 billion for fencing in Texas, while lawmakers gave him $1.4 billion in the end. ${enB}`],
    ['en: a province and the country', `${enA} In Ohio, the floods destroyed 1,200 acres of farmland near the river.`, `Across the country, the floods destroyed 1,500 acres of farmland near the river. ${enB}`],
    ['en: this year and last year', `${enA} Last year the program paid $3.2 billion to military construction contractors.`, `This year the program pays $3.5 billion to military construction contractors, aides said. ${enB}`],
    ['en: two figures of one report fit the slot as well', `${enA} The order moves $3.6 billion out of military construction projects. Another $3 billion comes from military construction reserves.`, `Officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`],
    ['en: a price against its change', `${enA} Shares of Acme closed at $45.20 on the Nasdaq after the ruling.`, `Shares of Acme closed up $1.20 on the Nasdaq after the ruling. ${enB}`],
    ['en: two distances in one story', `${enA} One climber fell about 150 metres from the ridge below the summit.`, `Another climber fell about 600 metres from the ridge below the summit. ${enB}`],
    ['en: a hedge that reaches the other value', `${enA} The order moves about $3.6 billion out of military construction projects.`, `Officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`],
    ['vi: một tỉnh và cả nước', `${viA} Riêng tỉnh Quảng Nam, chương trình nước sạch nông thôn được cấp 120 tỷ đồng.`, `Trên cả nước, chương trình nước sạch nông thôn được cấp 150 tỷ đồng. ${viB}`],
    ['vi: năm ngoái và năm nay', `${viA} Năm ngoái, chương trình nước sạch nông thôn được cấp 120 tỷ đồng.`, `Năm nay, chương trình nước sạch nông thôn được cấp 150 tỷ đồng. ${viB}`],
    ['vi: một phần và toàn bộ', `${viA} Trong số đó, 120 tỷ đồng dành cho chương trình nước sạch nông thôn ở vùng núi.`, `Tổng cộng 150 tỷ đồng dành cho chương trình nước sạch nông thôn ở vùng núi và đồng bằng. ${viB}`],
    ['fr: l’an dernier et cette année', `${frA} L’an dernier, le fonds vert des collectivités a reçu 3,8 milliards d’euros.`, `Cette année, le fonds vert des collectivités recevra 4,2 milliards d’euros. ${frB}`],
    ['fr: une région et le pays', `${frA} En Bretagne, le fonds vert des collectivités recevra 3,8 milliards d’euros.`, `Dans tout le pays, le fonds vert des collectivités recevra 4,2 milliards d’euros. ${frB}`],
  ])('%s: no pairing of the two', (_label, a, b) => {
    expect(numberFlags(a, b).filter((f) => f.evidence.includes('single each other out'))).toEqual([])
  })
})
