import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { extractDates } from '../../../src/diverge/extract/dates/dates'
import { figureFlags, figurePairings } from '../../helpers'

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

// ralarms50 (review): an unhedged 20h00 written with its minutes was read as 20h08's rounding, two
// `missing` where the reports disagree; a length of time with a spaced h was read as a time of day;
// Indonesian writes its clock with a dot after pukul.
describe('compare: two exact times of one slot disagree; a spaced h after a duration word is no time of day', () => {
  it.each([
    ['fr: spaced', "L'incendie s'est déclaré à 20 h 08, selon les pompiers.", "L'incendie s'est déclaré à 20 h 00, selon les pompiers.", ['20 h 08 | 20 h 00']],
    ['fr: glued', "L'incendie s'est déclaré à 20h08, selon les pompiers.", "L'incendie s'est déclaré à 20h00, selon les pompiers.", ['20h08 | 20h00']],
    ['vi: spaced', 'Vụ cháy xảy ra lúc 20 h 08 tối thứ Hai, theo cảnh sát.', 'Vụ cháy xảy ra lúc 20 h 00 tối thứ Hai, theo cảnh sát.', ['20 h 08 | 20 h 00']],
    ['vi: glued', 'Vụ cháy xảy ra lúc 20h08 tối thứ Hai, theo cảnh sát.', 'Vụ cháy xảy ra lúc 20h00 tối thứ Hai, theo cảnh sát.', ['20h08 tối | 20h00 tối']],
    ['en: spaced', 'The fire broke out at 20 h 08, police said.', 'The fire broke out at 20 h 00, police said.', ['20 h 08 | 20 h 00']],
    ['en: colon', 'The fire broke out at 8:08 p.m., police said.', 'The fire broke out at 8:00 p.m., police said.', ['8:08 p.m. | 8:00 p.m.']],
    ['id: dotted after pukul', 'Kebakaran terjadi pukul 20.00 WIB, Senin.', 'Kebakaran terjadi pukul 20.08 WIB, Senin.', ['20.00 | 20.08']],
    // traps: a bare hour may be the other's rounding
    ['en: a bare hour', 'The fire broke out at 6 a.m., police said.', 'The fire broke out at 5:45 a.m., police said.', []],
    ['vi: a bare hour', 'Vụ cháy xảy ra lúc 20h tối thứ Hai, theo cảnh sát.', 'Vụ cháy xảy ra lúc 20h08 tối thứ Hai, theo cảnh sát.', []],
  ])('%s', (_why, a, b, expected) => {
    expect(figureFlags(a, b, ['date'])).toEqual(expected)
  })

  it.each([
    ['fr: a duré', 'Le vol a duré 10 h 30 dimanche.', 'Le vol a duré 11 h 30 dimanche.'],
    ['fr: en', 'Kipchoge a couru le marathon en 2 h 01 à Berlin dimanche.', 'Kipchoge a couru le marathon en 2 h 02 à Berlin dimanche.'],
    ['fr: pendant', 'La réunion a eu lieu pendant 3 h 15 lundi.', 'La réunion a eu lieu pendant 3 h 45 lundi.'],
    ['vi: trong', 'Chuyến bay kéo dài trong 10 h 30 hôm Chủ nhật.', 'Chuyến bay kéo dài trong 11 h 30 hôm Chủ nhật.'],
    ['vi: mất', 'Chuyến đi mất 2 h 30 hôm Chủ nhật.', 'Chuyến đi mất 3 h 30 hôm Chủ nhật.'],
    ['en: in', 'Kipchoge ran the marathon in 2 h 01 in Berlin on Sunday.', 'Kipchoge ran the marathon in 2 h 02 in Berlin on Sunday.'],
    ['en: lasted', 'The flight lasted 10 h 30 on Sunday.', 'The flight lasted 11 h 30 on Sunday.'],
  ])('%s: a length of time, flagged at full confidence, no time of day', (_why, a, b) => {
    const r = compare(a, b)
    expect(r.divergences.filter((d) => d.kind === 'date')).toEqual([])
    expect(r.divergences.filter((d) => d.kind === 'number').map((d) => d.confidence)).toEqual([1])
  })

  it.each([
    ['id: sekitar pukul, dotted', 'Kebakaran terjadi sekitar pukul 20.00 WIB, Senin.', 'Kebakaran terjadi pukul 20.25 WIB, Senin.', ['20.00 | 20.25']],
    ['id: sekitar pukul, colon', 'Kebakaran terjadi sekitar pukul 20:00 WIB, Senin.', 'Kebakaran terjadi pukul 20:25 WIB, Senin.', ['20:00 | 20:25']],
    // trap: beyond the hedge's half hour
    ['id: beyond the hedge', 'Kebakaran terjadi sekitar pukul 20.00 WIB, Senin.', 'Kebakaran terjadi pukul 20.45 WIB, Senin.', []],
  ])('%s: a hedged time and the exact one it rounds', (_why, a, b, expected) => {
    expect(compare(a, b).equivalences.filter((e) => e.reason === 'approximation').map((e) => `${e.a.text} | ${e.b.text}`)).toEqual(expected)
  })
})
