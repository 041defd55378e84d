/**
 * A count's place named two ways in linked sentences (gap30, planted-en "what is left" item 4):
 * *3 tàu Mỹ* / *5 tàu Hoa Kỳ* is one owner under two of its names (reasons/places.ts), so one
 * slot and one contradiction, not two facts each report leaves out. slot-qualifiers.ts's "clauses
 * about different places or entities" takes no word of a place the other sentence names otherwise.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const kinds = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b })
    .divergences.filter((d) => d.factType === 'number' || d.kind === 'number')
    .map((d) => `${d.kind} ${d.a?.text ?? '-'} | ${d.b?.text ?? '-'}`)

describe('a place named two ways is one owner', () => {
  it.each([
    ['vi: Mỹ / Hoa Kỳ after the noun', 'Hôm qua, hải quân điều 3 tàu Mỹ tới vùng biển phía nam để tập trận chung với các đồng minh.', 'Hôm qua, hải quân điều 5 tàu Hoa Kỳ tới vùng biển phía nam để tập trận chung với các đồng minh.', ['number 3 | 5']],
    ['vi: Mỹ / Hoa Kỳ later in the clause', 'Hôm qua, hải quân điều 3 tàu tới vùng biển phía nam của Mỹ để tập trận.', 'Hôm qua, hải quân điều 5 tàu tới vùng biển phía nam của Hoa Kỳ để tập trận.', ['number 3 | 5']],
    ['en: Moscow / Moskva', 'The ministry said 40 people were hurt in Moscow after the storm on Monday.', 'The ministry said 45 people were hurt in Moskva after the storm on Monday.', ['number 40 people | 45 people']],
  ])('%s', (_why, a, b, want) => {
    expect(kinds(a, b)).toEqual(want)
  })

  it.each([
    ['vi trap: two countries stay two owners', 'Hôm qua, hải quân điều 3 tàu Trung Quốc tới vùng biển phía nam để tập trận chung với các đồng minh.', 'Hôm qua, hải quân điều 5 tàu Hoa Kỳ tới vùng biển phía nam để tập trận chung với các đồng minh.'],
    ['en trap: two cities stay two places', 'The ministry said 40 people were hurt in Moscow after the storm on Monday.', 'The ministry said 45 people were hurt in London after the storm on Monday.'],
  ])('%s', (_why, a, b) => {
    expect(kinds(a, b).some((k) => k.startsWith('number '))).toBe(false)
  })
})
