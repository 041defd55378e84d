/**
 * Two clock times or two consecutive years that one retold statement gives are a contradiction,
 * not two `missing` facts (moment-slots.ts; issue 11, session 19's reviews). Times of two events,
 * one instant in two zones, hedged times, spans, a time rounded to the hour, years of two events,
 * a fiscal year against a calendar one, a decade and a span of years are not.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

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
    // words one side adds, none in another's place: still one statement retold
    ['en, one side adds its source', 'The fire broke out at 5 a.m. on Main Street.', 'The fire broke out at 6 a.m. on Main Street, police said.', ['5 a.m.', '6 a.m.']],
    ['vi, one side adds its source', 'Vụ cháy xảy ra lúc 5 giờ sáng tại quận 3.', 'Vụ cháy xảy ra lúc 6 giờ sáng tại quận 3, công an cho biết.', ['5 giờ sáng', '6 giờ sáng']],
    ['en, the day named from the paper’s, a day apart', 'The storm made landfall at 4 a.m. yesterday in Quang Ngai province.', 'The storm made landfall at 6 a.m. today in Quang Ngai province.', ['4 a.m.', '6 a.m.']],
    ['vi, the day named from the paper’s, a day apart', 'Cơn bão đổ bộ vào tỉnh Quảng Ngãi lúc 4 giờ sáng qua.', 'Cơn bão đổ bộ vào tỉnh Quảng Ngãi lúc 6 giờ sáng nay.', ['4 giờ sáng', '6 giờ sáng']],
    // a name respelt in the sentence is no name in the other's place, and a plain synonym is no second statement (review-n 1-3)
    ['vi, a name respelt beside the time (review-n 1)', 'Ông Park Heong-joon đến sân bay Nội Bài lúc 9 giờ sáng để dự hội nghị.', 'Ông Park Hyeong Jun đến sân bay Nội Bài lúc 11 giờ sáng để dự hội nghị.', ['9 giờ sáng', '11 giờ sáng']],
    ['en, a name respelt beside the time (review-n 1)', 'Secretary Mike Pompeo landed at Andrews Air Force Base at 7 p.m. on Tuesday.', 'Secretary Mike Pompeio landed at Andrews Air Force Base at 9 p.m. on Tuesday.', ['7 p.m.', '9 p.m.']],
    ['vi, synonyms chuyến bay / máy bay, hạ cánh / đáp (review-n 2)', 'Chuyến bay VN123 hạ cánh xuống sân bay Nội Bài lúc 14 giờ 30 chiều qua.', 'Máy bay VN123 đáp xuống sân bay Nội Bài lúc 16 giờ 30 chiều qua.', ['14 giờ 30 chiều', '16 giờ 30 chiều']],
    ['en, synonyms landed / touched down (review-n 2)', 'The plane landed at Noi Bai airport at 2:30 p.m. on Monday.', 'The plane touched down at Noi Bai airport at 4:30 p.m. on Monday.', ['2:30 p.m.', '4:30 p.m.']],
    ['en, founded / established, consecutive years (review-n 3)', 'The company was founded in 1998 by two Stanford students, the firm said.', 'The company was established in 1999 by two Stanford students, the firm said.', ['in 1998', 'in 1999']],
    ['vi, thành lập / ra đời, consecutive years (review-n 3)', 'Công ty được thành lập năm 1998 bởi hai sinh viên Bách khoa, công ty cho biết.', 'Công ty ra đời năm 1999 bởi hai sinh viên Bách khoa, công ty cho biết.', ['năm 1998', 'năm 1999']],
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
    // a hedged time within its hedge's reach (clock-hedges.ts; beyond it, clock-hedges.test.ts flags it)
    ['en, a hedged time', 'The fire broke out at 5:40 a.m. on Main Street.', 'The fire broke out around 6 a.m. on Main Street.'],
    ['vi, a hedged time', 'Vụ cháy xảy ra lúc 5 giờ 40 sáng tại quận 3.', 'Vụ cháy xảy ra khoảng 6 giờ sáng tại quận 3.'],
    ['en, a span against a time', 'The road was closed between 5 a.m. and 7 a.m. on Main Street.', 'The road was closed at 6 a.m. on Main Street.'],
    ['vi, a span against a time', 'Đường bị phong tỏa từ 5 giờ sáng đến 7 giờ sáng tại quận 3.', 'Đường bị phong tỏa lúc 6 giờ sáng tại quận 3.'],
    ['en, rounded to the hour', 'The fire broke out at 5:45 a.m. on Main Street.', 'The fire broke out at 6 a.m. on Main Street.'],
    ['vi, rounded to the hour', 'Vụ cháy xảy ra lúc 5 giờ 50 sáng tại quận 3.', 'Vụ cháy xảy ra lúc 6 giờ sáng tại quận 3.'],
    ['en, years of two events', 'The museum opened in 1998 in the old town.', 'The museum closed in 1999 after a fire in the old town.'],
    ['vi, years of two events', 'Bảo tàng được khởi công năm 1998 tại phố cổ.', 'Bảo tàng được khánh thành năm 1999 sau nhiều lần chậm tiến độ.'],
    ['en, a fiscal year against a calendar one', 'The company said sales rose in fiscal 1999 across Asia.', 'The company said sales rose in 1998 across Asia.'],
    ['en, a decade against a year', 'The museum opened in the 1990s in the old town.', 'The museum opened in 1998 in the old town.'],
    ['en, a span of years', 'He ran the museum from 1998 to 2001 in the old town.', 'He ran the museum in 1999 in the old town.'],
    // A word in the other's place is another statement of a parallel frame (review-l M1-M8): two names, two verbs, two qualifiers
    ['en, two states (M1)', 'Polls close at 7 p.m. in Indiana, election officials said on Tuesday.', 'Polls close at 8 p.m. in Michigan, election officials said on Tuesday.'],
    ['vi, two matches (M2)', 'Trận đấu giữa Việt Nam và Thái Lan bắt đầu lúc 19 giờ tại sân Mỹ Đình.', 'Trận đấu giữa Việt Nam và Malaysia bắt đầu lúc 20 giờ tại sân Mỹ Đình.'],
    ['vi, two firms (M3)', 'Tập đoàn Vingroup báo lãi kỷ lục năm 2019, theo báo cáo tài chính.', 'Tập đoàn Masan báo lãi kỷ lục năm 2020, theo báo cáo tài chính.'],
    ['en, two firms (M3)', 'Vingroup reported record profit in 2019, according to its annual report.', 'Masan reported record profit in 2020, according to its annual report.'],
    ['en, two flights (M4)', 'The flight to Da Nang departs at 9:15 a.m. from Noi Bai airport, the airline said.', 'The flight to Phu Quoc departs at 10 a.m. from Noi Bai airport, the airline said.'],
    ['vi, two flights (M4)', 'Chuyến bay đi Đà Nẵng cất cánh lúc 9 giờ 15 từ sân bay Nội Bài.', 'Chuyến bay đi Phú Quốc cất cánh lúc 10 giờ từ sân bay Nội Bài.'],
    ['en, opened / closed, the rest alike (M5)', 'The museum opened in 1998 after a decade of planning, the city said.', 'The museum closed in 1999 after a decade of planning, the city said.'],
    ['vi, mở cửa / đóng cửa, the rest alike (M6)', 'Bảo tàng mở cửa năm 1998 sau mười năm chuẩn bị, thành phố cho biết.', 'Bảo tàng đóng cửa năm 1999 sau mười năm chuẩn bị, thành phố cho biết.'],
    ['vi, tăng / giảm (M7)', 'Giá vàng tăng mạnh lúc 9 giờ sáng nay tại Hà Nội.', 'Giá vàng giảm mạnh lúc 11 giờ sáng nay tại Hà Nội.'],
    ['en, rose / fell (M7)', 'Shares of the bank rose sharply at 9 a.m. on the Ho Chi Minh City exchange.', 'Shares of the bank fell sharply at 11 a.m. on the Ho Chi Minh City exchange.'],
    ['en, weekdays / weekends (M8)', 'The first metro train leaves Ben Thanh station at 5 a.m. on weekdays, the operator said.', 'The first metro train leaves Ben Thanh station at 6 a.m. on weekends, the operator said.'],
    ['vi, two posts (M8)', 'Ông Nguyễn Văn An được bổ nhiệm làm giám đốc sở năm 2019, theo quyết định của UBND tỉnh.', 'Ông Nguyễn Văn An được bổ nhiệm làm chủ tịch UBND huyện năm 2020, theo quyết định của UBND tỉnh.'],
    // the words in the other's place are of a kind that tells two statements, not plain synonyms (review-n 1-3)
    ['vi, two cities, no respelling of one', 'Giá vàng tăng mạnh lúc 9 giờ sáng nay tại Hà Nội.', 'Giá vàng tăng mạnh lúc 11 giờ sáng nay tại Hải Phòng.'],
    ['en, began / ended', 'The strike began at 6 a.m. at the port, the union said.', 'The strike ended at 8 a.m. at the port, the union said.'],
    ['en, two posts', 'Nguyen Van An was appointed director of the department in 2019, the province said.', 'Nguyen Van An was appointed chairman of the district in 2020, the province said.'],
  ])('%s', (_why, a, b) => {
    expect(conflicts(a, b)).toEqual([])
  })

  it('en: years never round (2019 / 2020 is no rounding)', () => {
    const r = run('The company was founded in 2019 by two engineers.', 'The company was founded in 2020 by two engineers.')
    expect(r.equivalences.filter((e) => e.reason === 'rounding')).toEqual([])
  })
})
