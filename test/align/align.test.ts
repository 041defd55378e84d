import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../src/align'
import { CorroborateError } from '../../src/errors'

describe('alignSentences', () => {
  const a = [
    'Thị trưởng Park Heong-joon cảm ơn Tổng Bí thư Tô Lâm đã chọn Busan là điểm dừng chân.',
    'Kim ngạch thương mại hai nước đạt 150 tỉ USD.',
    'Busan là thành phố cảng lớn của Hàn Quốc.',
  ]
  const b = [
    'Busan là thành phố cảng lớn của Hàn Quốc.',
    'Thị trưởng Park Hyeong Jun cảm ơn Tổng Bí thư Tô Lâm đã chọn Busan là điểm dừng chân.',
  ]

  it('links sentences in any order', () => {
    expect(alignSentences(a, b).map((link) => [link.a, link.b])).toEqual([
      [[0], [1]],
      [[2], [0]],
    ])
  })

  it('links two sentences merged into one', () => {
    const links = alignSentences(
      ['Nhấn mạnh đây là thời cơ chiến lược để hai bên nâng tầm hợp tác.', 'Tổng Bí thư đề nghị Busan mở rộng hợp tác với các tỉnh của Việt Nam.'],
      ['Nhấn mạnh đây là thời cơ chiến lược để hai bên nâng tầm hợp tác, Tổng Bí thư đề nghị Busan mở rộng hợp tác với các tỉnh của Việt Nam.'],
    )
    expect(links.map((link) => [link.a, link.b])).toEqual([[[0, 1], [0]]])
  })

  it('gives each link a similarity in [0, 1]', () => {
    expect(alignSentences(a, b).every((link) => link.similarity > 0 && link.similarity <= 1)).toBe(true)
  })

  it.each([
    ['a threshold above 1', () => alignSentences(a, b, { threshold: 2 }), 'E_OPTION'],
    ['a list that is not of strings', () => alignSentences([1] as unknown as string[], b), 'E_INPUT'],
  ])('refuses %s', (_name, call, code) => {
    expect(call).toThrow(CorroborateError)
    expect(() => call()).toThrow(expect.objectContaining({ code }))
  })
})
