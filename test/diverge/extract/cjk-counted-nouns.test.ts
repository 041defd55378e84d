import { describe, expect, it } from 'vitest'
import { extractCjkNumbers } from '../../../src/diverge/extract/numbers/cjk-numbers'
import { compare } from '../../../src/index'

const unitOf = (text: string) => extractCjkNumbers(text, [])[0]?.unit

describe('a classifier of people before a noun counts that noun', () => {
  it.each([
    ['名 before a noun', '另有118名旅客轻伤', '旅客'],
    ['位 before a noun', '共有3位专家出席', '专家'],
    ['人 is the noun itself', '造成123人轻伤', '人'],
    ['名 before a verb', '17名被困井下', '人'],
    ['名 at the end', '死亡人数升至15名。', '人'],
    ['Japanese 名 before kana', '5名が死亡した', '人'],
  ])('%s', (_label, text, unit) => {
    expect(unitOf(text)).toBe(unit)
  })

  const flagged = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['Chinese, passengers against everyone: two counts', '事故造成1人死亡，另有118名旅客轻伤。', '事故造成1人死亡，另有123人轻伤。', []],
    ['Traditional against Simplified, passengers both', '事故造成1人死亡，另有118名旅客輕傷。', '事故造成1人死亡，另有123名旅客轻伤。', [['118名', '123名']]],
    ['English, passengers against people', 'The crash killed one and slightly injured 118 passengers.', 'The crash killed one and slightly injured 123 people.', []],
  ])('%s', (_label, a, b, expected) => {
    expect(flagged(a, b)).toEqual(expected)
  })
})
