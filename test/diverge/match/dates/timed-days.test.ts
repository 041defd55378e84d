/**
 * One event's day at one time of day across sentences the aligner does not link (issue 11,
 * timed-days.ts and day-parts.ts): a flight leaving in the evening of the 24th in one report and at
 * 22h on the 23rd in the other is one departure misdated. Traps: the next morning's follow-up, a gap
 * a time zone closes, the day an airline announced something, a landing against a departure, two
 * flights of one kind on one side, the same night told from both sides of midnight.
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
    ['vi: an evening and 22h, a day apart', VI_A('khởi hành từ Cancún tối 24/8 (giờ địa phương)'), VI_B('cất cánh lúc 22h ngày 23/8'), [['24/8', '23/8']]],
    // day-parts.ts: the other report's *sáng 24/8* (a replacement flight) does not state *tối 24/8*
    ['vi: the other report gives the day only for the next morning', VI_A('khởi hành từ Cancún tối 24/8'), `${VI_B('cất cánh lúc 22h ngày 23/8')} Hãng đã bố trí một máy bay khác đưa khách đi tiếp vào sáng 24/8.`, [['24/8', '23/8']]],
    ['vi: a night and 21h30, two days apart', VI_A('xuất phát từ Cancún đêm 25/8'), VI_B('cất cánh lúc 21h30 ngày 23/8'), [['25/8', '23/8']]],
    ['en: the evening of one day, 10 p.m. on the day before', EN_A('departed Cancun on the evening of Aug. 24'), EN_B('took off at 10 p.m. on Aug. 23'), [['Aug. 24', 'Aug. 23']]],
    ['fr: le soir du 24, à 22h le 23', FR_A('a décollé de Cancún le 24 août au soir'), FR_B('a décollé à 22h le 23 août'), [['24 août', '23 août']]],
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
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
