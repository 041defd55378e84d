import { describe, expect, it } from 'vitest'
import { hedgeOf } from '../../../src/diverge/reasons/hedges'
import type { NumberFact } from '../../../src/diverge/extract/fact'
import { extractNumbers } from '../../../src/diverge/extract/numbers/numbers'

/** The number of `sentence` whose text contains `value`. */
const number = (sentence: string, value: string): NumberFact => extractNumbers(sentence).find((f) => f.text.includes(value))!

describe('hedgeOf', () => {
  it.each([
    ['more than 5 people', '5', 'over'],
    ['hơn 5 người', '5', 'over'],
    ['trên 24%', '24', 'over'],
    ['less than 5 people', '5', 'under'],
    ['dưới 5 người', '5', 'under'],
    ['nearly 5 people', '5', 'nearly'],
    ['gần 5 người', '5', 'nearly'],
    ['khoảng 5 người', '5', 'about'],
    ['some 5 people', '5', 'about'],
    ['as much as about 5 percent', '5', 'under'],
    ['more than about 5 people', '5', 'over'],
    ['the 5 people', '5', 'none'],
    // the continental bounds and approximations before a toll (fresh42-1)
    ['pt: pelo menos 7 pessoas', '7', 'over'],
    ['pt: ao menos 30 pessoas', '30', 'over'],
    ['pt: mais de 600 pessoas', '600', 'over'],
    ['pt: cerca de 400 feridos', '400', 'about'],
    ['es: al menos 30 muertos', '30', 'over'],
    ['es: por lo menos 30 muertos', '30', 'over'],
    ['fr: au moins 30 morts', '30', 'over'],
    ['fr: environ 30 morts', '30', 'about'],
    ['de: mindestens 30 Tote', '30', 'over'],
    ['de: mehr als 30 Tote', '30', 'over'],
    ['pt trap: a morte de 30 pessoas', '30', 'none'],
    ['en trap: plus 30 people', '30', 'none'],
  ])('%s → %s', (text, value, hedge) => {
    expect(hedgeOf(number(text, value))).toBe(hedge)
  })
})
