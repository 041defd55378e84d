import { describe, expect, it } from 'vitest'
import { functionWords } from '../../src/normalize/function-words'
import { occurrences, wordMarks } from '../../src/report/word-marks'
import { seedReport } from './seed-report'
import { toHtml } from '../../src'

const VI = { a: functionWords('vie'), b: functionWords('vie') }
const EN = { a: functionWords('eng'), b: functionWords('eng') }

function marked(a: string, b: string, words = VI): { a: string[]; b: string[] } {
  const marks = wordMarks(a, b, words)
  return { a: marks.a.differing.map(([s, e]) => a.slice(s, e)), b: marks.b.differing.map(([s, e]) => b.slice(s, e)) }
}

describe('wordMarks', () => {
  it.each([
    ['a changed number', 'Ông Nam có 5 con mèo.', 'Ông Nam có 7 con mèo.', VI, ['5'], ['7']],
    ['a word moved, not changed', 'Busan hỗ trợ Việt Nam.', 'Việt Nam được Busan hỗ trợ.', VI, [], []],
    ['a word only re-cased', 'Tổng lãnh sự Việt Nam', 'Tổng Lãnh sự Việt Nam', VI, [], []],
    ['a grammatical word added', 'sẵn sàng hỗ trợ cho hoạt động', 'sẵn sàng hỗ trợ và cho hoạt động', VI, [], []],
    ['a compound whose second syllable stands elsewhere', 'quyền lợi chính đáng', 'quyền lợi chính đáng, thuận lợi', VI, [], ['thuận lợi']],
    ['a compound beside a shared one', 'tạo điều kiện cho họ', 'tạo điều kiện thuận lợi cho họ', VI, [], ['thuận lợi']],
    ['a compound opening the sentence', 'Cùng ngày, ông tiếp khách.', 'Tiếp tục các hoạt động, ông tiếp khách.', VI, ['ngày'], ['Tiếp tục', 'hoạt động']],
    ['an English name', 'The mayor, Park, thanked the party.', 'The mayor thanked the party and its leader.', EN, ['Park'], ['leader']],
    ['an English article swapped', 'He met the mayor.', 'He met a mayor.', EN, [], []],
  ])('%s', (_name, a, b, words, expectedA, expectedB) => {
    expect(marked(a, b, words)).toEqual({ a: expectedA, b: expectedB })
  })

  it('shows a word the other side spells another way as a respelling, not a difference', () => {
    const marks = wordMarks('hoà bình', 'hòa bình', VI)
    expect(marks.a.differing).toEqual([])
    expect(marks.a.respelled).toEqual([{ range: [0, 3], other: 'hòa' }])
  })

  it('leaves blocked ranges (facts already marked) alone', () => {
    expect(wordMarks('có 5 con', 'có 7 con', VI, { a: [[3, 4]], b: [] }).a.differing).toEqual([])
  })
})

describe('occurrences', () => {
  it.each([
    ['TP.HCM và TP.HCM', 'TP.HCM', [[0, 6], [10, 16]]],
    ['TP.HCMC', 'TP.HCM', []],
    ['13/8 và 113/8', '13/8', [[0, 4]]],
  ] as const)('finds %s in whole words', (text, needle, expected) => {
    expect(occurrences(text, needle)).toEqual(expected)
  })
})

describe('the seed pair’s highlighted words', () => {
  const html = toHtml(seedReport())
  const report = seedReport()
  const sentence = (side: 'a' | 'b', index: number): string => html.match(new RegExp(`<p class="s role-body" id="${side}${index}">(.*?)</p>`))![1]!
  const highlighted = (fragment: string): string[] => [...fragment.matchAll(/<span class="wd"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]!)

  it.each([
    ['a', 31, 'b', 9],
    ['b', 9, 'a', 31],
  ] as const)('in %s%i say nothing that %s%i says identically', (side, index, otherSide, otherIndex) => {
    const other = report[otherSide].sentences[otherIndex]!.text
    const words = highlighted(sentence(side, index))
    expect(words.filter((w) => occurrences(other, w).length > 0)).toEqual([])
  })

  it('marks what only B9 says', () => {
    expect(highlighted(sentence('b', 9))).toEqual(['thuận lợi'])
  })

  it.each(['hỗ trợ', 'Tổng', 'bảo vệ', 'chính đáng'])('leaves “%s” of A31 ↔ B9 unmarked on both sides', (word) => {
    expect([...highlighted(sentence('a', 31)), ...highlighted(sentence('b', 9))].some((w) => w.includes(word))).toBe(false)
  })

  it('shows TP.HCM = Thành phố Hồ Chí Minh as a format difference with its reason', () => {
    expect(html).toContain('<span class="fmt" title="format only (abbreviation): “TP.HCM” = “Thành phố Hồ Chí Minh”">TP.HCM</span>')
  })
})
