/**
 * Headlines, teasers and captions are aligned with their own kind and their facts compared;
 * they never count in overlap.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'

const bodyVi = [
  'Vụ cháy xảy ra lúc 2 giờ sáng tại một chung cư mini trên phố Khương Hạ, quận Thanh Xuân.',
  'Lực lượng cứu hỏa đã có mặt sau mười phút và dập tắt đám cháy vào lúc 4 giờ sáng.',
  'Nguyên nhân vụ cháy đang được cơ quan chức năng điều tra làm rõ.',
].join('\n\n')
const bodyEn = [
  'The fire broke out at 2 a.m. in a mini apartment block on Khuong Ha street in Thanh Xuan district.',
  'Firefighters arrived within ten minutes and put the fire out by 4 a.m.',
  'The cause of the fire is under investigation by the authorities.',
].join('\n\n')

const withHeadline = (headline: string, body: string): string => `${headline}\n\n${body}`

describe('headlines compared with headlines', () => {
  it.each([
    ['a number (vi)', 'Cháy chung cư mini ở Hà Nội, 32 người bị thương', 'Cháy chung cư mini ở Hà Nội, 39 người bị thương', bodyVi, 'number', '32', '39'],
    ['a number (en)', 'Apartment fire in Hanoi injures 32 people', 'Apartment fire in Hanoi injures 39 people', bodyEn, 'number', '32', '39'],
    ['a name spelt two ways', 'Thị trưởng Park Heong-joon đến hiện trường vụ cháy chung cư mini', 'Thị trưởng Park Hyeong Jun đến hiện trường vụ cháy chung cư mini', bodyVi, 'name', 'Park Heong-joon', 'Park Hyeong Jun'],
  ])('reports %s that the headlines disagree on, as a high headline divergence', (_what, headlineA, headlineB, body, kind, valueA, valueB) => {
    const report = compare(withHeadline(headlineA, body), withHeadline(headlineB, body))
    expect(report.a.sentences[0]!.role).toBe('headline')
    expect(report.alignments.find((link) => link.role === 'headline')).toMatchObject({ a: [0], b: [0] })
    const divergence = report.divergences.find((d) => d.kind === kind)
    expect(divergence).toMatchObject({ role: 'headline', severity: 'high', a: { sentence: 0, text: expect.stringContaining(valueA) }, b: { sentence: 0, text: expect.stringContaining(valueB) } })
    // The body links alone make the overlap: the headlines' difference changes nothing there.
    expect(report.overlap).toEqual(compare(withHeadline(headlineA, body), withHeadline(headlineA, body)).overlap)
  })

  it('finds headlines equal up to the format of a number equivalent, not divergent', () => {
    const report = compare(withHeadline('Cháy chung cư mini ở Hà Nội, 1.500 người sơ tán', bodyVi), withHeadline('Cháy chung cư mini ở Hà Nội, 1500 người sơ tán', bodyVi))
    expect(report.divergences).toEqual([])
    expect(report.equivalences).toContainEqual(expect.objectContaining({ a: expect.objectContaining({ sentence: 0, text: expect.stringContaining('1.500') }), b: expect.objectContaining({ sentence: 0, text: expect.stringContaining('1500') }) }))
  })

  it("compares a headline with the other report's lead when that report has none", () => {
    const lead = 'Cháy chung cư mini ở Hà Nội sáng nay làm 39 người bị thương.'
    const report = compare(withHeadline('Cháy chung cư mini ở Hà Nội, 32 người bị thương', bodyVi), `${lead}\n\n${bodyVi}`)
    expect(report.b.sentences[0]!.role).toBe('body')
    expect(report.divergences.find((d) => d.kind === 'number')).toMatchObject({ role: 'headline', severity: 'high', a: { sentence: 0, text: expect.stringContaining('32') }, b: { sentence: 0, text: expect.stringContaining('39') } })
    // The lead stays in its body link only.
    expect(report.alignments.filter((link) => link.b.includes(0)).length).toBeLessThanOrEqual(1)
  })

  it('links no headline to an unrelated lead', () => {
    const report = compare(withHeadline('Giá vàng hôm nay tăng mạnh lên 80 triệu đồng một lượng', bodyVi), `Bộ trưởng thăm 3 tỉnh miền Tây trong tuần này.\n\n${bodyVi}`)
    expect(report.divergences.filter((d) => d.kind !== 'missing')).toEqual([])
  })
})

describe('captions compared with captions', () => {
  it('reports a figure two captions disagree on, in role caption, and never counts captions in overlap', () => {
    const caption = (n: string): string => `Lực lượng cứu hỏa tiếp cận hiện trường với ${n} xe chữa cháy - Ảnh 1.\n\nẢNH: TTXVN`
    const a = `${bodyVi}\n\n${caption('12')}`
    const b = `${bodyVi}\n\n${caption('15')}`
    const report = compare(a, b)
    expect(report.alignments.some((link) => link.role === 'caption')).toBe(true)
    expect(report.divergences).toContainEqual(expect.objectContaining({ kind: 'number', role: 'caption', a: expect.objectContaining({ text: expect.stringContaining('12') }) }))
    expect(report.overlap).toEqual(compare(bodyVi, bodyVi).overlap)
  })
})
