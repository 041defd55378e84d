import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { directionsOf, movesOf } from '../../../../src/diverge/match/markets/session-moves'

/** The moves of `sentence`, each as [start, end, change] rounded to cents, and whether its start is stated. */
const moves = (sentence: string): [number, number, number, boolean][] =>
  movesOf(extractNumbers(sentence)).map((m) => [+m.start.toFixed(2), +m.end.toFixed(2), +m.change.toFixed(2), m.stated])

describe('movesOf: the moves one sentence reports', () => {
  it.each([
    ['a change then the level it reached', 'Shares rose 31 cents to $28.39 on Monday.', [[28.08, 28.39, 0.31, false]]],
    ['a fall', 'Shares fell 38 cents to $27.45.', [[27.83, 27.45, -0.38, false]]],
    ['a level then the change', 'The stock closed at $44.50, up $1.78.', [[42.72, 44.5, 1.78, false]]],
    ['a level from a stated start', 'The yield fell to 4.19 percent from 4.22 percent.', [[4.22, 4.19, -0.03, true]]],
    ['Vietnamese: a change then the level', 'Giá vàng tăng 200.000 đồng lên 41,5 triệu đồng.', [[41300000, 41500000, 200000, false]]],
    // French: "a progressé / a reculé de X à Y" is a change then its level (review rlinked47, bug 4)
    ['French: a rise "de … à"', 'Le titre a progressé de 1,20 euro à 20,90 euros lundi.', [[19.7, 20.9, 1.2, false]]],
    ['French: a fall "de … à"', 'Le titre Acme a reculé de 6,21 dollars à 20,90 dollars.', [[27.11, 20.9, -6.21, false]]],
    ['French: a loss "de … à"', "L'indice a perdu 12 points à 5490 points.", [[5502, 5490, -12, false]]],
    // a move's change written as a noun: "a gain of $6.21", "a rise of 2 percent", "une hausse de 1,20 euro", "mức tăng 2.450 đồng"
    ['a level then "a gain of"', 'Shares of Acme closed at $21 on Monday, a gain of $6.31.', [[14.69, 21, 6.31, false]]],
    ['a level from a start, then "a gain of"', 'Shares of Acme rose to $20.90 from $14.69 on Monday, a gain of $6.21.', [[14.69, 20.9, 6.21, true]]],
    ['"a fall of" then the level', 'The index saw a fall of 12 points to 5,490 on Monday.', [[5502, 5490, -12, false]]],
    ['Vietnamese: a level then "mức tăng"', 'Cổ phiếu FPT đóng cửa ở mức 98.900 đồng, mức tăng 2.450 đồng.', [[96450, 98900, 2450, false]]],
    ['French: a level then "une hausse de"', "L'action a terminé à 21 euros, une hausse de 1,20 euro.", [[19.8, 21, 1.2, false]]],
    // traps: a level with no change, a change with no level
    ['trap: an earnings loss is no move', 'Acme posted a net loss of $1.3 billion, or 52 cents a share, on sales of $4 billion.', []],
    ['French trap: a range "de … à" with no move', 'Le prix varie de 10 euros à 12 euros.', []],
    ['a level alone', 'The stock traded at $44.50 on Monday.', []],
    ['a change alone', 'Shares rose 31 cents on Monday.', []],
  ])('%s: %s', (_name, sentence, want) => {
    expect(moves(sentence)).toEqual(want)
  })
})

describe('directionsOf: the sign a change takes from its verb', () => {
  it.each([
    ['Shares rose 0.6 percent.', [1]],
    ['The index slipped 0.02 percent.', [-1]],
    ['Cổ phiếu giảm 2%.', [-1]],
    ['The index stood at 1,662.', []],
  ])('%s', (sentence, want) => {
    expect([...directionsOf(extractNumbers(sentence)).values()]).toEqual(want)
  })
})
