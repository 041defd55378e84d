import { describe, expect, it } from 'vitest'
import { compare } from '../src'
import type { Report } from '../src'
import { corpusArticles, seed } from './helpers'

function sentenceIndex(report: Report, side: 'a' | 'b', prefix: string): number {
  const found = report[side].sentences.find((s) => s.text.startsWith(prefix))
  if (!found) throw new Error(`no sentence in ${side} starts with ${prefix}`)
  return found.index
}

function linked(report: Report, prefixA: string, prefixB: string): boolean {
  const i = sentenceIndex(report, 'a', prefixA)
  const j = sentenceIndex(report, 'b', prefixB)
  return report.alignments.some((link) => link.a.includes(i) && link.b.includes(j))
}

describe('compare on the seed pair (Thanh Niên vs Ngày Nay)', () => {
  const report = compare({ text: seed('thanhnien'), source: 'Thanh Niên' }, { text: seed('ngaynay'), source: 'Ngày Nay' })

  it.each([
    ['the mayor’s reception', 'Cùng ngày, Tổng Bí thư Tô Lâm đã tiếp ông Park', '(Ngày Nay) - Tiếp tục'.slice(13)],
    ['his thanks', 'Thị trưởng Park Heong-joon chân thành cảm ơn', 'Thay mặt Ban lãnh đạo'],
    ['his wish to cooperate with TP.HCM', 'Thị trưởng Park Heong-joon khẳng định', 'Thị trưởng Park Hyeong Jun khẳng định'],
    ['the summit with President Lee Jae Myung', 'Tổng Bí thư Tô Lâm cho biết, tại cuộc hội đàm', 'Tổng Bí thư cho biết tại cuộc hội đàm'],
    ['“Nhấn mạnh…” into the merged sentence', 'Nhấn mạnh đây là thời cơ', 'Nhấn mạnh đây là thời cơ'],
    ['“Tổng Bí thư Tô Lâm đề nghị…” into the merged sentence', 'Tổng Bí thư Tô Lâm đề nghị', 'Nhấn mạnh đây là thời cơ'],
    ['“Bày tỏ trân trọng…”', 'Bày tỏ trân trọng', 'Bày tỏ trân trọng'],
    ['“Chính quyền Busan sẵn sàng…”', 'Chính quyền Busan sẵn sàng', 'Chính quyền thành phố sẵn sàng'],
  ])('links %s', (_name, a, b) => {
    expect(linked(report, a, b)).toBe(true)
  })

  it('links nothing else: eight sentence pairs in seven links', () => {
    expect(report.alignments.flatMap((link) => link.a.flatMap((i) => link.b.map((j) => [i, j]))).length).toBe(8)
  })

  it('merges the two Thanh Niên sentences into one 2–1 link', () => {
    const merged = report.alignments.find((link) => link.a.length === 2)
    expect(merged?.b.length).toBe(1)
  })

  it('puts every sentence in at most one link', () => {
    const a = report.alignments.flatMap((link) => link.a)
    const b = report.alignments.flatMap((link) => link.b)
    expect(new Set(a).size).toBe(a.length)
    expect(new Set(b).size).toBe(b.length)
  })

  it.each([
    ['a', 'Chính trị', 'label'],
    ['a', 'Tổng Bí thư Tô Lâm dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại Busan', 'headline'],
    ['a', 'Đậu Tiến Đạt', 'byline'],
    ['a', 'theo TTXVN', 'byline'],
    ['a', '13/08/2025 18:47 GMT+7', 'dateline'],
    ['a', 'Tổng Bí thư Tô Lâm dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại Busan- Ảnh 1.', 'caption'],
    ['a', 'Tổng Bí thư Tô Lâm và các đại biểu thực hiện nghi thức', 'caption'],
    ['a', 'Tổng Bí thư Tô Lâm tiếp Thị trưởng TP.Busan Park Heong-joon', 'caption'],
    ['a', 'ẢNH: TTXVN', 'credit'],
    ['a', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD', 'related'],
    ['a', 'Trong khuôn khổ chuyến thăm cấp Nhà nước tới Hàn Quốc, hôm qua (12.8)', 'related'],
    ['a', 'Ngày 13.8, Tổng Bí thư Tô Lâm đã dự lễ ra mắt', 'body'],
    ['b', '(Ngày Nay) -', 'byline'],
    ['b', 'Tiếp tục các hoạt động trong khuôn khổ', 'body'],
  ] as const)('tags %s "%s" (exact text, else prefix) as %s', (side, prefix, role) => {
    const exact = report[side].sentences.filter((s) => s.text === prefix)
    const sentences = exact.length > 0 ? exact : report[side].sentences.filter((s) => s.text.startsWith(prefix))
    expect(sentences.length).toBeGreaterThan(0)
    expect(sentences.every((s) => s.role === role)).toBe(true)
  })

  it('detects Vietnamese on both sides', () => {
    expect([report.a.language, report.b.language]).toEqual(['vie', 'vie'])
  })

  it('slices every sentence back out of the original text', () => {
    const a = seed('thanhnien')
    expect(report.a.sentences.every((s) => a.slice(s.start, s.end) === s.text)).toBe(true)
  })

  it('is JSON data with schemaVersion 1', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    expect(report.schemaVersion).toBe(1)
  })
})

describe('overlap', () => {
  const articles = corpusArticles()
  const text = (i: number): string => articles[i]!.sentences.join(' ')

  it('is 1 for a report compared with itself', () => {
    expect(compare(seed('thanhnien'), seed('thanhnien')).overlap).toEqual({ a: 1, b: 1, score: 1, lexical: 1 })
  })

  it('is 1 for a corpus article compared with itself', () => {
    expect(compare(text(3), text(3)).overlap.score).toBe(1)
  })

  it.each([
    [0, 40],
    [5, 60],
    [10, 80],
  ])('is near 0 with no links for unrelated articles %i and %i', (i, j) => {
    const report = compare(text(i), text(j))
    expect(report.overlap.score).toBeLessThan(0.1)
    expect(report.alignments).toEqual([])
  })

  it('lies between the two covers', () => {
    const { overlap } = compare(seed('thanhnien'), seed('ngaynay'))
    expect(overlap.score).toBeGreaterThanOrEqual(Math.min(overlap.a, overlap.b))
    expect(overlap.score).toBeLessThanOrEqual(Math.max(overlap.a, overlap.b))
  })

  it('is 1 for two empty reports and 0 for an empty one against text', () => {
    expect(compare('', '').overlap.score).toBe(1)
    expect(compare('', 'Một câu có nội dung.').overlap.score).toBe(0)
  })
})

describe('languages', () => {
  it('warns when the reports are in different languages', () => {
    const en = 'The mayor of Busan thanked the visiting leader for choosing the city as the first stop of his state visit to South Korea.'
    const vi = 'Thị trưởng Busan chân thành cảm ơn Tổng Bí thư đã lựa chọn Busan là điểm dừng chân trong chuyến thăm cấp Nhà nước.'
    const report = compare(en, vi)
    expect(report.a.language).toBe('eng')
    expect(report.b.language).toBe('vie')
    expect(report.warnings.length).toBe(1)
  })

  it('calls short text undetermined', () => {
    expect(compare('Xin chào.', 'Hello.').a.language).toBe('und')
  })
})
