import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { factTokens } from '../../../../src/document/words'
import { resolveOptions } from '../../../../src/options'
import { captionTokens, ownName, shortFormIn } from '../../../../src/diverge/match/clauses/clause-names'
import { foldWord } from '../../../../src/normalize/fold'

/** The raw words of one sentence that ownName keeps as names, outside captions. */
function names(text: string): string[] {
  const tokens = factTokens(prepare({ text }, resolveOptions({})), 0)
  const caption = captionTokens(tokens)
  return tokens.flatMap((t, at) => (at > 0 && t.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !caption.has(at) && ownName(t, tokens[at - 1]) ? [t.raw] : []))
}

describe('capitalised words that name a place or body of a clause', () => {
  it.each([
    ['vi: the first word of a sentence a credit was glued to', 'Quốc lộ 1A ngập nặng - Ảnh: N.T.Phúc Theo người dân ở Hố Nai, mưa đá kéo dài 20 phút.', ['Hố', 'Nai']],
    ['vi: a weekday', 'Cảnh sát Kabul cho biết hôm Thứ Hai có 12 người bị thương.', ['Kabul']],
    ['vi: a caption in parentheses', '(Trong ảnh: Máy bay FA-50 của Indonesia) Được biết, hợp đồng với Philippines trị giá 18 tỷ peso.', ['Philippines']],
    ['en: the first word of a sentence a credit was glued to', 'Rescuers at the site - Photo: Reuters The police in Kabul said 12 people were hurt.', ['Kabul']],
    ['en: a caption in parentheses', '(Photo: A jet of the Indonesian Air Force) The deal with the Philippines is worth 18 billion pesos.', ['Philippines']],
    ['en: a weekday and a month', 'Police in Kabul said on Monday, March 3, that 12 people were hurt.', ['Kabul']],
    // fixm29a (review-m 16): the letters of initials joined by "&" name nothing alone (the other report spells them out)
    ['en: initials joined by "&"', 'Police in Kabul said 250 P&G workers were hurt.', ['Kabul']],
    ['en: initials of three letters joined by "&"', 'Police in Kabul said 250 AT&T workers were hurt.', ['Kabul']],
    ['vi: one letter of a name\'s initials', 'Cảnh sát Kabul cho biết 12 công nhân P&G bị thương.', ['Kabul']],
    ['en trap: a word after "&" is a name', 'Police in Kabul said 250 Procter & Gamble workers were hurt.', ['Kabul', 'Procter', 'Gamble']],
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want)
  })
})

/** Folded words of a sentence and its capitalised ones, as clauses.ts reads them (numbers left out). */
function read(text: string): { words: string[]; capitals: Set<string> } {
  const raw = text.match(/[\p{L}\p{M}'’&.-]+/gu) ?? []
  const words = raw.map((w) => foldWord(w.replace(/\.$/, '')))
  return { words, capitals: new Set(raw.filter((w) => /^\p{Lu}/u.test(w)).map((w) => foldWord(w.replace(/\.$/, '')))) }
}

describe('a name the other sentence writes by the initials of its words across a joiner (names29)', () => {
  it.each([
    ['en: and', 'oklahoma', 'Some 14,000 Oklahoma Gas and Electric customers were without power', 'About 38,000 OGE Energy Corp. customers are without power', true],
    ['en: and, a capitalised opener before it', 'electric', 'Some Oklahoma Gas and Electric customers were without power', 'About 38,000 OGE customers are without power', true],
    ['en: for', 'disease', 'The Centers for Disease Control said 20 people fell ill', 'The CDC said 20 people fell ill', true],
    ['vi: an institution\'s syllables', 'viet', 'Mặt trận Tổ quốc Việt Nam đã trao 200 suất quà', 'MTTQVN đã trao 200 suất quà', false],
    ['en trap: initials of another name', 'oklahoma', 'Some 14,000 Oklahoma Gas and Electric customers were without power', 'About 38,000 AEP customers are without power', false],
    ['en trap: a lower-case word between is no joiner', 'electric', 'Some Oklahoma Gas or Electric customers were without power', 'About 38,000 OGE customers are without power', false],
  ])('%s: %s', (_name, name, a, b, want) => {
    const x = read(a)
    const y = read(b)
    expect(shortFormIn(name, x.words, x.capitals, y.words, y.capitals)).toBe(want)
  })
})
