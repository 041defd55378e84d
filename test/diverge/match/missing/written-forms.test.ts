/**
 * What a report writes, as not-missing.ts asks it of the other report: bare runs, initials,
 * numbers in words, transatlantic spellings and the names of countries (written-forms.ts).
 */
import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { resolveOptions } from '../../../../src/options'
import { bare, writtenForms } from '../../../../src/diverge/match/missing/written-forms'

const forms = (text: string) => writtenForms(prepare({ text }, resolveOptions({})))

describe('a run bared of the punctuation around it', () => {
  it.each([
    ['en: quotes and a comma', '"3-0,"', '3-0'],
    ['en: a possessive stays', "WHO's", "WHO's"],
    ['vi: brackets', '(2/3)', '2/3'],
    ['vi: nothing to bare', 'Hà', 'Hà'],
    ['only punctuation', '--', ''],
  ])('%s', (_why, run, expected) => {
    expect(bare(run)).toBe(expected)
  })
})

describe('runs and initials a report writes', () => {
  it.each([
    ['vi: a score glued to punctuation', 'Việt Nam thắng (3-0) trên sân nhà.', '3-0', true],
    ['vi: a score inside a longer run is not the run', 'Tỷ số 13-0 khép lại trận đấu.', '3-0', false],
    ['en: a fraction at the end of a sentence', 'The vote passed by 2/3.', '2/3', true],
    ['en: absent', 'The vote passed by a majority.', '2/3', false],
  ])('%s', (_why, text, run, expected) => {
    expect(forms(text).hasRun(run)).toBe(expected)
  })

  it.each([
    ['en: bare initials', 'The account moved to UM last week.', 'UM', true],
    ['en: possessive initials', "WHO's experts met on Monday.", 'WHO', true],
    ['en: initials inside a word are not written', 'The UMBRELLA group met.', 'UM', false],
    ['vi: initials in a Vietnamese sentence', 'Theo WHO, dịch đã lan rộng.', 'WHO', true],
    ['not capitals', 'The account moved to UM last week.', 'Um', false],
    ['en: curly possessive in parentheses', 'Its budget (UNDP\u2019s) grew.', 'UNDP', true],
    ['en: a possessive of other letters is not the initials', "UNDPs' budget grew.", 'UNDP', false],
    ['vi: initials glued to a word by a hyphen are not written alone', 'Đoàn UBND-HĐND đã họp.', 'UBND', false],
    ['vi: initials in quotes, with the Vietnamese capital Đ', 'Theo “HĐND”, kỳ họp kết thúc.', 'HĐND', true],
  ])('%s', (_why, text, initials, expected) => {
    expect(forms(text).hasCapitals(initials)).toBe(expected)
  })
})

describe('numbers a report writes in words', () => {
  it.each([
    ['en: a hyphenated compound before its noun', 'Thirty-two people were hurt.', ['32', '32 people']],
    ['en: two words', 'Twenty five ships sailed.', ['25', '25 ships']],
    ['en: an ordinal', 'She finished third in the race.', ['ord:3']],
    ['vi: tens and units before the counted noun', 'Có hai mươi lăm người bị thương.', ['25', '25 người']],
    ['vi: a rank after thứ in digits', 'Đội xếp thứ 3 chung cuộc.', ['ord:3']],
  ])('%s', (_why, text, expected) => {
    const written = forms(text).inWords
    for (const value of expected) expect(written).toContain(value)
  })

  it.each([
    ['vi: thứ năm is no rank', 'Cuộc họp diễn ra vào thứ năm.', 'ord:5'],
    ['en: digits are not words', 'Some 32 people were hurt.', '32'],
  ])('%s', (_why, text, absent) => {
    expect(forms(text).inWords).not.toContain(absent)
  })
})

describe('names of countries a report writes', () => {
  it.each([
    ['vi: a two-word name', 'Hoa Kỳ và Việt Nam ký thỏa thuận.', ['hoa kỳ', 'việt nam']],
    ['en: initials with periods', 'The U.S. delegation arrived in Hanoi.', ['#us']],
    ['en: an adjective', 'American officials declined to comment.', ['american']],
  ])('%s', (_why, text, expected) => {
    const phrases = forms(text).phrases
    for (const phrase of expected) expect(phrases).toContain(phrase)
  })

  it('en: the pronoun us is no country', () => {
    expect(forms('They told us nothing.').phrases).not.toContain('#us')
  })
})

describe('words in one spelling of English', () => {
  const spellings = (text: string) => forms(text).transatlantic

  it('en: British and American spellings fold together', () => {
    expect(spellings('The organisation said so.')).toEqual(spellings('The organization said so.'))
  })

  it('en: another word stays apart', () => {
    expect(spellings('The association said so.')).not.toEqual(spellings('The organization said so.'))
  })
})
