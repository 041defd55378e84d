/**
 * Figures bound to a member named right after them (bound-members.ts): a share's holder after it
 * (*25 percent of foreign visitors come from South Korea*, *25% du khách quốc tế đến từ Hàn Quốc*)
 * and a distance's bearing and place (*200 km east of Hanoi*). Swapped between two members, the
 * equal values are two members' figures, and each member's two values contradict (issue 11).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

// contradictions of a number, as "value A / value B", sorted
const read = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b })
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => `${d.a!.text} / ${d.b!.text}`)
    .sort()

describe('figures bound to a member named after them', () => {
  it.each([
    // shares whose holder follows them
    ['en: holders swapped', 'Tourism grew. About 25 percent of foreign visitors come from South Korea and 30 percent from Japan, the ministry said.', 'Tourism grew. About 30 percent of foreign visitors come from South Korea and 25 percent from Japan, the ministry said.', ['25 percent / 30 percent', '30 percent / 25 percent']],
    ['vi: holders swapped', 'Du lịch tăng mạnh. Khoảng 25% du khách quốc tế đến từ Hàn Quốc và 30% đến từ Nhật Bản, theo Tổng cục Du lịch.', 'Du lịch tăng mạnh. Khoảng 30% du khách quốc tế đến từ Hàn Quốc và 25% đến từ Nhật Bản, theo Tổng cục Du lịch.', ['25% / 30%', '30% / 25%']],
    ['en: one holder, two values', '25 percent of foreign visitors come from South Korea, the ministry said.', '30 percent of foreign visitors come from South Korea, the ministry said.', ['25 percent / 30 percent']],
    ['vi: one holder, two values', '25% du khách quốc tế đến từ Hàn Quốc, theo Tổng cục Du lịch.', '30% du khách quốc tế đến từ Hàn Quốc, theo Tổng cục Du lịch.', ['25% / 30%']],
    // distances bound to a bearing and a place
    ['en: bearings swapped between places', 'The storm is 200 km east of Hanoi and 150 km south of Hue, forecasters said.', 'The storm is 150 km east of Hanoi and 200 km south of Hue, forecasters said.', ['150 km / 200 km', '200 km / 150 km']],
    ['vi: bearings swapped between places (place after)', 'Bão ở 200 km về phía đông Hà Nội và 150 km về phía nam Huế.', 'Bão ở 150 km về phía đông Hà Nội và 200 km về phía nam Huế.', ['150 km / 200 km', '200 km / 150 km']],
    ['vi: bearings swapped between places (cách … before)', 'Tâm bão cách Hà Nội 200 km về phía đông và cách Huế 150 km về phía nam.', 'Tâm bão cách Hà Nội 150 km về phía đông và cách Huế 200 km về phía nam.', ['150 km / 200 km', '200 km / 150 km']],
    // traps
    ['en trap: two holders', 'Tourism grew. 25 percent of visitors come from Korea, the ministry said.', 'Tourism grew. 30 percent come from Japan, the ministry said.', []],
    ['vi trap: two holders', 'Du lịch tăng mạnh. 25% du khách đến từ Hàn Quốc, theo Tổng cục Du lịch.', 'Du lịch tăng mạnh. 30% du khách đến từ Nhật Bản, theo Tổng cục Du lịch.', []],
    ['en trap: same shares, same holders', 'About 25 percent of foreign visitors come from South Korea and 30 percent from Japan.', 'About 25 percent of foreign visitors come from South Korea and 30 percent from Japan.', []],
    ['en trap: one holder written shorter', '25 percent of foreign visitors come from South Korea.', '25 percent of foreign visitors come from Korea.', []],
    ['en trap: two places, one bearing each', 'The storm is 200 km east of Hanoi, forecasters said.', 'The storm is 150 km south of Hue, forecasters said.', []],
    ['vi trap: two places, one bearing each', 'Bão ở 200 km về phía đông Hà Nội.', 'Bão ở 150 km về phía nam Huế.', []],
    ['en trap: the same distances, the same places', 'The storm is 200 km east of Hanoi and 150 km south of Hue.', 'The storm is 200 km east of Hanoi and 150 km south of Hue.', []],
  ])('%s', (_label, a, b, expected) => {
    expect(read(a, b)).toEqual(expected)
  })
})
