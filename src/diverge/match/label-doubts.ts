/**
 * Doubts on figures that name a thing rather than measure it, and on figures of sentences about
 * two different people. Asked only of sentences worded apart (the caller's share of rare words is
 * below one statement's): there "Section 17" / "Section 41" of one Act, "the 11th Circuit" / "the
 * 8th Circuit", "Điều 54" / "Điều 45" are more often two sections, two courts, two articles than
 * one misnumbered, and "Leung, who faces a maximum of 50 years" / "Smith, who faces a maximum 40
 * years" are two defendants. The pair stays a candidate.
 */
import type { Fact } from '../extract/fact'
import { editDistance } from '../reasons/edit-distance'
import type { Clause } from './slot-qualifiers'

/** "Section 17", "Flight 93", "Điều 54" (a capitalised word names the series), "the 11th U.S. Circuit" (an ordinal before a name). */
export function namesAThing(f: Fact, c: Clause): boolean {
  if (f.type !== 'number' || (f.kind !== 'plain' && f.kind !== 'ordinal')) return false
  const before = f.before[f.before.length - 1]
  if (f.kind === 'plain') return before !== undefined && c.capitals.has(before) && !/\d/.test(before)
  const after = f.after[0]
  return after !== undefined && c.capitals.has(after.replace(/\.$/, ''))
}

/** "Leung, who faces …": the person a sentence opens on, when a relative clause says it is a person. */
export function openingPerson(c: Clause): string | undefined {
  const [first, second] = c.words
  return first !== undefined && second === 'who' && c.capitals.has(first) ? first : undefined
}

export function labelDoubt(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (namesAThing(x, cx) && namesAThing(y, cy)) return 'numbers that name things, in sentences worded apart: more often two things than one misnumbered'
  const px = openingPerson(cx)
  const py = openingPerson(cy)
  if (px && py && px !== py && !cx.sentence.has(py) && !cy.sentence.has(px) && editDistance(px, py, 2) > 2) return `sentences about different people (${px} / ${py})`
  return undefined
}
