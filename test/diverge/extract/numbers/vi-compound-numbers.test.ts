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
