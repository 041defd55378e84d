/**
 * Each report's one time of the event, a place between the event and its time (issue 11): *crashed
 * into the Atlantic at 1:40 a.m.* / *crashed into the ocean off Nantucket at 1:52 a.m.*, *vụ nổ
 * xảy ra tại một nhà kho lúc 15 giờ 10* / *… ở nhà kho lúc 15 giờ 40*. Only when both clauses tell
 * one kind of event; another moment (rescuers arriving, a torch lit after the start) is another slot.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const CLOCK = /\d[:h]\d\d|giờ|a\.m\.|p\.m\./u
const clockFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date' && CLOCK.test(d.a?.text ?? '') && CLOCK.test(d.b?.text ?? ''))
    .map((d) => [d.a!.text, d.b!.text])

describe('the one time of one event, past a place phrase', () => {
  it.each([
    ['en: a crash timed twice', 'EgyptAir Flight 990 crashed into the Atlantic at 1:40 a.m. on Sunday.', 'The Boeing 767 crashed into the ocean at 1:52 a.m. Sunday, about 30 minutes after takeoff.', ['1:40 a.m.', '1:52 a.m.']],
    ['vi: an explosion timed twice', 'Một vụ nổ lớn xảy ra tại nhà kho hóa chất ở Bình Dương lúc 15 giờ 10 phút chiều Chủ nhật, làm 3 công nhân bị thương.', 'Theo cơ quan chức năng, vụ nổ xảy ra ở khu vực chứa dung môi lúc 15 giờ 40 phút chiều Chủ nhật.', ['15 giờ 10 phút chiều', '15 giờ 40 phút chiều']],
  ])('%s: contradicts', (_why, a, b, pair) => {
    expect(clockFlags(a, b)).toEqual([pair])
  })

  it.each([
    ['en: the crash against rescuers arriving', 'EgyptAir Flight 990 crashed into the Atlantic at 1:40 a.m. on Sunday, killing all 217 people aboard.', 'Coast Guard cutters arrived at the crash site off Nantucket at 2:30 a.m. Sunday, officials said.'],
    ['en: a crash and a fire', 'A tanker truck crashed into a wall on Route 9 at 1:40 a.m. on Sunday, police said.', 'A fire broke out in a warehouse near Route 9 at 1:52 a.m. Sunday, police said.'],
    ['en: within the hedge', 'EgyptAir Flight 990 crashed into the Atlantic at about 2 a.m. on Sunday, killing all 217 people aboard.', 'The Boeing 767 crashed into the ocean off Nantucket at 1:52 a.m. Sunday, about 30 minutes after takeoff.'],
    ['vi: the explosion against firefighters arriving', 'Một vụ nổ lớn xảy ra tại nhà kho hóa chất ở Bình Dương lúc 15 giờ 10 phút chiều Chủ nhật, làm 3 công nhân bị thương.', 'Lực lượng cứu hỏa có mặt tại hiện trường lúc 15 giờ 40 phút chiều Chủ nhật.'],
    ['fr: the start against the torch lit', 'La cérémonie a commencé au Stade national de Pékin à 20h00, devant 91.000 spectateurs.', 'La vasque olympique a été allumée dans le stade à 20h08 par Li Ning, sous les applaudissements.'],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(clockFlags(a, b)).toEqual([])
  })
})
