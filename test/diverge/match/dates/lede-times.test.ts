/**
 * The first time of each report, fronting a sentence that names the event's day, is the event's
 * time (lede-times.ts; ViMs 7_53~7_55, 104_665~104_666, round fresh37-1): *Theo thông tin ban
 * đầu, khoảng 17h ngày 7/8, …* / *Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, …*. Traps first:
 * two events' days, another moment fronted (rescuers arriving), a deadline, a day of publication,
 * a time within the hedge's reach, a time that is not the report's first.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const VI_FILL_A = 'Rất may không có thương vong về người. Đến 19h cùng ngày, hiện trường vụ lật xe mới được giải quyết xong.'
const VI_FILL_B = 'Nhiều người đi đường hoảng sợ bỏ chạy. Cơ quan chức năng đang điều tra nguyên nhân vụ việc.'
const EN_FILL_A = 'Luckily nobody was hurt. By 7 p.m. the same day, the scene had been cleared of debris.'
const EN_FILL_B = 'Several passers-by fled in panic. Authorities are investigating the cause of the accident.'
const timeFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])

describe('the first time of each report, fronting its sentence on one day', () => {
  it.each([
    ['vi trap: two events on two days', `Khoảng 17h ngày 7/8, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Khoảng 17 giờ 30 chiều 8-8, một xe ben lật trên xa lộ Hà Nội. ${VI_FILL_B}`],
    ['en trap: two events on two days', `At about 5 p.m. on August 7, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `At about 5:30 p.m. on August 8, a dump truck overturned on the highway. ${EN_FILL_B}`],
    ['vi trap: rescuers arriving fronted', `Khoảng 17h ngày 7/8, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Khoảng 17 giờ 30 ngày 7/8, lực lượng cứu hộ có mặt tại hiện trường. ${VI_FILL_B}`],
    ['en trap: rescuers arriving fronted', `At about 5 p.m. on August 7, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `At about 5:30 p.m. on August 7, rescuers arrived at the scene. ${EN_FILL_B}`],
    ['vi trap: a deadline fronted', `Khoảng 17h ngày 7/8, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Đến 21 giờ 30 ngày 7/8, hiện trường được giải tỏa. ${VI_FILL_B}`],
    ['en trap: a deadline fronted', `At about 5 p.m. on August 7, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `By 9:30 p.m. on August 7, the scene was cleared. ${EN_FILL_B}`],
    ['vi trap: within the hedge', `Khoảng 17h ngày 7/8, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Khoảng 17h10 ngày 7/8, một xe ben lật trên cầu Phú Mỹ. ${VI_FILL_B}`],
    ['en trap: within the hedge', `At about 5 p.m. on August 7, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `At about 5:10 p.m. on August 7, a dump truck overturned on the bridge. ${EN_FILL_B}`],
    ['vi trap: not the first time of its report', `Lúc 8h ngày 7/8, cầu Phú Mỹ thông xe bình thường. Khoảng 17h ngày 7/8, một xe tải lật trên cầu. ${VI_FILL_A}`, `Khoảng 17 giờ 30 chiều 7-8, một xe ben lật trên cầu Phú Mỹ. ${VI_FILL_B}`],
    ['en trap: the time inside the clause, not fronting it', `A truck overturned on the bridge, police said at 5 p.m. on August 7. ${EN_FILL_A}`, `At about 5:30 p.m. on August 7, a dump truck overturned on the bridge. ${EN_FILL_B}`],
    // review rdates40: the two opening clauses must tell one event (its noun or verb as subject or verb), whatever the commas
    ['en trap: officers arrive, no comma after the day', 'At 10 p.m. on June 5 officers arrived at the bar after reports of shots fired. Two men were wounded.', 'The shooting happened around 10:40 p.m. on June 5 outside the bar on Main Street. Two men were wounded.'],
    ['en trap: officers arrive, a weekday and two commas', 'At 10 p.m. on Saturday, June 5, officers arrived at the bar after reports of shots fired. Two men were wounded.', 'The shooting happened around 10:40 p.m. on June 5 outside the bar on Main Street. Two men were wounded.'],
    ['vi trap: rescuers arrive, two commas', `Khoảng 17h, chiều 7/8, lực lượng cứu hộ có mặt tại hiện trường. ${VI_FILL_A}`, `Khoảng 16h30 ngày 7/8, một xe khách lật trên đèo. ${VI_FILL_B}`],
    ['vi trap: rescuers arrive, no comma', `Khoảng 17h ngày 7/8 lực lượng cứu hộ có mặt tại hiện trường. ${VI_FILL_A}`, `Khoảng 16h30 ngày 7/8, một xe khách lật trên đèo. ${VI_FILL_B}`],
    ['en trap: a council meeting, then a fire', 'At 9 a.m. on Tuesday, March 3, the city council held a meeting on the budget. A fire later broke out in the building.', 'At 9:45 a.m. on March 3, a fire broke out in the city council building. Nobody was hurt.'],
    ['vi trap: rescuers reach the scene of the crash', 'Khoảng 17h ngày 7/8, lực lượng cứu hộ đã tiếp cận hiện trường vụ lật xe. Nhiều người bị thương được đưa đi cấp cứu.', 'Khoảng 16h30 ngày 7/8, một xe khách lật trên đèo. Nhiều người bị thương.'],
    ['vi trap: police receive the report of the crash', 'Lúc 17h ngày 7/8, cảnh sát nhận được tin báo về vụ lật xe trên đèo. Nhiều người bị thương được đưa đi cấp cứu.', 'Khoảng 16h30 ngày 7/8, một xe khách lật trên đèo. Nhiều người bị thương.'],
    ['en trap: ambulances reach the scene of the crash', 'At 10 p.m. on June 5, ambulances reached the scene of the crash. Two people were hurt.', 'The crash happened around 10:40 p.m. on June 5 on Highway 1. Two people were hurt.'],
    ['en trap: police receive reports of shots', 'At 10 p.m. on June 5, police received reports of shots fired near the bar. Two men were wounded.', 'The shooting happened around 10:40 p.m. on June 5 outside the bar on Main Street. Two men were wounded.'],
    ['en trap: someone calls about a shooting', 'At about 10 p.m. on Saturday, June 5, someone calls 911 to report a shooting near the bar. Two men were wounded.', 'The shooting happened around 10:40 p.m. on June 5 outside the bar on Main Street. Two men were wounded.'],
    ['vi trap: a house fire and a road crash on one day', 'Lúc 8h ngày 5/6, tại xã A xảy ra vụ cháy nhà dân. Đến 9h cùng ngày, đám cháy được dập tắt.', 'Khoảng 8h50 ngày 5/6, một vụ tai nạn giao thông xảy ra trên quốc lộ 1A khiến 2 người bị thương. Công an đã có mặt.'],
    ['en trap: a house fire and a road crash on one day', 'At 8 a.m. on June 5, a house fire broke out in Springfield. Nobody was hurt.', 'At 8:50 a.m. on June 5, a car crash on Highway 1 near Springfield injured two people. Police are investigating.'],
    ['en trap: a ceremony, then a quake', 'At 9 a.m. on March 11, residents gathered to mark the anniversary of the 2011 tsunami. A minute of silence was held.', 'At 9:40 a.m. on March 11, a magnitude 6 earthquake shook the region. No damage was reported.'],
    ['en trap: a scheduled departure, then a threat', 'At 8 a.m. on March 5, flight VN123 was due to depart from Da Nang. A bomb threat delayed it by two hours.', 'At 8:40 a.m. on March 5, a bomb threat was phoned in to Da Nang airport. Flight VN123 was delayed.'],
    ['vi trap: a press briefing about the robbery', 'Lúc 10h ngày 5/6, công an tỉnh tổ chức buổi gặp mặt báo chí về vụ cướp ngân hàng. Nghi phạm đã bị bắt.', 'Khoảng 9h30 ngày 5/6, một đối tượng cầm súng xông vào ngân hàng cướp tiền. Nghi phạm đã bị bắt.'],
    ['vi trap: the road reopens after the landslide', 'Khoảng 9h ngày 5/6, tuyến đường được thông xe trở lại sau vụ sạt lở. Không có thương vong.', 'Khoảng 8h30 ngày 5/6, một vụ sạt lở đất xảy ra trên quốc lộ 6. Không có thương vong.'],
    ['en trap: the victim leaves home', 'At 7 a.m. on March 3, Nguyen left home on his motorbike to go to work. His family was told in the evening.', 'Around 7:40 a.m. on March 3, a truck hit a motorbike on the bridge, killing its rider. Police have opened an investigation.'],
    ['vi trap: the victim goes to market', 'Lúc 8h ngày 5/6, ông A đi chợ như thường lệ. Gia đình nhận tin vào buổi tối.', 'Khoảng 8h30 ngày 5/6, vụ tai nạn xảy ra trên quốc lộ 1A. Công an đang điều tra.'],
    ['vi trap: no event stated at all', '17h ngày 7/8', '17h30 ngày 7/8'],
    ['en trap: no event stated at all', '5 p.m. on August 7', '5:30 p.m. on August 7'],
    ['en trap: one calendar day of two years', 'At 5 p.m. on March 3, 2023, a bridge collapsed over the river. Two workers died.', 'At 5:30 p.m. on March 3, 2024, a bridge collapsed in the same province. Three workers died.'],
    ['vi trap: one calendar day of two years', `Khoảng 17h ngày 7/8/2023, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Khoảng 17 giờ 30 ngày 7/8/2024, một xe ben lật trên cầu Phú Mỹ. ${VI_FILL_B}`],
    ['vi trap: no day in the sentence', `Theo thông tin ban đầu, khoảng 17h, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Thông tin ban đầu, khoảng 17 giờ 30 chiều, xe ben lưu thông trên cầu Phú Mỹ thì mất lái. ${VI_FILL_B}`],
  ])('%s: no flag', (_why, a, b) => {
    expect(timeFlags(a, b)).toEqual([])
  })

  it.each([
    ['vi, two hedged half an hour apart', `Theo thông tin ban đầu, khoảng 17h ngày 7/8, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, xe ben lưu thông trên cầu Phú Mỹ thì mất lái. ${VI_FILL_B}`, ['17h', '17 giờ 30']],
    ['vi, three quarters of an hour apart', `Sự việc xảy ra vào khoảng 15 giờ 45 chiều 19-5 khiến anh Huy tử vong. ${VI_FILL_A}`, `Theo đó, khoảng 16 giờ 30 ngày 19/5, anh Huy đang nối dây điện thì bị điện giật. ${VI_FILL_B}`, ['15 giờ 45', '16 giờ 30']],
    // ViMs 7_53~7_55: the clause's subject carries a bracketed aside before its verb
    ['vi, a bracketed aside before the verb', `Sự việc xảy ra vào khoảng 15 giờ 45 chiều 19-5 khiến anh Huy (31 tuổi, trú phường Khánh Xuân) tử vong. ${VI_FILL_A}`, `Theo đó, khoảng 16 giờ 30 ngày 19/5, anh Huy (31 tuổi, ngụ phường Khánh Xuân) đang nối dây điện thì bị điện giật. ${VI_FILL_B}`, ['15 giờ 45', '16 giờ 30']],
    ['en, a bracketed aside before the verb', `The incident happened at about 3:45 p.m. on May 19, killing Huy, 31. ${EN_FILL_A}`, `At about 4:30 p.m. on May 19, Huy (31, of Khanh Xuan ward) was electrocuted while wiring a welder. ${EN_FILL_B}`, ['3:45 p.m.', '4:30 p.m.']],
    // the death told after the event is its outcome, not another moment (ViMs 7_55)
    ['vi, the outcome after the event in its clause', `Sự việc xảy ra vào khoảng 15 giờ 45 chiều 19-5 tại garage. ${VI_FILL_A}`, `Theo đó, khoảng 16 giờ 30 ngày 19/5, anh Huy (31 tuổi) đang nối dây điện thì bị điện giật khiến anh tử vong. ${VI_FILL_B}`, ['15 giờ 45', '16 giờ 30']],
    ['en, the outcome after the event in its clause', `The incident happened at about 3:45 p.m. on May 19 at a garage. ${EN_FILL_A}`, `At about 4:30 p.m. on May 19, Huy was electrocuted while wiring a welder and died at the scene. ${EN_FILL_B}`, ['3:45 p.m.', '4:30 p.m.']],
    ['vi, one event, no comma after the day', `Khoảng 17h ngày 7/8 một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Khoảng 17 giờ 30 chiều 7-8, xe ben lật trên cầu Phú Mỹ. ${VI_FILL_B}`, ['17h', '17 giờ 30']],
    ['en, one event, a weekday and two commas', `At about 5 p.m. on Monday, August 7, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `At about 5:30 p.m. on August 7, a dump truck overturned on the bridge. ${EN_FILL_B}`, ['5 p.m.', '5:30 p.m.']],
    ['en, one day, one side gives the year', `At about 5 p.m. on August 7, 2023, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `At about 5:30 p.m. on August 7, a dump truck overturned on the bridge. ${EN_FILL_B}`, ['5 p.m.', '5:30 p.m.']],
    ['en, two hedged half an hour apart', `At about 5 p.m. on August 7, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `At about 5:30 p.m. on August 7, a dump truck lost control on the bridge. ${EN_FILL_B}`, ['5 p.m.', '5:30 p.m.']],
  ])('%s', (_why, a, b, pair) => {
    const flags = timeFlags(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})

// ViMs 104_665 / 104_668 against 104_666 (round fresh37-1): the time fronts a clause that only sets the scene (a
// "khi" clause, a vehicle on its way); the event's kind is told later in the sentence or in the next one of its paragraph.
describe('the event told after a scene-setting clause', () => {
  it.each([
    ["fr trap: \"vers 17h\" reaches 17h10", "Vers 17h, le 7 août, alors qu'il descendait le pont, un camion a percuté la glissière. Le conducteur a été hospitalisé. La circulation a été rétablie dans la soirée.", "À 17h10, le 7 août, un camion-benne roulait sur le pont en direction du port. Dans la descente, il est entré en collision avec la glissière. Plusieurs passants ont pris la fuite. La police enquête sur les causes."],
    ["vi trap: \"khoảng 17h\" reaches 17h10", "Theo thông tin ban đầu, khoảng 17h ngày 7/8, khi đang xuống dốc cầu, một chiếc xe tải lật xuống làn đường xe máy. Tài xế bị thương được đưa đi cấp cứu. Đến 19h cùng ngày, hiện trường mới được giải tỏa.", "Khoảng 17h10 ngày 7/8, xe ben lưu thông trên cầu Phú Mỹ. Trong lúc đang đổ dốc cầu, xe ben mất lái. Nhiều người đi đường hoảng sợ. Cơ quan chức năng đang điều tra nguyên nhân."],
    ["en trap: a schedule fronted, the threat in the next sentence", "At 8 a.m. on March 5, flight VN123 was due to depart from Da Nang. A bomb threat delayed it by two hours.", "At 8:40 a.m. on March 5, a bomb threat was phoned in to Da Nang airport. Flight VN123 was delayed."],
    ["en trap: a later turn in the next sentence", "At 7 a.m. on March 3, the truck left the depot. Hours later it overturned on the bridge. The driver was taken to hospital. By 7 p.m. the scene had been cleared.", "At 7:40 a.m. on March 3, a truck overturned on the bridge. Several passers-by fled in panic. Police are investigating the cause."],
    ["vi trap: rescuers in the next sentence", "Khoảng 17h ngày 7/8, xe ben lưu thông trên cầu Phú Mỹ. Lực lượng cứu hộ có mặt sau khi xe lật. Tài xế bị thương được đưa đi cấp cứu. Đến 19h cùng ngày, hiện trường mới được giải tỏa.", "Khoảng 17 giờ 30 ngày 7/8, một xe tải lật trên cầu Phú Mỹ. Nhiều người đi đường hoảng sợ. Cơ quan chức năng đang điều tra nguyên nhân."],
    ["en trap: the event in the next paragraph", "At 5 p.m. on August 7, a dump truck was travelling on the bridge.\n\nA truck overturned on the bridge later that week. The driver was taken to hospital. By 7 p.m. the scene had been cleared.", "At 5:30 p.m. on August 7, a dump truck overturned on the bridge. Several passers-by fled in panic. Police are investigating the cause."],
    ["fr trap: two days", "Vers 17h, le 7 août, alors qu'il descendait le pont, un camion a percuté la glissière. Le conducteur a été hospitalisé. La circulation a été rétablie dans la soirée.", "Vers 17h30, le 8 août, un camion-benne roulait sur le pont. Dans la descente, il est entré en collision avec la glissière. Plusieurs passants ont pris la fuite. La police enquête sur les causes."],
    ["vi trap: a fire against a crash", "Khoảng 17h ngày 7/8, khi đang đi trên phố, một ngôi nhà bốc cháy dữ dội. Tài xế bị thương được đưa đi cấp cứu. Đến 19h cùng ngày, hiện trường mới được giải tỏa.", "Khoảng 17 giờ 30 ngày 7/8, xe ben lưu thông trên cầu. Trong lúc đổ dốc, xe mất lái. Nhiều người đi đường hoảng sợ. Cơ quan chức năng đang điều tra nguyên nhân."],
  ])('%s: no flag', (_why, a, b) => {
    expect(timeFlags(a, b)).toEqual([])
  })

  it.each([
    ["vi, a \"khi\" clause before the event, the crash told later in the sentence", "Theo thông tin ban đầu, khoảng 17h ngày 7/8, khi đang xuống dốc cầu Phú Mỹ, một chiếc xe tải chao đảo, lao lên dải phân cách rồi lật xuống làn đường xe máy. Tài xế bị thương được đưa đi cấp cứu. Đến 19h cùng ngày, hiện trường mới được giải tỏa.", "Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, xe ben BS: 51C-642.38 lưu thông trên cầu Phú Mỹ theo hướng từ Q.7 về Q.2. Trong lúc đang đổ dốc cầu, mưa và đường trơn khiến xe ben mất lái. Nhiều người đi đường hoảng sợ. Cơ quan chức năng đang điều tra nguyên nhân.", ["17h", "17 giờ 30"]],
    ["en, the truck's approach fronted, the crash in the next sentence", "At about 5 p.m. on August 7, as it came down the bridge, a truck swerved, hit the barrier and overturned. The driver was taken to hospital. By 7 p.m. the scene had been cleared.", "At about 5:30 p.m. on August 7, a dump truck was travelling on the bridge toward District 2. Coming down the slope in heavy rain, the driver lost control. Several passers-by fled in panic. Police are investigating the cause.", ["5 p.m.", "5:30 p.m."]],
    ["fr, \"vers\" fronting the scene, the collision in the next sentence", "Vers 17h, le 7 août, alors qu'il descendait le pont, un camion a percuté la glissière. Le conducteur a été hospitalisé. La circulation a été rétablie dans la soirée.", "Vers 17h30, le 7 août, un camion-benne roulait sur le pont en direction du port. Dans la descente, sous une forte pluie, il est entré en collision avec la glissière. Plusieurs passants ont pris la fuite. La police enquête sur les causes.", ["17h", "17h30"]],
  ])('%s', (_why, a, b, pair) => {
    const flags = timeFlags(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})

// ViMs 104_667 against 104_666 (round fresh37-1): the first time's sentence names no day; the lede before it names one.
describe("the day of a report's lede, for a first time whose sentence names none", () => {
  it.each([
    ["vi trap: the lede names two days", "Chiếc xe ben được đăng kiểm ngày 6.8 đã lật ngang dưới dốc cầu Phú Mỹ vào chiều 7.8.\n17h, trời mưa lớn, xe ben lưu thông trên cầu Phú Mỹ. Chiếc xe chao đảo rồi lật ngang. Tài xế bị thương được đưa đi cấp cứu.", "Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, xe ben lật trên cầu Phú Mỹ. Nhiều người đi đường hoảng sợ."],
    ["en trap: the lede names two days", "A dump truck inspected on August 6 overturned on the Phu My bridge on August 7.\nAt 5 p.m., in heavy rain, the truck was coming down the bridge. It swerved and overturned.", "At about 5:30 p.m. on August 7, a dump truck overturned on the bridge. Passers-by fled."],
    ["vi trap: the lede's day is another day", "Hàng chục người thoát chết khi chiếc xe ben lật ngang dưới dốc cầu Phú Mỹ vào chiều 8.8.\n17h, trời mưa lớn, xe ben lưu thông trên cầu Phú Mỹ. Chiếc xe chao đảo rồi lật ngang. Tài xế bị thương được đưa đi cấp cứu.", "Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, xe ben lật trên cầu Phú Mỹ. Nhiều người đi đường hoảng sợ."],
    ["fr trap: the lede's day is another day", "Un camion-benne s'est renversé sur le pont le 8 août.\nÀ 17h, sous une forte pluie, le camion descendait le pont. Il a percuté la glissière.", "Vers 17h30, le 7 août, un camion a percuté la glissière du pont. Des passants ont fui."],
  ])('%s: no flag', (_why, a, b) => {
    expect(timeFlags(a, b)).toEqual([])
  })

  it.each([
    ["vi, the day in the lede, the time in the next paragraph", "Hàng chục người thoát chết khi chiếc xe ben lật ngang dưới dốc cầu Phú Mỹ vào chiều 7.8.\n17h, trời mưa lớn, xe ben lưu thông trên cầu Phú Mỹ. Chiếc xe chao đảo rồi lật ngang trên làn xe máy. Tài xế bị thương được đưa đi cấp cứu.", "Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, xe ben lật trên cầu Phú Mỹ. Nhiều người đi đường hoảng sợ.", ["17h", "17 giờ 30"]],
    ["en, the day in the lede, the time in the next paragraph", "A dump truck overturned on the Phu My bridge on the afternoon of August 7.\nAt 5 p.m., in heavy rain, the truck was coming down the bridge. It swerved and overturned. The driver was hurt.", "At about 5:30 p.m. on August 7, a dump truck overturned on the bridge. Passers-by fled.", ["5 p.m.", "5:30 p.m."]],
    ["fr, the day in the lede, the time in the next paragraph", "Un camion-benne s'est renversé sur le pont le 7 août.\nÀ 17h, sous une forte pluie, le camion descendait le pont. Il a percuté la glissière. Le conducteur a été blessé.", "Vers 17h30, le 7 août, un camion a percuté la glissière du pont. Des passants ont fui.", ["17h", "17h30"]],
  ])('%s', (_why, a, b, pair) => {
    const flags = timeFlags(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})

// Review rdates51: the event read after a scene must be the scene subject's own, and the lede's day must date
// the time's event. Each row flagged on the branch before its fixes, none on main.
describe("another subject's event, another day's lede: no flag", () => {
  it.each([
    ["en trap: a second event told in the next sentence", "At 5 p.m. on August 7, a bus was travelling on the highway. Meanwhile, a fire broke out in the central market. Nobody was hurt.", "At 5:30 p.m. on August 7, a fire broke out in the central market. Traders fled."],
    ["vi trap: a second event told in the next sentence", "Khoảng 17h ngày 7/8, một xe buýt lưu thông trên quốc lộ 1. Trong khi đó, một vụ cháy xảy ra tại chợ trung tâm. Không ai bị thương.", "Khoảng 17 giờ 30 ngày 7/8, một vụ cháy xảy ra tại chợ trung tâm. Tiểu thương hoảng sợ."],
    ["fr trap: a second event told in the next sentence", "Vers 17h, le 7 août, un bus circulait sur l'autoroute. Au même moment, un incendie s'est déclaré au marché central. Personne n'a été blessé.", "Vers 17h30, le 7 août, un incendie s'est déclaré au marché central. Les commerçants ont fui."],
    ["en trap: a second event later in the same sentence", "At 5 p.m. on August 7, a bus was travelling on the highway, while across town a fire broke out in the central market.", "At 5:30 p.m. on August 7, a fire broke out in the central market. Traders fled."],
    ["en trap: 'hit' in another sense next sentence", "At 5 p.m. on August 7, the typhoon was moving toward the coast. It hit Da Nang overnight. Thousands were evacuated.", "At 5:40 p.m. on August 7, a truck hit a bus on the coastal road. Two people were hurt."],
    ["en trap: 'fired' in another sense next sentence", "At 9 a.m. on March 3, the board met at the company's headquarters. It fired the chief executive.", "At 9:40 a.m. on March 3, shots were fired outside the company's headquarters. Nobody was hurt."],
    ["vi trap: 'cháy hàng' (sold out) next sentence", "Khoảng 9h ngày 5/6, người hâm mộ xếp hàng dài trước sân Mỹ Đình. Vé trận đấu nhanh chóng cháy hàng.", "Khoảng 9h40 ngày 5/6, một đám cháy bùng phát gần sân Mỹ Đình. Nhiều người hoảng sợ."],
    ["en trap: lede dated the day of the report, time 'yesterday'", "On August 8, police said they were investigating the incident on the Phu My bridge.\nAt 5 p.m. yesterday, a dump truck was coming down the bridge. It swerved and overturned. The driver was hurt.", "At 5:40 p.m. on August 8, a truck overturned on the Phu My bridge. Passers-by fled."],
    ["vi trap: lede dated the day of the report, time 'hôm qua'", "Sáng 8/8, Công an TP.HCM cho biết đang điều tra vụ việc trên cầu Phú Mỹ.\n17h hôm qua, xe ben lưu thông trên cầu. Chiếc xe chao đảo rồi lật ngang. Tài xế bị thương.", "Khoảng 17 giờ 40 chiều 8/8, một xe tải lật trên cầu Phú Mỹ. Nhiều người đi đường hoảng sợ."],
    ["fr trap: lede dated the day of the report, time 'la veille'", "Le 8 août, la police a indiqué enquêter sur l'accident du pont.\nÀ 17h la veille, un camion-benne descendait le pont. Il a percuté la glissière.", "Vers 17h40, le 8 août, un camion a percuté la glissière du pont. Des passants ont fui."],
    ["en trap: the lede's one day dates the bridge's opening", "The Phu My bridge, opened on September 2, 2009, is one of the busiest in the city.\nAt 5 p.m., a dump truck was coming down the bridge. It swerved and overturned.", "At 5:40 p.m. on September 2, a truck overturned on the Phu My bridge. Passers-by fled."],
    ["vi trap: the lede's one day dates the bridge's opening", "Cầu Phú Mỹ được khánh thành ngày 2/9/2009 và là một trong những cây cầu đông xe nhất thành phố.\n17h, trời mưa lớn, xe ben lưu thông trên cầu. Chiếc xe chao đảo rồi lật ngang.", "Khoảng 17 giờ 40 chiều 2/9, một xe tải lật trên cầu Phú Mỹ. Nhiều người đi đường hoảng sợ."],
    ["en trap: the lede's day dates the police's saying, the crash after it", "On August 8, police said a dump truck had overturned on the Phu My bridge.\nAt 5 p.m., the truck was coming down the bridge. It swerved and overturned.", "At 5:40 p.m. on August 8, a truck overturned on the Phu My bridge. Passers-by fled."],
  ])('%s', (_why, a, b) => {
    expect(timeFlags(a, b)).toEqual([])
  })

  it.each([
    ["en, the vehicle taken up by its pronoun", "At 5 p.m. on August 7, a dump truck was coming down the bridge. It swerved and overturned.", "At 5:40 p.m. on August 7, a truck overturned on the Phu My bridge. Passers-by fled.", ["5 p.m.", "5:40 p.m."]],
    ["vi, the vehicle taken up by its noun", "Khoảng 17h ngày 7/8, xe ben lưu thông trên cầu Phú Mỹ. Trong lúc đổ dốc, xe mất lái và lật.", "Khoảng 17 giờ 40 chiều 7-8, một xe tải lật trên cầu Phú Mỹ. Nhiều người hoảng sợ.", ["17h", "17 giờ 40"]],
    ["fr, the vehicle taken up by its pronoun", "Vers 17h, le 7 août, un camion-benne descendait le pont. Il a percuté la glissière.", "Vers 17h40, le 7 août, un camion a percuté la glissière du pont. Des passants ont fui.", ["17h", "17h40"]],
  ])('%s: flagged', (_why, a, b, pair) => {
    const flags = timeFlags(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})
