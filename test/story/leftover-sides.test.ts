/**
 * story55 (issue 15): a pair whose reports leave facts unpaired on one side only (one outlet
 * drops a paragraph the other keeps) pairs no leftovers, so the leftover pairing is skipped for
 * it. What the user sees must not move: the fact the other outlet leaves out is still its own,
 * a figure two outlets give in unlinked sentences is still contradicted, and the story shows each
 * pair what compare() reports for it.
 */
import { describe, expect, it } from 'vitest'
import { compare, compareMany } from '../../src'
import { inconsistencies } from './consistency'

const found = (a: string, b: string): string[] =>
  compare(a, b).divergences.map((d) => `${d.kind}${d.kind === 'missing' ? `/${d.factType}` : ''} ${d.a?.text ?? '-'} | ${d.b?.text ?? '-'}`)

// [language, lead both keep, A's closing sentence with a figure, B's sentence with none, C's sentence with another figure of A's slot]
const STORIES: Array<[string, string, string, string, string, [string, string], [string, string]]> = [
  [
    'en',
    'A storm hit the coastal town of Dover on Monday night.',
    'Officials said the storm destroyed 120 houses along the shore.',
    'Rescue teams worked through the night.',
    'Some 150 houses along the shore were flattened, the mayor said.',
    ['120 houses', '150 houses'],
    ['120', '150'],
  ],
  [
    'vi',
    'Bão đổ bộ vào thị trấn ven biển Cửa Lò tối thứ Hai.',
    'Chính quyền cho biết bão đã làm sập 120 ngôi nhà ven biển.',
    'Lực lượng cứu hộ làm việc suốt đêm.',
    'Khoảng 150 ngôi nhà ven biển bị san phẳng, ông chủ tịch cho biết.',
    ['120 ngôi', '150 ngôi'],
    ['120', '150'],
  ],
]

describe('a figure one outlet keeps and another drops, in a story of three reports', () => {
  it.each(STORIES)('%s: the pair with leftovers on one side still lists the figure as missing', (_lang, lead, withFigure, without, other) => {
    const articles = [`${lead} ${withFigure}`, `${lead} ${without}`, `${lead} ${without} ${other}`]
    const story = compareMany(articles)
    expect(found(articles[0]!, articles[1]!).filter((f) => f.startsWith('missing/number'))).toHaveLength(1)
    expect(inconsistencies(story, articles)).toEqual([])
  })

  it.each(STORIES)('%s: two figures of one slot in unlinked sentences are still contradicted', (_lang, lead, withFigure, without, other, pair, values) => {
    const articles = [`${lead} ${withFigure}`, `${lead} ${without}`, `${lead} ${without} ${other}`]
    const story = compareMany(articles)
    expect(found(articles[0]!, articles[2]!)).toContain(`number ${pair[0]} | ${pair[1]}`)
    const row = story.facts.find((f) => f.contradictions.some((c) => c.outlets[0] === 0 && c.outlets[1] === 2))
    expect(row?.readings.map((r) => r.text.replace(/\D+$/u, '')).sort()).toEqual(expect.arrayContaining(values))
    expect(inconsistencies(story, articles)).toEqual([])
  })
})

describe('traps: a pair with a side left empty gains no finding', () => {
  it.each(STORIES)('%s: a report without the figure contradicts no one', (_lang, lead, withFigure, without) => {
    const articles = [`${lead} ${withFigure}`, `${lead} ${without}`, `${lead} ${withFigure} ${without}`]
    const story = compareMany(articles)
    expect(found(articles[0]!, articles[1]!).filter((f) => f.startsWith('number'))).toEqual([])
    expect(story.facts.flatMap((f) => f.contradictions)).toEqual([])
    expect(inconsistencies(story, articles)).toEqual([])
  })
})
