import { describe, expect, it } from 'vitest'
import { onlySitesBreak } from '../../src/segment/sentences'

// SITE's places: after a terminal run, SITE's closers and spaces, before a visible character.
const SITE = /(?<![.!?…])[.!?…]+["'”’»)\]]*[ \t\u00a0]+(?=\S)/gu
const segmenter = new Intl.Segmenter('und', { granularity: 'sentence' })
const icuBreaks = (line: string): number[] => [...segmenter.segment(line)].map((part) => part.index).filter((index) => index > 0)
const sites = (line: string): Set<number> => new Set([...line.matchAll(SITE)].map((m) => m.index + m[0].length))

describe('onlySitesBreak', () => {
  it.each([
    ['Ông đến TP.HCM ngày 13.8. Ông về.', true],
    ['Giá 1.000.000 đồng, tăng 2,5%. Hết.', true],
    ['“Tôi đến.” Ông nói vậy.', true],
    ['Dr. Smith arrived at 3 p.m. yesterday. He left.', true],
    ['The U.S. Army said so, e.g. twice.', true],
    ['It rose to 3.5 percent! Then it fell?', true],
    // ICU breaks where SITE does not: glued text after "!" or after a closing quote, a small letter before ".Capital".
    ['Ông đến!Sau đó về.', false],
    ['He said "stop."Then he left.', false],
    ['Xem thêm tại vnexpress.Net hôm nay.', false],
    // A space SITE does not know, an ellipsis beside a terminal, a script left to ICU.
    ['He left.\u202fShe stayed.', false],
    ['Ông đợi…. Rồi về.', false],
    ['他来了。她走了。', false],
  ])('%j: %s', (line, expected) => {
    expect(onlySitesBreak(line, 0, line.length)).toBe(expected)
  })

  it.each([
    'Ông đến TP.HCM ngày 13.8. Ông về.',
    '“Tôi đến.” Ông nói vậy. Bà ở lại!',
    'Dr. Smith arrived at 3 p.m. yesterday. He left.',
    'It rose to 3.5 percent! Then it fell? Yes.',
  ])('every ICU break of %j is a SITE', (line) => {
    const at = sites(line)
    expect(icuBreaks(line).filter((index) => !at.has(index))).toEqual([])
  })
})
