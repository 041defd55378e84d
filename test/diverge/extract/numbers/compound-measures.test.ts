import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

/** Each figure of the text as "text = value unit". */
const figures = (text: string): string[] => extractNumbers(text).map((f) => `${f.text} = ${f.value} ${f.unit}`)

/** Every equivalence compare() lists, as "A | B: reason". */
function equivalences(a: string, b: string): string[] {
  return compare(a, b).equivalences.map((e) => `${e.a.text} | ${e.b.text}: ${e.reason}`)
}

describe('one quantity written in two units is one figure in the smaller unit', () => {
  it.each([
    ['vi: metres and centimetres', 'Vận động viên cao 2 m 6 cm.', ['2 m 6 cm = 206 cm']],
    ['vi: hours and minutes, a duration in its larger unit', 'Chuyến bay kéo dài 1 giờ 20 phút.', ['1 giờ 20 phút = 1.333333 hour']],
    ['vi: tiếng and phút', 'Cuộc họp kéo dài 1 tiếng 15 phút.', ['1 tiếng 15 phút = 1.25 hour']],
    ['vi: market weights', 'Con lợn nặng 2 tạ 5 yến.', ['2 tạ 5 yến = 25 yến']],
    ['vi: years and months of a sentence', 'Bị cáo bị tuyên phạt 2 năm 6 tháng tù.', ['2 năm 6 tháng = 2.5 year']],
    ['vi: a glued height in metres and centimetres', 'Cầu thủ cao 1m70 và nặng 65 kg.', ['1m70 = 170 cm', '65 kg = 65 kg']],
    ['vi: a glued height with its tenths', 'Cầu thủ cao 1m7.', ['1m7 = 170 cm']],
    ['vi: two bare digits after whole metres', 'Cầu thủ cao 1 m 70 và nặng 65 kg.', ['1 m 70 = 170 cm', '65 kg = 65 kg']],
    ['en: feet and inches, two-digit inches before in', 'He is 5 ft 10 in tall.', ['5 ft 10 in = 70 inch']],
    ['en: feet and inches, the inches a bare figure before in', 'The suspect is 5 ft 9 in tall.', ['5 ft 9 in = 69 inch']],
    ['en: feet and inches joined by and', 'He stands 6 feet and 2 inches.', ['6 feet and 2 inches = 74 inch']],
    ['en: kilograms and grams', 'The baby weighed 3 kg 200 g.', ['3 kg 200 g = 3200 g']],
    ['en: a hyphened height', 'The suspect, who is 5-foot-9, fled.', ['5-foot-9 = 69 inch']],
    ['en: a height in foot and inch marks', 'The center, who is 6\'2", signed.', ['6\'2" = 74 inch']],
    ['ru: metres and centimetres', 'Рост баскетболиста составляет 2 м 6 см.', ['2 м 6 см = 206 см']],
    ['de: hours and minutes read from bare figures', 'Die Sitzung dauerte 1 Stunde 20 Minuten.', ['1 Stunde 20 Minuten = 1.333333 hour']],
    // traps: two figures stay two
    ['en: a list of two measures', 'It is 2 m, 6 cm thick.', ['2 m = 2 m', '6 cm = 6 cm']],
    ['vi: more minutes than an hour holds', 'Trận đấu kéo dài 1 giờ 90 phút.', ['1 giờ = 1 hour', '90 phút = 90 minute']],
    ['en: a smaller unit first', 'It took 20 minutes 1 hour later.', ['20 minutes = 20 minute', '1 hour = 1 hour']],
    ['en: in as a preposition, no feet before it', 'Polls say 9 in 10 agree.', ['9 = 9 ', '10 agree = 10 agree']],
    ['vi: a count after metres is no centimetres', 'Phòng dài 5 m có 20 người.', ['5 m = 5 m', '20 người = 20 người']],
    ['vi: bare digits after kilometres are no centimetres', 'Dài 2 km 50 và rộng 3 m.', ['2 km = 2 km', '50 = 50 ', '3 m = 3 m']],
    ['en: a fractional larger unit', 'The rod is 2.5 m 6 cm long.', ['2.5 m = 2.5 m', '6 cm = 6 cm']],
  ])('%s', (_name, text, expected) => {
    expect(figures(text)).toEqual(expected)
  })
})

describe('a compound against one unit across two reports', () => {
  it.each([
    ['vi: 2 tạ 5 yến / 250 kg', 'Con lợn nặng 2 tạ 5 yến được bán với giá cao.', 'Con lợn nặng 250 kg được bán với giá cao.', ['2 tạ 5 yến | 250 kg: unit']],
    ['en: 3 kg 200 g / 3.2 kg', 'The baby weighed 3 kg 200 g at birth, the hospital said.', 'The baby weighed 3.2 kg at birth, the hospital said.', ['3 kg 200 g | 3.2 kg: unit']],
    ['vi: 1m70 / 1,7 m', 'Cầu thủ cao 1m70 và nặng 65 kg.', 'Cầu thủ cao 1,7 m và nặng 65 kg.', ['1m70 | 1,7 m: unit']],
    ['ru: 2 м 6 см / 2,06 м', 'Рост баскетболиста составляет 2 м 6 см, сообщил клуб.', 'Рост баскетболиста составляет 2,06 м, сообщил клуб.', ['2 м 6 см | 2,06 м: unit']],
  ])('%s: an equivalence', (_name, a, b, expected) => {
    expect(equivalences(a, b)).toEqual(expected)
    expect(figureFlags(a, b)).toEqual([])
  })

  it.each([
    ['en: 5 ft 9 in / 5 ft 11 in', 'The suspect is 5 ft 9 in tall and was wearing a black jacket.', 'The suspect is 5 ft 11 in tall and was wearing a black jacket.', ['5 ft 9 in | 5 ft 11 in']],
    ['en: 6\'2" / 6\'4"', 'The center, who is 6\'2", signed a new contract on Monday.', 'The center, who is 6\'4", signed a new contract on Monday.', ['6\'2" | 6\'4"']],
    ['vi: 1m70 / 1m75', 'Cầu thủ cao 1m70 và nặng 65 kg.', 'Cầu thủ cao 1m75 và nặng 65 kg.', ['1m70 | 1m75']],
    ['vi: 2 năm 6 tháng / 2 năm 9 tháng', 'Bị cáo bị tuyên phạt 2 năm 6 tháng tù vì tội lừa đảo.', 'Bị cáo bị tuyên phạt 2 năm 9 tháng tù vì tội lừa đảo.', ['2 năm 6 tháng | 2 năm 9 tháng']],
    ['ru: 2 м 6 см / 6 м, not 6 см against 6 м', 'Рост баскетболиста составляет 2 м 6 см, сообщил клуб.', 'Рост баскетболиста составляет 6 м, сообщил клуб.', ['2 м 6 см | 6 м']],
  ])('%s: a contradiction over the whole compound', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })

  it('en: one height in two spellings is a format, no flag', () => {
    expect(figureFlags('The suspect, who is 5-foot-9, was wearing a black jacket.', 'The suspect, who is 5 ft 9 in tall, was wearing a black jacket.')).toEqual([])
  })
})
