/**
 * An equivalence of two writings is listed once a pair, however often the two reports meet them
 * (missing-facts.ts asks whether one is listed before working out its reason): a value copied in
 * several sentences and written another way elsewhere gives one equivalence; two different
 * writings of it give one each (the trap: the first listed must not hide the second).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'

const listed = (a: string, b: string): string[] => compare({ text: a }, { text: b }).equivalences.map((e) => `${e.a.text} / ${e.b.text}`)

describe('an equivalence of two writings is listed once a pair', () => {
  it.each([
    [
      'vi, 13.8 copied twice, 13/8 elsewhere',
      'Ngày 13.8, đoàn đại biểu đến Busan. Lễ kỷ niệm diễn ra ngày 13.8 tại Busan. Ngày 13.8, Tổng Bí thư gặp kiều bào.',
      'Ngày 13/8, đoàn đại biểu đến Busan. Lễ kỷ niệm diễn ra ngày 13.8 tại Busan. Ngày 13.8, Tổng Bí thư gặp kiều bào.',
      ['13.8 / 13/8'],
    ],
    [
      'en, 1,200 copied twice, 1200 elsewhere',
      'Officials said 1,200 homes lost power. By noon 1,200 homes were still dark. Crews reached 1,200 homes by night.',
      'Officials said 1200 homes lost power. By noon 1,200 homes were still dark. Crews reached 1,200 homes by night.',
      ['1,200 homes / 1200 homes'],
    ],
    // Traps: a second writing of the value is listed too, not hidden by the first one listed.
    [
      'vi trap, 13/8 and 13-8',
      'Ngày 13.8, đoàn đại biểu đến Busan. Lễ kỷ niệm diễn ra ngày 13.8 tại Busan.',
      'Ngày 13/8, đoàn đại biểu đến Busan. Lễ kỷ niệm diễn ra ngày 13-8 tại Busan.',
      ['13.8 / 13/8', '13.8 / 13-8'],
    ],
    [
      'en trap, 1200 and 1.2 thousand',
      'Officials said 1,200 homes lost power on Monday. By noon 1,200 homes were still dark.',
      'Officials said 1200 homes lost power on Monday. By noon 1.2 thousand homes were still dark.',
      ['1,200 homes / 1200 homes', '1,200 homes / 1.2 thousand homes'],
    ],
    [
      'en trap, August 13 and 13 August',
      'The storm hit on Aug. 13. Crews arrived on Aug. 13 at noon.',
      'The storm hit on August 13. Crews arrived on 13 August at noon.',
      ['Aug. 13 / August 13', 'Aug. 13 / 13 August'],
    ],
  ])('%s', (_name, a, b, expected) => {
    const found = listed(a, b)
    for (const pair of expected) expect(found.filter((f) => f.toLowerCase() === pair.toLowerCase())).toHaveLength(1)
    expect(new Set(found.map((f) => f.toLowerCase())).size).toBe(found.length)
  })
})
