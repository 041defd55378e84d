import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'
import { speaksOfDraft } from '../../../../src/diverge/match/slots/draft-provisions'
import { foldWord } from '../../../../src/normalize/fold'

describe("a draft's provision numbers: renumbered from one version to the next", () => {
  it.each([
    [
      'vi: one clause of the constitution, article 54 of the revised draft / 58 of the May draft',
      'Ủy ban Dự thảo đề nghị Quốc hội cho phép chỉnh lý khoản 3 Điều 54 như sau: “Nhà nước thu hồi đất do tổ chức, cá nhân đang sử dụng trong trường hợp thật cần thiết vì mục đích quốc phòng, an ninh.',
      'Bản dự thảo Hiến pháp (sửa đổi) trình Quốc hội ngày 17-5-2013, khoản 3 Điều 58 quy định: “Nhà nước thu hồi đất do tổ chức, cá nhân đang sử dụng trong trường hợp thật cần thiết vì mục đích quốc phòng, an ninh.',
      [],
    ],
    [
      'en: one clause of a bill, section 12 of the draft / 14 of the amended bill',
      'Section 12 of the draft bill lets the agency recover land for public purposes and national defense.',
      'Section 14 of the amended bill lets the agency recover land for public purposes and national defense.',
      [],
    ],
    // the twins: an enacted text, or a draft named on one side only, keeps its contradiction
    [
      'vi: one article of the penal code, no draft named',
      'Ông Nguyễn Văn Hùng bị khởi tố theo khoản 2 Điều 139 Bộ luật Hình sự về tội lừa đảo chiếm đoạt tài sản.',
      'Ông Nguyễn Văn Hùng bị khởi tố theo khoản 2 Điều 140 Bộ luật Hình sự về tội lừa đảo chiếm đoạt tài sản.',
      ['139 | 140'],
    ],
    [
      'en: one section of an enacted Act, no draft named',
      'The men were arrested under Section 17 of the Terrorism Act on Monday.',
      'The men were arrested under Section 41 of the Terrorism Act on Monday.',
      ['17 | 41'],
    ],
    [
      'vi: a draft named by one sentence only',
      'Theo dự thảo, khoản 3 Điều 54 quy định Nhà nước thu hồi đất vì mục đích quốc phòng, an ninh.',
      'Theo Hiến pháp, khoản 3 Điều 58 quy định Nhà nước thu hồi đất vì mục đích quốc phòng, an ninh.',
      ['54 | 58'],
    ],
    [
      'vi: a draft, but the figure counts articles rather than numbering one',
      'Dự thảo Hiến pháp sửa đổi gồm 11 chương, 120 điều, giảm 27 điều so với Hiến pháp năm 1992.',
      'Dự thảo Hiến pháp sửa đổi gồm 11 chương, 124 điều, giảm 23 điều so với Hiến pháp năm 1992.',
      ['120 điều | 124 điều', '27 điều | 23 điều'],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe('speaksOfDraft reads a draft or an amendment, one word or a Vietnamese two-syllable word', () => {
  it.each([
    ['Bản dự thảo Hiến pháp trình Quốc hội', true],
    ['đề nghị cho phép chỉnh lý khoản 3', true],
    ['Luật sửa đổi, bổ sung một số điều', true],
    ['the amended bill passed the Senate', true],
    ['a draft of the treaty', true],
    // "dự" and "sửa" alone, "thảo" without "dự": not a draft
    ['ông dự hội nghị và thảo luận', false],
    ['sửa chữa cầu đường', false],
    ['the Terrorism Act 2000', false],
  ])('%s → %s', (sentence, expected) => {
    const words = sentence.split(/[\s,]+/).filter(Boolean).map(foldWord)
    expect(speaksOfDraft(words)).toBe(expected)
  })
})
