import { describe, expect, it } from 'vitest'
import { gluedSeries } from '../../../../src/diverge/extract/numbers/glued-series'

describe('gluedSeries', () => {
  it.each([
    ['127-162-289kg', [[0, 3, 127], [4, 7, 162], [8, -1, 289]], 'kg'],
    ['130-157kg', [[0, 3, 130], [4, -1, 157]], 'kg'],
    ['10-12km', [[0, 2, 10], [3, -1, 12]], 'km'],
  ])('%s: each figure in the glued unit', (raw, parts, unit) => {
    const series = gluedSeries(raw, 'en')
    expect(series?.parts.map((p) => [p.at, p.end, p.value])).toEqual(parts)
    expect(series?.unit).toBe(unit)
  })

  it.each([
    ['289kg'], // one figure: glued-units.ts reads it
    ['5-7people'], // no unit of measure
    ['U23-VN'], // a code
    ['127-162-289'], // no unit at all
  ])('%s: not a glued series', (raw) => {
    expect(gluedSeries(raw, 'en')).toBeUndefined()
  })
})
