import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const read = (text: string) => extractNumbers(text).map((f) => ({ text: f.text, value: f.value, range: f.range }))

describe('fractions written in one token', () => {
  it.each([
    ['en: a bond price in 32nds', 'The 30-year bond rose 22/32 in price.', '22/32', 0.6875],
    ['en: a mixed fraction of a bond price', 'The 30-year bond grew 1-3/32 for a yield of 4.30 percent.', '1-3/32', 1.09375],
    ['en: a price in pence and a half', 'BA shares closed at 167-1/2 pence.', '167-1/2 pence', 167.5],
    ['vi: a third', 'Khoảng 1/3 số phiếu ủng hộ.', '1/3', 1 / 3],
  ])('%s: %s', (_name, text, want, value) => {
    expect(read(text)).toContainEqual({ text: want, value, range: undefined })
  })

  it.each([
    ['en: a rank of a total', 'Vietnam ranked 72/222 countries.'],
    ['en: a range of two numbers', 'The storm left 5-7 people missing.'],
  ])('%s is no fraction', (_name, text) => {
    expect(read(text).some((f) => f.value < 1 && f.value > 0)).toBe(false)
  })
})

describe('a change then a level is a move, not a range', () => {
  it.each([
    ['en: fell … to', 'Altria shares fell $1.17 to $42.51.'],
    ['en: rose … to, hedged', 'Shares rose about 50 cents to 90 cents.'],
    ['vi: tăng … đến', 'Giá vàng tăng 200.000 đồng đến 36.500.000 đồng.'],
  ])('%s', (_name, text) => {
    expect(read(text).every((f) => f.range === undefined)).toBe(true)
  })

  it.each([
    ['en: from … to', 'Prices ranged from $5 to $7.', [5, 7]],
    ['en: between … and', 'Each weighs between 30 and 80 pounds.', [30, 80]],
    ['vi: từ … đến', 'Giá từ 10 đến 12 triệu đồng.', [10_000_000, 12_000_000]],
  ])('%s stays a range', (_name, text, range) => {
    expect(read(text).map((f) => f.range)).toContainEqual(range)
  })
})
