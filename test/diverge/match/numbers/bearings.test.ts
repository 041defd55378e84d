/**
 * A distance's bearing (bearings.ts): one distance at two bearings a quarter turn apart is one slot
 * with two values (the Taiwan quake's epicentre, VietnameseMDS cluster 40, gold29-1: 53 km southwest
 * vs northwest of Hualien). Case, spelling and neighbouring points are no contradiction; two
 * reference places are two slots.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// contradictions of a number, and any figure reported missing (a distance both give is never missing)
const read = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b })
    .divergences.filter((d) => d.kind === 'number' || (d.kind === 'missing' && d.factType === 'number'))
    .map((d) => (d.kind === 'number' ? d.message : `missing ${(d.a ?? d.b)!.text}`))

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
    // revP B1: the place after a lower-case bearing ("phía tây nam Hà Nội") is its reference, not a name the compass word opens
    ['vi: the place after the bearing (B1)', 'Tâm chấn nằm 53 km về phía tây nam Hà Nội, ở độ sâu 10 km.', 'Tâm chấn nằm 53 km về phía tây bắc Hà Nội, ở độ sâu 10 km.', ['Report A gives the count of km as "53 km về phía tây nam" where Report B gives "53 km về phía tây bắc".']],
    // revP B6: lengths the extractor leaves unnamed or cut (hải lý, dặm, cây số, nautical miles)
    ['vi: nautical miles (hải lý)', 'Tàu cá bị đâm chìm cách đảo Lý Sơn 53 hải lý về phía đông nam.', 'Tàu cá bị đâm chìm cách đảo Lý Sơn 53 hải lý về phía tây bắc.', ['Report A gives the number as "53 hải lý về phía đông nam" where Report B gives "53 hải lý về phía tây bắc".']],
    ['vi: dặm', 'Tàu bị phát hiện cách đảo Lý Sơn 53 dặm về phía đông.', 'Tàu bị phát hiện cách đảo Lý Sơn 53 dặm về phía tây.', ['Report A gives the number as "53 dặm về phía đông" where Report B gives "53 dặm về phía tây".']],
    ['en: nautical miles', 'The boat sank 53 nautical miles east of the island.', 'The boat sank 53 nautical miles west of the island.', ['Report A gives the count of nautical as "53 nautical miles east of" where Report B gives "53 nautical miles west of".']],
    // revP B8: a bearing holds across a unit conversion
    ['en: converted units, two bearings (B8)', en('80 km southwest of Hualien'), en('50 miles northwest of Hualien'), ['Report A gives the count of km as "80 km southwest of" where Report B gives "50 miles northwest of".']],
    // traps. revP B3: a compass word opening a place's name after "to the"
    ['en trap: "to the South Pole" is a place (B3)', 'The plane flew 300 miles to the South Pole before turning back.', 'The plane flew 300 miles to the West Antarctic ice sheet before turning back.', []],
    ['en trap: "to the West Bank border" is a place (B3)', 'Troops pushed 20 km to the West Bank border on Monday.', 'Troops pushed 20 km to the north on Monday.', []],
    ['vi trap: "phía Đông Nam Bộ" is a place', 'Mưa lớn trải dài 200 km về phía Đông Nam Bộ.', 'Mưa lớn trải dài 200 km về phía tây.', []],
    // revP B4: "the capital, Taipei" names Taipei, not an empty place
    ['en trap: the capital in apposition is another place (B4)', 'The quake struck 53 km southwest of Hualien, officials said.', 'The quake struck 53 km northwest of the capital, Taipei, officials said.', []],
    // revP B5: a shared head word ("trung tâm") does not make two cities one place
    ['vi trap: "trung tâm Hà Nội" / "trung tâm Hải Phòng" (B5)', vi('trung tâm Hà Nội 53 km về phía tây'), vi('trung tâm Hải Phòng 53 km về phía bắc'), []],
    // revP B2: the place after "của" is the reference; two places, so no contradiction and no missing figure
    ['vi trap: two places after "của" (B2)', 'Tâm chấn nằm cách 53 km về phía tây nam của Hà Nội.', 'Tâm chấn nằm cách 53 km về phía tây bắc của Hải Phòng.', []],
  ])('%s', (_, a, b, expected) => {
    expect(read(a, b)).toEqual(expected)
  })
})
