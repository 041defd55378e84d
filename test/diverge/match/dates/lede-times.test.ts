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
    ['vi trap: no day in the sentence', `Theo thông tin ban đầu, khoảng 17h, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Thông tin ban đầu, khoảng 17 giờ 30 chiều, xe ben lưu thông trên cầu Phú Mỹ thì mất lái. ${VI_FILL_B}`],
  ])('%s: no flag', (_why, a, b) => {
    expect(timeFlags(a, b)).toEqual([])
  })

  it.each([
    ['vi, two hedged half an hour apart', `Theo thông tin ban đầu, khoảng 17h ngày 7/8, một xe tải lật trên cầu Phú Mỹ. ${VI_FILL_A}`, `Thông tin ban đầu, khoảng 17 giờ 30 chiều 7-8, xe ben lưu thông trên cầu Phú Mỹ thì mất lái. ${VI_FILL_B}`, ['17h', '17 giờ 30']],
    ['vi, three quarters of an hour apart', `Sự việc xảy ra vào khoảng 15 giờ 45 chiều 19-5 khiến anh Huy tử vong. ${VI_FILL_A}`, `Theo đó, khoảng 16 giờ 30 ngày 19/5, anh Huy đang nối dây điện thì bị điện giật. ${VI_FILL_B}`, ['15 giờ 45', '16 giờ 30']],
    ['en, two hedged half an hour apart', `At about 5 p.m. on August 7, a truck overturned on the Phu My bridge. ${EN_FILL_A}`, `At about 5:30 p.m. on August 7, a dump truck lost control on the bridge. ${EN_FILL_B}`, ['5 p.m.', '5:30 p.m.']],
  ])('%s', (_why, a, b, pair) => {
    const flags = timeFlags(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})
