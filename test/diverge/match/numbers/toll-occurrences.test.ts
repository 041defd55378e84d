import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Divergence } from '../../../../src'

/** The number contradictions of a compare whose two values contain the given texts. */
const flagOf = (a: string, b: string, va: string, vb: string): Divergence | undefined =>
  compare(a, b).divergences.find((d) => d.kind === 'number' && d.a?.text.includes(va) && d.b?.text.includes(vb))

/** Each span's own text is the caller's string at its offsets. */
const sliced = (text: string, spans: readonly { start: number; end: number; text: string }[]): boolean => spans.every((s) => text.slice(s.start, s.end) === s.text)

/**
 * A report tells its toll in its headline and again in its lead or body (issue 11, GVC, FA-KES, ECB+):
 * a toll's divergence lists every place each report states its figure, so the headline's and the
 * body's figure are one finding, not one flagged and one left unread.
 */
describe('a toll told in the headline and the body lists both places', () => {
  it.each([
    [
      'en: injured in the headline and the lead on both sides',
      '1 dead, 2 injured after shooting in nightclub parking lot\nHOUSTON - One man died and 2 men were injured Saturday after a fight inside a nightclub turned deadly, police said.\nPolice said the men were fighting inside the club.',
      'Man charged in shooting that killed one, wounded three others\nHOUSTON - A man has been charged in a shooting that left one man dead and three others wounded.\nThe shooting happened early on Saturday in the parking lot.',
      '2',
      'three',
      ['2 injured'],
      ['three others', 'three others'],
    ],
    [
      'vi: số người chết ở tít và đoạn mở đầu',
      'Cháy nhà ở Hà Nội, 3 người chết\nRạng sáng nay, một căn nhà trên phố Tôn Đức Thắng bốc cháy dữ dội khiến 3 người chết.\nLực lượng cứu hỏa đã dập tắt đám cháy sau hai giờ.',
      'Lực lượng cứu hỏa dập tắt đám cháy sau hai giờ.\nCông an cho biết vụ hỏa hoạn làm 5 người thiệt mạng.\nNguyên nhân đang được điều tra.',
      '3',
      '5',
      ['3 người', '3 người'],
      ['5 người'],
    ],
    [
      'pt: mortos no título e no lide',
      'Explosão em fábrica deixa 7 mortos em Campinas\nUma explosão numa fábrica de Campinas deixou 7 mortos nesta terça-feira, disse a polícia.\nOs bombeiros controlaram o incêndio à tarde.',
      'Os bombeiros controlaram o incêndio à tarde.\nA polícia disse que 9 pessoas morreram na explosão da fábrica em Campinas.\nA causa ainda é investigada.',
      '7',
      '9',
      ['7 mortos', '7 mortos'],
      ['9 pessoas'],
    ],
  ])('%s', (_label, a, b, va, vb, occA, occB) => {
    const d = flagOf(a, b, va, vb)
    expect(d?.occurrences?.a.map((s) => s.text)).toEqual(occA)
    expect(d?.occurrences?.b.map((s) => s.text)).toEqual(occB)
    expect(sliced(a, d?.occurrences?.a ?? [])).toBe(true)
    expect(sliced(b, d?.occurrences?.b ?? [])).toBe(true)
  })
})

/** Traps: what is no other place of the same toll. */
describe('what a toll\'s places leave out', () => {
  it('en: the dead beside the injured are no place of the injured toll', () => {
    const d = flagOf(
      '1 dead, 2 injured after shooting in nightclub parking lot\nHOUSTON - One man died and 2 men were injured Saturday after a fight inside a nightclub turned deadly, police said.\nPolice said the men were fighting inside the club.',
      'Man charged in shooting that killed one, wounded three others\nHOUSTON - A man has been charged in a shooting that left one man dead and three others wounded.\nThe shooting happened early on Saturday in the parking lot.',
      '2',
      'three',
    )
    expect(d?.occurrences?.a.some((s) => s.text.includes('1') || s.text.includes('One'))).toBe(false)
  })

  it.each([
    ['en: each report states its toll once', 'Thirty civilians were killed on Saturday in air strikes on the town of Jayrud, rebels said. The raids targeted a medical centre.', 'The raids hit a medical centre and a school. Syrian government shelling of the town of Jayrud killed 43 people on Saturday, a monitor said.', 'Thirty', '43'],
    ['vi: mỗi bài nêu số người chết một lần', 'Phe nổi dậy cho biết 30 dân thường thiệt mạng ở Jayrud, một ngày sau khi phi công bị xử tử. Trường học bị trúng đạn.', 'Trường học và trạm y tế bị trúng đạn. Đài quan sát cho biết cuộc pháo kích vào Jayrud làm 43 người chết.', '30', '43'],
  ])('%s: no list of places', (_label, a, b, va, vb) => {
    const d = flagOf(a, b, va, vb)
    expect(d).toBeDefined()
    expect(d?.occurrences).toBeUndefined()
  })

  it('pt: a part of the dead (crianças) is no place of the whole toll', () => {
    const d = flagOf(
      'Explosão em fábrica deixa 7 mortos em Campinas\nUma explosão numa fábrica de Campinas deixou 7 mortos nesta terça-feira, entre eles 2 crianças, disse a polícia.\nOs bombeiros controlaram o incêndio à tarde.',
      'Os bombeiros controlaram o incêndio à tarde.\nA polícia disse que 9 pessoas morreram na explosão da fábrica em Campinas.\nA causa ainda é investigada.',
      '7',
      '9',
    )
    expect(d?.occurrences?.a.map((s) => s.text)).toEqual(['7 mortos', '7 mortos'])
  })
})

const EN_HEAD = '1 dead, 2 injured after shooting in nightclub parking lot\nHOUSTON - One man died and 2 men were injured Saturday after a fight inside a nightclub turned deadly, police said.\nPolice said the men were fighting inside the club.'
const EN_OTHER = 'Man charged in shooting that killed one, wounded three others\nHOUSTON - A man has been charged in a shooting that left one man dead and three others wounded.\nThe shooting happened early on Saturday in the parking lot.'
const VI_HEAD = 'Cháy nhà ở Hà Nội, 3 người chết\nRạng sáng nay, một căn nhà trên phố Tôn Đức Thắng bốc cháy dữ dội khiến 3 người chết.\nLực lượng cứu hỏa đã dập tắt đám cháy sau hai giờ.'
const VI_OTHER = 'Lực lượng cứu hỏa dập tắt đám cháy sau hai giờ.\nCông an cho biết vụ hỏa hoạn làm 5 người thiệt mạng.\nNguyên nhân đang được điều tra.'

/**
 * Review rtolls51 (1): the same figure of another incident, day or year is another toll, not a place
 * of this one, though its value and outcome are the same ("2 men" is a part of the people, no main toll).
 */
describe('the same figure of another incident is no place of the toll', () => {
  it.each([
    ['en: last month\'s other shooting', EN_HEAD + '\nLast month, another shooting at the club left 2 people injured.', EN_OTHER, '2', 'three', ['2 injured']],
    ['en: a shooting in 2019', EN_HEAD + '\nIn 2019, a shooting at the same club left 2 people injured.', EN_OTHER, '2', 'three', ['2 injured']],
    ['en: a separate shooting two weeks ago', EN_HEAD + '\nTwo weeks ago, 2 officers were wounded in a separate shooting downtown.', EN_OTHER, '2', 'three', ['2 injured']],
    ['vi: một vụ cháy khác tuần trước', VI_HEAD + '\nTuần trước, một vụ cháy khác ở quận Đống Đa cũng khiến 3 người chết.', VI_OTHER, '3', '5', ['3 người', '3 người']],
  ])('%s', (_label, a, b, va, vb, occA) => {
    const d = flagOf(a, b, va, vb)
    expect(d?.occurrences?.a.map((s) => s.text)).toEqual(occA)
    expect(d?.occurrences?.a.every((s) => s.start < a.lastIndexOf('\n'))).toBe(true)
  })
})

/** Review rtolls51: a span one toll finding lists is not also reported as a fact the other report lacks. */
describe('a toll\'s places are no missing facts', () => {
  it.each([
    ['en', EN_HEAD, EN_OTHER],
    ['vi', VI_HEAD, VI_OTHER],
    ['pt', 'Explosão em fábrica deixa 7 mortos em Campinas\nUma explosão numa fábrica de Campinas deixou 7 mortos nesta terça-feira, disse a polícia.\nOs bombeiros controlaram o incêndio à tarde.', 'Os bombeiros controlaram o incêndio à tarde.\nA polícia disse que 9 pessoas morreram na explosão da fábrica em Campinas.\nA causa ainda é investigada.'],
  ])('%s', (_lang, a, b) => {
    const ds = compare(a, b).divergences
    const places = ds.flatMap((d) => [...(d.occurrences?.a ?? []).map((s) => `a${s.start}`), ...(d.occurrences?.b ?? []).map((s) => `b${s.start}`)])
    const missing = ds.filter((d) => d.kind === 'missing').map((d) => (d.a ? `a${d.a.start}` : `b${d.b!.start}`))
    expect(places.length).toBeGreaterThan(2)
    expect(missing.filter((at) => places.includes(at))).toEqual([])
  })
})

/** FA-KES (test/fixtures/fakes): al-Araby and Ahram on the shelling of Jayrud, 2 July 2016. */
const fakes = new Map<string, string>(
  fs
    .readFileSync(path.join(__dirname, '../../../fixtures/fakes/articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string })
    .map((x) => [String(x.id), x.text]),
)

describe('a confident pairing of two main tolls lists their places too', () => {
  it('en: 43 / 31 dead in Jayrud, Ahram\'s headline and lead alike', () => {
    const a = fakes.get('1915433695')!
    const b = fakes.get('1923848178')!
    const d = flagOf(a, b, '43', '31')
    expect(d?.occurrences?.a.map((s) => s.text)).toEqual(['43 people', '43 people'])
    expect(d?.occurrences?.b.map((s) => s.text)).toEqual(['31 dead', '31 people', '31 people'])
    expect(sliced(b, d?.occurrences?.b ?? [])).toBe(true)
  })
})
