/**
 * Spelled numbers past the tens, Vietnamese and English, read whole before what they count:
 * "một trăm linh năm ô tô" was "một trăm linh" counting "linh", "hai trăm năm mươi người" 200
 * years, "one hundred and five trucks" five trucks. Traps: "ba trăm năm lịch sử" stays 300 years,
 * a scale alone stays the suffix reader's multiplier.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơư]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.value, f.unit])

describe('a spelled number past the tens, read whole', () => {
  it.each([
    ['vi: một trăm linh năm', 'Có một trăm linh năm ô tô.', [['một trăm linh năm ô tô', 'count', 105, 'ô tô']]],
    ['vi: hai trăm năm mươi', 'Có hai trăm năm mươi người.', [['hai trăm năm mươi người', 'count', 250, 'người']]],
    ['vi: một nghìn hai trăm', 'Có một nghìn hai trăm người.', [['một nghìn hai trăm người', 'count', 1200, 'người']]],
    ['vi: hai nghìn lẻ năm', 'Có hai nghìn lẻ năm người.', [['hai nghìn lẻ năm người', 'count', 2005, 'người']]],
    ['vi: một triệu hai trăm nghìn', 'Có một triệu hai trăm nghìn người.', [['một triệu hai trăm nghìn người', 'count', 1200000, 'người']]],
    ['vi: a scale after the number stays a multiplier', 'Thu một trăm linh năm tỷ đồng.', [['một trăm linh năm tỷ đồng', 'amount', 105e9, 'vnd']]],
    ['en: twenty one trucks', 'The convoy had twenty one trucks.', [['twenty one trucks', 'count', 21, 'truck']]],
    ['en: one hundred and five trucks', 'The convoy had one hundred and five trucks.', [['one hundred and five trucks', 'count', 105, 'truck']]],
    ['en: two hundred trucks', 'The convoy had two hundred trucks.', [['two hundred trucks', 'count', 200, 'truck']]],
    ['vi trap: ba trăm năm is three hundred years', 'Ba trăm năm lịch sử.', [['Ba trăm năm', 'duration', 300, 'year']]],
    ['vi trap: hai trăm người, one group', 'Có hai trăm người.', [['hai trăm người', 'count', 200, 'người']]],
    ['vi trap: no counted word after it', 'Có hai trăm năm mươi tại đây.', []],
    ['vi trap: cuối năm người dân is the year', 'Cuối năm người dân đổ về.', []],
    ['vi: cả năm người is all five', 'Cả năm người đều bị thương.', [['năm người', 'count', 5, 'người']]],
    ['en trap: a hundred years alone is round', 'A hundred years ago the town flooded.', []],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

/**
 * A number spelled with more than one scale ("two thousand three hundred homes") was read as its
 * last group (300 homes) or not at all, and the other report's 2,300 was a `missing` fact; the
 * spoken short forms of Vietnamese ("một trăm mốt" 110, "hai trăm rưỡi" 250, "ba nghìn rưỡi"
 * 3,500, "một nghìn hai" 1,200) likewise. Traps: a scale no group follows stays a multiplier
 * ("two million dollars"), "năm" after a scale stays ambiguous (years or five), two digits side
 * by side are a range, not a short form ("một hai người").
 */
describe('a number of several scales, or a short spoken form, read whole', () => {
  it.each([
    ['en: two thousand three hundred', 'The fire destroyed two thousand three hundred homes.', [['two thousand three hundred homes', 'count', 2300, 'home']]],
    ['en: two thousand and five', 'The fire destroyed two thousand and five homes.', [['two thousand and five homes', 'count', 2005, 'home']]],
    ['en: one million two hundred thousand', 'Officials counted one million two hundred thousand votes.', [['one million two hundred thousand votes', 'count', 1200000, 'vote']]],
    ['en: three thousand four hundred and twelve', 'It has three thousand four hundred and twelve members.', [['three thousand four hundred and twelve members', 'count', 3412, 'member']]],
    ['en trap: a scale alone stays a multiplier', 'The company lost two million dollars.', [['two million dollars', 'amount', 2e6, 'usd']]],
    ['en trap: three hundred thousand people', 'Some three hundred thousand people fled.', [['three hundred thousand people', 'count', 300000, 'people']]],
    ['vi: một trăm mốt', 'Trường tuyển một trăm mốt học sinh.', [['một trăm mốt học', 'count', 110, 'học']]],
    ['vi: hai trăm rưỡi', 'Dự án có hai trăm rưỡi hộ dân.', [['hai trăm rưỡi hộ', 'count', 250, 'hộ']]],
    ['vi: ba nghìn rưỡi', 'Dự án có ba nghìn rưỡi hộ dân.', [['ba nghìn rưỡi hộ', 'count', 3500, 'hộ']]],
    ['vi: một nghìn hai', 'Có một nghìn hai người.', [['một nghìn hai người', 'count', 1200, 'người']]],
    ['vi: một nghìn hai hộ', 'Dự án có một nghìn hai hộ dân.', [['một nghìn hai hộ', 'count', 1200, 'hộ']]],
    ['vi: hai trăm tư', 'Có hai trăm tư người.', [['hai trăm tư người', 'count', 240, 'người']]],
    ['vi: ba triệu rưỡi đồng', 'Anh nhận ba triệu rưỡi đồng.', [['ba triệu rưỡi đồng', 'amount', 3.5e6, 'vnd']]],
    ['vi trap: tư opens a word (200 consultants)', 'Có hai trăm tư vấn viên.', 'not 240'],
    ['vi trap: two digits after a scale are a range', 'Có một nghìn hai ba người.', 'not 1200'],
    ['vi trap: một after trăm is 101 or 110 by region', 'Có một trăm một người.', 'not 110'],
    ['en trap: a scale no group follows, then another number', 'Two thousand people and three hundred cars.', [['Two thousand people', 'count', 2000, 'people'], ['three hundred cars', 'count', 300, 'car']]],
    ['vi trap: a time word after the short digit is a separate count', 'Giá giảm hai nghìn ba ngày liên tiếp.', 'not 2300'],
    ['vi trap: lần after the short digit counts occasions', 'Giá tăng một nghìn hai lần trong tháng.', 'not 1200'],
    ['vi trap: tháng after the short digit', 'Phí ba triệu hai tháng một lần.', 'not 3200000'],
    ['en: a thousand two hundred', 'The factory employs a thousand two hundred workers.', [['a thousand two hundred workers', 'count', 1200, 'worker']]],
    ['en: one thousand, two hundred', 'The factory employs one thousand, two hundred workers.', [['one thousand, two hundred workers', 'count', 1200, 'worker']]],
    ['en trap: a thousand alone stays round', 'A thousand people fled.', 'not 1200'],
    ['vi trap: năm after a scale stays ambiguous', 'Ba trăm năm lịch sử.', [['Ba trăm năm', 'duration', 300, 'year']]],
    ['vi trap: hai trăm người, one group', 'Có hai trăm người.', [['hai trăm người', 'count', 200, 'người']]],
  ])('%s', (_why, text, want) => {
    if (typeof want === 'string') expect(read(text).map((f) => f[2])).not.toContain(Number(want.slice(4)))
    else expect(read(text)).toEqual(want)
  })
})
