/**
 * The rows of the comparison token table by key, and the sentence of a row: what the word stream
 * and the phrase index of abbreviations read a word's places from must be what a scan finds.
 */
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/document'
import { rowsByKey, sentenceOfRow, tokenTable } from '../../src/document/sentence-tokens'
import { factTokens } from '../../src/document/words'
import { expansionTable } from '../../src/normalize/abbreviations'
import { scanTokens } from '../../src/normalize/tokens'

const TABLE = expansionTable(['vie', 'eng'])
const docOf = (t: string) => prepare({ text: t }, { detectBoilerplate: true })

describe('rows by key', () => {
  it.each([
    ['Vietnamese, a word in several sentences', 'Ông Park đến Hà Nội.\n\nPark gặp lãnh đạo TP.HCM. Hà Nội đón ông Park.'],
    ['English, with a sentence of no words between', 'Mr. Lee met Park in Seoul.\n\n—\n\nLee said Park would return to Seoul.'],
    ['Vietnamese, one sentence only', 'Park Park Park hoà hòa.'],
  ])('%s: every row under its key, in order, with its sentence', (_, text) => {
    const doc = docOf(text)
    const table = tokenTable(doc, TABLE)
    const { offset, rows } = rowsByKey(table)
    expect(offset[table.keys.length]).toBe(table.key.length)
    for (let id = 0; id < table.keys.length; id++) {
      const scanned = [...table.key.keys()].filter((row) => table.key[row] === id)
      expect(Array.from(rows.subarray(offset[id]!, offset[id + 1]!))).toEqual(scanned)
    }
    for (let row = 0; row < table.key.length; row++) {
      const sentence = sentenceOfRow(table, row)
      expect(table.first[sentence]! <= row && row < table.first[sentence + 1]!).toBe(true)
    }
  })

  it.each([
    ['Vietnamese', 'Hà Nội. Hà Nội.'],
    ['English', 'Seoul. Seoul.'],
  ])('%s: the table is grouped once and shared', (_, text) => {
    const table = tokenTable(docOf(text), TABLE)
    expect(rowsByKey(table)).toBe(rowsByKey(table))
  })
})

describe('the comparison tokens cut in the fact tokens\' scan', () => {
  const rowsOf = (table: ReturnType<typeof tokenTable>, i: number) => {
    const out: [number, number, string][] = []
    for (let row = table.first[i]!; row < table.first[i + 1]!; row++) out.push([table.start[row]!, table.end[row]!, table.keys[table.key[row]!]!])
    return out
  }
  const scanned = (text: string) => {
    const out: [number, number, string][] = []
    scanTokens(text, TABLE, (start, end, key) => void out.push([start, end, key]))
    return out
  }
  const TEXTS: [string, string][] = [
    ['a joined abbreviation, dotted and spaced', 'Lãnh đạo TP.HCM và TP. HCM họp; UBND TP.Hà Nội cũng thế.'],
    ['numerals joined across marks', 'Ngày 13/8, giá 1.000.000 đồng; Covid-19 lúc 10:30, tỉ lệ 3-2.'],
    ['a bare decimal and a dollar decimal', 'Levels of .20 parts per million ($.5 a share), (.75) and .5.'],
    ['scripts written without spaces', '東京都 and ภาษาไทย beside Hà Nội.'],
    ['abbreviations and scripts inside a joined token', 'Tuyến Hà Nội-TP.HCM và tuyến 東京-大阪 mở lại, giá 5-UBND.'],
    ['apostrophes, dashes and astral letters', "O'Brien's well-known 𝐀𝐁 plan – Nguyễn’s view."],
    ['capitals before a dot and a lower-case word', 'Ông Park Geun-hye (TP.) đến Seoul. Mr. Lee said U.S. GDP rose.'],
  ]
  it.each(TEXTS)('%s: the same rows as scanning each sentence again', (_, text) => {
    const doc = docOf(text)
    const table = tokenTable(doc, TABLE)
    doc.sentences.forEach((s, i) => expect(rowsOf(table, i)).toEqual(scanned(doc.nfc.text.slice(s.nfcStart, s.nfcEnd))))
  })

  it.each(TEXTS)('%s: the same rows in a long document (its fact tokens in columns)', (_, text) => {
    // Over 64K characters: the fact tokens are kept in columns, not as objects.
    const doc = docOf(Array.from({ length: Math.ceil(70_000 / text.length) }, () => text).join('\n\n'))
    expect(doc.nfc.text.length).toBeGreaterThan(1 << 16)
    const table = tokenTable(doc, TABLE)
    doc.sentences.forEach((s, i) => expect(rowsOf(table, i)).toEqual(scanned(doc.nfc.text.slice(s.nfcStart, s.nfcEnd))))
  })

  it.each(TEXTS)('%s: the same rows when the fact tokens were read first, and with another expansion table', (_, text) => {
    const doc = docOf(text)
    doc.sentences.forEach((_, i) => factTokens(doc, i))
    const table = tokenTable(doc, TABLE)
    doc.sentences.forEach((s, i) => expect(rowsOf(table, i)).toEqual(scanned(doc.nfc.text.slice(s.nfcStart, s.nfcEnd))))
    const none = tokenTable(doc, new Map())
    doc.sentences.forEach((s, i) => {
      const out: [number, number, string][] = []
      scanTokens(doc.nfc.text.slice(s.nfcStart, s.nfcEnd), new Map(), (start, end, key) => void out.push([start, end, key]))
      expect(rowsOf(none, i)).toEqual(out)
    })
  })
})
