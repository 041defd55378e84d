import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import { expansionTable } from '../../src/normalize/abbreviations'

const abbreviations = (a: string, b: string) =>
  compare(a, b)
    .equivalences.filter((e) => e.reason === 'abbreviation')
    .map((e) => `${e.a.text} | ${e.b.text}`)
const missingNames = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing' && d.factType === 'name')
    .map((d) => (d.a ?? d.b)!.text)

describe('a firm or body named with its kind in short is one name', () => {
  it.each([
    ['en: Corp. / Corporation', 'Intel Corp. said it would cut prices.', 'Intel Corporation said it would cut prices.', ['Corp | Corporation']],
    ['en: Ltd. / Limited', 'Sony Ltd. said it would cut prices.', 'Sony Limited said it would cut prices.', ['Ltd | Limited']],
    ['vi: UBND / Ủy ban nhân dân', 'UBND TP Hà Nội vừa ban hành quyết định mới.', 'Ủy ban nhân dân TP Hà Nội vừa ban hành quyết định mới.', ['UBND | Ủy ban nhân dân']],
  ])('%s', (_, a, b, want) => {
    expect(abbreviations(a, b)).toEqual(want)
    expect(missingNames(a, b)).toEqual([])
  })

  it.each([
    // traps: another firm's kind, the word in lower case
    ['en: Corp. / Company', 'Intel Corp. said it would cut prices.', 'Intel Company said it would cut prices.'],
    ['en: a corporation in lower case', 'The corp. said it would cut prices.', 'The corporation said it would cut prices.'],
  ])('%s: no abbreviation', (_, a, b) => {
    expect(abbreviations(a, b)).toEqual([])
  })

  it('the English table holds the kinds of a body', () => {
    const table = expansionTable(['eng'])
    for (const short of ['corp', 'ltd', 'dept', 'intl', 'assn']) expect(table.has(short)).toBe(true)
  })
})
