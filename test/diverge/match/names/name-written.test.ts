import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { wordStream } from '../../../../src/document/word-stream'
import type { ExpansionTable } from '../../../../src/normalize/abbreviations'
import { tokenize } from '../../../../src/normalize/tokens'
import { resolveOptions } from '../../../../src/options'
import { writtenFamiliar, writtenIn, writtenJoined, writtenSpread } from '../../../../src/diverge/match/names/name-written'

const NO_EXPANSIONS: ExpansionTable = new Map()
const doc = (text: string) => prepare({ text }, resolveOptions({}))
/** The other report's word stream and a name's words, keyed as missing-names.ts keys them. */
const read = (name: string, text: string) => ({ stream: wordStream(doc(text), NO_EXPANSIONS), words: tokenize(name, NO_EXPANSIONS).map((t) => t.key) })

describe('writtenIn: word after word', () => {
  it.each([
    ['vi: marks dropped', 'Hà Nội', 'Đoàn đã tới Ha Noi hôm qua.', true, true],
    ['en: a doubled letter (any spelling, not letter for letter)', 'Blair Schooff', 'Blair Schoof said so.', true, false],
    ['vi: marks changed on both sides are no exact match', 'Viết Phong', 'Anh Việt Phong cho biết.', true, false],
    // traps: another word, the words apart
    ['en: another name', 'Sundwall', 'Mr Lindsay said so.', false, false],
    ['en: the words not in a row', 'Anthony Kennedy', 'Anthony said that Kennedy left.', false, false],
  ])('%s', (_why, name, text, loosely, exactly) => {
    const { stream, words } = read(name, text)
    expect(writtenIn(stream, words)).toBe(loosely)
    expect(writtenIn(stream, words, true)).toBe(exactly)
  })
})

describe('writtenFamiliar, writtenJoined, writtenSpread: the name in another format', () => {
  it.each([
    ['en: a familiar given name', 'David Richardson', 'Dave Richardson spoke.', 'familiar', true],
    ['en: a given name alone is too loose', 'David', 'Dave spoke.', 'familiar', false],
    ['en: run together', 'Washington Post', 'said the WashingtonPost on Monday', 'joined', true],
    ['en: split apart', 'ToshibaTecra', 'the Toshiba Tecra laptop', 'joined', true],
    ['en: too short to tell', 'Al Bo', 'AlBo said', 'joined', false],
    ['en: a word inside it', 'Nasdaq Composite', 'the Nasdaq Stock Markets composite index rose', 'spread', true],
    ['vi: a conjunction between is two names', 'Biên Hòa', 'các xã Tân Biên và Tân Hòa', 'spread', false],
  ])('%s', (_why, name, text, how, expected) => {
    const { stream, words } = read(name, text)
    const other = doc(text)
    const written = how === 'familiar' ? writtenFamiliar(stream, words) : how === 'joined' ? writtenJoined(stream, words) : writtenSpread(stream, words, other)
    expect(written).toBe(expected)
  })
})
