/**
 * A small count of people of one outcome in digits here and in words there (spelled-outcomes.ts,
 * review rpeople40 7): "1 dead" / "One person dead" is one count told alike, not a missing fact.
 * Traps: "one of the dead" counts no one; another outcome or another value is no echo.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingFacts = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => (d.a ?? d.b)!.text)

describe('one count of people of one outcome, in digits and in words', () => {
  it.each([
    ['en: 1 dead / One person dead', '1 dead, 2 injured in Main Street shooting on Friday.', 'One person dead and 3 others wounded in Main Street shooting on Friday.', []],
    ['en: 2 injured / two people were injured', 'The crash left 2 injured on Main Street on Friday.', 'Police said two people were injured in the crash on Main Street on Friday.', []],
    ['vi: 1 người chết / một người tử vong', 'Vụ nổ súng trên phố Huế khiến 1 người chết.', 'Vụ nổ súng trên phố Huế khiến một người tử vong.', []],
    ['en trap: one of the dead', 'The shooting on Main Street on Friday left 1 dead.', 'Police said one of the dead was a student, after the shooting on Main Street on Friday.', ['1 dead']],
    ['en trap: another outcome', 'The shooting on Main Street on Friday left 1 dead.', 'The shooting on Main Street on Friday left one person injured.', ['1 dead']],
    ['vi trap: another outcome', 'Vụ nổ súng trên phố Huế khiến 1 người chết.', 'Vụ nổ súng trên phố Huế khiến một người bị thương.', ['1 người']],
  ])('%s', (_why, a, b, want) => {
    expect(missingFacts(a, b)).toEqual(want)
  })
})
