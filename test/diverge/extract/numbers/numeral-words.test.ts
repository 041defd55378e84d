/**
 * A spelled Vietnamese count before a time noun is a duration, "năm" too (issue 11, review of real
 * reports): "Trong năm năm qua" (the past five years) read the first "năm" as the year, so "5 năm"
 * of the other report had no partner. "năm" stays the year where a plural makes it years ("những
 * năm tháng"), before a non-time noun ("năm học"), or when the next "năm" opens the figure itself.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const read = (text: string) => extractNumbers(text, [], { notation: 'vi' }).map((f) => [f.text, f.kind, f.value, f.unit])

describe('năm before a time noun', () => {
  it.each([
    ['vi: trong năm năm qua is five years', 'Trong năm năm qua, giá tăng.', [['năm năm', 'duration', 5, 'year']]],
    ['vi: nhiệm kỳ năm năm is five years', 'Ông bắt đầu nhiệm kỳ năm năm mới.', [['năm năm', 'duration', 5, 'year']]],
    ['vi: sau năm tháng is five months', 'Sau năm tháng điều trị, anh xuất viện.', [['năm tháng', 'duration', 5, 'month']]],
    ['vi: năm phút is five minutes', 'Chỉ năm phút sau, xe cứu thương đến.', [['năm phút', 'duration', 5, 'minute']]],
    ['vi: ba năm, as before', 'Trong ba năm qua, giá tăng.', [['ba năm', 'duration', 3, 'year']]],
    ['vi: hai tháng, as before', 'Hai tháng qua giá tăng.', [['Hai tháng', 'duration', 2, 'month']]],
    ['vi trap: những năm tháng are years', 'Trong những năm tháng khó khăn, ông ở lại.', []],
    ['vi trap: năm học is the school year', 'Năm học mới bắt đầu.', []],
    ['vi trap: đầu năm năm người: the year, then five people', 'Đầu năm năm người chết vì lũ.', [['năm người', 'count', 5, 'người']]],
    ['vi trap: đầu năm năm phần trăm: the year, then five percent', 'Sáu tháng đầu năm năm phần trăm hộ dân được hỗ trợ.', [['Sáu tháng', 'duration', 6, 'month'], ['năm phần trăm', 'percent', 5, '']]],
    ['vi trap: lúc năm giờ is a time of day', 'Lúc năm giờ sáng, mưa to.', []],
    // review I: a part of the day makes "năm giờ" five o'clock; "theo / quanh / cả năm", "suốt năm tháng" the years
    ['vi trap: vào năm giờ chiều is a time of day', 'Vào năm giờ chiều, đoàn xe lăn bánh.', []],
    ['vi trap: năm giờ sáng opening a sentence is a time of day', 'Năm giờ sáng, đoàn xe lăn bánh.', []],
    ['vi: năm giờ đồng hồ is five hours', 'Năm giờ đồng hồ sau, cứu hộ đến.', [['Năm giờ', 'duration', 5, 'hour']]],
    ['vi trap: theo năm tháng is over the years', 'Theo năm tháng, ngôi nhà cổ đã xuống cấp.', []],
    ['vi trap: quanh năm is all year round', 'Quanh năm tháng nào cũng có lễ hội.', []],
    ['vi trap: cả năm is the whole year', 'Cả năm tháng nào cũng có mưa.', []],
    ['vi trap: suốt năm tháng is through the years', 'Suốt năm tháng chiến tranh, bà chờ con.', []],
    ['vi: suốt năm năm is five years', 'Suốt năm năm qua, giá tăng.', [['năm năm', 'duration', 5, 'year']]],
    // review K: after "cả" / "suốt", a span closed by qua / nay / trời / đồng hồ, or a time noun other than "tháng", is five
    ['vi: cả năm năm trời is five years', 'Ông bị giam cả năm năm trời.', [['năm năm', 'duration', 5, 'year']]],
    ['vi: cả năm tiếng đồng hồ is five hours', 'Người dân chờ cả năm tiếng đồng hồ.', [['năm tiếng', 'duration', 5, 'hour']]],
    ['vi: suốt năm tháng qua is five months', 'Suốt năm tháng qua, ông không về nhà.', [['năm tháng', 'duration', 5, 'month']]],
    ['vi: cả năm tháng nay is five months', 'Cả năm tháng nay ông không về.', [['năm tháng', 'duration', 5, 'month']]],
    ['vi trap: cả năm 2023 is the whole year', 'Cả năm 2023 doanh thu tăng.', [['năm 2023', 'year', 2023, '']]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('in the past five years, in English too', () => {
  it.each([
    ['en: in the past five years', 'In the past five years prices rose.', [['five years', 'duration', 5, 'year']]],
    ['en: two months', 'Two months later he left.', [['Two months', 'duration', 2, 'month']]],
  ])('%s', (_why, text, want) => {
    expect(extractNumbers(text, [], { notation: 'en' }).map((f) => [f.text, f.kind, f.value, f.unit])).toEqual(want)
  })
})

// fixp30b (B19): "Thứ" and its number word both capitalised write a weekday's name, even after a
// word that takes an ordinal ("người thứ hai", the second person). No English case: English writes
// weekdays by name.
describe('a capitalised Thứ Hai is a weekday, not a rank', () => {
  it.each([
    ['vi: người Thứ Hai tuần này is Monday', 'Cảnh sát bắt 12 người Thứ Hai tuần này.', [['12 người', 'count', 12, 'người']]],
    ['vi: người Thứ Ba is Tuesday', 'Cảnh sát bắt 15 người Thứ Ba vừa qua.', [['15 người', 'count', 15, 'người']]],
    ['vi trap: người thứ hai is the second person', 'Anh là người thứ hai bị bắt.', [['thứ hai', 'ordinal', 2, '']]],
    ['vi trap: Người thứ hai opening a sentence is a rank', 'Người thứ hai bị bắt hôm qua.', [['thứ hai', 'ordinal', 2, '']]],
    // fixr30b (review R 10): title case ("Người Thứ Hai") puts capitals on every word, so they say nothing of a weekday.
    ['vi trap: Người Thứ Hai in title case is a rank', 'Người Thứ Hai của đội, anh Minh, về đích.', [['Thứ Hai', 'ordinal', 2, '']]],
    ['vi trap: Lần Thứ Ba in title case is the third time', 'Anh Minh Vô Địch Lần Thứ Ba.', [['Thứ Ba', 'plain', 3, 'lần']]],
    ['vi trap: lần thứ ba, the same in lower case', 'Anh Minh vô địch lần thứ ba.', [['thứ ba', 'plain', 3, 'lần']]],
    ['vi: title case before Tuần Này is still Monday', 'Bắt Giữ Người Thứ Hai Tuần Này.', []],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})
