import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { extractDates } from '../../../src/diverge/extract/dates/dates'
import { figurePairings } from '../../helpers'

const times = (s: string): Array<[string, number | undefined]> => extractDates(s).map((f) => [f.text, f.minutes])

// alarms50: clock times in the h form are times; French typesetting's spaced h (20 h 08) was two numbers, 00 / 08 flagged at full confidence.
describe('extractDates: the hour written with h, glued or spaced', () => {
  it.each([
    ['fr: glued', 'La cérémonie a commencé à 20h08.', [['20h08', 1208]]],
    ['fr: spaced with minutes', 'La cérémonie a commencé à 20 h 08 au stade.', [['20 h 08', 1208]]],
    ['fr: spaced after a hedge', 'Le séisme a frappé vers 23 h 11.', [['23 h 11', 1391]]],
    ['fr: spaced, the hour alone after à', 'La cérémonie a commencé à 20 h.', [['20 h', 1200]]],
    ['vi: glued', 'Buổi lễ bắt đầu lúc 20h08.', [['20h08', 1208]]],
    ['vi: spaced after lúc', 'Buổi lễ bắt đầu lúc 20 h.', [['20 h', 1200]]],
    // traps: hours as a length of time
    ['fr: hours driven', 'Il a roulé 24 h sans pause.', []],
    ['fr: a flight with its minutes named', 'Vol de 10 h 30 min.', []],
  ] as const)('%s', (_why, s, expected) => {
    expect(times(s)).toEqual(expected)
  })
})

describe('compare: a hedged clock time is the other rounded; an exact round one is not', () => {
  const fr = (t: string): string => `La cérémonie d'ouverture a commencé vendredi ${t} au stade.`
  const vi = (t: string): string => `Lễ khai mạc bắt đầu ${t} tối thứ Sáu tại sân vận động.`
  const en = (t: string): string => `The opening ceremony began ${t} on Friday at the stadium.`
  const approximations = (a: string, b: string): string[] =>
    compare(a, b).equivalences.filter((e) => e.reason === 'approximation').map((e) => `${e.a.text} | ${e.b.text}`)

  it.each([
    ['fr: vers', fr('vers 20h'), fr('à 20h08'), ['20h | 20h08']],
    ['fr: vers, spaced', fr('vers 20 h'), fr('à 20 h 08'), ['20 h | 20 h 08']],
    ['vi: khoảng', vi('khoảng 20h'), vi('lúc 20h08'), ['20h tối | 20h08 tối']],
    ['en: about', en('at about 8 p.m.'), en('at 8:08 p.m.'), ['8 p.m. | 8:08 p.m.']],
    ['es: hacia las', 'La ceremonia comenzó el viernes hacia las 20h en el estadio.', 'La ceremonia comenzó el viernes a las 20h08 en el estadio.', ['20h | 20h08']],
    // traps: no hedge, a hedge that does not reach, a hedged deadline
    ['fr: no hedge', fr('à 20h00'), fr('à 20h08'), []],
    ['fr: no hedge, spaced', fr('à 20 h 00'), fr('à 20 h 08'), []],
    ['vi: no hedge', vi('lúc 20h'), vi('lúc 20h08'), []],
    ['en: no hedge', en('at 8 p.m.'), en('at 8:08 p.m.'), []],
    ['fr: beyond the hedge', fr('vers 20h'), fr('à 20h45'), []],
    ['vi: beyond the hedge', vi('khoảng 20h'), vi('lúc 20h45'), []],
    ['en: a hedged deadline bounds, it rounds nothing', 'Crews had cleared the road by about 8 p.m. on Friday.', 'Crews had cleared the road by 8:08 p.m. on Friday.', []],
  ])('%s', (_why, a, b, expected) => {
    expect(approximations(a, b)).toEqual(expected)
  })

  it.each([
    ['fr', fr('à 20h00'), fr('à 20h08'), ['20h00 | 20h08']],
    ['fr: spaced', fr('à 20 h 00'), fr('à 20 h 08'), ['20 h 00 | 20 h 08']],
    ['vi', vi('lúc 20h00'), vi('lúc 20h08'), ['20h00 tối | 20h08 tối']],
  ])('%s: two exact times are compared as times', (_why, a, b, expected) => {
    expect(figurePairings(a, b)).toEqual(expected)
  })
})
