import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { eventFeatures } from '../../src/dedup/event-features'
import { murmur3Utf8 } from '../../src/dedup/hash'
import { keyHashes } from '../../src/dedup/key-hashes'
import { SpanKeys } from '../../src/dedup/span-keys'
import { UPPER, classAt } from '../../src/normalize/chars'
import { foldWord } from '../../src/normalize/fold'
import { tokenize } from '../../src/normalize/tokens'

/** The event features as docs/dedup.md defines them, over tokenize()'s keys and the feature strings: first appearance order, counts summed. */
function reference(text: string, title?: string): Map<number, number> {
  const counts = new Map<number, number>()
  const add = (feature: string, weight: number) => {
    const id = murmur3Utf8(feature)
    counts.set(id, (counts.get(id) ?? 0) + weight)
  }
  const read = (raw: string, weight: number) => {
    const nfc = raw.normalize('NFC')
    let previous: string | null = null
    let previousEnd = 0
    let name: string[] = []
    const flush = () => {
      if (name.length > 0) add(`e:${name.join(' ')}`, 2 * weight)
      name = []
    }
    for (const token of tokenize(nfc)) {
      if (/[.!?]/.test(nfc.slice(previousEnd, token.start))) {
        previous = null
        flush()
      }
      add(`w:${token.key}`, weight)
      if (previous !== null) add(`b:${previous} ${token.key}`, weight)
      if (classAt(nfc, token.start) & UPPER) name.push(token.key)
      else flush()
      previous = token.key
      previousEnd = token.end
    }
    flush()
  }
  if (title) read(title, 2)
  read(text, 1)
  return counts
}

// spellings that fold alike (tone placement, case, i/y), scripts without spaces, digits, marks split off (NFD), astral letters
const WORDS = ['Hòa', 'hoà', 'HOÀ', 'thủy', 'thuỷ', 'kỉ', 'kỷ', 'Park', 'Hyeong-joon', 'TP.HCM', '3,5', '2025', '東京都', 'กรุงเทพ', 'Ðà', 'Nẵng', 'Nă\u0306ng', 'mưa', 'gió', '𝐀𝐁', 'e\u0301', 'x']
const SEPARATORS = [' ', '. ', ', ', '! ', '? ', '\n', ' – ', '', '...']
const texts = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''))

describe('eventFeatures', () => {
  it('reads the words and keys of tokenize(): the features of the definition, in order, with their counts', () => {
    fc.assert(
      fc.property(texts, fc.option(texts, { nil: undefined }), (text, title) => {
        const f = eventFeatures(text, title)
        const expected = reference(text, title)
        expect(Array.from(f.ids)).toEqual([...expected.keys()])
        expect(Array.from(f.counts)).toEqual([...expected.values()])
      }),
      { numRuns: 300 },
    )
  })
})

describe('SpanKeys', () => {
  it.each([
    ['a word seen once', ['mưa']],
    ['spellings that fold alike', ['Hòa', 'hoà', 'HOÀ', 'Hòa']],
    ['more spellings than it keeps (it starts again)', ['a', 'b', 'c', 'd', 'e', 'f', 'a', 'b', 'g', 'a']],
  ])('gives the keys of foldWord() for %s', (_name, words) => {
    const spans = new SpanKeys(4)
    const text = words.join(' ')
    let start = 0
    for (const word of words) {
      expect(spans.get(text, start, start + word.length)).toEqual(keyHashes(foldWord(word)))
      start += word.length + 1
    }
  })
})
