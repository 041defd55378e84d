import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../src/align'
import { byFirstSentences } from '../../src/align/align'
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

describe('byFirstSentences', () => {
  const link = (a: number[], b: number[]) => ({ a, b })
  it.each([
    ['already in order: left as it is', [link([0], [0]), link([1], [2]), link([1], [3]), link([4], [1])], [0, 1, 2, 3]],
    ['out of order by A (trap for a skipped sort)', [link([2], [0]), link([0], [1]), link([1], [2])], [1, 2, 0]],
    ['out of order by B on one A sentence', [link([0], [3]), link([0], [1])], [1, 0]],
    ['equal first sentences keep their order (stable)', [link([0, 2], [1]), link([0], [1])], [0, 1]],
  ])('%s', (_, links, order) => {
    const expected = order.map((k) => links[k]!)
    const sorted = byFirstSentences([...links])
    expect(sorted).toEqual(expected)
    sorted.forEach((l, k) => expect(l).toBe(expected[k]))
  })
})
