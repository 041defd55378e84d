/**
 * A person's given name spelt two ways before one family name (Blane Wade / Blain Wade, Steven /
 * Stephen Adams): the family name agreeing, a given name two letters apart is one person's name
 * mistyped or transcribed, not another member of the family. Only for names the caller knows are a
 * person's, and only for given names long enough (five letters) and alike in their start that two
 * edits leave them one name; Ryan / Brian (another start), Erin / Evan (short) stay two people.
 * Vietnamese syllables never: a changed letter there is another name (word-spelling.ts).
 */
import { editDistance } from './edit-distance'
import type { NameWord } from './name-words'
import type { WordMatch } from './word-spelling'

const GIVEN_NAME_MIN_LETTERS = 5
const GIVEN_NAME_RESPELT = 0.7

/**
 * `given` of each name, the word right before its last (`family`), differing by two edits at
 * most; undefined when the two are not the family's one person.
 */
export function givenNameRespelt(givenA: NameWord, givenB: NameWord, familyA: NameWord, familyB: NameWord): WordMatch | undefined {
  if (familyA.lower !== familyB.lower) return undefined
  if (givenA.vietnamese || givenB.vietnamese || familyA.vietnamese || familyB.vietnamese) return undefined
  const x = givenA.bare
  const y = givenB.bare
  if (Math.min(x.length, y.length) < GIVEN_NAME_MIN_LETTERS || x.slice(0, 2) !== y.slice(0, 2)) return undefined
  // Daniel / Danielle, Christian / Christiana: letters added at the end make another name.
  if (x.startsWith(y) || y.startsWith(x)) return undefined
  return editDistance(x, y, 2) <= 2 ? { score: GIVEN_NAME_RESPELT, evidence: 'given name respelt' } : undefined
}
