import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['number'])

/** Pairings made as shoot-out scores, weak ones too. */
const asShootout = (a: string, b: string): string[] => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates].filter((d) => d.evidence.includes('both are the score of the penalty shoot-out')).map((d) => `${d.a!.text} | ${d.b!.text}`)
}

describe('the score of a penalty shoot-out is a slot of its own', () => {
  it.each([
    [
      // After VietnameseMDS cluster 81 (QĐND / Pháp Luật TP on the U21 final).
      'vi: the shoot-out named after one score and before the other, beside the 90-minute and aggregate scores',
      'U21 Việt Nam vô địch giải U21 quốc tế. Thắng 4-1 sau loạt đá luân lưu (thắng chung cuộc 5-2), U21 Việt Nam đã đoạt cúp xứng đáng. HLV Đinh Văn Dũng rất vui.',
      'U-21 Việt Nam lên ngôi vô địch. Hòa 1-1 trong 90 phút, hai đội bước vào loạt luân lưu và U-21 Việt Nam đã giành chiến thắng 3-1. Khán giả Ninh Thuận ăn mừng.',
      ['4-1 | 3-1'],
    ],
    [
      'en: won on penalties / the shoot-out',
      'Vietnam won the under-21 final. After a 1-1 draw they won 4-1 on penalties against Sydney. The coach was delighted.',
      'Vietnam lifted the trophy. The final ended 1-1, and in the shoot-out Vietnam won 3-1. Fans celebrated in Phan Rang.',
      ['4-1 | 3-1'],
    ],
    [
      // After VietnameseMDS cluster 81 (Vietnamplus / Pháp Luật TP): the counted rounds of kicks are the shoot-out's.
      'vi: the shoot-out named by its rounds of kicks (Sau 5 lượt đá, … tỉ số 4-1)',
      'Hai đội hòa 1-1 sau 90 phút. Sau 5 lượt đá, U21 Việt Nam giành chiến thắng trước Sydney FC với tỉ số 4-1, qua đó vô địch. HLV rất vui.',
      'U-21 Việt Nam lên ngôi vô địch. Hòa 1-1 trong 90 phút, hai đội bước vào loạt luân lưu và U-21 Việt Nam đã giành chiến thắng 3-1. Khán giả ăn mừng.',
      ['4-1 | 3-1'],
    ],
    [
      'en: the shoot-out named by its spot kicks',
      'The final ended 1-1 after 90 minutes. In the spot kicks, Vietnam beat Sydney 4-1 to take the title. The coach was delighted.',
      'Vietnam lifted the trophy. The final ended 1-1, and in the shoot-out Vietnam won 3-1. Fans celebrated in Phan Rang.',
      ['4-1 | 3-1'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'vi: the same shoot-out score from either side',
      'U21 Việt Nam thắng 4-1 sau loạt đá luân lưu. Đội nhận cúp.',
      'Trong loạt luân lưu, U21 Sydney thua 1-4. Đội khách về nước.',
    ],
    [
      'vi: a round-up with two shoot-outs on one side: which is which is unknown',
      'Sydney thắng 5-4 sau loạt đá luân lưu ở bán kết. Việt Nam thắng 4-2 sau loạt đá luân lưu ở bán kết còn lại. Chung kết diễn ra hôm nay.',
      'Ở bán kết, Việt Nam vượt qua Malaysia sau loạt luân lưu với chiến thắng 3-2. Chung kết diễn ra hôm nay.',
    ],
    [
      'vi: the score after 90 minutes and the aggregate are no shoot-out scores',
      'Hai đội hòa 1-1 sau 90 phút và phải đá luân lưu 11m. U21 Việt Nam thắng chung cuộc 5-2 và nhận cúp.',
      'Hai đội bước vào loạt đá luân lưu và đội chủ nhà thắng 4-3. Đội chủ nhà vô địch.',
    ],
    [
      'vi: a leg (lượt đi) is no round of kicks',
      'Ở trận lượt đi, Việt Nam thắng 2-1 trên sân nhà. Đội nhận cúp.',
      'Trong loạt luân lưu, Việt Nam thắng 3-1. Đội khách về nước.',
    ],
    [
      'en: a kick-off is no spot kick',
      'After the kick-off Vietnam led 2-1 at the break. The coach was happy.',
      'In the shoot-out Vietnam won 3-1. Fans cheered.',
    ],
  ])('not paired as shoot-out scores: %s', (_name, a, b) => {
    expect(asShootout(a, b)).toEqual([])
  })

  it('says what the scores are', () => {
    const report = compare('Vietnam won 4-1 on penalties. The coach was happy.', 'In the shoot-out Vietnam won 3-1. Fans cheered.')
    const d = report.divergences.find((x) => x.kind === 'number')!
    expect(d.message).toContain('shoot-out score')
    expect(d.evidence).toEqual(['both are the score of the penalty shoot-out'])
  })
})
