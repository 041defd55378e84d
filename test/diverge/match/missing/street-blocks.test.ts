/**
 * A house number and the block that holds it name one place (*3704 Fannin St.* / *the 3700 block of
 * Fannin*): the other report states the address, coarser, and neither value is missing
 * (street-blocks.ts). Another block of the street, or the block of another street, is not that place.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNumbers = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'number').map((d) => (d.a ?? d.b)!.text)

describe('an address inside the other report block', () => {
  it.each([
    ['Police said three men inside the nightclub at 3704 Fannin St. were fighting.', 'The fighting started inside the club in the 3700 block of Fannin, then spilled out.', ['3704', '3700 block']],
    ['Officers found the victims at 420 14th Street in Oakland.', 'It happened in the 400 block of 14th Street in Oakland.', ['420', '400 block']],
    ['The crash happened at 1215 Oak Avenue, police said.', 'The crash happened in the 1200 block of Oak Avenue, police said.', ['1215', '1200 block']],
  ])('%s', (a, b, values) => {
    const got = missingNumbers(a, b)
    for (const v of values) expect(got).not.toContain(v)
  })

  it.each([
    // another block of the same street: not the same place
    ['Police said three men inside the nightclub at 3704 Fannin St. were fighting.', 'The shooting happened in the 3500 block of Fannin, police said.', '3704'],
    // the same hundred on another street
    ['Officers found the victims at 420 Main Street in Oakland.', 'It happened in the 400 block of 14th Street in Oakland.', '420'],
    // a count of blocks is no address
    ['The fire spread over 3 blocks of Main Street.', 'The fire spread over 300 feet of Main Street.', '3 blocks'],
    // Vietnamese addresses have no blocks: a house number stays a number
    ['Vụ cháy xảy ra tại số 3704 phố Lê Lợi.', 'Cảnh sát phong tỏa khu vực 3700 phố Hàng Bông.', '3704'],
  ])('still missing: %s', (a, b, value) => {
    expect(missingNumbers(a, b)).toContain(value)
  })
})
