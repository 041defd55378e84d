import { describe, expect, it } from 'vitest'
import { foldWord } from '../../../../src/normalize/fold'
import { periodTotal, placeAloneIn, recallsAnotherEvent, regionIn } from '../../../../src/diverge/match/numbers/toll-scope'

const words = (s: string): string[] => s.split(' ').map(foldWord)

/** Review rtolls37: "alone" after a place, "riêng" opening a clause before one; private houses and lonely men share nothing. */
describe('placeAloneIn', () => {
  it.each([
    ['en: in the capital alone', 'in the capital alone', [], true],
    ['en: a name alone', 'in Aceh alone', ['aceh'], true],
    ['vi: riêng tại Hà Nội', 'riêng tại hà nội', ['hà', 'nội'], true],
    ['vi: riêng Hà Nội', 'riêng hà nội', ['hà', 'nội'], true],
    ['en trap: not alone', 'families are not alone', [], false],
    ['en trap: lived alone', 'where a man lived alone', [], false],
    ['vi trap: nhà riêng ở quận', 'vụ cháy nhà riêng ở quận', [], false],
    ['vi trap: xe riêng', 'chiếc xe riêng lao xuống vực', [], false],
  ])('%s', (_label, text, names, expected) => {
    const w = words(text)
    // a clause opens only at the first word, as in a sentence's lead
    expect(placeAloneIn(w, new Set(names.map(foldWord)), (k) => k === 0 || w[k - 1] === 'in')).toBe(expected)
  })
})

describe('recallsAnotherEvent', () => {
  it.each([
    ['en: two weeks after a bombing', 'the attack came two weeks after a bombing at a mosque killed', true],
    ['en: a similar storm', 'last week a similar storm killed', true],
    ['en: the previous attack', 'the previous attack killed', true],
    ['vi: vụ trước đó', 'vụ trước đó tại một nhà thờ làm', true],
    ['vi: tương tự', 'một cơn bão tương tự từng làm', true],
    ['en trap: after the blast', 'the mayor spoke after the blast killed', false],
    ['vi trap: trước khi', 'cơn bão làm chết trước khi đổ bộ', false],
    ['vi trap: tương lai', 'trong tương lai số người', false],
  ])('%s', (_label, text, expected) => {
    expect(recallsAnotherEvent(words(text))).toBe(expected)
  })
})

describe('regionIn', () => {
  it.each([
    ['en: the north', 'the north', 'north'],
    ['en: northern Vietnam', 'northern vietnam', 'north'],
    ['vi: miền Bắc', 'miền bắc', 'north'],
    ['vi: phía nam', 'phía nam', 'south'],
    ['vi trap: Việt Nam is no region', 'việt nam', undefined],
    ['en trap: the town', 'the town', undefined],
  ])('%s', (_label, text, expected) => {
    expect(regionIn(words(text))).toBe(expected)
  })
})

describe('periodTotal', () => {
  it.each([
    ['en: since the rainy season began', 'more than people have died since the rainy season began', true],
    ['en: since January', 'have died since january', true],
    ['vi: kể từ đầu mùa mưa', 'lũ đã làm người chết kể từ đầu mùa mưa', true],
    ['en trap: the deadliest since 2004', 'the quake killed people the deadliest since', false],
    ['vi trap: từ chối', 'gia đình từ chối cho biết', false],
  ])('%s', (_label, text, expected) => {
    expect(periodTotal(words(text))).toBe(expected)
  })
})
