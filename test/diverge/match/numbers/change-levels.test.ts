import { describe, expect, it } from 'vitest'
import { changeAgainstLevel, changeOrLevel, sameRole } from '../../../../src/diverge/match/numbers/change-levels'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { figureFlags } from '../../../helpers'

describe('changeOrLevel: the preposition that introduces a figure', () => {
  it.each([
    [['expand', 'business', 'to'], 'to'],
    [['expand', 'by', 'around'], 'by'], // past a hedge
    [['share', 'to', 'some'], 'to'],
    [['revenue', 'from'], 'from'],
    [['cut', 'by', 'up', 'to'], undefined], // "by up to": a bound, not a level
    [['rose'], undefined], // no preposition: any part of a move
    [['tăng', 'thêm'], 'by'],
    [['tăng', 'lên', 'khoảng'], 'to'],
    [['giảm', 'từ'], 'from'],
  ])('%j: %s', (before, role) => {
    expect(changeOrLevel(before)).toBe(role)
  })
})

describe('changeAgainstLevel / sameRole on figures read from text', () => {
  const fact = (text: string, at: string) => extractNumbers(text).find((f) => f.text === at)!
  it.each([
    ['en: a change and a level', 'sales grew by 45 percent last year', '45 percent', 'sales grew to 45 percent last year', '45 percent', true, false],
    ['en: a level left and one reached', 'the share fell from 23 percent', '23 percent', 'the share fell to 30 percent', '30 percent', true, false],
    ['en: two levels reached', 'the share rose to 45 percent', '45 percent', 'the share rose to some 33 percent', '33 percent', false, true],
    ['en: one side silent', 'the share rose 45 percent', '45 percent', 'the share rose to 45 percent', '45 percent', false, false],
    ['vi: tăng thêm / tăng lên', 'doanh thu tăng thêm 45% trong năm', '45%', 'doanh thu tăng lên 45% trong năm', '45%', true, false],
    ['vi: two levels reached', 'doanh thu tăng lên 45% trong năm', '45%', 'doanh thu tăng lên khoảng 40% trong năm', '40%', false, true],
  ])('%s', (_, a, at, b, bt, apart, same) => {
    const x = fact(a, at)
    const y = fact(b, bt)
    expect(changeAgainstLevel(x, y)).toBe(apart)
    expect(sameRole(x, y)).toBe(same)
  })
})

describe('a change and a level of one value do not take each other before conflicts are found', () => {
  it.each([
    [
      "en: Callebaut's share to 45 percent / growth by around 45 percent to some one-third",
      "The transaction will expand Callebaut's sales revenues from its consumer products business to 45 percent from 23 percent.",
      "The transaction will expand Callebaut's sales revenues from its consumer products business by around 45 percent to some one-third of total sales.",
      ['45 percent | one-third'],
    ],
    [
      'vi: a share reached against a growth of the same figure',
      'Thương vụ sẽ nâng tỷ trọng doanh thu mảng tiêu dùng của công ty lên 45% từ mức 23%.',
      'Thương vụ sẽ nâng doanh thu mảng tiêu dùng của công ty thêm 45%, lên khoảng 33% tổng doanh thu.',
      ['45% | 33%'],
    ],
    // the twins: one figure stated as the same part of the move stays one fact
    [
      'en: one level in both',
      "The transaction will expand Callebaut's sales revenues from its consumer products business to 45 percent from 23 percent.",
      "The transaction will expand Callebaut's sales revenues from its consumer products business to 45 percent of total sales.",
      [],
    ],
    [
      'en: a change in both, the level on one side only',
      'Revenue from consumer products will grow by 45 percent after the deal closes this year.',
      'Revenue from consumer products will grow by around 45 percent to one-third of total sales after the deal closes.',
      [],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})
