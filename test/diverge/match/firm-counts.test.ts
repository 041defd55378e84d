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
    // bare names before a counted noun (names29): two firms, two places, two candidates are two slots
    ['en: two bare firms, one count each, not the same', 'He bought 200 Tesla shares on Monday.', 'He bought 200 Apple shares on Monday.', []],
    [
      'en: a swap of two bare firms\' counts contradicts',
      'He bought 200 Tesla shares and 300 Apple shares on Monday.',
      'He bought 300 Tesla shares and 200 Apple shares on Monday.',
      ['number 200 Tesla shares | 300 Tesla shares', 'number 300 Apple shares | 200 Apple shares'],
    ],
    ['en: two places\' troops', 'Some 27 US troops were wounded in the attack near Baghdad.', 'Some 27 British troops were wounded in the attack near Baghdad.', []],
    ['en: a firm\'s initials and its name in words are one firm', 'Some 14,000 Oklahoma Gas and Electric customers were without power on Sunday.', 'About 38,000 OGE customers were without power on Sunday, the company said.', ['number 14,000 Oklahoma Gas and Electric customers | 38,000 OGE customers']],
    ['en: the initials opening a name with a suffix', 'Some 14,000 Oklahoma Gas and Electric customers were without power on Sunday.', 'About 38,000 OGE Energy Corp. customers were without power on Sunday, the company said.', ['number 14,000 Oklahoma Gas and Electric customers | 38,000 OGE Energy Corp. customers']],
    ['en trap: initials of another name', 'Some 14,000 Oklahoma Gas and Electric customers were without power on Sunday.', 'About 38,000 AEP customers were without power on Sunday, the company said.', []],
    ['en trap: one bare firm, two counts', 'He bought 200 Tesla shares on Monday.', 'He bought 300 Tesla shares on Monday.', ['number 200 Tesla shares | 300 Tesla shares']],
    ['en trap: one place, dotted and not', 'Some 27 U.S. troops were wounded in the attack near Baghdad.', 'Some 26 American troops were wounded in the attack near Baghdad.', ['number 27 U.S. troops | 26 American troops']],
    ['en trap: a name respelt is one owner', 'He bought 200 Wal-Mart shares on Monday.', 'He bought 300 Walmart shares on Monday.', ['number 200 Wal-Mart shares | 300 Walmart shares']],
    ['en trap: a name on one side only', 'He bought 200 Tesla shares on Monday.', 'He bought 300 shares on Monday.', ['number 200 Tesla shares | 300 shares']],
    // Vietnamese writes the owner after the noun (200 cổ phiếu Vinamilk), outside the count's text: not read here
    ['vi: one owner, two counts', 'Ông mua 200 cổ phiếu Vinamilk hôm thứ Hai theo báo cáo.', 'Ông mua 300 cổ phiếu Vinamilk hôm thứ Hai theo báo cáo.', ['number 200 cổ | 300 cổ']],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })
})
