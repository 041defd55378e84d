// names47: one report's several slips of one name the other report writes (kumparan's Rajeckshah and Rajeksah
// beside Rajekshah, against CNN's Rajekshah) are one entity respelt: one divergence listing every slip, not one
// divergence per slip.
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const nameFlags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'name')

describe('several slips of one name in one report are one divergence', () => {
  it.each([
    [
      'en',
      'Prime Minister Manmohan Singh arrived in Moscow on Monday for talks on nuclear energy with President Putin.',
      'The visit of Prime Minister Manmohan Singh was brief. Prime Minister Manhoman Singh left Moscow for Beijing on Tuesday. Prime Minister Manmohan Sing met President Putin in the Kremlin.',
      ['Manhoman Singh', 'Manmohan Sing'],
    ],
    [
      'id',
      'Partai itu mendukung Edy Rahmayadi dan Musa Rajekshah pada Minggu. Nama calon wakil gubernur Musa Rajeckshah. Musa Rajeksah akan mendampingi Edy.',
      'Partai itu mengusung pasangan Edy Rahmayadi dan Musa Rajekshah pada Minggu. Pasangan itu mendaftar ke KPU.',
      ['Musa Rajeckshah', 'Musa Rajeksah'],
    ],
  ])('%s', (_lang, a, b, slips) => {
    const flags = nameFlags(a, b)
    const slipsOf = (d: (typeof flags)[number]) => [...d.occurrences!.a, ...d.occurrences!.b].map((s) => s.text).filter((t) => slips.includes(t))
    const holding = flags.filter((d) => slipsOf(d).length > 0)
    expect(holding).toHaveLength(1)
    expect(slipsOf(holding[0]!)).toEqual(slips)
  })

  // traps: two different names each slipped once stay two divergences
  it.each([
    [
      'en',
      'Edward Montgomery and Harriet Blackwood spoke in Leeds on Monday. Later Edward Montgomary visited the port. Harriet Blackwod opened the school.',
      'Edward Montgomery and Harriet Blackwood spoke in Leeds on Monday. They visited the port and opened the school.',
      2,
    ],
  ])('%s: two names stay two', (_lang, a, b, count) => {
    expect(nameFlags(a, b)).toHaveLength(count)
  })
})
