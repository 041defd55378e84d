/**
 * A figure's Clause keeps the clause's end (clauses.ts `end`), past the 8 words of `after`:
 * share-complements.ts reads a share's slot there ("won 55 percent of the ballots cast … in the
 * mayoral race"). A refactor once let share-complements stop at Clause.after's cap and no dump
 * caught it; these rows read the words to the end directly, through clausesOfFacts, with traps
 * where the clause stops at a comma, a dash aside, or the letter bound.
 */
import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { collectFacts } from '../../../../src/diverge/extract/collect'
import { clausesOf } from '../../../../src/diverge/match/clauses/clauses'
import { clausesOfFacts } from '../../../../src/diverge/match/numbers/share-complements'

const LONG = 'Smith won 55 percent of the ballots cast on a cold rainy Tuesday across the whole county in the mayoral race.'

/** The words after the first figure of `text`, as Clause.after and as share-complements reads them to the clause's end. */
function tails(text: string): { after: string; toEnd: string } {
  const doc = prepare({ text }, { detectBoilerplate: false })
  const facts = collectFacts(doc, [])
  const first = facts.facts[0]!
  const clause = clausesOf(doc).of(first.sentence, first.fact)
  return { after: clause.after.join(' '), toEnd: clausesOfFacts(doc, facts)(first.fact)!.after.join(' ') }
}

describe('a figure\'s clause read to its end past Clause.after\'s 8 words', () => {
  it.each([
    ['en: the slot word 14 words on', LONG, 'mayoral', true],
    ['en: the last word of the clause', LONG, 'race', true],
    ['vi: the slot word far on', 'Ông A giành 55% số phiếu được bỏ vào ngày thứ Ba mưa lạnh trên khắp tỉnh trong cuộc bầu cử thị trưởng.', 'bầu', true],
    // traps: the clause ends at a comma or an aside's dash, and is read at most 160 letters on
    ['en: past a comma is another clause', 'Smith won 55 percent of the ballots cast on a cold rainy Tuesday across the whole county, and the mayoral race went to Brown.', 'mayoral', false],
    ['en: past a spaced dash is an aside', 'Jones took 45 percent of the ballots cast on a cold rainy Tuesday across the county -- the mayoral race was close.', 'mayoral', false],
    ['en: beyond the letter bound', `Smith won 55 percent of the ballots ${'cast again and again '.repeat(10)}in the mayoral race.`, 'mayoral', false],
  ])('%s', (_why, text, word, found) => {
    const { after, toEnd } = tails(text)
    // the cap: Clause.after alone never reaches these words
    expect(after.split(' ')).not.toContain(word)
    expect(toEnd.split(' ').includes(word), toEnd).toBe(found)
    expect(toEnd.startsWith(after)).toBe(true)
  })

  it.each([
    ['a clause shorter than the cap is `after` itself', 'Jones took the remaining 45 percent in the mayoral race.'],
    ['a figure at the sentence end', 'Turnout was 55 percent.'],
  ])('%s', (_why, text) => {
    const { after, toEnd } = tails(text)
    expect(toEnd).toBe(after)
  })
})
