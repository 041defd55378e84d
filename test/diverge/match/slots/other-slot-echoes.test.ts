/**
 * A value the other report gives only in another slot (a share of another whole) is no statement
 * of it when that report fills its own slot with another value: the two values are one slot's
 * contradiction, not a `missing` fact (other-slot-echoes.ts; issue 11 points 1 and 5). The same
 * value restated in its own slot stays stated; two slots of one noun or unit stay apart.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const run = (a: string, b: string) => compare({ text: a }, { text: b })
const conflicts = (a: string, b: string): string[][] =>
  run(a, b)
    .divergences.filter((d) => d.kind === 'number' || d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])
const missing = (a: string, b: string): string[] =>
  run(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => (d.a ?? d.b)!.text)

describe('a value echoed only in another slot leaves its own slot to meet the other value', () => {
  it.each([
    // MSRP train 1607481 / 1607344 (en-dev gold, round enrecall-8)
    ['en, a share of two wholes (MSRP 1607481)', 'Germans account for more than 40 percent of foreign visitors coming to Italy.', 'Germans represent more than a quarter of all foreign visitors to Italy and 40 percent of hotel bookings.', ['40 percent', 'a quarter']],
    ['en, digits on both sides', 'Germans make up 40 percent of foreign visitors to Italy, the tourism board said.', 'Germans make up 25 percent of foreign visitors to Italy and 40 percent of hotel bookings, the tourism board said.', ['40 percent', '25 percent']],
    ['vi, a share of two wholes', 'Người Đức chiếm hơn 40% lượng khách nước ngoài đến Italy.', 'Người Đức chiếm hơn 25% lượng khách nước ngoài đến Italy và 40% số phòng khách sạn.', ['40%', '25%']],
    ['vi, the other whole in the next sentence', 'Người Đức chiếm 40% lượng khách nước ngoài đến Italy, theo tổng cục du lịch.', 'Người Đức chiếm 25% lượng khách nước ngoài đến Italy, theo tổng cục du lịch. Họ cũng chiếm 40% số phòng khách sạn.', ['40%', '25%']],
    // slots31: the Vietnamese of MSRP 1607481, the quarter in words (read since slots31), in both orders
    ['vi, a share in words of two wholes', 'Người Đức chiếm hơn 40% lượng khách nước ngoài đến Italy.', 'Người Đức chiếm hơn một phần tư lượng khách nước ngoài đến Italy và 40% số phòng khách sạn.', ['40%', 'một phần tư']],
    ['vi, the other whole first', 'Người Đức chiếm hơn 40% lượng khách nước ngoài đến Italy.', 'Người Đức chiếm hơn 40% số phòng khách sạn và một phần tư lượng khách nước ngoài đến Italy.', ['40%', 'một phần tư']],
    ['en, the other whole first', 'Germans account for more than 40 percent of foreign visitors coming to Italy.', 'Germans hold more than 40 percent of hotel bookings and a quarter of all foreign visitors to Italy.', ['40 percent', 'a quarter']],
    ['en, the other whole in the next sentence', 'Germans account for 40 percent of foreign visitors to Italy, the tourism board said.', 'Germans account for 25 percent of foreign visitors to Italy, the tourism board said. They also hold 40 percent of hotel bookings.', ['40 percent', '25 percent']],
  ])('%s', (_label, a, b, pair) => {
    expect(conflicts(a, b)).toContainEqual(pair)
    const left = missing(a, b)
    for (const value of pair) expect(left).not.toContain(value)
  })
})

describe('traps: the same slot restated, or two slots of one noun, are no contradiction', () => {
  it.each([
    ['en, the same value restated in its slot', 'Germans account for more than 40 percent of foreign visitors coming to Italy.', 'Germans account for more than 40 percent of foreign visitors to Italy and 25 percent of hotel bookings.'],
    ['vi, the same value restated in its slot', 'Người Đức chiếm 40% lượng khách nước ngoài đến Italy.', 'Người Đức chiếm 40% lượng khách nước ngoài đến Italy và 25% số phòng khách sạn.'],
    ['en, two wholes and no rival', 'Germans account for 40 percent of foreign visitors to Italy.', 'Germans account for 40 percent of hotel bookings in Italy.'],
    ['vi, two wholes and no rival', 'Người Đức chiếm 40% lượng khách nước ngoài đến Italy.', 'Người Đức chiếm 40% số phòng khách sạn ở Italy.'],
    // MSRP train 1742856 / 1742961: the other share is of another market, told of nothing the same
    ['en, a share told of something else (MSRP 1742856)', 'Dell has about 32 percent of the U.S. market, but much lower share in the rest of the world.', 'Dell has 32 percent of the PC market in the United States, but it has only a 10 percent share in the rest of the world.'],
    // MSRP train 787052 / 786685: their costs against all costs, two payers
    ['en, two payers of one cost (MSRP 787052)', 'Seniors would then have to pay 50 percent of their drug costs up to $3,450.', 'Above that, Medicare would pay 90 percent of all drug costs.'],
    ['en, killed soldiers / killed civilians', 'The attack killed 5 soldiers near the border on Monday.', 'The attack near the border on Monday killed 12 civilians and wounded 5 soldiers.'],
    ['en, two firms’ shares', 'He bought 200 Tesla shares on Monday, the filing shows.', 'He bought 300 Apple shares and 200 Google shares on Monday, the filing shows.'],
    ['vi, two provinces’ counts', 'Quảng Nam có 5 người chết trong lũ, theo báo cáo.', 'Quảng Ngãi có 7 người chết, Quảng Trị có 5 người chết trong lũ, theo báo cáo.'],
    // fixp30b (B16, B17): the echo is the same holder's value, the rival another holder's
    ['en, two groups’ shares', 'Chinese account for 40 percent of foreign visitors, officials said.', 'Koreans make up 25 percent of foreign visitors, officials said, and Chinese 40 percent of arrivals.'],
    ['vi, two groups’ shares', 'Khách Trung Quốc chiếm 40% lượng khách quốc tế, theo số liệu chính thức.', 'Khách Hàn Quốc chiếm 25% lượng khách quốc tế theo số liệu chính thức, còn khách Trung Quốc chiếm 40% lượt đến.'],
    // slots31: a second holder named after the joining word is another's share, not the echo's holder's
    ['en, two groups joined by and', 'Chinese account for 40 percent of foreign visitors, officials said.', 'Chinese make up 40 percent of arrivals and Koreans 25 percent of foreign visitors, officials said.'],
    ['vi, two groups joined by và', 'Khách Trung Quốc chiếm 40% lượng khách quốc tế, theo số liệu chính thức.', 'Khách Trung Quốc chiếm 40% lượt đến và khách Hàn Quốc 25% lượng khách quốc tế, theo số liệu chính thức.'],
    ['en, two candidates’ shares', 'Smith won 40 percent of the vote in the first round.', 'Jones won 25 percent of the vote in the first round, while Smith took 40 percent of ballots cast.'],
    ['vi, two candidates’ shares', 'Ông Smith giành 40% phiếu bầu ở vòng một.', 'Ông Jones giành 25% phiếu bầu ở vòng một, còn ông Smith được 40% tổng số phiếu.'],
    ['en, exports / imports', 'Exports rose 12 percent of GDP last year.', 'Imports rose 8 percent of GDP last year, while exports made up 12 percent of output.'],
    ['vi, killed / wounded', 'Vụ tấn công làm 5 binh sĩ thiệt mạng gần biên giới.', 'Vụ tấn công gần biên giới làm 12 dân thường thiệt mạng và 5 binh sĩ bị thương.'],
  ])('%s', (_label, a, b) => {
    expect(conflicts(a, b)).toEqual([])
  })
})
