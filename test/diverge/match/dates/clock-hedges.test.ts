/**
 * A hedged clock time covers the minutes its roundness shows (clock-hedges.ts): *around 3:30*
 * a quarter hour either side, *about 4* half an hour, *around 3:50* ten minutes. Beyond that, in
 * one statement, the two reports disagree on the time; within it, they agree.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { hedgeReach, twoHedgeReach } from '../../../../src/diverge/match/dates/clock-hedges'

const dateFlags = (a: string, b: string): Array<[string | undefined, string | undefined]> =>
  compare(a, b).divergences.filter((d) => d.kind === 'date').map((d) => [d.a?.text, d.b?.text])

describe('hedgeReach', () => {
  it.each([
    [4 * 60, 30],
    [3 * 60 + 30, 15],
    [3 * 60 + 15, 15],
    // a hedge reaches a quarter hour at least: reports round loosely (around 5:40 for 5:52)
    [3 * 60 + 50, 15],
    [3 * 60 + 55, 15],
    [2 * 60 + 17, 15],
  ])('%i minutes → %i', (minutes, reach) => {
    expect(hedgeReach(minutes)).toBe(reach)
  })
})

describe('twoHedgeReach: reaches of two hedged marks, overlapping when one instant', () => {
  it.each([
    // khoảng 17h / khoảng 17 giờ 30 (ViMs): 15 + 10 < 30, two times
    [17 * 60, 17 * 60 + 30, false],
    // khoảng 8 giờ / khoảng 8 giờ 20 phút (AbMuSu), about 5 / about 5:20: 15 + 10 > 20, one time
    [8 * 60, 8 * 60 + 20, true],
    [17 * 60, 17 * 60 + 10, true],
    // around 3:30 / around 3:50: the reaches meet at 3:40 and do not overlap
    [3 * 60 + 30, 3 * 60 + 50, false],
  ])('%i and %i minutes overlap: %s', (a, b, one) => {
    expect(Math.abs(a - b) < twoHedgeReach(a) + twoHedgeReach(b)).toBe(one)
  })
})

describe('a time beyond the other report hedge is another time', () => {
  it.each([
    ['en, exact against hedged', 'The shooting happened around 3:30 a.m. on Sunday.', 'The shooting happened at 3:50 a.m. on Sunday.', ['3:30 a.m.', '3:50 a.m.']],
    ['en, two hedged', 'The shooting happened around 3:50 a.m. on Sunday at the club.', 'The shooting happened around 3:30 a.m. on Sunday at the club.', ['3:50 a.m.', '3:30 a.m.']],
    // an hour off the hedged hour (moved from moment-slots.test.ts, where hedged times were left unread)
    ['en, an hour beyond the hedged hour', 'The fire broke out at 5 a.m. on Main Street.', 'The fire broke out around 6 a.m. on Main Street.', ['5 a.m.', '6 a.m.']],
    ['en, the hour covers no 35 minutes', 'The fire broke out around 9 a.m. on Main Street.', 'The fire broke out at 8:25 a.m. on Main Street.', ['9 a.m.', '8:25 a.m.']],
    ['vi, exact against hedged', 'Vụ nổ súng xảy ra khoảng 3h30 sáng Chủ nhật tại câu lạc bộ.', 'Vụ nổ súng xảy ra lúc 3h50 sáng Chủ nhật tại câu lạc bộ.', ['3h30 sáng', '3h50 sáng']],
    // two hedges read at the finer grain both share: about 17:00 against about 17:30 (ViMs 104_665~104_666)
    ['vi, two hedged half an hour apart', 'Vụ lật xe xảy ra khoảng 17h chiều 7-8 trên cầu Phú Mỹ.', 'Vụ lật xe xảy ra khoảng 17 giờ 30 chiều 7-8 trên cầu Phú Mỹ.', ['17h', '17 giờ 30']],
    // moved from hedged-times.test.ts, where it stayed two missing facts before two hedges were read at the finer grain
    // a hedge before *until* keeps the bound: two closures' ends an hour and a half apart (review rdates40)
    ['en, two hedged ends of one closure', 'The road was closed until about 5:30 p.m. on Monday.', 'The road was closed until about 7 p.m. on Monday.', ['5:30 p.m.', '7 p.m.']],
    ['vi, two hedged ends of one closure', 'Tuyến đường bị phong tỏa đến khoảng 17h30 thứ Hai.', 'Tuyến đường bị phong tỏa đến khoảng 19h thứ Hai.', ['17h30', '19h']],
    ['en, two hedged half an hour apart', 'The truck overturned at about 5 p.m. on the Phu My bridge.', 'The truck overturned at about 5:30 p.m. on the Phu My bridge.', ['5 p.m.', '5:30 p.m.']],
  ])('%s', (_why, a, b, pair) => {
    const flags = dateFlags(a, b)
    expect(flags.map(([x, y]) => [x?.includes(pair[0]!.split(' ')[0]!), y?.includes(pair[1]!.split(' ')[0]!)])).toEqual([[true, true]])
    const found = compare(a, b).divergences.find((d) => d.kind === 'date')!
    expect(found.confidence).toBeGreaterThanOrEqual(0.5)
  })

  it.each([
    ['en, the hour covers ten minutes before', 'The shooting happened about 4 a.m. on Sunday.', 'The shooting happened at 3:50 a.m. on Sunday.'],
    ['en, a finer time inside the hour', 'The shooting happened approximately 2:17 a.m. on Thursday.', 'The shooting happened around 2 a.m. on Thursday.'],
    ['en, two roundings two minutes apart', 'The shooting happened around 3:17 p.m. on Tuesday.', 'The shooting happened around 3:15 p.m. on Tuesday.'],
    ['en, shortly after the hour', 'The shooting happened shortly after 3 p.m. on Tuesday.', 'The shooting happened around 3:17 p.m. on Tuesday.'],
    ['vi, the hour covers ten minutes before', 'Vụ nổ súng xảy ra khoảng 4h sáng Chủ nhật.', 'Vụ nổ súng xảy ra lúc 3h50 sáng Chủ nhật.'],
    ['vi, a quarter hour covers ten minutes', 'Vụ nổ súng xảy ra khoảng 3h30 sáng Chủ nhật.', 'Vụ nổ súng xảy ra lúc 3h40 sáng Chủ nhật.'],
    ['en, loose rounding twelve minutes off', 'The quake struck at around 5:40 a.m. on Monday, officials said.', 'The quake struck at 5:52 a.m. on Monday, officials said.'],
    ['en, a quarter hour off', 'The fire started at about 2:20 a.m. on Monday.', 'The fire started at 2:35 a.m. on Monday.'],
    ['vi, loose rounding twelve minutes off', 'Trận động đất xảy ra vào khoảng 5h40 sáng thứ Hai.', 'Trận động đất xảy ra vào lúc 5h52 sáng thứ Hai.'],
    // two hedges within the finer one's quarter hour: one instant rounded twice
    ['vi, two hedged ten minutes apart', 'Vụ lật xe xảy ra khoảng 17h chiều 7-8 trên cầu Phú Mỹ.', 'Vụ lật xe xảy ra khoảng 17h10 chiều 7-8 trên cầu Phú Mỹ.'],
    ['en, two hedged ten minutes apart', 'The truck overturned at about 5 p.m. on the bridge.', 'The truck overturned at about 5:10 p.m. on the bridge.'],
    // two hedges whose reaches overlap: one instant rounded twice (review rdates40; AbMuSu khoảng 8 giờ / khoảng 8 giờ 20 phút)
    ['en, two hedged twenty minutes apart', 'The explosion happened at about 5 p.m. at a factory in Hai Phong.', 'The explosion happened at about 5:20 p.m. at a factory in Hai Phong.'],
    ['vi, two hedged twenty minutes apart', 'Vụ nổ xảy ra vào khoảng 9h sáng nay tại nhà máy.', 'Vụ nổ xảy ra vào khoảng 9h20 sáng nay tại nhà máy.'],
    ['vi, two hedged twenty minutes apart, in words', 'Vụ cháy xảy ra khoảng 8 giờ sáng qua.', 'Vụ cháy xảy ra khoảng 8 giờ 20 phút sáng qua.'],
    // traps: two moments of one story, each hedged, half an hour apart (the event, then the response)
    ['vi trap, the crash and the rescue', 'Khoảng 17h, xe tải lật trên cầu Phú Mỹ.', 'Khoảng 17h30, lực lượng cứu hộ có mặt tại hiện trường.'],
    ['en trap, the crash and the rescue', 'At about 5 p.m., a truck overturned on the bridge.', 'At about 5:30 p.m., rescuers reached the scene.'],
    // traps: a deadline and an event time, each hedged
    ['vi trap, a deadline against the event', 'Vụ cháy bùng phát khoảng 17h tại chợ.', 'Đến khoảng 17h30, đám cháy được dập tắt tại chợ.'],
    ['en trap, a deadline against the event', 'The fire broke out at about 5 p.m. at the market.', 'By about 5:30 p.m. the fire was put out at the market.'],
  ])('compatible, no flag: %s', (_why, a, b) => {
    expect(dateFlags(a, b)).toEqual([])
  })
})
