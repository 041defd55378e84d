/**
 * Two clock times one bound word sets alike (bounded-times.ts) are one deadline told two ways: beyond
 * a hedge's reach a contradiction, within it one time at two precisions.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const flags = (a: string, b: string): Array<[string, string | undefined, string | undefined]> =>
  compare(a, b).divergences.filter((d) => d.kind === 'date' || d.kind === 'missing').map((d) => [d.kind, d.a?.text, d.b?.text])

describe('one bound, two times: a contradiction', () => {
  it.each([
    ['vi, đến', 'Đến 19h, đám cháy được dập tắt.', 'Đến 21 giờ 30 tối, đám cháy được dập tắt.', ['19h', '21 giờ 30 tối']],
    ['vi, đến past a hedge, g hour', 'Đến khoảng 20g, lực lượng cứu hỏa đã khống chế được đám cháy.', 'Đến 21 giờ 30 tối cùng ngày, lực lượng cứu hỏa đã khống chế được đám cháy.', ['20g', '21 giờ 30 tối']],
    ['en, by', 'By 7 p.m., the fire was out.', 'By 9:30 p.m., the fire was out.', ['7 p.m.', '9:30 p.m.']],
    ['en, by past a hedge', 'By around 8 p.m., firefighters had the blaze under control.', 'By 9:30 p.m. the same day, firefighters had the blaze under control.', ['8 p.m.', '9:30 p.m.']],
  ])('%s', (_name, a, b, [ta, tb]) => {
    expect(flags(a, b)).toEqual([['date', ta, tb]])
  })
})

describe('traps: no contradiction', () => {
  it.each([
    ['en, within the hedge', 'By around 9 p.m., firefighters had the blaze under control.', 'By 9:20 p.m. the same day, firefighters had the blaze under control.'],
    ['vi, within the hedge', 'Đến khoảng 20g, đám cháy được dập tắt.', 'Đến 20 giờ 15, đám cháy được dập tắt.'],
    ['en, two bounds', 'Until 7 p.m., the road was closed.', 'After 9 p.m., the road was closed.'],
    ['vi, two statements', 'Đến 19h, cảnh sát phong tỏa hiện trường.', 'Đến 21h, đám cháy được dập tắt hoàn toàn.'],
    ['vi, two days', 'Đến 19h hôm qua, lực lượng cứu hỏa đã khống chế được đám cháy.', 'Đến 21h hôm nay, lực lượng cứu hỏa đã khống chế được đám cháy ở kho thứ hai.'],
    ['vi, still not contained: two updates', 'Đến 19h cùng ngày, đám cháy vẫn chưa được khống chế.', 'Đến 21 giờ 30 tối cùng ngày, đám cháy vẫn chưa được khống chế.'],
    ['vi, a count by each time: progress', 'Đến 19h cùng ngày, 5 người đã được đưa ra ngoài an toàn.', 'Đến 21 giờ 30, 5 người đã được đưa ra ngoài an toàn.'],
    ['en, had not: two updates', 'By 7 p.m., firefighters had not contained the blaze.', 'By 9:30 p.m., firefighters had not contained the blaze.'],
    ["en, hadn't: two updates", "By 7 p.m., firefighters hadn't contained the blaze.", "By 9:30 p.m., firefighters hadn't contained the blaze."],
    ['en, after is a bound', 'After 7 p.m., the road was closed to traffic.', 'After 9 p.m., the road was closed to traffic.'],
    ['en, before is a bound', 'Police said the attack happened before 7 p.m. on Friday.', 'Police said the attack happened before 9 p.m. on Friday.'],
    ['en, since is a bound', 'Since 7 a.m., rescuers have pulled 12 people from the rubble.', 'Since 9 a.m., rescuers have pulled 12 people from the rubble.'],
    ['vi, sau is a bound', 'Sau 19h, tuyến đường bị phong tỏa.', 'Sau 21h, tuyến đường bị phong tỏa.'],
    ['en, police arrival against the event', 'Police arrived by 7 p.m., after the shooting.', 'The shooting happened by 9 p.m., police said.'],
  ])('%s', (_name, a, b) => {
    expect(flags(a, b).filter(([kind]) => kind === 'date')).toEqual([])
  })
})
