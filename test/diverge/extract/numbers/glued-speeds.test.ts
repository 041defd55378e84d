import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { figureFlags } from '../../../helpers'

// A speed glued to its unit ("149mph", "120km/h") was read as no figure at all, and "m.p.h." as
// another unit than "mph": after MSRP train 1010655 / 1010430 (round enfresh-1).
describe('speeds glued to their units', () => {
  it.each([
    ['en: mph glued', 'a 149mph serve', { text: '149mph', value: 149, unit: 'mph' }],
    ['en: m.p.h. is mph', 'a 149 m.p.h. serve', { text: '149 m.p.h', value: 149, unit: 'mph' }],
    ['en: kph glued', 'limited to 30kph', { text: '30kph', value: 30, unit: 'kph' }],
    ['vi: km/h glued, a rate of km per hour', 'xe chạy 120km/h trên cao tốc', { text: '120km/h', value: 120, unit: 'km', per: 'h' }],
    ['vi: km/h spaced, as before', 'xe chạy 120 km/h trên cao tốc', { text: '120 km/h', value: 120, unit: 'km', per: 'h' }],
  ])('%s', (_name, text, expected) => {
    expect(extractNumbers(text)).toEqual([expect.objectContaining(expected)])
  })

  it.each([
    ['vi trap: money per kilo is not read as a glued measure', 'giá 30.000đ/kg'],
    ['en trap: a model code with a slash', 'the 4G/LTE modem'],
  ])('%s', (_name, text) => {
    expect(extractNumbers(text).filter((f) => f.kind === 'count')).toEqual([])
  })

  it('en trap: a market fraction in pence is no rate per anything', () => {
    expect(extractNumbers('rose 1-1/4p to 290-1/2p').map((f) => f.per)).toEqual([undefined, undefined])
  })

  it.each([
    ['en: one speed written two ways', 'On Saturday, a 149mph serve against Agassi equalled the world record.', 'On Saturday, a 149 m.p.h. serve against Agassi equalled the world record.', []],
    ['en: two speeds conflict', 'On Saturday, a 149mph serve against Agassi equalled the world record.', 'On Saturday, a 194 m.p.h. serve against Agassi equalled the world record.', ['149mph | 194 m.p.h']],
    ['vi: two speeds conflict', 'Chiếc xe chạy với tốc độ 120km/h trên cao tốc Trung Lương.', 'Chiếc xe chạy với tốc độ 150 km/h trên cao tốc Trung Lương.', ['120km/h | 150 km/h']],
    [
      'en: the market fractions of two shares stay apart (MSRP train 2947200 / 2947300)',
      'Shares in Safeway rose 1-1/4p to 290-1/2p while Morrison shares rose 1-3/4p to 222-3/4p in early morning trade.',
      'Shares in Safeway rose 1-1/4p to 288-1/4p in morning trade in London.',
      ['290-1/2p | 288-1/4p'],
    ],
    ['vi trap: a speed and a distance are two slots', 'Chiếc xe chạy 120km/h, đi được 120 km trên cao tốc.', 'Chiếc xe chạy 120 km/h, đi được 120 km trên cao tốc.', []],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
    if (expected.length === 0) expect(compare(a, b).divergences.filter((d) => d.kind === 'missing')).toEqual([])
  })
})
