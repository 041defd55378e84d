import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import { approximations, figureFlags } from '../helpers'

/** The number-format equivalences of compare(), as "A | B". */
function numberFormats(a: string, b: string): string[] {
  return compare(a, b)
    .equivalences.filter((e) => e.reason === 'number-format')
    .map((e) => `${e.a.text} | ${e.b.text}`)
}

// Review rdigits59 of digits58 (issue 11): what the Arabic and Persian figure readers missed.
describe('Arabic and Persian scale words in every form news writes them', () => {
  it.each([
    // after 11–99 the counted word is accusative: "ألفًا", "مليونًا", written with or without its tanween
    ['Arabic thousand, accusative', 'قتل في الحرب 12 ألفا من المدنيين.', 'قتل في الحرب 12000 من المدنيين.', '12 ألفا | 12000'],
    ['Arabic thousand, accusative with tanween', 'قتل في الحرب 12 ألفًا من المدنيين.', 'قتل في الحرب 12000 من المدنيين.', '12 ألفًا | 12000'],
    ['Arabic million, accusative', 'بلغ عدد السكان 15 مليونا في العام الماضي.', 'بلغ عدد السكان 15000000 في العام الماضي.', '15 مليونا | 15000000'],
    ['Arabic billion, accusative', 'بلغت الخسائر 20 مليارا في العام الماضي.', 'بلغت الخسائر 20000000000 في العام الماضي.', '20 مليارا | 20000000000'],
    ['Arabic million with tatweel', 'بلغ عدد الزوار ٣ مليـون زائر هذا العام.', 'بلغ عدد الزوار 3000000 زائر هذا العام.', '٣ مليـون | 3000000'],
    ['Persian million typed with the Arabic yeh', 'جمعیت شهر ۲ ميليون نفر است.', 'جمعیت شهر 2000000 نفر است.', '۲ ميليون | 2000000'],
    ['English thousand', 'The war killed 12 thousand civilians.', 'The war killed 12000 civilians.', '12 thousand civilians | 12000 civilians'],
  ])('%s is one figure with its scale', (_, a, b, format) => {
    expect(numberFormats(a, b)).toEqual([format])
  })
})

describe('Arabic and Persian hedges are approximations and bounds, as other languages’ are', () => {
  it.each([
    ['Arabic نحو', 'قتل في الحرب نحو 12 ألف مدني.', 'قتل في الحرب 12500 مدني.'],
    ['Arabic حوالي', 'قتل في الحرب حوالي 12 ألف مدني.', 'قتل في الحرب 12500 مدني.'],
    ['Arabic حوالى', 'قتل في الحرب حوالى 12 ألف مدني.', 'قتل في الحرب 12500 مدني.'],
    ['Arabic قرابة', 'قتل في الحرب قرابة 12 ألف مدني.', 'قتل في الحرب 12500 مدني.'],
    ['Arabic أكثر من', 'قتل في الحرب أكثر من 12 ألف مدني.', 'قتل في الحرب 12500 مدني.'],
    ['Arabic ما يقرب من', 'قتل في الحرب ما يقرب من 12 ألف مدني.', 'قتل في الحرب 12500 مدني.'],
    ['Persian حدود', 'در این جنگ حدود ۱۲ هزار نفر کشته شدند.', 'در این جنگ 12500 نفر کشته شدند.'],
    ['Persian بیش از', 'در این جنگ بیش از ۱۲ هزار نفر کشته شدند.', 'در این جنگ 12500 نفر کشته شدند.'],
    ['English about', 'The war killed about 12,000 civilians.', 'The war killed 12,500 civilians.'],
    ['Vietnamese khoảng', 'Cuộc chiến làm khoảng 12.000 dân thường thiệt mạng.', 'Cuộc chiến làm 12.500 dân thường thiệt mạng.'],
  ])('%s: a hedged figure near the other is no contradiction', (_, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
    expect(approximations(a, b)).toHaveLength(1)
  })

  it.each([
    ['Arabic أقل من', 'قتل في الحرب أقل من 12 ألف مدني.', 'قتل في الحرب 12500 مدني.', '12 ألف | 12500'],
    ['Arabic أكثر من', 'قتل في الحرب أكثر من 12 ألف مدني.', 'قتل في الحرب 11500 مدني.', '12 ألف | 11500'],
    ['English fewer than', 'The war killed fewer than 12,000 civilians.', 'The war killed 12,500 civilians.', '12,000 | 12,500'],
  ])('%s: a bound the other figure breaks is still flagged', (_, a, b, flag) => {
    expect(figureFlags(a, b).map((f) => f.replace(/ civilians/gu, ''))).toEqual([flag])
  })
})

/** The date-format equivalences of compare(), as "A | B". */
function dateFormats(a: string, b: string): string[] {
  return compare(a, b)
    .equivalences.filter((e) => e.reason === 'date-format')
    .map((e) => `${e.a.text} | ${e.b.text}`)
}

describe('Arabic months as the Levant and Iraq write them, and named twice', () => {
  it.each([
    ['a Levantine month', 'انتهى المعرض في 4 شباط 2020 بعد أسبوعين.', 'انتهى المعرض في 6 شباط 2020 بعد أسبوعين.', '4 شباط 2020 | 6 شباط 2020'],
    ['a two-word Levantine month', 'انتهى المعرض في 4 كانون الثاني 2020 بعد أسبوعين.', 'انتهى المعرض في 6 كانون الثاني 2020 بعد أسبوعين.', '4 كانون الثاني 2020 | 6 كانون الثاني 2020'],
    ['a two-word month without its article', 'انتهى المعرض في 4 تشرين اول بعد أسبوعين.', 'انتهى المعرض في 6 تشرين اول بعد أسبوعين.', '4 تشرين اول | 6 تشرين اول'],
    ['a month named twice', 'انتهى المعرض في 4 كانون الثاني/يناير بعد أسبوعين.', 'انتهى المعرض في 5 كانون الثاني/يناير بعد أسبوعين.', '4 كانون الثاني/يناير | 5 كانون الثاني/يناير'],
    ['two Levantine months', 'انتهى المعرض في 4 آب 2020 بعد أسبوعين.', 'انتهى المعرض في 4 أيلول 2020 بعد أسبوعين.', '4 آب 2020 | 4 أيلول 2020'],
    ['English', 'The fair ended on February 4, 2020 after two weeks.', 'The fair ended on February 6, 2020 after two weeks.', 'February 4, 2020 | February 6, 2020'],
  ])('%s: two days are flagged as dates', (_, a, b, flag) => {
    expect(figureFlags(a, b)).toEqual([flag])
  })

  it.each([
    ['Levantine and Egyptian names', 'انتهى المعرض في 4 شباط 2020 بعد أسبوعين.', 'انتهى المعرض في 4 فبراير 2020 بعد أسبوعين.', '4 شباط 2020 | 4 فبراير 2020'],
    ['a month named twice and once', 'انتهى المعرض في 4 فبراير/شباط 2020 بعد أسبوعين.', 'انتهى المعرض في 4 فبراير 2020 بعد أسبوعين.', '4 فبراير/شباط 2020 | 4 فبراير 2020'],
    ['a Levantine month and English', 'انتهى المعرض في 4 تشرين الثاني بعد أسبوعين.', 'The fair ended on November 4 after two weeks.', '4 تشرين الثاني | November 4'],
    ['Vietnamese and a Levantine month', 'Hội chợ kết thúc ngày 4/8 sau hai tuần.', 'انتهى المعرض في 4 آب بعد أسبوعين.', '4/8 | 4 آب'],
  ])('%s: one day is a format', (_, a, b, format) => {
    expect(dateFormats(a, b)).toEqual([format])
  })

  it.each([
    // bare "اب" is "أب" (a father), never August; a carmaker after a count is no month
    ['a father after a figure', 'ترك الحادث 4 اب بلا عمل في المدينة.', 'ترك الحادث 5 اب بلا عمل في المدينة.'],
    ['"كانون" without its ordinal', 'وصل 4 كانون إلى المدينة أمس.', 'وصل 5 كانون إلى المدينة أمس.'],
  ])('traps: %s is no date', (_, a, b) => {
    expect(figureFlags(a, b, ['date'])).toEqual([])
  })
})

describe('an Arabic figure that goes on after و', () => {
  it.each([
    ['a million and thousands, glued', 'بلغ عدد الزوار 3 ملايين و800 ألف زائر.', 'بلغ عدد الزوار 3800000 زائر.', '3 ملايين و800 ألف | 3800000'],
    ['a million and thousands, spaced', 'بلغ عدد الزوار 3 ملايين و 800 ألف زائر.', 'بلغ عدد الزوار 3800000 زائر.', '3 ملايين و 800 ألف | 3800000'],
    ['thousands and a bare part, in Arabic-Indic digits', 'بلغ عدد الزوار ٣ آلاف و٥٠٠ زائر.', 'بلغ عدد الزوار 3500 زائر.', '٣ آلاف و٥٠٠ | 3500'],
    ['English', 'The fair drew 3.8 million visitors.', 'The fair drew 3800000 visitors.', '3.8 million visitors | 3800000 visitors'],
  ])('%s: one figure in two writings is a format', (_, a, b, format) => {
    expect(numberFormats(a, b)).toEqual([format])
  })

  it.each([
    ['a second figure no smaller than the first’s scale', 'قتل 3 آلاف و5000 أصيبوا في الحرب.', 'قتل 3000 و5000 أصيبوا في الحرب.'],
    ['a second figure after a noun', 'قتل 3 آلاف شخص و800 جريح في الحرب.', 'قتل 3000 شخص و800 جريح في الحرب.'],
  ])('traps: %s is not added', (_, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
  })
})
