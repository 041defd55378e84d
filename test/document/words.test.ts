/**
 * The document's word tables are caches kept in columns: what a stage reads from them must be
 * exactly what tokenizing the sentence itself gives, whatever the text (offsets, keys, kinds,
 * expansions of abbreviations), and the word stream must find the places a naive scan finds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/document'
import { tokenize as factTokenize } from '../../src/document/fact-tokens'
import { tokenTable } from '../../src/document/sentence-tokens'
import { wordStream } from '../../src/document/word-stream'
import { factKeys, factLetterSpans, factTokens, sentenceText } from '../../src/document/words'
import { expansionTable } from '../../src/normalize/abbreviations'
import { stripDiacritics } from '../../src/normalize/fold'
import { nameSkeleton } from '../../src/normalize/romanisation'
import { tokenize } from '../../src/normalize/tokens'

const TABLE = expansionTable(['vie', 'eng'])

// Words that exercise folding, abbreviations, numerals, joiners, marks and scripts without spaces.
const WORDS = ['Hà', 'Nội', 'Ha', 'Noi', 'hoà', 'hòa', 'TP.HCM', 'TP.', 'HCM', 'UBND', '13/8', '1.000.000', '2,5', 'Covid-19', "O'Brien", 'Park', 'Pak', 'Busan', 'Pusan', 'ngày', 'năm', '東京', 'ไทย', '😀', '.20', '—', 'Lee', 'Jae-myung', 'Mr.', 'ông']
const SEPARATORS = [' ', ' ', ', ', '. ', '.\n', '\n\n', ' (', ') ', ': ', '? ']
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 80 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''))

const docOf = (t: string) => prepare({ text: t }, { detectBoilerplate: true })

describe('the fact token table', () => {
  it('gives every sentence the tokens its text tokenizes to', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docOf(t)
        doc.sentences.forEach((_, i) => expect(factTokens(doc, i)).toEqual(factTokenize(sentenceText(doc, i))))
      }),
    )
  })

  // Over 64K characters a document keeps its tokens in columns, written as the tokenizer finds them and grown past their first size.
  it('gives every sentence of a long document the tokens its text tokenizes to', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docOf(t.repeat(Math.ceil(70_000 / t.length)))
        expect(doc.nfc.text.length).toBeGreaterThan(1 << 16)
        doc.sentences.forEach((_, i) => expect(factTokens(doc, i)).toEqual(factTokenize(sentenceText(doc, i))))
      }),
      { numRuns: 5 },
    )
  })

  // A long document's tokens are made in a scratch list and copied out: an earlier answer must not change with a later one.
  it.each([
    ['Vietnamese', 'Ông Park Heong-joon nói ngày 13/8. Thành phố Busan chi 150 tỉ USD. '],
    ['English', 'Mayor Park Heong-joon said on 13/8. Busan city spent $150 billion. '],
  ])('gives each sentence of a long %s document a list of its own', (_language, sentences) => {
    const doc = docOf(sentences.repeat(Math.ceil(70_000 / sentences.length)))
    const first = factTokens(doc, 0)
    const copy = first.map((token) => ({ ...token }))
    factTokens(doc, 1)
    factTokens(doc, 2)
    expect(first).toEqual(copy)
    expect(factTokens(doc, 0)).not.toBe(first)
  })

  it.each([
    ['a news article', 1],
    ['a long document (columns)', 0],
  ])('lists the spans of the word and mixed tokens of %s, in order', (_what, short) => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docOf(short ? t : t.repeat(Math.ceil(70_000 / t.length)))
        doc.sentences.forEach((_, i) => {
          const seen: number[][] = []
          factLetterSpans(doc, i, (start, end) => seen.push([start, end]))
          const want = factTokenize(sentenceText(doc, i)).filter((tok) => tok.kind === 'word' || tok.kind === 'mixed')
          expect(seen).toEqual(want.map((tok) => [tok.start, tok.end]))
        })
      }),
      { numRuns: short ? 100 : 5 },
    )
  })

  it('lists the keys of every token but punctuation, in order', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docOf(t)
        doc.sentences.forEach((_, i) => {
          const seen: Array<[string, string]> = []
          factKeys(doc, i, (key, kind) => seen.push([key, kind]))
          expect(seen).toEqual(factTokenize(sentenceText(doc, i)).filter((tok) => tok.kind !== 'punct').map((tok) => [tok.key, tok.kind]))
        })
      }),
    )
  })
})

describe('the comparison token table', () => {
  it('holds, row by row, the tokens of each sentence with abbreviations expanded', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docOf(t)
        const table = tokenTable(doc, TABLE)
        doc.sentences.forEach((_, i) => {
          const rows = []
          for (let row = table.first[i]!; row < table.first[i + 1]!; row++) rows.push({ start: table.start[row], end: table.end[row], key: table.keys[table.key[row]!] })
          expect(rows).toEqual(tokenize(sentenceText(doc, i), TABLE))
        })
        expect(new Set(table.keys).size).toBe(table.keys.length)
      }),
    )
  })
})

describe('the comparison token table of a long document', () => {
  // Over 64K characters the scan reads its folds from the fact token columns.
  it('holds, row by row, the tokens of each sentence with abbreviations expanded', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = docOf(t.repeat(Math.ceil(70_000 / t.length)))
        const table = tokenTable(doc, TABLE)
        doc.sentences.forEach((_, i) => {
          const rows = []
          for (let row = table.first[i]!; row < table.first[i + 1]!; row++) rows.push({ start: table.start[row], end: table.end[row], key: table.keys[table.key[row]!] })
          expect(rows).toEqual(tokenize(sentenceText(doc, i), TABLE))
        })
      }),
      { numRuns: 5 },
    )
  })
})

describe('the word stream', () => {
  it('finds the first places of a word by its bare form and its skeleton, as a scan of every word does', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...WORDS), (t, sought) => {
        const doc = docOf(t)
        const stream = wordStream(doc, TABLE)
        const keys = doc.sentences.flatMap((_, i) => tokenize(sentenceText(doc, i), TABLE).map((tok) => tok.key))
        expect(Array.from({ length: stream.length }, (_, at) => stream.keyAt(at))).toEqual(keys)
        const form = stripDiacritics(tokenize(sought, TABLE)[0]?.key ?? sought)
        const byBare = keys.flatMap((key, at) => (stripDiacritics(key) === form ? [at] : [])).slice(0, 256)
        expect([...(stream.bare.get(form) ?? [])]).toEqual(byBare)
        const skeleton = nameSkeleton(form)
        const bySkeleton = keys.flatMap((key, at) => (key.length >= 4 && nameSkeleton(key) === skeleton ? [at] : [])).slice(0, 256)
        expect([...(stream.skeletons.get(skeleton) ?? [])]).toEqual(bySkeleton)
      }),
    )
  })

  it('keeps only the first 256 places of a word that stands more often', () => {
    const doc = docOf(Array.from({ length: 300 }, () => 'Park và Parrk.').join(' '))
    const stream = wordStream(doc, TABLE)
    const places = stream.skeletons.get(nameSkeleton('park'))!
    expect(places).toHaveLength(256)
    const keys = Array.from({ length: stream.length }, (_, at) => stream.keyAt(at))
    expect(places).toEqual(keys.flatMap((key, at) => (key === 'park' || key === 'parrk' ? [at] : [])).slice(0, 256))
  })
})
