import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expansionTable } from '../../src/normalize/abbreviations'
import { UNSPACED, UPPER, WORD_CHAR, isWhitespace, lastRunClasses, scanRun, widthAt } from '../../src/normalize/chars'
import { foldWord } from '../../src/normalize/fold'
import { type Token, tokenize } from '../../src/normalize/tokens'

/** The two-pass tokenizer tokenize() replaced: all word bounds first, then each word with the next one in view. */
function twoPassReference(text: string, expansions: ReadonlyMap<string, readonly string[]>): Token[] {
  const out: Token[] = []
  const n = text.length
  const bounds: number[] = []
  const classes: number[] = []
  for (let i = 0; i < n; ) {
    const end = scanRun(text, i, n, WORD_CHAR)
    if (end === i) {
      i += widthAt(text, i)
      continue
    }
    bounds.push(i, end)
    classes.push(lastRunClasses())
    i = end
  }
  const dotGap = (from: number, to: number): boolean =>
    text.charCodeAt(from) === 46 && (to === from + 1 || (to === from + 2 && isWhitespace(text.charCodeAt(from + 1))))
  for (let w = 0; w < classes.length; w++) {
    const start = bounds[2 * w]!
    const end = bounds[2 * w + 1]!
    const bits = classes[w]!
    if (bits & UNSPACED) {
      const chars = Array.from(text.slice(start, end))
      if (chars.length === 1) out.push({ start, end, key: chars[0]! })
      let offset = start
      for (let k = 0; chars.length > 1 && k < chars.length; k++) {
        // A Han character is a token of its own too, before the pair it opens (kana and Thai: pairs only).
        if (/\p{Script=Han}/u.test(chars[k]!)) out.push({ start: offset, end: offset + chars[k]!.length, key: chars[k]! })
        if (k + 1 < chars.length) out.push({ start: offset, end: offset + chars[k]!.length + chars[k + 1]!.length, key: chars[k]! + chars[k + 1]! })
        offset += chars[k]!.length
      }
      continue
    }
    const word = text.slice(start, end)
    if (expansions.size > 0 && bits & UPPER) {
      if (w + 1 < classes.length && classes[w + 1]! & UPPER && dotGap(end, bounds[2 * w + 2]!)) {
        const nextEnd = bounds[2 * w + 3]!
        const joined = expansions.get(foldWord(word + text.slice(bounds[2 * w + 2]!, nextEnd)))
        if (joined) {
          for (const key of joined) out.push({ start, end: nextEnd, key })
          w++
          continue
        }
      }
      const expansion = expansions.get(foldWord(word))
      if (expansion) {
        for (const key of expansion) out.push({ start, end, key })
        continue
      }
    }
    out.push({ start, end, key: foldWord(word) })
  }
  return out
}

describe('tokenize', () => {
  const table = expansionTable(['vie', 'eng'])

  it('expands an abbreviation written across a dot', () => {
    expect(tokenize('ở TP.HCM hôm qua', table).map((t) => t.key)).toEqual(tokenize('ở thành phố Hồ Chí Minh hôm qua').map((t) => t.key))
    expect(tokenize('ở TP. HCM', table).map((t) => t.key)).toEqual(tokenize('ở TP.HCM', table).map((t) => t.key))
  })

  it('tokenizes as the two-pass reference does, dots, spaces and capitals in any order', () => {
    const pieces = ['TP', 'HCM', 'Hà', 'Nội', 'UBND', 'U', 'S', 'tp', '.', '. ', '.\u00a0', '..', ' ', '\u2003', ',', '2025', '北京', '😀', '\ud800', 'A']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('')
        expect(tokenize(text, table)).toEqual(twoPassReference(text, table))
        expect(tokenize(text)).toEqual(twoPassReference(text, new Map()))
      }),
      { seed: 7, numRuns: 500 },
    )
  })
})
