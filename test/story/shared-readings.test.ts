/**
 * story54 (issue 15): what a rule reads of one report alone (a sentence's words and names, the
 * measure phrases in them, the orders of a report's long names) is read once and kept with the
 * report, so every pair a report is in reads the same value. A story must still show between two
 * outlets exactly what compare() reports for that pair, whichever pairs came first; a report's kept
 * reading must never leak into another report's pairs.
 */
import { describe, expect, it } from 'vitest'
import { compare, compareMany } from '../../src'
import { inconsistencies } from './consistency'

const dates = (a: string, b: string): Array<[string | undefined, string | undefined]> =>
  compare(a, b).divergences.filter((d) => d.kind === 'date').map((d) => [d.a?.text, d.b?.text])
const names = (a: string, b: string): Array<[string | undefined, string | undefined]> =>
  compare(a, b).divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])

// Three outlets: the first and third tell one deadline alike, the second another time; each report is in two pairs.
describe('one deadline told two ways, in a story of three reports', () => {
  it.each([
    ['en', 'Firefighters were called to the warehouse on Main Street. By 7 p.m., the fire was out.', 'Firefighters were called to the warehouse on Main Street. By 9:30 p.m., the fire was out.', ['7 p.m.', '9:30 p.m.']],
    ['vi', 'Lực lượng cứu hỏa được điều đến kho hàng trên phố Huế. Đến 19h, đám cháy được dập tắt.', 'Lực lượng cứu hỏa được điều đến kho hàng trên phố Huế. Đến 21 giờ 30 tối, đám cháy được dập tắt.', ['19h', '21 giờ 30 tối']],
  ])('%s: the story shows each pair what compare() reports for it', (_lang, a, b, pair) => {
    const articles = [a, b, a.replace('.', '. Nobody was hurt.')]
    const story = compareMany(articles)
    expect(dates(articles[0]!, articles[1]!)).toEqual([pair])
    expect(dates(articles[1]!, articles[2]!)).toEqual([pair.slice().reverse()])
    expect(inconsistencies(story, articles)).toEqual([])
  })
})

describe('traps: two measures in a story stay two moments in every pair', () => {
  it.each([
    ['en', 'Firefighters were called to the warehouse on Main Street. By 7 p.m., the blaze was contained.', 'Firefighters were called to the warehouse on Main Street. By 9:30 p.m., the blaze was put out.'],
    ['vi', 'Lực lượng cứu hỏa được điều đến kho hàng trên phố Huế. Đến 19h, đám cháy được khống chế.', 'Lực lượng cứu hỏa được điều đến kho hàng trên phố Huế. Đến 21h, đám cháy được dập tắt.'],
  ])('%s: no date contradiction, in compare() or the story', (_lang, a, b) => {
    const articles = [a, b, a.replace('.', '. Nobody was hurt.'), b.replace('.', '. Nobody was hurt.')]
    const story = compareMany(articles)
    expect(dates(a, b)).toEqual([])
    expect(story.facts.flatMap((f) => f.contradictions)).toEqual([])
    expect(inconsistencies(story, articles)).toEqual([])
  })
})

// A report's name orders are kept with its names: the outlet writing the other order is the outlier in every pair.
describe('given names in another order, in a story of three reports', () => {
  it.each([
    ['en', 'The hearing opened in Leeds on Monday. The court heard from John Paul Smith about the fire. Smith said he saw smoke.', 'The hearing opened in Leeds on Monday. Witnesses included Paul John Smith, a neighbour. Smith told the court about the smoke.'],
    ['id', 'Pernikahan berlangsung di Solo pada Rabu pagi. Kahiyang Ayu resmi menjadi istri dari Muhammad Bobby Afif Nasution di Graha Saba. Bobby menikahi Kahiyang dengan mas kawin emas. Kahiyang dan Bobby kini resmi menikah.', 'Pernikahan berlangsung di Solo pada Rabu pagi. Banyak artis tidak bisa hadir di pernikahan Kahiyang dan Bobby. Presiden menikahkan putrinya dengan Muhammad Afif Bobby Nasution di gedung itu. Bobby pun menjabat tangan Presiden.'],
  ])('%s: the story shows each pair what compare() reports for it', (_lang, a, b) => {
    const articles = [a, b, a.replace('.', '. It rained.')]
    const story = compareMany(articles)
    expect(names(articles[0]!, articles[1]!).length).toBeGreaterThan(0)
    expect(names(articles[0]!, articles[2]!)).toEqual([])
    expect(inconsistencies(story, articles)).toEqual([])
  })
})

describe('traps: names no pair of the story calls one name in two orders', () => {
  it.each([
    ['en, a family name moved to the other end', 'Prime Minister Orbán Viktor spoke in Budapest on Monday.', 'Prime Minister Viktor Orbán spoke in Budapest on Monday.'],
    ['vi, syllables reordered in sentences apart name another person', 'Ông Nguyễn Đức Anh phát biểu tại hội nghị hôm qua.', 'Trong khi đó, cầu thủ Nguyễn Anh Đức ghi bàn ở phút 90.'],
  ])('%s: no name flag in any pair', (_what, a, b) => {
    const articles = [a, b, b.replace('.', '. It rained.')]
    const story = compareMany(articles)
    expect(names(a, b)).toEqual([])
    expect(story.names.flatMap((n) => n.variants)).toEqual([])
    expect(inconsistencies(story, articles)).toEqual([])
  })
})
