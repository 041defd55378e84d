/**
 * English counted nouns compare in the singular, so "215 churches" and "one church" count one
 * thing. Vietnamese nouns have no plural: a count keeps its noun as written (the Vietnamese rows).
 */
import { describe, expect, it } from 'vitest'
import { singular } from '../../../../src/diverge/extract/numbers/count-units'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

describe('counted nouns in the singular', () => {
  it.each([
    ['ships', 'ship'],
    ['bodies', 'body'],
    ['churches', 'church'],
    ['branches', 'branch'],
    ['wishes', 'wish'],
    ['boxes', 'box'],
    ['buzzes', 'buzz'],
    ['addresses', 'address'],
    ['glass', 'glass'],
    ['census', 'census'],
    ['bus', 'bus'],
  ])('en: %s → %s', (plural, want) => {
    expect(singular(plural)).toBe(want)
  })

  it.each([
    ['en: a plural and a singular count one noun', 'about 215 churches', 'church'],
    ['en: inches are the conversion table’s inch', 'a thickness of 3 inches', 'inch'],
    ['vi: a noun without plural stays as written', 'khoảng 215 nhà thờ', 'nhà'],
  ])('%s', (_why, text, unit) => {
    expect(extractNumbers(text)[0]?.unit).toBe(unit)
  })
})
