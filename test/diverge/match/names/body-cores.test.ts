/**
 * A company's name respelt with a kind word on one side and a shared place on the other
 * (body-cores.ts): *Air Traset* / *Trasept Congo* (CSTNews 1-1~1-2).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'
import { bodyCoresRespelt, kindWordsAroundOnePlace } from '../../../../src/diverge/match/names/body-cores'

const names = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
const congo = (word: string): boolean => word === 'congo'

describe('bodyCoresRespelt', () => {
  it.each([
    ['Air Traset', 'Trasept Congo', true],
    ['Hewa Bora Airways', 'Hewa Borra Congo', true],
    ['Kenya Airways', 'Air Kenya', false], // nothing but kind words and places
    ['Air Congo', 'Congo Airways', false],
    ['Air Traset', 'Traset Congo', false], // the same core: not a respelling
    ['Air Kasai', 'Kasongo Congo', false], // other cores
    ['Traset', 'Trasept', false], // nothing around: the spelling judge's
  ])('%s / %s', (a, b, respelt) => {
    expect(bodyCoresRespelt(a, b, congo)?.kind === 'respelling').toBe(respelt)
  })
})

describe('kindWordsAroundOnePlace: a kind word and one place on both sides, two bodies named alike', () => {
  it.each([
    ['Korean Air', 'Air Korea', true],
    ['Kenya Airways', 'Air Kenya', true],
    ['Congo Airways', 'Air Congo', true],
    ['Vietnam Airlines', 'Air Vietnam', true],
    ['Air Korea', 'Korea Aerospace Industries', false], // a core of three words: another body, judged as any name
    ['Air Traset', 'Trasept Congo', false], // a core that is no place: one company respelt
    ['Korean Air', 'Korea Air', false], // no kind word moved: the place respelt
    ['Korea', 'Korean', false], // no kind word at all
  ])('%s / %s', (a, b, apart) => {
    expect(kindWordsAroundOnePlace(a, b)).toBe(apart)
  })
})

describe('two reports, one company', () => {
  it.each([
    [
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião, operado pela Air Traset, levava 14 passageiros.',
      'Ao menos 17 pessoas morreram na queda de um avião no Congo. O avião pertencia a uma companhia congolesa, a Trasept Congo, e levava 14 passageiros.',
      ['Air Traset', 'Trasept Congo'],
    ],
    [
      'At least 17 people died when a plane crashed in Congo. The plane, operated by Air Traset, carried 14 passengers.',
      'At least 17 people died when a plane crashed in Congo. The plane, owned by the Congolese firm Trasept Congo, carried 14 passengers.',
      ['Air Traset', 'Trasept Congo'],
    ],
    [
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Máy bay do hãng Air Traset khai thác chở 14 hành khách.',
      'Ít nhất 17 người chết khi máy bay rơi ở Congo. Máy bay của hãng Trasept Congo chở 14 hành khách.',
      ['Air Traset', 'Trasept Congo'],
    ],
  ])('%s', (a, b, pair) => {
    expect(names(compare(a, b))).toContainEqual(pair)
  })

  it.each([
    // Two airlines of one country: Kenya Airways and Air Kenya.
    [
      'A plane crashed near Nairobi on Monday. The plane, operated by Kenya Airways, carried 14 passengers.',
      'A plane crashed near Nairobi on Monday. The plane, operated by Air Kenya, carried 14 passengers.',
    ],
    // Korean Air and Air Korea: a kind word and the same place, two airlines.
    [
      'Korean Air plane makes emergency landing in Seoul. A Korean Air jet carrying 200 passengers landed safely in Seoul on Monday, the airline said.',
      'Air Korea plane makes emergency landing in Seoul. An Air Korea jet carrying 200 passengers landed safely in Seoul on Monday, the airline said.',
    ],
    [
      'Máy bay Korean Air hạ cánh khẩn cấp ở Seoul. Một máy bay của Korean Air chở 200 hành khách đã hạ cánh an toàn ở Seoul hôm thứ Hai.',
      'Máy bay Air Korea hạ cánh khẩn cấp ở Seoul. Một máy bay của Air Korea chở 200 hành khách đã hạ cánh an toàn ở Seoul hôm thứ Hai.',
    ],
    // A place only one report writes is no shared place: Air Traset against Trasept Zambia.
    [
      'At least 17 people died when a plane crashed in Congo. The plane, operated by Air Traset, carried 14 passengers.',
      'At least 17 people died when a plane crashed. The plane, owned by Trasept Zambia, carried 14 passengers.',
    ],
  ])('keeps apart: %s', (a, b) => {
    expect(names(compare(a, b))).toEqual([])
  })
})
