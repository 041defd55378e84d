/**
 * Doubts on figures that name a thing rather than measure it, and on figures of sentences about
 * two different people. Asked only of sentences worded apart (the caller's share of rare words is
 * below one statement's): there "Section 17" / "Section 41" of one Act, "the 11th Circuit" / "the
 * 8th Circuit", "Điều 54" / "Điều 45" are more often two sections, two courts, two articles than
 * one misnumbered, "the third aisle" / "the seventh row" are two rankings (the gold's round en18-1:
 * Charlton's aisle and his attacker's row, flagged at 0.81), and "Leung, who faces a maximum of 50
 * years" / "Smith, who faces a maximum 40 years" are two defendants. The pair stays a candidate.
 */
import type { Fact } from '../../extract/fact'
import { editDistance } from '../../reasons/edit-distance'
import type { Clause } from '../clauses/clauses'
import { keys } from '../../extract/fact-tokens'
import { STOP } from '../../extract/numbers/number-words'

/** "Section 17", "Flight 93", "Điều 54" (a capitalised word names the series), "the 11th U.S. Circuit" (an ordinal before a name). */
function namesAThing(f: Fact, c: Clause): boolean {
  if (f.type !== 'number' || (f.kind !== 'plain' && f.kind !== 'ordinal')) return false
  const before = f.before[f.before.length - 1]
  if (f.kind === 'plain') return before !== undefined && c.capitals.has(before) && !/\d/.test(before)
  const after = f.after[0]
  return after !== undefined && c.capitals.has(after.replace(/\.$/, ''))
}

/** "Leung, who faces …": the person a sentence opens on, when a relative clause says it is a person. */
function openingPerson(c: Clause): string | undefined {
  const [first, second] = c.words
  return first !== undefined && second === 'who' && c.capitals.has(first) ? first : undefined
}

/** Words between an ordinal and what it ranks that say how the series runs, not what it is of: "third straight defeat". */
const SERIES = keys('straight consecutive successive running annual yearly')

/**
 * The lower-case word an English ordinal ranks ("the third aisle", "the 7th row", "her first
 * trophy"), past the words of a series; undefined when the ordinal stands alone, ranks a name
 * (namesAThing's case) or a superlative ("third largest bank" / "second biggest lender" rank one
 * league table under two nouns). A Vietnamese ordinal ranks the noun before it ("lần thứ ba",
 * "vòng thứ bảy"), which its unit already carries.
 */
function rankedNoun(f: Fact, c: Clause): string | undefined {
  if (f.type !== 'number' || f.kind !== 'ordinal') return undefined
  let k = 0
  while (k < f.after.length - 1 && SERIES.has(f.after[k]!)) k++
  const w = f.after[k]
  if (w === undefined || w.length < 3 || STOP.has(w) || c.capitals.has(w) || /[\d.'’]/u.test(w)) return undefined
  return w.endsWith('est') ? undefined : w
}

/** One word inflected or respelt (row / rows, defeat / defeats): the same noun. */
const oneNoun = (p: string, q: string): boolean => p.slice(0, 4) === q.slice(0, 4) || editDistance(p, q, 1) <= 1

export function labelDoubt(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (namesAThing(x, cx) && namesAThing(y, cy)) return 'numbers that name things, in sentences worded apart: more often two things than one misnumbered'
  // "the third aisle" / "the seventh row", "third straight defeat" / "first team-wide slump": two rankings, not one misnumbered
  const rx = rankedNoun(x, cx)
  const ry = rankedNoun(y, cy)
  if (rx && ry && !oneNoun(rx, ry) && !cx.sentence.has(ry) && !cy.sentence.has(rx)) return `ordinals that rank different things (${rx} / ${ry})`
  const px = openingPerson(cx)
  const py = openingPerson(cy)
  if (px && py && px !== py && !cx.sentence.has(py) && !cy.sentence.has(px) && editDistance(px, py, 2) > 2) return `sentences about different people (${px} / ${py})`
  return undefined
}
