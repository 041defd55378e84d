/**
 * Two deadlines of one progress measure worded two ways (bounded-times.ts; ViMs 104_665~104_666,
 * 104_665~104_668, round fresh37-1): *Đến 19h cùng ngày, hiện trường vụ lật xe mới được giải quyết
 * xong* / *Đến 21 giờ 30 tối cùng ngày, hiện trường được giải tỏa*. The scene cleared is one measure
 * whatever the verb; the fuller clause may add what it is the scene of. Traps first: two measures
 * (scene cleared / fire contained, contained / put out, scene / one lane), a status, a count by
 * each time, two bounds.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const VI_LEAD = 'Khoảng 17h ngày 7/8, một xe tải lật trên cầu Phú Mỹ, hướng Quận 7 về Quận 2.'
const VI_FILL = 'Rất may không có thương vong về người. Cơ quan chức năng đang điều tra nguyên nhân vụ việc.'
const EN_LEAD = 'At about 5 p.m. on August 7, a truck overturned on the Phu My bridge.'
const EN_FILL = 'Luckily nobody was hurt. Authorities are investigating the cause of the accident.'
const PT_LEAD = 'Por volta das 17h de 7 de agosto, um caminhão tombou na ponte Phu My.'
const PT_FILL = 'Por sorte ninguém ficou ferido. As autoridades investigam a causa do acidente.'
const dateFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])
const story = (lead: string, deadline: string, fill: string): string => `${lead} ${fill} ${deadline}`

describe('two deadlines of one progress measure', () => {
  it.each([
    ['vi trap: the scene cleared against the fire contained', 'Đến 19h cùng ngày, hiện trường vụ cháy mới được giải tỏa.', 'Đến 21 giờ 30 tối cùng ngày, đám cháy được khống chế.'],
    ['vi trap: contained against put out', 'Đến 19h cùng ngày, đám cháy được khống chế.', 'Đến 21 giờ 30 tối cùng ngày, đám cháy mới được dập tắt hoàn toàn.'],
    ['vi trap: still not cleared, a status', 'Đến hơn 19h cùng ngày, hiện trường vụ tai nạn vẫn chưa được giải tỏa.', 'Đến 21 giờ 30 tối cùng ngày, hiện trường được giải tỏa.'],
    ['vi trap: one lane against the scene', 'Đến 19h cùng ngày, một làn xe máy trên cầu được giải tỏa.', 'Đến 21 giờ 30 tối cùng ngày, hiện trường được giải tỏa.'],
    ['en trap: the scene cleared against the fire contained', 'By 7 p.m. the same day, the scene of the crash had finally been cleared.', 'By 9:30 p.m., the fire had been brought under control.'],
    ['en trap: one lane against the scene', 'By 7 p.m. the same day, one lane of the bridge had been cleared.', 'By 9:30 p.m., the scene was cleared.'],
    ['en trap: a count by each time', 'By 7 p.m. the same day, 20 people had been rescued from the scene.', 'By 9:30 p.m., 35 people had been rescued from the scene.'],
    ['en trap: after is no deadline', 'After 7 p.m. the same day, the scene of the crash was cleared.', 'After 9:30 p.m., the scene was cleared.'],
    ['pt trap: the scene cleared against the fire contained', 'Até as 19h, o local do acidente foi finalmente liberado.', 'Até as 21h30, o incêndio foi controlado.'],
    ['pt trap: the road reopened against a body released', 'Até as 19h, o trânsito na rodovia foi liberado, segundo a PRF.', 'Até as 21h, o corpo da vítima foi liberado pelo IML, segundo a PRF.'],
    ['vi trap: the scene against the traffic jam', 'Đến 19h, hiện trường vụ tai nạn đã được giải tỏa, giao thông trở lại bình thường.', 'Đến 21h, ùn tắc trên cao tốc mới được giải tỏa, giao thông trở lại bình thường.'],
    ['vi trap: contained against put out, a source after', 'Đến 19h, đám cháy tại kho hàng được khống chế, lực lượng cứu hỏa cho biết.', 'Đến 21h, đám cháy tại kho hàng được dập tắt, lực lượng cứu hỏa cho biết.'],
    ['en trap: contained against put out', 'By 7 p.m., the fire at the warehouse had been contained, firefighters said.', 'By 9 p.m., the fire at the warehouse had been put out, firefighters said.'],
    ['pt trap: controlado against extinto', 'Até as 19h, o incêndio no armazém foi controlado, segundo os bombeiros.', 'Até as 21h, o incêndio no armazém foi extinto, segundo os bombeiros.'],
    ['en trap: the scene against one lane, traffic resumed', 'By 7 p.m., the scene of the crash had been cleared and traffic resumed on the highway.', 'By 9 p.m., one lane of the highway had been cleared and traffic resumed slowly.'],
    ['en trap: the northbound against the southbound lanes', 'By 7 p.m., the northbound lanes of the highway had been cleared.', 'By 9 p.m., the southbound lanes of the highway had been cleared.'],
  ])('%s: no flag', (_why, a, b) => {
    const lead = _why.startsWith('vi') ? VI_LEAD : _why.startsWith('en') ? EN_LEAD : PT_LEAD
    const fill = _why.startsWith('vi') ? VI_FILL : _why.startsWith('en') ? EN_FILL : PT_FILL
    expect(dateFlags(story(lead, a, fill), story(lead, b, fill))).toEqual([])
  })

  it.each([
    ['vi, the scene dealt with / cleared', 'Đến 19h cùng ngày, hiện trường vụ lật xe mới được giải quyết xong.', 'Đến 21 giờ 30 tối cùng ngày, hiện trường được giải tỏa.', ['19h', '21 giờ 30']],
    ['vi, past a hedge', 'Đến 19h cùng ngày, hiện trường vụ lật xe mới được giải quyết xong.', 'Đến khoảng 20g, hiện trường được giải tỏa.', ['19h', '20g']],
    ['en, the scene of the crash cleared / the scene cleaned up', 'By 7 p.m. the same day, the scene of the crash had finally been cleared.', 'By 9:30 p.m., the scene was cleaned up.', ['7 p.m.', '9:30 p.m.']],
    ['pt, the scene cleared', 'Até as 19h, o local do acidente foi finalmente liberado.', 'Até as 21h30, o local foi desobstruído.', ['19h', '21h30']],
  ])('%s', (_why, a, b, pair) => {
    const lead = _why.startsWith('vi') ? VI_LEAD : _why.startsWith('en') ? EN_LEAD : PT_LEAD
    const fill = _why.startsWith('vi') ? VI_FILL : _why.startsWith('en') ? EN_FILL : PT_FILL
    const flags = dateFlags(story(lead, a, fill), story(lead, b, fill))
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})
