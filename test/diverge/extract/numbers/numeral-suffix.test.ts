/**
 * What follows a numeral and says what it is (numeral-suffix.ts): the multiplier, the kind and
 * the unit read from the tokens after it, and the last token the reading takes.
 */
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../../src/diverge/extract/fact-tokens'
import { suffixAfter } from '../../../../src/diverge/extract/numbers/numeral-suffix'

/** The suffix of the first digit token of `text`, with the raw text of its last token. */
function suffixOf(text: string, currency = '') {
  const tokens = tokenize(text)
  const i = tokens.findIndex((t) => t.kind === 'num')
  const { mult, kind, unit, last } = suffixAfter(tokens, tokens.map(() => false), i, currency)
  return { mult, kind, unit, lastRaw: tokens[last]!.raw }
}

describe('the suffix after a numeral', () => {
  it.each([
    ['vi: a multiplier and a currency', 'Dự án trị giá 5 tỷ đồng.', { mult: 1e9, kind: 'amount', unit: 'vnd', lastRaw: 'đồng' }],
    ['vi: percent in words', 'Lạm phát tăng 3 phần trăm.', { mult: 1, kind: 'percent', unit: '', lastRaw: 'trăm' }],
    ['vi: an age', 'Ông năm nay 45 tuổi.', { mult: 1, kind: 'age', unit: '', lastRaw: 'tuổi' }],
    ['vi: a century', 'Ngôi chùa có từ 2 thế kỷ trước.', { mult: 1, kind: 'duration', unit: 'century', lastRaw: 'kỷ' }],
    ['vi: a counted noun', 'Có 12 người bị thương.', { mult: 1, kind: 'count', unit: 'người', lastRaw: 'người' }],
    ['en: a multiplier and a currency word', 'The deal is worth 5 million dollars.', { mult: 1e6, kind: 'amount', unit: 'usd', lastRaw: 'dollars' }],
    ['en: pounds alone weigh', 'He weighs 220 pounds.', { mult: 1, kind: 'count', unit: 'pound', lastRaw: 'pounds' }],
    ['en: pounds sterling are money', 'The fine was 50 pounds sterling.', { mult: 1, kind: 'amount', unit: 'gbp', lastRaw: 'pounds' }],
    ['en: years old', 'She is 30 years old.', { mult: 1, kind: 'age', unit: '', lastRaw: 'old' }],
    ['en: per cent in two words', 'Sales rose 4 per cent.', { mult: 1, kind: 'percent', unit: '', lastRaw: 'cent' }],
    ['en: nothing after it', 'The score stood at 17.', { mult: 1, kind: 'plain', unit: '', lastRaw: '17' }],
  ])('%s', (_why, text, expected) => {
    expect(suffixOf(text)).toEqual(expected)
  })

  it.each([
    ['en: a currency the numeral carries', 'Shares rose $ 5 million.', { mult: 1e6, kind: 'amount', unit: 'usd', lastRaw: 'million' }],
    ['vi: a currency the numeral carries', 'Giá vàng tăng $ 3 triệu.', { mult: 1e6, kind: 'amount', unit: 'usd', lastRaw: 'triệu' }],
  ])('%s', (_why, text, expected) => {
    expect(suffixOf(text, 'usd')).toEqual(expected)
  })
})

describe('tokens a date took are no suffix', () => {
  it('en: a skipped unit leaves the numeral plain', () => {
    const tokens = tokenize('It lasted 3 days.')
    const i = tokens.findIndex((t) => t.kind === 'num')
    const skipped = tokens.map((_, k) => k === i + 1)
    expect(suffixAfter(tokens, skipped, i, '').kind).toBe('plain')
  })

  it('vi: a skipped unit leaves the numeral plain', () => {
    const tokens = tokenize('Kéo dài 3 ngày.')
    const i = tokens.findIndex((t) => t.kind === 'num')
    const skipped = tokens.map((_, k) => k === i + 1)
    expect(suffixAfter(tokens, skipped, i, '').kind).toBe('plain')
  })
})

/** German capitalises every noun: after a figure, a noun of people or of an outcome is the counted noun, no name (review rtolls43). */
describe('a German capitalised noun of people after a figure', () => {
  const suffixIn = (text: string, language: string) => {
    const tokens = tokenize(text)
    const i = tokens.findIndex((t) => t.kind === 'num')
    const { kind, unit, last } = suffixAfter(tokens, tokens.map(() => false), i, '', true, language)
    return { kind, unit, lastRaw: tokens[last]!.raw }
  }
  it.each([
    ['de: 30 Menschen', 'Die Bombe tötete 30 Menschen.', 'deu', { kind: 'count', unit: 'people', lastRaw: 'Menschen' }],
    ['de: 12 Personen', 'Es wurden 12 Personen verletzt.', 'deu', { kind: 'count', unit: 'people', lastRaw: 'Personen' }],
    ['de: 35 Tote', 'Das Unglück forderte 35 Tote.', 'deu', { kind: 'count', unit: 'tote', lastRaw: 'Tote' }],
    ['de: 12 Verletzte', 'Es gab 12 Verletzte.', 'deu', { kind: 'count', unit: 'verletzte', lastRaw: 'Verletzte' }],
    ['en: 30 people', 'The bomb killed 30 people.', 'eng', { kind: 'count', unit: 'people', lastRaw: 'people' }],
    ['vi: 30 người', 'Vụ nổ làm 30 người chết.', 'vie', { kind: 'count', unit: 'người', lastRaw: 'người' }],
    // traps: a German noun that counts no people keeps its old reading; an English capital is a name
    ['de trap: 30 Prozent', 'Der Anteil stieg auf 30 Prozent.', 'deu', { kind: 'plain', unit: '', lastRaw: '30' }],
    ['de trap: 30 Jahre', 'Er wurde 30 Jahre alt.', 'deu', { kind: 'plain', unit: '', lastRaw: '30' }],
    ['de trap: Linie 5 Richtung', 'Die Linie 5 Richtung Zentrum.', 'deu', { kind: 'plain', unit: '', lastRaw: '5' }],
    ['en trap: 30 Tote in English is no German outcome', 'He carried 30 Tote bags.', 'eng', { kind: 'count', unit: 'bag', lastRaw: 'bags' }],
    ['en trap: Route 5 Menschen (no German document)', 'Route 5 Menschen Street.', 'eng', { kind: 'plain', unit: '', lastRaw: '5' }],
  ])('%s', (_label, text, language, expected) => {
    expect(suffixIn(text, language)).toEqual(expected)
  })
})
