/**
 * A part counted out of a whole ("four of whom", "hai người trong số đó") is no equivalence of a
 * figure of the whole's slot in the other report (issue 11): "Twelve passengers, four of whom were
 * children" / "Four passengers died" flagged 12 / 4 and also listed "four ≡ Four passengers".
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'

describe('a counted-out part is not equivalent to a whole-slot figure', () => {
  const equivalences = (a: string, b: string) => compare(a, b).equivalences.map((e) => [e.a.text, e.b.text])
  it.each([
    ['en: four of whom / Four passengers', 'Twelve passengers, four of whom were children, died in the crash.', 'Four passengers died in the crash.', []],
    ['vi: bốn người trong số đó / 4 hành khách', 'Mười hai hành khách, bốn người trong số đó là trẻ em, đã chết trong vụ tai nạn.', 'Bốn hành khách đã chết trong vụ tai nạn.', []],
    ['en trap: a whole restated in digits stays an equivalence', 'Twelve passengers died in the crash.', '12 passengers died in the crash.', [['Twelve passengers', '12 passengers']]],
    ['vi trap: a part against the same part stays an equivalence', 'Vụ cháy làm 12 người chết, 4 người trong số đó là trẻ em.', 'Vụ cháy làm 12 người chết, bốn người trong số đó là trẻ em.', [['4 người', 'bốn người']]],
    ['en trap: a part against the same part stays an equivalence', 'Twelve passengers, four of whom were children, died.', 'Twelve passengers, 4 of whom were children, died.', [['four', '4']]],
  ])('%s', (_why, a, b, want) => {
    expect(equivalences(a, b)).toEqual(want)
  })
})
