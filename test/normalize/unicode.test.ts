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
})
