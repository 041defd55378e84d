/**
 * A name cut at "and" by the extractor is read whole when both reports write the same word and
 * "and" before it (issue 11: a respelling is found wherever it occurs). Sentences after an MSRP
 * train pair of the gold (round en16-1), traps of two different names after "and".
 */
import { describe, expect, it } from 'vitest'
import { closeSpelling, joinedAtAnd } from '../../../../src/diverge/match/names/name-and-joins'
import { tokenize } from '../../../../src/document/fact-tokens'
import { wordRuns } from '../../../../src/document/word-runs'
import { compare } from '../../../../src'

const words = (text: string) => wordRuns(text, tokenize(text))

describe('the word and "and" before two names', () => {
  it.each([
    ['en: one device cut at and', ['ejection', 'mechanism'], ['eject', 'mechanism'], 'a Spin-Up and Ejection Mechanism (Suem).', 'a Spin-Up and Eject Mechanism.', [['up', 'and', 'ejection', 'mechanism'], ['up', 'and', 'eject', 'mechanism']]],
    ['vi: và inside a company name', ['viễn', 'thông'], ['viễn', 'thôn'], 'Tổng công ty Bưu Chính và Viễn Thông cho biết', 'Tổng công ty Bưu Chính và Viễn Thôn cho biết', [['chính', 'and', 'viễn', 'thông'], ['chính', 'and', 'viễn', 'thôn']]],
    ['en: different words before and', ['anthony', 'kennedy'], ['stephen', 'breyer'], "Justices Breyer, O'Connor and Anthony Kennedy disagreed.", "Justices Kennedy, Scalia and Stephen Breyer dissented.", undefined],
    ['en: no and before the name', ['ejection', 'mechanism'], ['eject', 'mechanism'], 'the Ejection Mechanism', 'the Eject Mechanism', undefined],
    ['en: a lower-case word before and', ['ejection', 'mechanism'], ['eject', 'mechanism'], 'spin and Ejection Mechanism', 'spin and Eject Mechanism', undefined],
  ])('%s', (_why, x, y, a, b, expected) => {
    expect(joinedAtAnd(x, y, words(a), words(b))).toEqual(expected)
  })
})

describe('a word respelt, not replaced', () => {
  it.each([
    ['ejection', 'eject', true],
    ['embraer', 'airbus', false],
    ['kennedy', 'breyer', false],
  ])('%s / %s', (x, y, close) => {
    expect(closeSpelling(x, y)).toBe(close)
  })
})

describe('one word of a name cut at and, in reports that say the same', () => {
  it('en: Ejection / Eject Mechanism is one device respelt', () => {
    const report = compare(
      'Beagle 2 is attached to Mars Express by what is known as a Spin-Up and Ejection Mechanism (Suem).',
      'A command is sent to Mars Express to release Beagle 2 by what is known as a Spin-Up and Eject Mechanism.',
    )
    expect(report.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])).toContainEqual(['Ejection Mechanism', 'Eject Mechanism'])
  })

  it.each([
    ['en: two justices after different names', "Justices Stephen Breyer, Sandra Day O'Connor and Anthony Kennedy disagreed.", "Justices Anthony Kennedy, Sandra Day O'Connor and Stephen Breyer dissented."],
    ['en: two companies after one partner', 'The deal was signed by Bombardier and Embraer Regional on Monday.', 'The deal was signed by Bombardier and Airbus Regional on Monday.'],
  ])('%s: no name flagged', (_why, a, b) => {
    const report = compare(a, b)
    expect(report.divergences.filter((d) => d.kind === 'name')).toEqual([])
  })
})
