import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import { figureFlags } from '../helpers'

/** The format equivalences of figures compare() lists, as "A | B (reason)". */
function figureFormats(a: string, b: string): string[] {
  return compare(a, b)
    .equivalences.filter((e) => e.reason === 'number-format' || e.reason === 'date-format')
    .map((e) => `${e.a.text} | ${e.b.text} (${e.reason})`)
}

describe('figures in other scripts’ digits (issue 11)', () => {
  it.each([
    ['Arabic year', 'وقع الحادث عام ١٣٥٩ في المدينة.', 'وقع الحادث عام 1359 في المدينة.', '١٣٥٩ | 1359 (number-format)'],
    ['Arabic date', 'تم الإعلان عن النتائج يوم ٤/٦/٢٠٢٠ في القاهرة.', 'تم الإعلان عن النتائج يوم 4/6/2020 في القاهرة.', '٤/٦/٢٠٢٠ | 4/6/2020 (date-format)'],
    ['Arabic clock time', 'وقع الانفجار في الساعة ١١:٥٩ مساء في طهران.', 'وقع الانفجار في الساعة 11:59 مساء في طهران.', '١١:٥٩ | 11:59 (date-format)'],
    ['Persian count', 'در این حادثه ۱۲ نفر کشته شدند.', 'در این حادثه 12 نفر کشته شدند.', '۱۲ | 12 (number-format)'],
    ['Hindi count', 'इस हादसे में १२ लोगों की मौत हो गई।', 'इस हादसे में 12 लोगों की मौत हो गई।', '१२ | 12 (number-format)'],
    ['English count in Devanagari digits', 'The company said १,२५० workers lost their jobs on Monday.', 'The company said 1,250 workers lost their jobs on Monday.', '१,२५० workers | 1,250 workers (number-format)'],
    ['Vietnamese share with Arabic separators', 'Lạm phát tăng ٣٫٥٪ trong tháng 5.', 'Lạm phát tăng 3,5% trong tháng 5.', '٣٫٥٪ | 3,5% (number-format)'],
    ['Arabic thousands after a figure', 'حضر المعرض 12 ألف زائر يوم الجمعة.', 'حضر المعرض 12000 زائر يوم الجمعة.', '12 ألف | 12000 (number-format)'],
    ['Arabic millions after Arabic-Indic digits', 'بلغ عدد الزوار ٣ ملايين زائر هذا العام.', 'بلغ عدد الزوار 3000000 زائر هذا العام.', '٣ ملايين | 3000000 (number-format)'],
    ['Arabic millions of a currency', 'ربحت الهيئة 19 مليون جنيه من التذاكر.', 'ربحت الهيئة 19000000 جنيه من التذاكر.', '19 مليون | 19000000 (number-format)'],
    ['Persian thousands', 'در این حادثه ۵ هزار نفر آسیب دیدند.', 'در این حادثه 5000 نفر آسیب دیدند.', '۵ هزار | 5000 (number-format)'],
  ])('%s: one figure in two scripts is a format', (_, a, b, format) => {
    expect(figureFormats(a, b)).toEqual([format])
    expect(figureFlags(a, b)).toEqual([])
  })

  it.each([
    ['Arabic year', 'وقع الحادث عام ١٣٥٩ في المدينة.', 'وقع الحادث عام 1369 في المدينة.', '١٣٥٩ | 1369'],
    ['Arabic date', 'تم الإعلان عن النتائج يوم ٤/٦/٢٠٢٠ في القاهرة.', 'تم الإعلان عن النتائج يوم 5/6/2020 في القاهرة.', '٤/٦/٢٠٢٠ | 5/6/2020'],
    ['Arabic millions', 'بلغ عدد الزوار 3 ملايين زائر هذا العام.', 'بلغ عدد الزوار 4 ملايين زائر هذا العام.', '3 ملايين | 4 ملايين'],
    ['Persian count', 'در این حادثه ۱۲ نفر کشته شدند.', 'در این حادثه 14 نفر کشته شدند.', '۱۲ | 14'],
    ['Hindi count', 'इस हादसे में १२ लोगों की मौत हो गई।', 'इस हादसे में 15 लोगों की मौत हो गई।', '१२ | 15'],
    ['English count in fullwidth digits', 'The quake killed １２ people in the district on Monday.', 'The quake killed 15 people in the district on Monday.', '１２ people | 15 people'],
    ['Vietnamese date in Arabic-Indic digits', 'Trận động đất xảy ra lúc ١١:٥٩ ngày ١٣/٨.', 'Trận động đất xảy ra lúc 11:59 ngày 14/8.', '١٣/٨ | 14/8'],
    ['Vietnamese share', 'Giá vàng tăng ٢٫٥٪ trong phiên sáng nay.', 'Giá vàng tăng 3,5% trong phiên sáng nay.', '٢٫٥٪ | 3,5%'],
  ])('%s: two values in two scripts are flagged, in the caller’s digits', (_, a, b, flag) => {
    expect(figureFlags(a, b)).toEqual([flag])
  })

  it.each([
    // "ألف" before a figure is the verb (wrote), never a scale: the count stays 3
    ['an Arabic scale word before a figure', 'ألف الكاتب 3 كتب عن تاريخ المدينة.', 'كتب المؤلف 3 كتب عن تاريخ المدينة.'],
    ['English in ASCII', 'Police seized 12 thousand masks on the road.', 'Police seized 12,000 masks on the road.'],
    ['Vietnamese in ASCII', 'Công an thu giữ 12 nghìn khẩu trang trên đường.', 'Công an thu giữ 12.000 khẩu trang trên đường.'],
  ])('traps: %s raises no flag', (_, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
  })

  it('lists a sentence that differs only in its digits’ script under its figure, not as a Unicode form', () => {
    const reasons = compare('وقع الحادث عام ١٣٥٩ في المدينة.', 'وقع الحادث عام 1359 في المدينة.').equivalences.map((e) => e.reason)
    expect(reasons).toEqual(['number-format'])
  })

  it.each([
    ['NFC', 'Hòa Bình ghi nhận ١٢ ca mắc mới, tỷ lệ ٣٫٥٪ trong ngày ١٣/٨.'],
    ['NFD', 'Hòa Bình ghi nhận ١٢ ca mắc mới, tỷ lệ ٣٫٥٪ trong ngày ١٣/٨.'.normalize('NFD')],
  ])('every span of a %s text with foreign digits indexes the original string and shows its digits', (_, a) => {
    const b = 'Hòa Bình ghi nhận 15 ca mắc mới, tỷ lệ 4,5% trong ngày 14/8.'
    const report = compare(a, b)
    const pairs = [...report.divergences, ...report.equivalences]
    const spansA = pairs.flatMap((d) => (d.a ? [d.a] : []))
    const spansB = pairs.flatMap((d) => (d.b ? [d.b] : []))
    for (const span of spansA) expect(a.slice(span.start, span.end)).toBe(span.text)
    for (const span of spansB) expect(b.slice(span.start, span.end)).toBe(span.text)
    expect(spansA.map((span) => span.text)).toEqual(expect.arrayContaining(['١٢ ca', '٣٫٥٪', '١٣/٨']))
  })

  it.each([
    ['two days of one Arabic month', 'انتهى المعرض في 4 فبراير الجاري بعد أسبوعين.', 'انتهى المعرض في 6 فبراير الجاري بعد أسبوعين.', '4 فبراير | 6 فبراير'],
    ['two Arabic months', 'انتهى المعرض في 4 فبراير 2020 بعد أسبوعين.', 'انتهى المعرض في 4 مارس 2020 بعد أسبوعين.', '4 فبراير 2020 | 4 مارس 2020'],
  ])('Arabic months: %s are flagged as dates', (_, a, b, flag) => {
    expect(figureFlags(a, b)).toEqual([flag])
  })

  it.each([
    ['Arabic-Indic digits', 'انتهى المعرض في ٤ فبراير ٢٠٢٠ بعد أسبوعين.', 'انتهى المعرض في 4 فبراير 2020 بعد أسبوعين.', '٤ فبراير ٢٠٢٠ | 4 فبراير 2020 (date-format)'],
    ['English', 'The fair ended on February 4 after two weeks.', 'انتهى المعرض في 4 فبراير بعد أسبوعين.', 'February 4 | 4 فبراير (date-format)'],
    ['Vietnamese', 'Hội chợ kết thúc ngày 4/2 sau hai tuần.', 'انتهى المعرض في 4 فبراير بعد أسبوعين.', '4/2 | 4 فبراير (date-format)'],
  ])('Arabic months: one day written with %s is a format', (_, a, b, format) => {
    expect(figureFormats(a, b)).toEqual([format])
  })
})
