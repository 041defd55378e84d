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
    ['en: the ocean and the Atlantic (a place and one containing it)', 'EgyptAir Flight 990 crashed into the ocean at 1:40 a.m. on Sunday.', 'The Boeing 767 crashed into the Atlantic at 1:52 a.m. Sunday, about 30 minutes after takeoff.', ['1:40 a.m.', '1:52 a.m.']],
    ['vi: an explosion timed twice', 'Một vụ nổ lớn xảy ra tại nhà kho hóa chất ở Bình Dương lúc 15 giờ 10 phút chiều Chủ nhật, làm 3 công nhân bị thương.', 'Theo cơ quan chức năng, vụ nổ xảy ra ở khu vực chứa dung môi lúc 15 giờ 40 phút chiều Chủ nhật.', ['15 giờ 10 phút chiều', '15 giờ 40 phút chiều']],
  ])('%s: contradicts', (_why, a, b, pair) => {
    expect(clockFlags(a, b)).toEqual([pair])
  })

  it.each([
    ['en: the crash against rescuers arriving', 'EgyptAir Flight 990 crashed into the Atlantic at 1:40 a.m. on Sunday, killing all 217 people aboard.', 'Coast Guard cutters arrived at the crash site off Nantucket at 2:30 a.m. Sunday, officials said.'],
    ['en: a crash and a fire', 'A tanker truck crashed into a wall on Route 9 at 1:40 a.m. on Sunday, police said.', 'A fire broke out in a warehouse near Route 9 at 1:52 a.m. Sunday, police said.'],
    ['en: within the hedge', 'EgyptAir Flight 990 crashed into the Atlantic at about 2 a.m. on Sunday, killing all 217 people aboard.', 'The Boeing 767 crashed into the ocean off Nantucket at 1:52 a.m. Sunday, about 30 minutes after takeoff.'],
    ['vi: the explosion against firefighters arriving', 'Một vụ nổ lớn xảy ra tại nhà kho hóa chất ở Bình Dương lúc 15 giờ 10 phút chiều Chủ nhật, làm 3 công nhân bị thương.', 'Lực lượng cứu hỏa có mặt tại hiện trường lúc 15 giờ 40 phút chiều Chủ nhật.'],
    // review rdays45: a place phrase read away must not hide that the two places, or the two flights, differ
    ['en: two bombs in two places', 'A bomb exploded in the Kuta market at 10:05 p.m. on Saturday, killing 12.', 'A bomb exploded outside the U.S. consulate in Denpasar at 10:40 p.m. Saturday, police said.'],
    ['en: two planes, two towers', 'American Airlines Flight 11 crashed into the north tower at 8:46 a.m. on Tuesday.', 'United Airlines Flight 175 crashed into the south tower at 9:03 a.m. Tuesday, officials said.'],
    ['en: two flights, one place', 'Flight 11 crashed into the tower at 8:46 a.m. on Tuesday.', 'Flight 175 crashed into the tower at 9:03 a.m. Tuesday, officials said.'],
    ['vi: two bombs in two places', 'Một quả bom phát nổ tại chợ Kuta lúc 22 giờ 5 phút tối thứ Bảy, làm 12 người chết.', 'Một quả bom khác phát nổ gần lãnh sự quán Mỹ ở Denpasar lúc 22 giờ 40 phút tối thứ Bảy.'],
    ['vi: two towers', 'Quả bom phát nổ tại tháp phía bắc lúc 8 giờ 46 phút sáng thứ Ba, làm 12 người chết.', 'Theo cảnh sát, vụ nổ xảy ra ở tháp phía nam lúc 9 giờ 3 phút sáng thứ Ba.'],
    ['fr: two towers', 'Un Boeing 767 s’est écrasé dans la tour nord à 8h46 mardi, tuant des centaines de personnes.', 'Selon la police, l’explosion s’est produite dans la tour sud à 9h03 mardi.'],
    ['fr: the start against the torch lit', 'La cérémonie a commencé au Stade national de Pékin à 20h00, devant 91.000 spectateurs.', 'La vasque olympique a été allumée dans le stade à 20h08 par Li Ning, sous les applaudissements.'],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(clockFlags(a, b)).toEqual([])
  })
})
