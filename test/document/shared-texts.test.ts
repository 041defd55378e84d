/**
 * shared-texts.ts: documents that share a table give back the first string of each text; a
 * document given none keeps its own. Equality of contents never changes, only which string holds it.
 */
import { describe, expect, it } from 'vitest'
import { prepare } from '../../src/document'
import { shareSentenceTexts, sharedText } from '../../src/document/shared-texts'

const docOf = (text: string) => prepare({ text }, { detectBoilerplate: true })
// Strings made apart, as two documents' slices are (not one literal V8 would intern once).
const made = (text: string): string => [...text].join('')

describe('sharedText', () => {
  it.each([
    ['the same text in two shared documents', 'Mưa lớn kéo dài ba ngày.', 'Mưa lớn kéo dài ba ngày.', true],
    ['two different texts (trap)', 'Mưa lớn kéo dài ba ngày.', 'Mưa lớn kéo dài bốn ngày.', false],
    ['English copy', 'The storm lasted three days.', 'The storm lasted three days.', true],
  ])('%s', (_, x, y, same) => {
    const [a, b] = [docOf('A report. It rained.'), docOf('Another report. It rained.')]
    shareSentenceTexts([a, b])
    const first = sharedText(a, made(x))
    const second = sharedText(b, made(y))
    expect(first === second).toBe(same)
    // Asked again from either document, the text comes back unchanged (which string holds it,
    // the point of the table, is not observable from JavaScript: only its contents are checked).
    expect(sharedText(b, made(x))).toBe(first)
  })

  it('leaves a document with no table its own string (compare() documents)', () => {
    const doc = docOf('A report. It rained.')
    const text = made('It rained.')
    expect(sharedText(doc, text)).toBe(text)
  })

  it('does not share between two calls (trap): each call gets its own table', () => {
    const [a, b] = [docOf('One. Two.'), docOf('Three. Four.')]
    shareSentenceTexts([a])
    shareSentenceTexts([b])
    const first = sharedText(a, made('Two.'))
    expect(sharedText(a, made('Two.'))).toBe(first)
    expect(sharedText(b, made('Two.'))).toBe('Two.')
  })
})
