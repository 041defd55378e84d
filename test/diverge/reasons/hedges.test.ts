import { describe, expect, it } from 'vitest'
import { HEDGE_WORDS, hedgeOf } from '../../../src/diverge/reasons/hedges'
import { foldWord } from '../../../src/normalize/fold'
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

/** HEDGE_WORDS, skipped as no verb of a vague quantity (vague-quantities.ts), holds no English or Vietnamese word that is no hedge (review rtolls43). */
describe('HEDGE_WORDS', () => {
  it.each([
    ['en: about', 'about', true],
    ['en: more (more than)', 'more', true],
    ['vi: khoảng', 'khoảng', true],
    ['vi: nhất (ít nhất)', 'nhất', true],
    ['fr: environ', 'environ', true],
    ['de: mindestens', 'mindestens', true],
    ['en trap: no (pt "no mínimo")', 'no', false],
    ['en trap: plus (fr "plus de")', 'plus', false],
    ['vi trap: lo (es "por lo menos")', 'lo', false],
    ['vi trap: ao (pt "ao menos")', 'ao', false],
    ['vi trap: di (it "più di")', 'di', false],
  ])('%s', (_label, word, held) => {
    expect(HEDGE_WORDS.has(foldWord(word))).toBe(held)
  })

  it.each([
    ['pt: pelo menos 30 pessoas', 'pelo menos 30 pessoas', 'over'],
    ['pt: no mínimo 30 pessoas', 'no mínimo 30 pessoas', 'over'],
    ['es: por lo menos 30 personas', 'por lo menos 30 personas', 'over'],
    ['fr: plus de 30 personnes', 'plus de 30 personnes', 'over'],
    ['it: più di 30 persone', 'più di 30 persone', 'over'],
  ])('%s: the continental phrase is still read whole', (_label, text, hedge) => {
    expect(hedgeOf(number(text, '30'))).toBe(hedge)
  })
})
