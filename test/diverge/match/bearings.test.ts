/**
 * A distance's bearing (bearings.ts): one distance at two bearings a quarter turn apart is one slot
 * with two values (the Taiwan quake's epicentre, VietnameseMDS cluster 40, gold29-1: 53 km southwest
 * vs northwest of Hualien). Case, spelling and neighbouring points are no contradiction; two
 * reference places are two slots.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const read = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b })
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => d.message)

const vi = (where: string): string => `Tâm chấn nằm cách ${where}, ở độ sâu khoảng 19,5 km.`
const en = (where: string): string => `The epicentre was ${where} at a depth of 19.5 km, the bureau said.`

describe('bearings of one distance', () => {
  it.each([
    ['vi: southwest / northwest (gold29-1)', vi('thành phố Hoa Liên 53 km về phía tây nam'), vi('thành phố Hoa Liên 53km về phía Tây Bắc'), ['Report A gives the count of km as "53 km về phía tây nam" where Report B gives "53km về phía Tây Bắc".']],
    ['vi: north / south, "hướng"', vi('Hà Nội 20 km theo hướng bắc'), vi('Hà Nội 20 km theo hướng nam'), ['Report A gives the count of km as "20 km theo hướng bắc" where Report B gives "20 km theo hướng nam".']],
    ['en: southwest / northwest', en('53 km southwest of Hualien'), en('53 km northwest of Hualien'), ['Report A gives the count of km as "53 km southwest of" where Report B gives "53 km northwest of".']],
    ['en: letters and a conversion in brackets', en('53 km (33 miles) SW of Hualien'), en('53 km (33 miles) NE of Hualien'), ['Report A gives the count of km as "53 km (33 miles) SW of" where Report B gives "53 km (33 miles) NE of".']],
    // traps
    ['vi trap: case only', vi('thành phố Hoa Liên 53 km về phía tây nam'), vi('thành phố Hoa Liên 53 km về phía Tây Nam'), []],
    ['en trap: south-west / southwest / SW', en('53 km south-west of Hualien'), en('53 km SW of Hualien'), []],
    ['en trap: southwest / south west', en('53 km southwest of Hualien'), en('53 km south west of Hualien'), []],
    ['en trap: neighbouring points (south / southwest)', en('53 km south of Hualien'), en('53 km southwest of Hualien'), []],
    ['en trap: two reference places', en('53 km southwest of Hanoi'), en('53 km northwest of the border'), []],
    ['vi trap: two reference places', vi('Hà Nội 53 km về phía tây nam'), vi('biên giới 53 km về phía tây bắc'), []],
    ['vi trap: a place the compass word opens (Tây Nguyên)', vi('Hà Nội 53 km về phía Tây Nguyên'), vi('Hà Nội 53 km về phía đông'), []],
    ['en trap: a bearing on one side only', en('53 km southwest of Hualien'), en('53 km from Hualien'), []],
  ])('%s', (_, a, b, expected) => {
    expect(read(a, b)).toEqual(expected)
  })
})
