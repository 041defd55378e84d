/**
 * names37: a flight's, train's or route's number after its cue is an identifier compared exactly
 * (VN123 / VN124 two flights; VN 123 = VN123); without the cue a letters-and-number token stays a
 * name's (identifier-codes.ts), and two flights in unrelated sentences are no contradiction.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const flagged = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind !== 'missing')
    .map((d) => [d.a?.text, d.b?.text])

describe('flight, train and route numbers', () => {
  it.each([
    // traps first: one number in two formats, two flights in unrelated statements, no cue
    ['vi trap: VN 123 = VN123', 'Chuyến bay VN 123 hạ cánh an toàn tại Nội Bài.', 'Chuyến bay VN123 hạ cánh an toàn tại Nội Bài.', []],
    ['en trap: MH-370 = MH370', 'The search for flight MH-370 resumed on Monday.', 'The search for flight MH370 resumed on Monday.', []],
    ['en trap: two flights, two statements', 'Flight MH17 was shot down over Ukraine in 2014. Investigators met on Monday.', 'Investigators met on Monday. The disappearance of flight MH370 remains unsolved.', []],
    ['vi trap: two flights, two statements', 'Chuyến bay MH17 bị bắn rơi ở Ukraine năm 2014. Các điều tra viên họp hôm thứ Hai.', 'Các điều tra viên họp hôm thứ Hai. Sự biến mất của chuyến bay MH370 vẫn là bí ẩn.', []],
    ['en: VN123 / VN124', 'Flight VN123 landed safely in Hanoi on Monday.', 'Flight VN124 landed safely in Hanoi on Monday.', [['VN123', 'VN124']]],
    ['en: MH17 / MH370, one crash', 'The crash of flight MH17 killed 298 people.', 'The crash of flight MH370 killed 298 people.', [['MH17', 'MH370']]],
    ['vi: VN123 / VN124', 'Chuyến bay VN123 hạ cánh an toàn tại Nội Bài.', 'Chuyến bay VN124 hạ cánh an toàn tại Nội Bài.', [['VN123', 'VN124']]],
    ['vi trap: trực tuyến is online', 'HLV sẽ trực tuyến VTV1 trận đấu tối nay.', 'HLV sẽ trực tuyến VTV3 trận đấu tối nay.', []],
    ['en trap: the verb train', 'The coach will train U23 players in Hanoi this week.', 'The coach will train U22 players in Hanoi this week.', []],
    ['vi trap: an aircraft model', 'Chiếc máy bay A321 của Vietjet hạ cánh an toàn.', 'Chiếc máy bay A320 của Vietjet hạ cánh an toàn.', []],
    ['vi: mang số hiệu VN123 / VN124', 'Chuyến bay mang số hiệu VN123 hạ cánh khẩn cấp tại Đà Nẵng.', 'Chuyến bay mang số hiệu VN124 hạ cánh khẩn cấp tại Đà Nẵng.', [['VN123', 'VN124']]],
    ['vi: tàu hỏa SE1 / SE3', 'Tàu hỏa SE1 trật bánh tại Quảng Ngãi sáng nay.', 'Tàu hỏa SE3 trật bánh tại Quảng Ngãi sáng nay.', [['SE1', 'SE3']]],
    ['en: a train numbered', 'The train SE1 derailed near Quang Ngai this morning.', 'The train SE3 derailed near Quang Ngai this morning.', [['SE1', 'SE3']]],
    ['vi: tàu SE1 / SE3', 'Tàu SE1 bị trật bánh tại Quảng Ngãi sáng nay.', 'Tàu SE3 bị trật bánh tại Quảng Ngãi sáng nay.', [['SE1', 'SE3']]],
  ])('%s', (_why, a, b, pairs) => {
    expect(flagged(a, b).filter(([x, y]) => /\d/u.test(`${x}${y}`) && !/2014/u.test(`${x}${y}`))).toEqual(pairs)
  })
})

describe('a route number named with and without its cue is not missing', () => {
  const missingNumbers = (a: string, b: string) =>
    compare(a, b)
      .divergences.filter((d) => d.kind === 'missing' && d.factType !== 'name')
      .map((d) => d.a?.text ?? d.b?.text)
  it.each([
    // trap first: a flight the other report never names is missing
    ['en trap: not named there', 'The search for flight MH370 resumed on Monday.', 'The search resumed on Monday.', ['MH370']],
    ['en: flight MH370 / MH370', 'The search for flight MH370 resumed on Monday.', 'The search for MH370 resumed on Monday.', []],
    ['en: Flight 1086 / DL1086', 'Delta Air Lines Flight 1086 skidded off the runway at LaGuardia.', 'Delta Air Lines flight DL1086 skidded off the runway at LaGuardia.', []],
    ['en: MH370 / Flight 370', 'Malaysia Airlines flight MH370 vanished over the Indian Ocean in 2014.', 'Malaysia Airlines Flight 370 vanished over the Indian Ocean in 2014.', []],
    ['vi: VN123 / số hiệu 123', 'Chuyến bay VN123 của Vietnam Airlines hạ cánh an toàn.', 'Chuyến bay số hiệu 123 của Vietnam Airlines hạ cánh an toàn.', []],
    ['vi: chuyến bay VN 123 / VN123', 'Chuyến bay VN 123 hạ cánh an toàn.', 'VN123 hạ cánh an toàn.', []],
  ])('%s', (_why, a, b, missing) => {
    expect(missingNumbers(a, b)).toEqual(missing)
  })
})
