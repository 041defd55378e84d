/**
 * Counts of different firms' things are two slots (review K item 2): the counted noun is read past a
 * firm's whole name (counted-noun.ts), but the name still sets the counts apart, and a swap of two
 * firms' counts is two contradictions. Counts qualified two ways without a firm's suffix ("US" /
 * "American" troops) stay one slot.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const read = (a: string, b: string): string[] => {
  const r = compare({ text: a }, { text: b })
  return [
    ...r.divergences.filter((d) => d.kind === 'number').map((d) => `number ${d.a!.text} | ${d.b!.text}`),
    ...r.equivalences.filter((e) => /^\d/.test(e.a.text)).map((e) => `same ${e.a.text} | ${e.b.text}`),
  ]
}

describe('counts of different firms', () => {
  it.each([
    ['en: two firms, one count each, not the same', 'He bought 200 Tesla Inc. shares.', 'He bought 200 Apple Inc. shares.', []],
    [
      'en: a swap of two firms\' counts contradicts',
      'He bought 200 Tesla Inc. shares and 300 Apple Inc. shares.',
      'He bought 300 Tesla Inc. shares and 200 Apple Inc. shares.',
      ['number 200 Tesla Inc. shares | 300 Tesla Inc. shares', 'number 300 Apple Inc. shares | 200 Apple Inc. shares'],
    ],
    [
      'en: a swap of two firms of two words',
      'The plant employs 3,000 General Motors Co. workers and 2,000 Ford Motor Co. workers.',
      'The plant employs 2,000 General Motors Co. workers and 3,000 Ford Motor Co. workers.',
      ['number 3,000 General Motors Co. workers | 2,000 General Motors Co. workers', 'number 2,000 Ford Motor Co. workers | 3,000 Ford Motor Co. workers'],
    ],
    ['en trap: one firm with and without its suffix', 'He bought 200 Tesla Inc. shares.', 'He bought 200 Tesla shares.', ['same 200 Tesla Inc. shares | 200 Tesla shares']],
    ['en trap: one firm, two counts', 'He bought 200 Tesla Inc. shares.', 'He bought 300 Tesla Inc. shares.', ['number 200 Tesla Inc. shares | 300 Tesla Inc. shares']],
    ['en trap: a force named two ways is one slot', 'The strike left 27 US troops dead.', 'The strike left 26 American troops dead.', ['number 27 US troops | 26 American troops']],
    ['en trap: a firm named on one side only', 'OGE Energy Corp. has 800,000 customers.', 'The utility serves 800,000 OGE Energy Corp. customers.', ['same 800,000 customers | 800,000 OGE Energy Corp. customers']],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })
})
