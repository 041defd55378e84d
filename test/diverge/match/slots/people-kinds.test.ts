/**
 * A count of people in general against a count of a kind of people, both of one outcome
 * (people-kinds.ts, fresh38-1): "42 people … were apprehended" / "69 immigrants were detained" are
 * one count of the arrested told twice. Traps first: another outcome (questioned, released,
 * deported), no outcome on one side, another time, two kinds of people.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberFlags = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

describe('people in general against a kind of people, one outcome', () => {
  it.each([
    ['en trap: questioned is no arrest', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants were questioned Sunday at the border.', []],
    ['en trap: released is no arrest', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants were released Sunday at the border.', []],
    ['en trap: deported is no arrest', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants were deported Sunday from the border.', []],
    ['en trap: no outcome on one side', 'CBP officials said 42 people, mostly men, were arrested at the border.', 'He said 69 immigrants gathered Sunday at the border.', []],
    ['en trap: another time', 'CBP officials said 42 people were arrested at the border on Sunday.', 'He said 69 immigrants were detained at the border last month.', []],
    ['en trap: two kinds of people', 'Police said 42 protesters were arrested at the border.', 'Police said 69 immigrants were arrested at the border.', []],
    ['vi trap: thả is no arrest', 'Công an cho biết 42 người di cư đã bị bắt giữ tại biên giới.', 'Ông nói 69 người di cư đã được thả tại biên giới.', []],
    ['en: apprehended / detained', 'CBP officials said 42 people, mostly men, were apprehended at the San Ysidro crossing on Sunday.', 'CBP officials said 69 immigrants were detained at the San Ysidro crossing on Sunday.', ['42 people | 69 immigrants']],
    ['en: arrested before the count / detained', 'Border officials arrested 42 people, mostly adult males, at the San Ysidro crossing on Sunday.', 'Border officials said 69 immigrants were detained at the San Ysidro crossing on Sunday.', ['42 people | 69 immigrants']],
    ['en: migrants taken into custody', 'Police said 42 migrants were taken into custody near the fence.', 'Police said 69 people were arrested near the fence.', ['42 migrants | 69 people']],
    ['vi: bắt giữ / tạm giữ, one noun', 'Công an cho biết 42 người di cư đã bị bắt giữ tại biên giới.', 'Ông nói 69 người di cư bị tạm giữ tại biên giới.', ['42 người | 69 người']],
    ['en: the same count agrees', 'Officials arrested 42 people, mostly adult males, who made it into the United States.', 'CBP officials said 42 immigrants, mostly men, were apprehended on the U.S. side.', []],
  ])('%s', (_why, a, b, want) => {
    expect(numberFlags(a, b)).toEqual(want)
  })
})
