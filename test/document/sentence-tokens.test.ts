/**
 * The rows of the comparison token table by key, and the sentence of a row: what the word stream
 * and the phrase index of abbreviations read a word's places from must be what a scan finds.
 */
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/document'
import { rowsByKey, sentenceOfRow, tokenTable } from '../../src/document/sentence-tokens'
import { expansionTable } from '../../src/normalize/abbreviations'

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
