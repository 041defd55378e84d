import { describe, expect, it } from 'vitest'
import { prepare } from '../../../src/document'
import { factTokens } from '../../../src/document/words'
import { resolveOptions } from '../../../src/options'
import { captionTokens, ownName } from '../../../src/diverge/match/clause-names'

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
  ])('%s', (_name, text, want) => {
    expect(names(text)).toEqual(want)
  })
})
