import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): Array<{ a: string; b: string }> =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => ({ a: d.a!.text, b: d.b!.text }))

const enA = 'The president declared a national emergency on Friday. Democrats said they would fight the move in court. Lawmakers from both parties criticised the decision. Protesters gathered outside the Capitol. Legal scholars were divided over the question.'
const enB = 'Critics called the declaration an abuse of power. The White House defended the plan on Friday evening. Several states said they would sue. Governors held a call on Saturday. The debate is expected to last for months.'
const viA = 'Chính phủ vừa công bố gói hỗ trợ mới cho người dân vùng lũ. Nhiều địa phương đã bắt đầu triển khai ngay trong tuần. Người dân cho biết họ rất phấn khởi. Nhiều hộ gia đình đã nhận được thông báo. Chính quyền xã cử cán bộ xuống từng thôn.'
const viB = 'Gói hỗ trợ được nhiều chuyên gia đánh giá cao. Các tỉnh miền Trung đang khẩn trương rà soát danh sách. Việc chi trả dự kiến hoàn tất trong tháng tới. Một số hộ dân phản ánh thủ tục còn rườm rà. Lãnh đạo tỉnh yêu cầu công khai danh sách.'
const frA = 'Le gouvernement a présenté son budget mercredi. Les syndicats ont dénoncé un texte injuste. Le débat commence lundi au Parlement. Les maires attendent des précisions. Plusieurs économistes jugent le calendrier serré.'
const frB = 'Le ministre a défendu le projet devant la presse. L’opposition promet de nombreux amendements. Le vote final est prévu en décembre. Les régions réclament plus de moyens. Le Sénat examinera le texte ensuite.'

/** Seventy sentences of figures of another kind, so that a rival comes late in the report. */
const DEPOTS = Array.from({ length: 70 }, (_, k) => `Depot ${k + 1} stores ${k + 40} tractors.`).join(' ')

/**
 * Two figures of one kind in sentences the aligner leaves apart that are NOT one statement
 * (amounts55 and its review): two scopes, a part and its whole, a time told on one side, spent and
 * remaining, two clauses sharing only function or reporting words, a rival figure late in a long
 * report. A rule pairing figures across unlinked sentences by their surrounding words must stay quiet.
 */
describe('figures of one kind in unlinked sentences that are two statements', () => {
  it.each([
    ['en: statewide and nationwide', `${enA} Statewide, the order moves $3.6 billion out of military construction projects toward the barrier.`, `Nationwide, officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`, '3.6', '3.5'],
    ['vi: toàn tỉnh và cả nước', `${viA} Tổng vốn đầu tư của tỉnh đạt 900 tỷ đồng. Toàn tỉnh dành 120 tỷ đồng cho chương trình nước sạch nông thôn, theo quyết định mới.`, `Trên cả nước, chương trình nước sạch nông thôn đã được cấp 150 tỷ đồng từ nguồn dự phòng. Nguồn thu ngân sách đạt 2.500 tỷ đồng. ${viB}`, '120', '150'],
    ['fr: la région et le pays', `${frA} La dette publique dépasse 3000 milliards d’euros. Au niveau régional, le texte prévoit 4,2 milliards d’euros pour le fonds vert des collectivités locales.`, `À l’échelle nationale, le fonds vert des collectivités sera doté de 3,8 milliards d’euros. Les recettes fiscales atteignent 320 milliards d’euros. ${frB}`, '4,2', '3,8'],
    ['en: of that and in all', `${enA} Of that, the order moves $3.6 billion out of military construction projects toward the barrier.`, `In all, officials would tap the Pentagon's military construction budget for $4 billion, aides said. ${enB}`, '3.6', '4'],
    ['vi: trong đó và tổng cộng', `${viA} Tổng vốn đầu tư của tỉnh đạt 900 tỷ đồng. Trong đó, ngân sách dành 120 tỷ đồng cho chương trình nước sạch nông thôn, theo quyết định mới.`, `Tổng cộng, chương trình nước sạch nông thôn đã được cấp 150 tỷ đồng từ nguồn dự phòng. Nguồn thu ngân sách đạt 2.500 tỷ đồng. ${viB}`, '120', '150'],
    ['fr: dont et au total', `${frA} La dette publique dépasse 3000 milliards d’euros. Dont 3,8 milliards d’euros pour le fonds vert des collectivités locales, précise le texte.`, `Au total, le fonds vert des collectivités sera doté de 4,2 milliards d’euros. Les recettes fiscales atteignent 320 milliards d’euros. ${frB}`, '3,8', '4,2'],
    ['en: last year on one side only', `${enA} Last year, the order moved $3.6 billion out of military construction projects toward the barrier.`, `Officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`, '3.6', '3.5'],
    ['vi: năm ngoái một bên', `${viA} Tổng vốn đầu tư của tỉnh đạt 900 tỷ đồng. Năm ngoái, ngân sách dành 120 tỷ đồng cho chương trình nước sạch nông thôn, theo quyết định cũ.`, `Chương trình nước sạch nông thôn đã được cấp 150 tỷ đồng từ nguồn dự phòng. Nguồn thu ngân sách đạt 2.500 tỷ đồng. ${viB}`, '120', '150'],
    ['fr: l’an dernier d’un côté', `${frA} La dette publique dépasse 3000 milliards d’euros. L’an dernier, le texte prévoyait 4,2 milliards d’euros pour le fonds vert des collectivités locales.`, `Côté collectivités, le fonds vert sera doté de 3,8 milliards d’euros. Les recettes fiscales atteignent 320 milliards d’euros. ${frB}`, '4,2', '3,8'],
    ['en: spent and remaining', `${enA} The order has already moved $3.6 billion out of military construction projects.`, `Officials could still tap the Pentagon's military construction budget for a remaining $3 billion, aides said. ${enB}`, '3.6', '3'],
    ['vi: đã chi và còn thiếu', `${viA} Tổng vốn đầu tư của tỉnh đạt 900 tỷ đồng. Ngân sách đã chi 120 tỷ đồng cho chương trình nước sạch nông thôn, theo quyết định mới.`, `Chương trình nước sạch nông thôn vẫn còn thiếu 150 tỷ đồng, theo sở tài chính. Nguồn thu ngân sách đạt 2.500 tỷ đồng. ${viB}`, '120', '150'],
    ['fr: only function words shared', `${frA} La dette publique dépasse 3000 milliards d’euros. Le fonds vert recevra 4,2 milliards d’euros pour une seule année.`, `Pour une seule région, l’État versera 3,8 milliards d’euros. Les recettes fiscales atteignent 320 milliards d’euros. ${frB}`, '4,2', '3,8'],
    ['fr: green fund and general allocation', `${frA} La dette publique dépasse 3000 milliards d’euros. Le texte prévoit 4,2 milliards d’euros pour le fonds vert des collectivités.`, `La dotation globale des collectivités atteindra 3,8 milliards d’euros. Les recettes fiscales atteignent 320 milliards d’euros. ${frB}`, '4,2', '3,8'],
    ['en: evacuated and lost power, both said', `${enA} Police said 300 homes were evacuated overnight.`, `Some 400 houses lost power overnight, the utility said. ${enB}`, '300', '400'],
    ['en: a rival past many figures', `${enA} The order moves $3.6 billion out of military construction projects toward the barrier. ${DEPOTS} Another $3 billion comes from military construction reserves.`, `Officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`, '3.6', '3.5'],
  ])('%s: no pairing of the two', (_label, a, b, va, vb) => {
    expect(numberFlags(a, b).filter((f) => f.a.includes(va) && f.b.includes(vb))).toEqual([])
  })

  it.each([
    ['en: two sums for two purposes, each report telling both', `${enA} Congress granted $1.375 billion for fencing in Texas, far below the $5.7 billion he demanded.`, `The president demanded $5.7 billion for fencing in Texas, while lawmakers gave him $1.4 billion in the end. ${enB}`],
    ['en: a province and the country', `${enA} In Ohio, the floods destroyed 1,200 acres of farmland near the river.`, `Across the country, the floods destroyed 1,500 acres of farmland near the river. ${enB}`],
    ['en: this year and last year', `${enA} Last year the program paid $3.2 billion to military construction contractors.`, `This year the program pays $3.5 billion to military construction contractors, aides said. ${enB}`],
    ['en: two figures of one report fit the slot as well', `${enA} The order moves $3.6 billion out of military construction projects. Another $3 billion comes from military construction reserves.`, `Officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`],
    ['en: a price against its change', `${enA} Shares of Acme closed at $45.20 on the Nasdaq after the ruling.`, `Shares of Acme closed up $1.20 on the Nasdaq after the ruling. ${enB}`],
    ['en: a hedge that reaches the other value', `${enA} The order moves about $3.6 billion out of military construction projects.`, `Officials would tap the Pentagon's military construction budget for $3.5 billion, aides said. ${enB}`],
    ['vi: một tỉnh và cả nước', `${viA} Riêng tỉnh Quảng Nam, chương trình nước sạch nông thôn được cấp 120 tỷ đồng.`, `Trên cả nước, chương trình nước sạch nông thôn được cấp 150 tỷ đồng. ${viB}`],
    ['vi: năm ngoái và năm nay', `${viA} Năm ngoái, chương trình nước sạch nông thôn được cấp 120 tỷ đồng.`, `Năm nay, chương trình nước sạch nông thôn được cấp 150 tỷ đồng. ${viB}`],
  ])('%s: no pairing of the two', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
