/**
 * A range the other report matches as a whole (a value inside it) has no end left to contradict
 * another value with: "priced from $125 to $300" / "at $575 and $295" is one price range against a
 * list of two prices, not $300 against $575 (issue 11: a contradiction needs a confident slot
 * match). Ranges whose ends differ are still flagged. Sentences after an MSRP train pair (a trap of
 * the gold) and Vietnamese made in the same form.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const flagged = (a: string, b: string): string[][] =>
  compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text ?? '', d.b?.text ?? ''])

describe('the other end of a range matched as a whole contradicts nothing', () => {
  it.each([
    ['en: a price range against a list (the MSRP trap)', 'The TAAD and SAR-x chips are priced from $125 to $300 in quantities of 10,000.', 'The products are priced at $575 and $295 in quantities of 10,000.'],
    ['en: ticket prices in linked sentences', 'The tickets cost from $20 to $45 at the arena.', 'The tickets cost $42 and $60 at the arena.'],
    ['vi: giá vé, a range against a list', 'Giá vé từ 125.000 đến 300.000 đồng cho mỗi người.', 'Giá vé là 575.000 đồng và 295.000 đồng cho mỗi người.'],
    ['vi: the unit on both ends', 'Giá vé từ 125.000 đồng đến 300.000 đồng tại sân Mỹ Đình.', 'Giá vé tại sân Mỹ Đình là 295.000 đồng và 575.000 đồng.'],
  ])('%s', (_why, a, b) => {
    expect(flagged(a, b)).toEqual([])
  })
})

describe('ranges that disagree are still flagged', () => {
  it.each([
    ['en: two ranges, one end differs', 'The tickets cost from $20 to $45 at the arena.', 'The tickets cost from $20 to $60 at the arena.', ['$45', '$60']],
    ['vi: two ranges, one end differs', 'Giá vé từ 125.000 đến 300.000 đồng cho mỗi người.', 'Giá vé từ 125.000 đến 350.000 đồng cho mỗi người.', ['300.000 đồng', '350.000 đồng']],
  ])('%s', (_why, a, b, pair) => {
    expect(flagged(a, b)).toContainEqual(pair)
  })
})
