/**
 * A name written with a word or two inside it, found over the text's runs of non-space characters
 * (spread-names.ts): its first word closes a run, each next one is a whole run within two runs, the
 * last opens a run. Only the runs ending in the first word's last letter are read, case aside:
 * the traps are letters whose lower case a single code unit does not settle.
 */
import { describe, expect, it } from 'vitest'
import { spaceRunsIn, spreadInText } from '../../../../src/diverge/match/names/spread-names'

describe('spreadInText', () => {
  it.each([
    ['en: a word inside the name', 'the Nasdaq Stock Markets composite index rose', ['Nasdaq', 'Composite'], true],
    ['en: capitals aside', 'NASDAQ stock COMPOSITE fell', ['Nasdaq', 'Composite'], true],
    ['en: the first word closing a run after a mark', 'shares of (Nasdaq Composite) fell', ['Nasdaq', 'Composite'], true],
    ['vi: marks kept, case aside', 'tại TP. ĐÀ Lạt NẴNG hôm qua', ['Đà', 'Nẵng'], true],
    ['vi: trap: other marks are another word', 'tại TP. ĐẢ Lạt NẴNG hôm qua', ['Đà', 'Nẵng'], false],
    ['vi: a word inside, case aside', 'về thành phố ĐÀ Lạt và Nẵng', ['Đà', 'Lạt'], true],
    ['el: a final sigma read in its word', 'ΟΔΥΣΣΕΑΣ ΚΑΙ Σίσυφος', ['οδυσσεας', 'σίσυφος'], true],
    // Traps: punctuation in the word put inside, three words inside, the first word inside a longer run.
    ['en: a comma breaks the name', 'Tân Biên, Tân Hòa', ['Biên', 'Hòa'], false],
    ['en: three words inside', 'Nasdaq one two three Composite', ['Nasdaq', 'Composite'], false],
    ['en: the first word ends a longer word', 'SuperNasdaq Composite', ['Nasdaq', 'Composite'], false],
  ])('%s', (_why, text, words, expected) => {
    expect(spreadInText(text, spaceRunsIn(text), words)).toBe(expected)
  })
})
