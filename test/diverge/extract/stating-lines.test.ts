/**
 * A subheading inside the body states its facts (pages20): a fact in it is `missing` when the other
 * report lacks it, and a fact the other report states is found there. Section labels, names left
 * alone on a line and captions state nothing. Cases after the pages task's subheads (VietnameseMDS
 * titles placed mid-article) and English news subheadings.
 */
import { describe, expect, it } from 'vitest'
import { isSubheading, namesFacts, statesFacts } from '../../../src/diverge/extract/stating-lines'
import { compare } from '../../../src'

describe('which label lines read as subheadings', () => {
  it.each([
    ['vi: a title with a figure', 'Thu hồi 782,6 tỷ đồng vi phạm chính sách thuế', true],
    ['vi: a title naming a person', '“ Góa phụ trắng ” bày tỏ tình cảm với Bin Laden', true],
    ['en: a subheading with a figure', 'Rents rose 40 percent in two years', true],
    ['en: a long Title Case subheading', 'What The New Rules Mean For 40 Schools', true],
    ['vi trap: a section label', 'Thế giới', false],
    ['vi trap: a series part', 'Kỳ 2', false],
    ['vi trap: a byline with a stray digit', 'DUYÊN DUYÊN 0', false],
    ['vi trap: a name list of four words', 'Nguyễn Văn An Hà Nội', false],
    ['en trap: a short Title Case label', 'Part 2', false],
    ['en trap: a byline of four capitalised words', 'By John Smith Reuters', false],
  ])('%s', (_why, text, want) => {
    expect(isSubheading(text)).toBe(want)
  })
})

describe('which lines state and which name', () => {
  it.each([
    ['body states', 'body', 'Giá vàng tăng 2%.', true, true],
    ['a subheading label states', 'label', 'Thu hồi 782,6 tỷ đồng vi phạm chính sách thuế', true, true],
    ['trap: a section label neither states nor names', 'label', 'Kinh tế', false, false],
    ['trap: a caption names but does not state', 'caption', 'Ông Nguyễn Văn An phát biểu tại hội nghị', false, true],
    ['trap: a byline neither', 'byline', 'Xuân Mai', false, false],
  ] as const)('%s', (_why, role, text, states, names) => {
    expect([statesFacts({ role, text }), namesFacts({ role, text })]).toEqual([states, names])
  })
})

const missing = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'missing').map((d) => [d.a?.text ?? null, d.b?.text ?? null, d.role])

const VI_BODY = [
  'Đến đợt khớp lệnh, nhiều cổ phiếu lớn đã đồng loạt tăng giá và nới rộng đà tăng của chỉ số VN-Index.',
  'Tổng khối lượng giao dịch đạt 7,422 triệu đơn vị, trị giá 104,77 tỷ đồng.',
  'Tạm dừng phiên giao dịch buổi sáng, chỉ số dừng lại ở mức 503,65 điểm, tăng 3,08 điểm.',
  'Toàn sàn có 127 mã giảm, 54 mã tăng và 123 mã đứng giá trong phiên sáng nay.',
]
const VI_HEAD = 'Sáng 23/10: Hai sàn giữ vững sắc xanh'
const VI_SUB = 'Thu hồi 782,6 tỷ đồng vi phạm chính sách thuế'
const EN_BODY = [
  'The city council approved the new housing plan on Tuesday after a long debate.',
  'The plan sets aside land for about 1,200 homes over the next decade.',
  'Council members said the vote was the most contested of the year so far.',
  'Construction is expected to begin next spring, officials said on Wednesday.',
]
const EN_HEAD = 'Council approves housing plan after long debate'
const EN_SUB = 'Rents rose 40 percent in two years'
const page = (head: string, body: string[], sub?: string, at = 2) => {
  const lines = [head, ...body.slice(0, at), ...(sub ? [sub] : []), ...body.slice(at)]
  return lines.join('\n\n') + '\n'
}

describe('a subheading in one report only', () => {
  it.each([
    ['vi: a dropped subheading: its amount is missing, with its role', VI_HEAD, VI_BODY, VI_SUB, ['782,6 tỷ đồng', null, 'label']],
    ['en: a dropped subheading: its figure is missing, with its role', EN_HEAD, EN_BODY, EN_SUB, ['40 percent', null, 'label']],
  ])('%s', (_why, head, body, sub, want) => {
    expect(missing(page(head, body, sub), page(head, body))).toContainEqual(want)
  })
})

describe('a subheading both reports carry, in different places', () => {
  it.each([
    // B moves the subheading up under the headline, where it reads as body text: A still states it.
    ['vi: moved under the headline', VI_HEAD, VI_BODY, VI_SUB],
    ['en: moved under the headline', EN_HEAD, EN_BODY, EN_SUB],
  ])('%s: nothing missing', (_why, head, body, sub) => {
    expect(missing(page(head, body, sub, 2), page(head, body, sub, 0))).toEqual([])
  })
  it.each([
    ['vi trap: a byline left mid-article states no figure', VI_HEAD, VI_BODY, 'DUYÊN DUYÊN 0'],
    ['en trap: a section label mid-article states no figure', EN_HEAD, EN_BODY, 'Part 2'],
  ])('%s', (_why, head, body, line) => {
    expect(missing(page(head, body, line), page(head, body))).toEqual([])
  })
})
