/**
 * The candidates a name probes in the other report (match/names/name-probes.ts, split from
 * name-entities.ts): names sharing a word, or a word one or two letters apart; never all names.
 */
import { describe, expect, it } from 'vitest'
import type { Spelling } from '../../../../src/diverge/match/names/name-probes'
import { indexSpellings, indexSpellingsWhole, probe, probeAmong } from '../../../../src/diverge/match/names/name-probes'

const spelling = (name: string): Spelling =>
  ({ key: name, opening: false, full: undefined, mentions: [{ fact: { tokens: name.split(' ') } }] }) as unknown as Spelling
const probed = (name: string, others: readonly string[]): string[] => [...probe(indexSpellings(others.map(spelling)), spelling(name))].map((s) => s.key)

describe('probe: which names of the other report may be this one respelt', () => {
  it.each([
    ['en: one letter changed', 'Sundwell', ['Sundwall', 'Johnson'], ['Sundwall']],
    ['en: two letters apart in a long word', 'Volgograd', ['Volgagrad'], ['Volgagrad']],
    ['en: a shared word of a longer name', 'Joshua McDonald', ['Joshua Robert Macdonal'], ['Joshua Robert Macdonal']],
    ['vi: marks dropped', 'Nguyễn Văn Thành', ['Nguyen Van Thanh'], ['Nguyen Van Thanh']],
    ['en: ph as f', 'Stephen', ['Stefen'], ['Stefen']],
    ['trap: another name', 'Smith', ['Johnson', 'Williams'], []],
    ['trap: words under three letters are not probed', 'Li', ['Lu', 'Li'], []],
  ])('%s', (_why, name, others, want) => {
    expect(probed(name, others)).toEqual(want)
  })

  it('caps a bucket: a long report costs linear time', () => {
    const many = Array.from({ length: 60 }, (_, k) => spelling(`Sundwall ${String.fromCharCode(97 + (k % 26))}${k}`))
    expect(probe(indexSpellings(many), spelling('Sundwall')).size).toBe(48)
    expect(probe(indexSpellings(many, 3), spelling('Sundwall')).size).toBe(3)
  })

  it('probeAmong through the whole index reads what the part\'s own index holds', () => {
    const all = ['Sundwall', 'Sundwell', 'Sandwall', 'Johnson'].map(spelling)
    const part = new Set([all[1]!, all[3]!])
    const got = probeAmong(indexSpellingsWhole(all), spelling('Sundwal'), part)
    expect([...got].map((s) => s.key)).toEqual([...probe(indexSpellings([...part]), spelling('Sundwal'))].map((s) => s.key))
  })
})
