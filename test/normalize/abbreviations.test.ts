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

describe('a US state written as AP style shortens it is the state', () => {
  it.each([
    ['S.C. / South Carolina', 'The storm hit Charleston, S.C., on Monday night.', 'The storm hit Charleston, South Carolina, on Monday night.'],
    ['N.Y. / New York', 'The plant in Albany, N.Y., closed on Friday.', 'The plant in Albany, New York, closed on Friday.'],
    ['Fla. / Florida', 'The hurricane reached Tampa, Fla., at noon.', 'The hurricane reached Tampa, Florida, at noon.'],
    ['W.Va. / West Virginia', 'The mine near Beckley, W.Va., flooded on Sunday.', 'The mine near Beckley, West Virginia, flooded on Sunday.'],
  ])('%s is not missing', (_, a, b) => {
    expect(missingNames(a, b)).toEqual([])
  })

  it.each([
    // traps: words other languages write with a capital that AP style also uses for a state
    ['vi: Ga (a railway station) is no Georgia', 'Ga Hà Nội đón 12.000 khách trong ngày 2/9.'],
    ['vi: Và at the start of a sentence is no Virginia', 'Và 12 người đã được đưa đến bệnh viện.'],
    ['es: Del at the start of a sentence is no Delaware', 'Del total, 12 personas resultaron heridas.'],
  ])('%s', (_, text) => {
    const table = expansionTable(['vie', 'eng'])
    const words = text.split(/[\s,.]+/).filter(Boolean)
    expect(words.filter((word) => table.has(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')))).toEqual([])
  })

  it('a different state stays missing: S.C. is not North Carolina', () => {
    expect(missingNames('The storm hit Charleston, S.C., on Monday night.', 'The storm hit Charleston, North Carolina, on Monday night.')).toEqual(['North Carolina'])
  })
})
