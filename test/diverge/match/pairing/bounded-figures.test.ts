/**
 * Two figures of one unit bounded in the same words (*up to 3* / *up to 10 meters*) are not thereby
 * one slot: the bound says a figure is a maximum or a floor, not which thing it measures (water or a
 * dam, damage or a loan, rain measured or forecast, sustained wind or gusts, a city or one district,
 * today's river or last winter's snow). calib56 lifted such pairs and was withdrawn after review
 * (rcalib56); these rows hold on main: no contradiction shown, and the one-sided facts stay `missing`.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const read = (a: string, b: string) => {
  const r = compare(a, b)
  return {
    shown: r.divergences.filter((d) => d.kind === 'number').map((d) => `${d.a?.text} | ${d.b?.text}`),
    missing: r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text),
  }
}

describe('the same bound on two figures of two things shows no contradiction', () => {
  it.each([
    [
      'en: a flood up to 3 meters / a dam up to 10 meters high',
      'Heavy rain lashed the capital on Wednesday. Floodwaters reached up to 3 meters in several districts.',
      'Floods swept through the city on Wednesday after a river burst its banks. A dam up to 10 meters high was at risk.',
    ],
    [
      "fr: l'eau jusqu'à 3 mètres / un barrage de jusqu'à 10 mètres",
      "De fortes pluies se sont abattues sur la capitale mercredi. Jusqu'à 200 maisons ont été détruites. L'eau a atteint jusqu'à 3 mètres dans plusieurs quartiers.",
      "Les inondations ont envahi la ville mercredi après la crue d'un fleuve. Un barrage haut de jusqu'à 10 mètres menace de céder.",
    ],
    [
      'en: water up to 3 meters / a flood wall up to 4 meters high',
      "Heavy rain lashed the capital on New Year's Day. Thousands of people were displaced after water levels reached up to 3 meters in several districts. Officials said the rain would ease on Friday.",
      'Floods swept through the city after a river burst its banks. Residents said the new flood wall, up to 4 meters high in places, had failed to hold. Rescuers used rubber boats.',
    ],
    [
      'en: damage up to $50 million / loans up to $25 million',
      'Heavy rain lashed the capital on Wednesday. The damage could reach up to $50 million.',
      'Floods swept through the city on Wednesday after a river burst its banks. The World Bank offered up to $25 million in loans.',
    ],
    [
      'vi: thiệt hại lên tới 50 tỷ / cho vay lên tới 25 tỷ',
      'Mưa lớn trút xuống thủ đô hôm thứ tư. Thiệt hại có thể lên tới 50 tỷ đồng.',
      'Lũ tràn qua thành phố hôm thứ tư sau khi sông vỡ bờ. Ngân hàng Thế giới cho vay lên tới 25 tỷ đồng.',
    ],
    [
      'vi: mưa đo được lên tới 300 mm / có thể lên tới 500 mm',
      'Mưa lớn trút xuống các tỉnh phía Bắc hôm chủ nhật, lượng mưa đo được lên tới 300 mm ở Hà Giang. Nhiều tuyến đường bị chia cắt.',
      'Cơ quan khí tượng cảnh báo mưa lớn sẽ tiếp diễn, lượng mưa có thể lên tới 500 mm ở vùng núi. Nguy cơ sạt lở rất cao.',
    ],
    [
      'vi: sức gió duy trì lên tới 150 / gió giật lên tới 200 km/h',
      'Bão Kajiki đổ bộ vào tối thứ hai. Sức gió duy trì lên tới 150 km/h gần bờ biển. Hàng nghìn cây xanh bị đổ.',
      'Cơn bão tấn công bờ biển vào khuya thứ hai. Gió giật lên tới 200 km/h làm tốc mái nhiều nhà dân ở thành phố cảng. Nửa triệu người bị mất điện.',
    ],
    [
      'vi: gió mạnh lên tới 120 / gió giật lên tới 150 km/h',
      'Mưa lớn trút xuống thủ đô hôm thứ tư. Gió mạnh lên tới 120 km/h làm bật gốc cây.',
      'Lũ tràn qua thành phố hôm thứ tư sau khi sông vỡ bờ. Gió giật lên tới 150 km/h được ghi nhận.',
    ],
    [
      "en: the city's water up to 4 meters (headline) / one district's up to 1.5 meters",
      'Jakarta floods: water up to 4 meters deep as death toll rises\nFloods swept the Indonesian capital on Wednesday after record rain. Officials said 16 people had died.',
      'Floods hit Jakarta on Wednesday after record rain. In the district of Kampung Pulo, the water rose up to 1.5 meters, residents said. Sixteen people died.',
    ],
  ])('%s', (_why, a, b) => {
    expect(read(a, b).shown).toEqual([])
  })

  it('en: "up to" on both sides is counted once, as words beside the value (a candidate, not a flag)', () => {
    const r = compare(
      'Heavy rain lashed the capital on Wednesday. Floodwaters reached up to 3 meters in several districts.',
      'Floods swept through the city on Wednesday after a river burst its banks. A dam up to 10 meters high was at risk.',
    )
    const depth = r.candidates.find((d) => d.a?.text === '3 meters' && d.b?.text === '10 meters')
    expect(depth?.confidence).toBeLessThan(0.5)
  })
})

describe('a weak pairing of two bounded figures of two things leaves both facts missing', () => {
  it.each([
    [
      'vi: nước lên tới 3 mét / tường chắn lũ cao lên tới 4 mét',
      'Mưa lớn kéo dài suốt đêm giao thừa khiến thủ đô ngập nặng. Hàng nghìn người phải sơ tán khi nước dâng lên tới 3 mét ở nhiều khu vực. Chính quyền cho biết mưa sẽ giảm vào thứ sáu.',
      'Lũ tràn qua thành phố sau khi một con sông vỡ bờ. Người dân cho biết bức tường chắn lũ mới, cao lên tới 4 mét, đã không chịu nổi. Lực lượng cứu hộ dùng xuồng cao su.',
      ['3 mét', '4 mét'],
    ],
    [
      'vi: sóng cao lên tới 6 mét / nước dâng lên tới 4 mét',
      'Mưa lớn trút xuống thủ đô hôm thứ tư. Sóng biển cao lên tới 6 mét đánh vào bờ.',
      'Lũ tràn qua thành phố hôm thứ tư sau khi sông vỡ bờ. Nước dâng lên tới 4 mét ở những khu vực bị ảnh hưởng nặng nhất.',
      ['6 mét', '4 mét'],
    ],
    [
      "en: a river rose more than 4 meters / more than 5 meters of last winter's snow",
      'Heavy rain lashed the capital on Wednesday. The river rose more than 4 meters above normal.',
      'Floods swept through the city on Wednesday after a river burst its banks. More than 5 meters of snow fell in the mountains last winter.',
      ['4 meters', '5 meters'],
    ],
    [
      'vi: sông dâng hơn 4 mét / tuyết mùa đông năm ngoái hơn 5 mét',
      'Mưa lớn trút xuống thủ đô hôm thứ tư. Mực nước sông dâng hơn 4 mét so với bình thường.',
      'Lũ tràn qua thành phố hôm thứ tư sau khi sông vỡ bờ. Mùa đông năm ngoái, tuyết rơi dày hơn 5 mét trên núi.',
      ['4 mét', '5 mét'],
    ],
    [
      'vi: dưới 2 mét nước / vùi dưới 3 mét bùn (a place, not a bound)',
      'Dưới 2 mét nước, quảng trường chính bị nhấn chìm. Mưa lớn làm ngập thung lũng trong đêm.',
      'Một vụ sạt lở xảy ra ở thung lũng sau nhiều ngày mưa. Chiếc xe bị vùi dưới 3 mét bùn đất.',
      ['2 mét', '3 mét'],
    ],
  ])('%s', (_why, a, b, [x, y]) => {
    const { shown, missing } = read(a, b)
    expect(shown).toEqual([])
    expect(missing).toContain(x)
    expect(missing).toContain(y)
  })
})
