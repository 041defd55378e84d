import { describe, expect, it } from 'vitest'
import { segment } from '../../src'

const roleOf = (text: string, prefix: string): string | undefined => segment(text).find((s) => s.text.startsWith(prefix))?.role

const body = 'Đoàn đại biểu cấp cao đã tới thăm thành phố cảng Busan và làm việc với lãnh đạo thành phố trong hai ngày.'

describe('roles at the tail of an article', () => {
  it('tags a short unpunctuated title and its lead as a related-article teaser', () => {
    const text = `${body}\n\nViệt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, hôm qua (12.8), Tổng Bí thư có nhiều hoạt động.`
    expect(roleOf(text, 'Việt Nam - Hàn Quốc')).toBe('related')
    expect(roleOf(text, 'Trong khuôn khổ')).toBe('related')
  })

  it('keeps the last paragraph as body after a long run of photo captions', () => {
    const captions = Array.from({ length: 12 }, (_, i) => `Ca sĩ chụp ảnh cùng đồng nghiệp năm ${2000 + i}`).join(' ')
    const text = `${body}\n\n${captions}\n\nSắp tới, nữ ca sĩ sẽ có đêm nhạc nhìn lại chặng đường 20 năm ca hát vào tối thứ bảy (2.11) tại TP.HCM.`
    expect(roleOf(text, 'Sắp tới')).toBe('body')
  })

  it.each([
    ['a title line and its one-sentence lead', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động.', 'related'],
    ['a title, its lead, and a byline after them', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động.\n\nTheo Thanh Niên', 'related'],
    ['a subhead over a paragraph of full sentences', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động. Hai bên ký 12 văn kiện hợp tác.', 'body'],
    ['a subhead over two one-sentence paragraphs', 'Việt Nam - Hàn Quốc hướng đến kim ngạch thương mại 150 tỉ USD\n\nTrong khuôn khổ chuyến thăm, Tổng Bí thư có nhiều hoạt động.\n\nHai bên ký 12 văn kiện hợp tác trong lĩnh vực thương mại.', 'body'],
    ['an English subhead over a closing paragraph', 'Trade between the two countries to reach 150 billion dollars\n\nDuring the visit the leaders signed twelve agreements. They will meet again next year.', 'body'],
  ])('the sentence after %s: %s', (_shape, tail, role) => {
    const text = `${body}\n\n${tail}`
    const lead = tail.split('\n\n')[1]!
    expect(roleOf(text, lead.slice(0, 20))).toBe(role)
  })
})

