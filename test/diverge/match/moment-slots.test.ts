/**
 * Two clock times or two consecutive years that one retold statement gives are a contradiction,
 * not two `missing` facts (moment-slots.ts; issue 11, session 19's reviews). Times of two events,
 * one instant in two zones, hedged times, spans, a time rounded to the hour, years of two events,
 * a fiscal year against a calendar one, a decade and a span of years are not.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const run = (a: string, b: string) => compare({ text: a }, { text: b })
const conflicts = (a: string, b: string): string[][] =>
  run(a, b)
    .divergences.filter((d) => d.kind === 'date' || d.kind === 'number')
    .map((d) => [d.a!.text, d.b!.text])
const missing = (a: string, b: string): string[] =>
  run(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => (d.a ?? d.b)!.text)

describe('one statement timed or dated two ways is a contradiction', () => {
  it.each([
    ['vi, digits', 'Vụ cháy xảy ra lúc 5 giờ sáng tại quận 3.', 'Vụ cháy xảy ra lúc 6 giờ sáng tại quận 3.', ['5 giờ sáng', '6 giờ sáng']],
    ['vi, spelled hours', 'Vụ cháy xảy ra lúc năm giờ sáng tại quận 3.', 'Vụ cháy xảy ra lúc sáu giờ sáng tại quận 3.', ['năm giờ sáng', 'sáu giờ sáng']],
    ['vi, 15h / 17h', 'Trận mưa đá bắt đầu lúc 15h tại phường Tân Biên.', 'Trận mưa đá bắt đầu lúc 17h tại phường Tân Biên.', ['15h', '17h']],
    ['en, a.m.', 'The fire broke out at 5 a.m. on Main Street.', 'The fire broke out at 6 a.m. on Main Street.', ['5 a.m.', '6 a.m.']],
    ['en, minutes', 'The plane landed at 3:49 p.m. in Denver.', 'The plane landed at 4:49 p.m. in Denver.', ['3:49 p.m.', '4:49 p.m.']],
    ['en, consecutive years', 'The museum opened in 1998 in the old town.', 'The museum opened in 1999 in the old town.', ['in 1998', 'in 1999']],
    ['en, a year that looks round', 'The company was founded in 2019 by two engineers.', 'The company was founded in 2020 by two engineers.', ['in 2019', 'in 2020']],
    ['vi, consecutive years', 'Bảo tàng được khánh thành năm 1998 tại phố cổ.', 'Bảo tàng được khánh thành năm 1999 tại phố cổ.', ['năm 1998', 'năm 1999']],
  ])('%s', (_why, a, b, pair) => {
    expect(conflicts(a, b)).toContainEqual(pair)
    expect(missing(a, b)).toEqual([])
  })
})

describe('two moments, or one moment told two ways, are no contradiction', () => {
  it.each([
    ['en, two towns’ parades (MSRP train gold)', 'The Fourth of July Parade begins at 10:30 a.m. on Redwood Road, above the Sequoia and Redwood intersection.', 'The Fourth of July parade begins at 11 a.m. in downtown Everett, at Colby and Hewitt avenues.'],
    ['en, two events of one fire', 'The fire broke out at 5 a.m. on Main Street.', 'Firefighters put the blaze out at 6 a.m. after two hours of work.'],
    ['vi, two events of one fire', 'Vụ cháy bùng phát lúc 5 giờ sáng tại quận 3.', 'Lực lượng cứu hỏa dập tắt đám cháy lúc 6 giờ sáng.'],
    ['en, an update moves its figure with its time', 'Spot gold was quoted at $367.90 an ounce at 10 a.m., up from the open.', 'Spot gold was quoted at $365.25 an ounce at 8 a.m., up from the open.'],
    ['vi, an update moves its figure with its time', 'Giá vàng SJC được niêm yết ở mức 36,9 triệu đồng/lượng lúc 10 giờ sáng.', 'Giá vàng SJC được niêm yết ở mức 36,7 triệu đồng/lượng lúc 8 giờ sáng.'],
    ['en, one instant in two zones', 'The plane landed at 3:49 p.m. Eastern in Denver.', 'The plane landed at 1:49 p.m. MDT in Denver.'],
    ['en, a hedged time', 'The fire broke out at 5 a.m. on Main Street.', 'The fire broke out around 6 a.m. on Main Street.'],
    ['vi, a hedged time', 'Vụ cháy xảy ra lúc 5 giờ sáng tại quận 3.', 'Vụ cháy xảy ra khoảng 6 giờ sáng tại quận 3.'],
    ['en, a span against a time', 'The road was closed between 5 a.m. and 7 a.m. on Main Street.', 'The road was closed at 6 a.m. on Main Street.'],
    ['vi, a span against a time', 'Đường bị phong tỏa từ 5 giờ sáng đến 7 giờ sáng tại quận 3.', 'Đường bị phong tỏa lúc 6 giờ sáng tại quận 3.'],
    ['en, rounded to the hour', 'The fire broke out at 5:45 a.m. on Main Street.', 'The fire broke out at 6 a.m. on Main Street.'],
    ['vi, rounded to the hour', 'Vụ cháy xảy ra lúc 5 giờ 50 sáng tại quận 3.', 'Vụ cháy xảy ra lúc 6 giờ sáng tại quận 3.'],
    ['en, years of two events', 'The museum opened in 1998 in the old town.', 'The museum closed in 1999 after a fire in the old town.'],
    ['vi, years of two events', 'Bảo tàng được khởi công năm 1998 tại phố cổ.', 'Bảo tàng được khánh thành năm 1999 sau nhiều lần chậm tiến độ.'],
    ['en, a fiscal year against a calendar one', 'The company said sales rose in fiscal 1999 across Asia.', 'The company said sales rose in 1998 across Asia.'],
    ['en, a decade against a year', 'The museum opened in the 1990s in the old town.', 'The museum opened in 1998 in the old town.'],
    ['en, a span of years', 'He ran the museum from 1998 to 2001 in the old town.', 'He ran the museum in 1999 in the old town.'],
  ])('%s', (_why, a, b) => {
    expect(conflicts(a, b)).toEqual([])
  })

  it('en: years never round (2019 / 2020 is no rounding)', () => {
    const r = run('The company was founded in 2019 by two engineers.', 'The company was founded in 2020 by two engineers.')
    expect(r.equivalences.filter((e) => e.reason === 'rounding')).toEqual([])
  })
})
