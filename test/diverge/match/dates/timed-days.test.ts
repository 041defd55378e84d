/**
 * One event's day at one time of day across sentences the aligner does not link (issue 11,
 * timed-days.ts and day-parts.ts): a flight leaving in the evening of the 24th in one report and at
 * 22h on the 23rd in the other is one departure misdated. Traps: the next morning's follow-up, a gap
 * a time zone closes, the day an airline announced something, a landing against a departure, two
 * flights of one kind on one side, the same night told from both sides of midnight; after review
 * rdates55, a gap two zones close (up to 26 h), recurring or generic kinds (a call, a statement,
 * *diễn ra*), and a year's last night against the first evening of the next.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const VI_A = (day: string) =>
  `Một máy bay chở khách phải quay đầu và hạ cánh khẩn cấp vì động cơ bốc cháy giữa không trung. Chuyến bay của hãng SkyJet chở 170 hành khách ${day}. Rất may không ai bị thương, nguyên nhân đang được điều tra.`
const VI_B = (day: string) =>
  `Hãng hàng không SkyJet cho biết các hành khách đã được đưa về khách sạn an toàn. Theo truyền thông địa phương, ít phút sau khi chiếc Airbus ${day}, lửa phụt ra từ động cơ bên trái. Các phi công đã báo cáo tình huống khẩn cấp với đài kiểm soát.`
const EN_A = (day: string) =>
  `A passenger jet returned to the airport after one of its engines caught fire in mid-air. The SkyJet flight carrying 170 passengers ${day}. Nobody was hurt and the cause is under investigation.`
const EN_B = (day: string) =>
  `SkyJet said every passenger had been taken to a hotel. Local media said that minutes after the Airbus ${day}, flames shot out of its left engine. The pilots declared an emergency to air traffic control.`
const FR_A = (day: string) =>
  `Un avion de ligne a dû faire demi-tour après qu'un de ses moteurs a pris feu en plein vol. Le vol de SkyJet transportant 170 passagers ${day}. Personne n'a été blessé et une enquête est ouverte.`
const FR_B = (day: string) =>
  `SkyJet a indiqué que tous les passagers avaient été conduits à l'hôtel. Selon les médias locaux, quelques minutes après que l'Airbus ${day}, des flammes sont sorties du moteur gauche. Les pilotes ont déclaré une urgence.`

const flags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])

describe('one departure timed at one part of the day, the days apart', () => {
  it.each([
    ['vi: a night and 21h30, two days apart', VI_A('xuất phát từ Cancún đêm 25/8'), VI_B('cất cánh lúc 21h30 ngày 23/8'), [['25/8', '23/8']]],
    // day-parts.ts: the other report's *sáng 25/8* (a replacement flight) does not state *tối 25/8*
    ['vi: the other report gives the day only for the next morning', VI_A('khởi hành từ Cancún tối 25/8'), `${VI_B('cất cánh lúc 22h ngày 23/8')} Hãng đã bố trí một máy bay khác đưa khách đi tiếp vào sáng 25/8.`, [['25/8', '23/8']]],
    ['en: the evening of one day, 10 p.m. two days before', EN_A('departed Cancun on the evening of Aug. 25'), EN_B('took off at 10 p.m. on Aug. 23'), [['Aug. 25', 'Aug. 23']]],
    ['fr: le soir du 25, à 22h le 23', FR_A('a décollé de Cancún le 25 août au soir'), FR_B('a décollé à 22h le 23 août'), [['25 août', '23 août']]],
    ['fr: an elided article names no second flight (l\'avion)', FR_A('a décollé de Cancún le 25 août au soir'), FR_B("a décollé à 22h le 23 août, comme l'avion"), [['25 août', '23 août']]],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})

describe('days of two moments stay apart', () => {
  it.each([
    ['vi trap: the next morning is a follow-up', VI_A('khởi hành từ Cancún tối 23/8'), VI_B('khởi hành thay thế vào sáng 24/8 sau khi chiếc cũ cất cánh'), []],
    ['vi trap: 22h local and the next morning in another zone', VI_A('cất cánh lúc 22h ngày 23/8 (giờ địa phương)'), VI_B('cất cánh sáng 24/8 (giờ Việt Nam)'), []],
    ['vi trap: 23h and 1h the next day are one night', VI_A('cất cánh lúc 23h ngày 23/8'), VI_B('cất cánh lúc 1h ngày 24/8'), []],
    ['vi trap: the night of the 23rd and the small hours of the 24th', VI_A('cất cánh đêm 23/8'), VI_B('cất cánh rạng sáng 24/8'), []],
    ['vi trap: the day the airline announced it', VI_A('khởi hành từ Cancún tối 23/8'), VI_B('bị sự cố, hãng thông báo tối 24/8 rằng'), []],
    ['en trap: a landing against a departure', EN_A('departed Cancun on the evening of Aug. 23'), EN_B('landed at 10 p.m. on Aug. 24'), []],
    ['en trap: two evening departures on one side', EN_A('departed Cancun on the evening of Aug. 24, after a first jet departed on the evening of Aug. 22'), EN_B('took off at 10 p.m. on Aug. 23'), []],
    ['en trap: a day with no time of day', EN_A('departed Cancun on Aug. 24'), EN_B('took off at 10 p.m. on Aug. 23'), []],
    ['fr trap: le matin du 24 after le soir du 23', FR_A('a décollé le 23 août au soir'), FR_B('a décollé le 24 août au matin'), []],
    // review rdates55: a gap of a day at one time of day is one a pair of zones may close (Honolulu–Tokyo 19 h).
    ['vi trap: an evening and 22h a day apart (AbMuSu 1-1~1-2, 18 h)', VI_A('khởi hành từ Cancún tối 24/8 (giờ địa phương)'), VI_B('cất cánh lúc 22h ngày 23/8'), []],
    ['en trap: the evening of Aug. 24 and 10 p.m. on Aug. 23', EN_A('departed Cancun on the evening of Aug. 24'), EN_B('took off at 10 p.m. on Aug. 23'), []],
    ['fr trap: le soir du 24 et 22h le 23', FR_A('a décollé de Cancún le 24 août au soir'), FR_B('a décollé à 22h le 23 août'), []],
    ['en trap: a second flight two days later', EN_A('departed Cancun on the evening of Aug. 25'), EN_B('took off at 10 p.m. on Aug. 23, and a second flight'), []],
    // the sentence's own words, a token joined by an apostrophe read by its pieces: *l'autre* is *autre*
    ['fr trap: the other plane, elided (l\'autre avion)', FR_A('a décollé de Cancún le 25 août au soir'), FR_B("a décollé à 22h le 23 août, comme l'autre avion"), []],
    ['vi trap: a crash and the victims\' funeral, both "diễn ra"', 'Vụ tai nạn giao thông diễn ra lúc 7h ngày 24/8 trên quốc lộ 1A khiến 5 người tử vong. Xe khách mất lái lao xuống vực.', 'Xe khách mất lái lao xuống vực trên quốc lộ 1A, 5 người tử vong. Lễ tang các nạn nhân diễn ra sáng 26/8 tại quê nhà.', []],
    ['en trap: a crash and the funeral, both "took place"', 'The crash took place at 7 a.m. on Aug. 24 on Highway 1, killing five people. The bus veered off the road into a ravine.', 'A bus veered off Highway 1 into a ravine, killing five people. A funeral for the victims took place on the morning of Aug. 26 in their home village.', []],
    ['vi trap: the minister spoke again two days later', 'Bộ Y tế cho biết dịch bệnh đã lan ra ba tỉnh. Bộ trưởng Nguyễn Văn An phát biểu tối 24/8 tại cuộc họp khẩn rằng cần phong tỏa. Hơn 200 ca nhiễm đã được ghi nhận.', 'Hơn 200 ca nhiễm đã được ghi nhận tại ba tỉnh. Người dân được yêu cầu ở nhà. Trước đó, Bộ trưởng Nguyễn Văn An đã phát biểu lúc 20h ngày 22/8 trên truyền hình.', []],
    ['en trap: first announcement and a later statement', 'The outbreak has spread to three provinces. Health Minister John Smith said in a statement on the evening of Aug. 24 that a lockdown was needed. More than 200 cases have been recorded.', 'More than 200 cases have been recorded in three provinces. Residents were told to stay home. Health Minister John Smith first announced the outbreak at 8 p.m. on Aug. 22.', []],
    ['vi trap: the latest of two calls', 'Tổng thống Mỹ đã điện đàm với Tổng thống Pháp lúc 21h ngày 3/3 về cuộc khủng hoảng. Hai bên nhất trí tăng viện trợ.', 'Hai bên nhất trí tăng viện trợ cho Ukraine. Trong cuộc điện đàm mới nhất tối 6/3, hai nhà lãnh đạo bàn về lệnh ngừng bắn.', []],
    ['en trap: the latest of two calls', 'U.S. President Joe Biden phoned French President Emmanuel Macron at 9 p.m. on March 3 about the crisis. The two agreed to raise aid.', 'The two leaders agreed to raise aid to Ukraine. In their latest telephone call, on the evening of March 6, they discussed a ceasefire.', []],
    ['en trap: two rounds of talks', 'Peace talks between the two sides began at 9 p.m. on March 3 in Doha. Mediators from Qatar attended.', 'Mediators from Qatar attended the second round in Doha. The new round began on the evening of March 5.', []],
    ['en trap: Honolulu local vs Japan time (19 h apart)', 'The Japan Airlines flight carrying 300 passengers departed Honolulu at 10 p.m. on Aug. 23, local time. It diverted to Guam after an engine warning.', 'A JAL jet with 300 passengers diverted to Guam after an engine warning. The plane took off from Honolulu on the evening of Aug. 24, Japan time.', []],
    ['vi trap: giờ địa phương vs giờ Tokyo', 'Chiếc máy bay chở 300 hành khách cất cánh từ Honolulu lúc 22h ngày 23/8 (giờ địa phương). Máy bay phải chuyển hướng đến Guam do cảnh báo động cơ.', 'Máy bay chở 300 hành khách phải chuyển hướng đến Guam do cảnh báo động cơ. Chuyến bay khởi hành từ Honolulu tối 24/8 (giờ Tokyo).', []],
    ['fr trap: heure locale vs heure de Tokyo', "Le vol de Japan Airlines transportant 300 passagers a décollé de Honolulu à 22h le 23 août, heure locale. Il a été dérouté vers Guam après une alerte moteur.", "Un avion de JAL avec 300 passagers a été dérouté vers Guam après une alerte moteur. L'appareil a décollé de Honolulu le 24 août au soir, heure de Tokyo.", []],
    ['vi trap: the night of 31/12 and the evening of 1/1', 'Một máy bay chở khách phải quay đầu vì động cơ bốc cháy. Chuyến bay của hãng SkyJet chở 170 hành khách cất cánh đêm 31/12. Không ai bị thương.', 'Hãng SkyJet cho biết hành khách đã về khách sạn an toàn. Theo truyền thông, ít phút sau khi chiếc Airbus cất cánh tối 1/1, lửa phụt ra từ động cơ.', []],
    ['en trap: the night of Dec. 31 and the evening of Jan. 1', 'A passenger jet turned back after an engine caught fire. The SkyJet flight carrying 170 passengers took off on the night of Dec. 31. Nobody was hurt.', 'SkyJet said passengers were taken to a hotel. Local media said minutes after the Airbus departed on the evening of Jan. 1, flames shot out of its engine.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
