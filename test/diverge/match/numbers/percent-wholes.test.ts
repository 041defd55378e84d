import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

/** Every pairing of figures, weak ones too. */
const pairings = (a: string, b: string): string[] => figurePairings(a, b, ['number'])

describe('shares of two wholes named right after the figure (Vietnamese)', () => {
  it.each([
    ['vi: shareholders / shares', 'Tại đại hội, ông Đức được 85,72% cổ đông biểu quyết giữ nguyên.', 'Tại đại hội, ông Đức được hơn 98% cổ phần đồng ý làm chủ tọa.'],
    ['vi: households / population', 'Ở huyện này, 40% hộ dân đã có nước sạch.', 'Ở huyện này, 55% dân số đã có nước sạch.'],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })

  // Traps: one whole on both sides, a share with no whole named, and English shares, still conflict.
  it.each([
    ['vi: one whole', 'Ở huyện này, 40% dân số đã có nước sạch.', 'Ở huyện này, 55% dân số đã có nước sạch.', ['40% | 55%']],
    ['vi: a comparison after the figure', 'Năm 2013, lương tối thiểu tăng 17% so với năm 2012.', 'Năm 2013, lương tối thiểu tăng 15% so với năm 2012.', ['17% | 15%']],
    ['vi: "số" before one whole', 'Ứng viên A nhận được 52% số phiếu bầu tại tỉnh này.', 'Ứng viên A nhận được 55% phiếu bầu tại tỉnh này.', ['52% | 55%']],
    ['vi: a cause after the figure', 'Năm nay GDP của tỉnh tăng 6,5% nhờ xuất khẩu.', 'Năm nay GDP của tỉnh tăng 6,8% do tiêu dùng.', ['6,5% | 6,8%']],
    ['en: words after the figure are no whole', 'Workers at the plant won a 5% pay rise on Monday.', 'Workers at the plant won a 7% wage increase on Monday.', ['5% | 7%']],
  ])('%s: still a conflict', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
