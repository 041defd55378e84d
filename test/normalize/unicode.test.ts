import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toNfc } from '../../src/normalize/unicode'

describe('toNfc', () => {
  it('returns NFC text', () => {
    expect(toNfc('Hoa\u0300 Bi\u0300nh').text).toBe('Ho\u00e0 Bình')
  })

  it('maps positions of NFC text back into the NFD original', () => {
    const original = 'Hoa\u0300 Bi\u0300nh'
    const { text, toOriginal } = toNfc(original)
    const start = text.indexOf('Bình')
    expect(original.slice(toOriginal(start), toOriginal(start + 4))).toBe('Bi\u0300nh')
  })

  it('reads ð as đ', () => {
    expect(toNfc('ðường').text).toBe('đường')
  })

  it('maps the end of the text to the end of the original', () => {
    const original = 'e\u0301'.repeat(5)
    const mapped = toNfc(original)
    expect(mapped.toOriginal(mapped.text.length)).toBe(original.length)
  })

  it('composes every text NFC would change, marks behind astral characters and lone surrogates included', () => {
    // U+1D165 U+1D167: astral marks NFC reorders; U+2126 (ohm) becomes omega; U+00E0 is NFC already.
    const pieces = ['a', ' ', 'Ho\u00e0', 'e\u0301', '\u{1D165}\u{1D167}', '\u{1F600}', '\u2126', '\ud800', 'x']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const original = parts.join('')
        expect(toNfc(original).text).toBe(original.normalize('NFC'))
      }),
      { seed: 11, numRuns: 500 },
    )
  })

  it('maps word boundaries exactly for any mix of composed and decomposed text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Hòa', 'Ho\u00e0', 'Hoa\u0300', 'Nguye\u0302\u0303n', 'x', ' ', '.', '한국', '\u1112\u1161\u11ab'), { maxLength: 30 }), (parts) => {
        const original = parts.join('')
        const { text, toOriginal } = toNfc(original)
        for (const match of text.matchAll(/\S+/gu)) {
          const start = toOriginal(match.index)
          const end = toOriginal(match.index + match[0].length)
          if (original.slice(start, end).normalize('NFC') !== match[0]) return false
        }
        return true
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  // toNfc's mapping as it was built before its scans (every cluster of a word NFC may change
  // normalised on its own, found by a regex): the reference every position must still map as.
  const clusterByCluster = (input: string): number[] => {
    const mayChange = /[\p{M}\u0340-\u0344\u0374\u037e\u0387\u0900-\u0dff\u0f00-\u0fff\u1100-\u11ff\u1f00-\u1fff\u2000\u2001\u2126\u212a\u212b\u2329\u232a\uf900-\ufaff\ufb1d-\ufb4f\ud800-\udfff]/gu
    const regions: [number, number][] = []
    for (const m of input.matchAll(mayChange)) {
      const last = regions[regions.length - 1]
      if (last && m.index < last[1]) continue
      let start = m.index
      while (start > 0 && !/\s/u.test(input[start - 1]!)) start--
      let end = m.index + m[0].length
      while (end < input.length && !/\s/u.test(input[end]!)) end++
      if (last && start <= last[1]) last[1] = end
      else regions.push([start, end])
    }
    const out: number[] = []
    let done = 0
    for (const [start, end] of regions) {
      for (let k = done; k < start; k++) out.push(k)
      for (const m of input.slice(start, end).matchAll(/[^\p{M}\u1160-\u11ff][\p{M}\u1160-\u11ff]*|[\p{M}\u1160-\u11ff]+/gsu)) {
        for (let k = 0; k < m[0].normalize('NFC').length; k++) out.push(start + m.index)
      }
      done = end
    }
    for (let k = done; k < input.length; k++) out.push(k)
    return out
  }

  it('maps every position as cluster by cluster did, for any mix of marks, jamo, singletons and surrogates', () => {
    const pieces = ['a', ' ', 'Ho\u00e0', 'Hoa\u0300', 'e\u0301', '\u0301', '\u{1D165}\u{1D167}', '\u{1F600}', '\u2126', '\ud800', '\udc00', '\u1112\u1161\u11ab', 'x', '\n']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const original = parts.join('')
        const { text, toOriginal } = toNfc(original)
        if (text === original) return true
        const expected = clusterByCluster(original)
        return Array.from({ length: text.length }, (_, i) => i === 0 || toOriginal(i) === expected[i]).every(Boolean)
      }),
      { seed: 7, numRuns: 1000 },
    )
  })

  it.each([
    ['Vietnamese, decomposed', 'Nguye\u0302\u0303n Va\u0306n Ba\u0301u ngu\u031bo\u031b\u0300i'],
    ['Vietnamese, mixed', 'Ho\u00e0 Bi\u0300nh, TP.HCM 13.8'],
    ['English with a decomposed name', 'Jose\u0301 said Zoe\u0308 was there.'],
    ['ohm sign inside a word (a singleton that changes alone)', 'x\u2126y z'],
    ['Hangul jamo', '\u1112\u1161\u11ab \u1100\u1161'],
    ['a lone mark opening a word', '\u0301abc de\u0301'],
  ])('maps every position as cluster by cluster did: %s', (_, original) => {
    const { text, toOriginal } = toNfc(original)
    expect(text).toBe(original.normalize('NFC'))
    const expected = clusterByCluster(original)
    expect(Array.from({ length: text.length }, (_, i) => (i === 0 ? 0 : toOriginal(i)))).toEqual(expected.map((v, i) => (i === 0 ? 0 : v)))
  })
})

describe('toNfc clusters read from its table of composed clusters', () => {
  // The second text meets the clusters the first one filled the table with: each must compose, and
  // map back, as normalize() would, including a surrogate pair of two units (no cluster to compose).
  it.each([
    ['Vietnamese, two marks on a letter', 'Nguye\u0302\u0303n Vie\u0302\u0323t', 'Vie\u0302\u0323t Nam, ngu\u031bo\u031b\u0300i Vie\u0302\u0323t'],
    ['English, an accent in a loan word', 'cafe\u0301 and re\u0301sume\u0301', 'the cafe\u0301 opened'],
    ['trap: an astral character, not a cluster to compose', '\u{1F600} e\u0301', 'e\u0301 \u{1F600}\u0301'],
    ['trap: a mark with no letter before it', '\u0301a', ' \u0301\u0323 b'],
  ])('%s', (_, first, second) => {
    for (const original of [first, second, first]) {
      const { text, toOriginal } = toNfc(original)
      expect(text).toBe(original.normalize('NFC'))
      // Each word maps back to the same word of the original.
      for (const word of text.split(' ')) {
        const at = text.indexOf(word)
        expect(original.slice(toOriginal(at), toOriginal(at + word.length)).normalize('NFC')).toBe(word)
      }
    }
  })
})
