import { describe, expect, it } from 'vitest'
import type { DocumentFacts } from '../../../../src/diverge/extract/collect'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { echoedIn, factIndex } from '../../../../src/diverge/match/pairing/fact-index'

/** The other report's facts indexed, as compare() indexes them (only `facts` and their span text are read). */
function indexOf(text: string): ReturnType<typeof factIndex> {
  const facts = extractNumbers(text).map((fact) => ({ fact, span: { start: fact.start, end: fact.end, text: fact.text }, sentence: 0 }))
  return factIndex({ facts } as unknown as DocumentFacts)
}

/** The first number of `own` (the value that may be echoed). */
function first(own: string) {
  const [fact] = extractNumbers(own)
  if (!fact) throw new Error(`no number in ${own}`)
  return fact
}

describe('a value the other report gives elsewhere counts only as the same kind of fact', () => {
  it.each([
    ['vi: goals are no echo of shoot-out rounds', 'Sau 5 lượt đá, U21 Việt Nam thắng.', 'Tiền đạo Urosevski ghi 5 bàn trong giải.', false],
    ['vi: a score is no echo of a count', 'Sau 4 lượt sút, Văn Công cản phá thành công.', 'Việt Nam thắng với tỉ số 4-1.', false],
    ['vi: a distance is no echo of troops', 'Có 16.000 binh sĩ tham gia cuộc tập trận.', 'Tên lửa có tầm bắn 16.000 km.', false],
    ['vi: a bare number may be the same value', 'Có 16.000 binh sĩ tham gia cuộc tập trận.', 'Tổng cộng là 16.000.', true],
    ['en: a score is no echo of a count', 'The shoot-out lasted 4 rounds.', 'They won the final 4-1.', false],
    ['en: a percentage is no echo of a count', 'Police arrested 12 people overnight.', 'Turnout fell 12 percent.', false],
    ['en: a bare number may be the same value', 'Police arrested 12 people overnight.', 'The figure was 12, officials said.', true],
    ['en: the same counted noun is the same kind', 'Police arrested 12 people overnight.', 'Another 12 people were hurt.', true],
  ])('%s', (_name, own, other, expected) => {
    expect(echoedIn(indexOf(other), first(own))).toBe(expected)
  })
})
