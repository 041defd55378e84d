import { describe, expect, it } from 'vitest'
import { compatibleReason, dimensionOf, roundingUnit } from '../../../src/diverge/reasons/compatible'
import { extractDates } from '../../../src/diverge/extract/dates/dates'
import type { Fact, NumberFact } from '../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../src/diverge/extract/numbers/numbers'

/** The number of `sentence` whose text contains `value`. */
function number(sentence: string, value: string): NumberFact {
  const found = extractNumbers(sentence).find((f) => f.text.includes(value))
  if (!found) throw new Error(`no number "${value}" in "${sentence}"`)
  return found
}

describe('compatibleReason: values that do not contradict, with the reason', () => {
  it.each([
    ['rounding, vi decimals', 'Sản lượng đạt 74,971 triệu tấn.', '74,971', 'Sản lượng đạt 74,97 triệu tấn.', '74,97', 'rounding'],
    ['rounding, vi millions vs the exact count', 'Dân số là 20,34 triệu người.', '20,34', 'Dân số là 20.336.080 người.', '20.336.080', 'rounding'],
    ['rounding, en billions', 'Sales were $6.3 billion.', '6.3', 'Sales were $6.32 billion.', '6.32', 'rounding'],
    ['rounding, en percent', 'It rose 1.23 percent.', '1.23', 'It rose 1.2 percent.', '1.2', 'rounding'],
    ['rounding of a small figure under a third, en', 'Prices rose 1 percent last month.', '1', 'Prices rose 1.3 percent last month.', '1.3', 'rounding'],
    ['a change, then the level it reached, is no range', 'The index slipped 1.23 percent to 981.73.', '1.23', 'The index slipped 1.2 percent to 981.73.', '1.2', 'rounding'],
    ['a change in percent, then a level in dollars', 'Spending would rise 4.6 percent to $247 billion.', '247', 'Spending will rise 4.6 percent to $247.4 billion.', '247.4', 'rounding'],
    ['rounding, a round figure', 'It is 60,000 years old.', '60,000', 'It is 59,619 years old.', '59,619', 'rounding'],
    ['hedge: less than', 'It cost less than $1 billion.', '1', 'It cost $952 million.', '952', 'approximation'],
    ['hedge: hơn', 'Có hơn 40.000 người tham dự.', '40.000', 'Có 40.215 người tham dự.', '40.215', 'approximation'],
    ['hedge: about', 'About 10 percent of voters.', '10', 'Just 9.6 percent of voters.', '9.6', 'approximation'],
    ['hedge: gần', 'Giảm gần 64.000 tỷ đồng.', '64.000', 'Giảm 63.630 tỷ đồng.', '63.630', 'approximation'],
    ['hedge: around a figure to its fourth decimal, within a few of that decimal', 'The euro hit around 1.5292 francs.', '1.5292', 'The euro hit 1.5290 francs.', '1.5290', 'approximation'],
    ['hedge: khoảng a figure to its last unit, within a few units', 'Có khoảng 1.253 người tham dự.', '1.253', 'Có 1.250 người tham dự.', '1.250', 'approximation'],
    ['hedges that meet: approached / at least', 'The toll approached 770 people.', '770', 'The toll was at least 767 people.', '767', 'approximation'],
    ['units: miles and km', 'The fire spread 30 miles.', '30', 'The fire spread 48 km.', '48', 'unit'],
    ['units: dặm and km', 'Cháy kéo dài 1.000 dặm.', '1.000', 'Cháy kéo dài 1.600 km.', '1.600', 'unit'],
    ['units: héc-ta and ha (vi)', 'Lửa đã thiêu rụi 25.800 héc-ta rừng.', '25.800', 'Lửa đã thiêu rụi 25.800 ha rừng.', '25.800', 'unit'],
    ['units: hectares and ha (en)', 'The fires burnt 80,000 hectares.', '80,000', 'The fires burnt 80,000 ha.', '80,000', 'unit'],
    ['units: mm and cm (en)', 'Some 20 mm of rain fell.', '20', 'Some 2 cm of rain fell.', '2', 'unit'],
    ['units: milimét and xăng-ti-mét (vi)', 'Lượng mưa đạt 20 milimét.', '20', 'Lượng mưa đạt 2 xăng-ti-mét.', '2', 'unit'],
    ['units: mg and g (en)', 'The dose was 500 mg a day.', '500', 'The dose was 0.5 g a day.', '0.5', 'unit'],
    ['units: miligam and gam (vi)', 'Liều dùng là 500 miligam.', '500', 'Liều dùng là 0,5 gam.', '0,5', 'unit'],
    ['units: ml and litres (en)', 'Officers found 500 ml of acid.', '500', 'Officers found 0.5 litres of acid.', '0.5', 'unit'],
    ['units: mi-li-lít and lít (vi)', 'Thu giữ 500 mi-li-lít axit.', '500', 'Thu giữ 0,5 lít axit.', '0,5', 'unit'],
    ['units: m and km (en)', 'It buried a 500 m stretch.', '500', 'It buried a 0.5 km stretch.', '0.5', 'unit'],
    ['units: ki-lô-mét and mét (vi)', 'Đất đá vùi lấp 5 ki-lô-mét đường.', '5', 'Đất đá vùi lấp 5.000 mét đường.', '5.000', 'unit'],
    ['range holds the value', 'It takes 16 to 18 weeks.', '18', 'It takes 17 weeks.', '17', 'range'],
    ['a hyphenated word range holds the value', 'Adults ages 18-to-64 were polled.', '64', 'Adults aged 30 were polled.', '30', 'range'],
    ['a range "từ … cho đến" holds the value', 'Người từ 18 cho đến 64 tuổi được khảo sát.', '64', 'Người 30 tuổi được khảo sát.', '30', 'range'],
    ['two reporters rounding in their own words', 'Some 55 gang members were arrested.', '55', 'About 57 gang members were arrested.', '57', 'approximation'],
    ['two reporters rounding in their own words, vi', 'Có khoảng 55 người bị bắt.', '55', 'Có chừng 57 người bị bắt.', '57', 'approximation'],
    ['a bound before an approximation', 'Shares closed down nearly 12 percent.', '12', 'Shares dropped as much as about 16 percent.', '16', 'approximation'],
    ['rounding at the last written digit', 'AT&T climbed 4.4 percent.', '4.4', 'AT&T climbed 4 percent.', '4', 'rounding'],
    ['rounding at the last written digit, vi', 'Tăng trưởng đạt 5,4%.', '5,4', 'Tăng trưởng đạt 5%.', '5', 'rounding'],
    ['a hedged end of a range', 'It ranged from less than $1 billion to $2.8 billion.', '1', 'It was $952 million or $2.8 billion.', '952', 'approximation'],
  ])('%s', (_name, a, va, b, vb, reason) => {
    expect(compatibleReason(number(a, va), number(b, vb))).toBe(reason)
    expect(compatibleReason(number(b, vb), number(a, va))).toBe(reason)
  })

  it.each([
    ['a hedge the other value breaks', 'It burned more than 12,400 acres.', '12,400', 'It burned 11,400 acres.', '11,400'],
    ['two bounds of one kind', 'At least 27 troops died.', '27', 'At least 26 troops died.', '26'],
    ['two abouts too far apart', 'It costs about $19 billion.', '19', 'It costs about $21 billion.', '21'],
    ['over and a lower value', 'It costs $1.8 billion.', '1.8', 'It costs over $2 billion.', '2'],
    ['a round figure is not any figure', 'Kho có hơn 1.300 tấn.', '1.300', 'Kho có lên tới 1.000 tấn.', '1.000'],
    ['cents are exact', 'It closed at $38.28.', '38.28', 'It closed at $38.30.', '38.30'],
    ['one figure in mm and cm is two lengths', 'Some 20 mm of rain fell.', '20', 'Some 20 cm of rain fell.', '20'],
    ['one figure in mg and g is two masses', 'The dose was 500 mg a day.', '500', 'The dose was 500 g a day.', '500'],
    ['one figure in ml and lít is two volumes', 'Thu giữ 500 ml axit.', '500', 'Thu giữ 500 lít axit.', '500'],
    ['a volume is no mass', 'Thu giữ 500 ml axit.', '500', 'Thu giữ 0,5 kg axit.', '0,5'],
    ['m and km a thousand apart', 'It buried a 500 m stretch.', '500', 'It buried a 5 km stretch.', '5'],
    ['rounding within the digits but too far', 'It rose 40 percent.', '40', 'It rose 43 percent.', '43'],
    ['two ranges compare end by end', 'Có từ 400 đến 900 người.', '400', 'Có từ 500 đến 900 người.', '500'],
    ['a hyphenated word range against another range', 'Rates rose among people 18-to-64.', '64', 'Rates rose among people 18 to 24.', '24'],
    ['a range "từ … cho đến" against another range', 'Có từ 18 cho đến 64 tuổi.', '64', 'Có từ 18 đến 24 tuổi.', '24'],
    ['a hedge across a sentence break is no hedge', 'Chúng tôi tự tin hơn. 2 bàn thắng', '2', 'Chúng tôi tự tin. 1 bàn thắng', '1'],
    ['scores are exact', 'Chelsea thắng 2-1.', '2-1', 'Chelsea thắng 2-0.', '2-0'],
    ['two approximations in the same words', 'Có khoảng 35 người.', '35', 'Có khoảng 36 người.', '36'],
    ['two approximations in the same words, en', 'It lies about 320 miles east.', '320', 'It lies about 300 miles east.', '300'],
    ['a round figure stays exact beyond 7 %', 'Kho có 1.000 tấn.', '1.000', 'Kho có 1.300 tấn.', '1.300'],
    ['a last digit that does not round', 'Trị giá 18,9 tỷ peso.', '18,9', 'Trị giá 18 tỷ peso.', '18'],
    ['rounding hides no third of the value, en', 'Prices rose 1 percent last month.', '1', 'Prices rose 0.5 percent last month.', '0.5'],
    ['rounding hides no third of the value, vi', 'Lãi tăng 1 phần trăm.', '1', 'Lãi tăng 0,5 phần trăm.', '0,5'],
    // 4 % of 1.5292 would reach 1.47: a writer who gives the fourth decimal does not hedge the second
    ['around a figure to its fourth decimal, beyond a few of that decimal', 'The euro hit its highest around 1.5292 earlier.', '1.5292', 'The euro hit its highest of 1.5261 earlier.', '1.5261'],
    ['khoảng a figure to its last unit, beyond a few units', 'Có khoảng 1.253 người tham dự.', '1.253', 'Có 1.240 người tham dự.', '1.240'],
  ])('no reason: %s', (_name, a, va, b, vb) => {
    expect(compatibleReason(number(a, va), number(b, vb))).toBeUndefined()
  })
})

/** The year of `sentence` whose text contains `value`: a number ("around 1900") or a date ("năm 1900"). */
function year(sentence: string, value: string): Fact {
  const found = [...extractNumbers(sentence), ...extractDates(sentence)].find((f) => f.text.includes(value))
  if (!found) throw new Error(`no year "${value}" in "${sentence}"`)
  return found
}

// review-l Y1: a year is a name of its own (2019 does not round to 2020), but a hedged one is an
// approximation: a year round to its decade covers half a decade either side, any other two years.
describe('compatibleReason: a hedged year against an exact one', () => {
  it.each([
    ['en, around a round year', 'The church was built around 1900 by French missionaries.', '1900', 'The church was built in 1904 by French missionaries.', '1904', 'approximation'],
    ['en, circa', 'The bridge dates from circa 1850.', '1850', 'The bridge dates from 1848.', '1848', 'approximation'],
    ['en, about a year not round', 'The school opened in about 1996.', '1996', 'The school opened in 1997.', '1997', 'approximation'],
    ['vi, khoảng năm', 'Nhà thờ được xây dựng khoảng năm 1900 bởi các nhà truyền giáo Pháp.', '1900', 'Nhà thờ được xây dựng năm 1904 bởi các nhà truyền giáo Pháp.', '1904', 'approximation'],
    ['vi, vào khoảng năm, a year not round', 'Ngôi trường mở cửa vào khoảng năm 1996.', '1996', 'Ngôi trường mở cửa năm 1997.', '1997', 'approximation'],
    ['vi, khoảng năm, a decade year two off', 'Nhà máy đi vào hoạt động khoảng năm 2010.', '2010', 'Nhà máy đi vào hoạt động năm 2012.', '2012', 'approximation'],
    // review-n 4-5: a hedge covers the precision its round figure shows (a century ±5, a decade ±2, a year ±1), not half a decade of any round year
    ['en, around a decade year, four off', 'The factory opened around 1990, workers said.', '1990', 'The factory opened in 1994, workers said.', '1994', undefined],
    ['en, born around a decade year, five off', 'Smith, born around 1950, served in the army.', '1950', 'Smith, born in 1955, served in the army.', '1955', undefined],
    ['vi, khoảng năm, a decade year five off', 'Khoảng năm 2010, ông Nam bắt đầu kinh doanh.', '2010', 'Năm 2015, ông Nam bắt đầu kinh doanh.', '2015', undefined],
    ['en, around a year not round, two off', 'The project began around 2021, officials said.', '2021', 'The project began in 2023, officials said.', '2023', undefined],
    ['vi, khoảng năm, a year not round, two off', 'Dự án khởi công khoảng năm 2021, lãnh đạo huyện cho biết.', '2021', 'Dự án khởi công năm 2023, lãnh đạo huyện cho biết.', '2023', undefined],
    ['en, around a decade year, three off', 'The bridge was built around 1990.', '1990', 'The bridge was built in 1987.', '1987', undefined],
    ['en, around a century year, six off', 'The church was built around 1900.', '1900', 'The church was built in 1906.', '1906', undefined],
    ['en, two exact years never round', 'The company was founded in 2019.', '2019', 'The company was founded in 2020.', '2020', undefined],
    ['vi, two exact years never round', 'Công ty được thành lập năm 2019.', '2019', 'Công ty được thành lập năm 2020.', '2020', undefined],
    ['en, around a round year, a decade off', 'The church was built around 1900.', '1900', 'The church was built in 1910.', '1910', undefined],
    ['vi, khoảng năm, a decade off', 'Nhà thờ được xây dựng khoảng năm 1900.', '1900', 'Nhà thờ được xây dựng năm 1910.', '1910', undefined],
    ['en, about a year not round, two years off', 'The school opened in about 1996.', '1996', 'The school opened in 1998.', '1998', undefined],
    ['en, a bound is no approximation', 'The church was built before 1900.', '1900', 'The church was built in 1904.', '1904', undefined],
  ])('%s', (_name, a, va, b, vb, reason) => {
    expect(compatibleReason(year(a, va), year(b, vb))).toBe(reason)
    expect(compatibleReason(year(b, vb), year(a, va))).toBe(reason)
  })
})

describe('roundingUnit', () => {
  it.each([
    ['$6.32 billion', '6.32', 1e7],
    ['3 tỉ đồng', '3', 1e9],
    ['400 triệu đồng', '400', 1e6],
    ['60,000 years', '60,000', 1e4],
    ['40 percent', '40', 1],
    ['38.30 USD', '38.30', 0.01],
  ])('%s: unit %d', (text, value, unit) => {
    expect(roundingUnit(number(text, value))).toBeCloseTo(unit, 6)
  })
})

describe('the measure a counted unit names', () => {
  const first = (text: string): NumberFact => extractNumbers(text)[0]!
  it.each([
    ['en: nautical miles', 'The boat was 20 nautical miles off.', 'length'],
    ['vi: hải lý', 'Con tàu cách bờ 20 hải lý.', 'length'],
    // traps: "hải" alone names no measure
    ['vi trap: hải quân counts sailors', 'Có 3 hải quân bị thương.', undefined],
    ['en trap: a counted noun', 'Some 200 people gathered.', undefined],
  ])('%s', (_label, text, expected) => {
    expect(dimensionOf(first(text))).toBe(expected)
  })
})
