/**
 * Regression rows (issue 11, counts34; these held on main): a part out of a total meets the other
 * report's total through its total, not its part (*3 trong số 12 thợ mỏ* / *14 thợ mỏ*), and one
 * counted child written two ways is one fact (*1 em* / *một trẻ*, *one child* / *a child*).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const flags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a?.text, d.b?.text])

describe('totals, parts and one child', () => {
  it.each([
    ['vi: the total meets 14, the part does not', 'Vụ sập hầm xảy ra tại mỏ than ở Quảng Ninh sáng thứ Ba. Lực lượng cứu hộ đã đưa ra ngoài 3 trong số 12 thợ mỏ mắc kẹt. Công tác cứu hộ vẫn đang tiếp tục.', 'Vụ sập hầm xảy ra tại mỏ than ở Quảng Ninh sáng thứ Ba. Lực lượng cứu hộ đang tìm cách tiếp cận 14 thợ mỏ mắc kẹt. Công tác cứu hộ vẫn đang tiếp tục.', [['12 thợ', '14 thợ']]],
    ['en: the total meets 14, the part does not', 'A tunnel collapsed at a coal mine in the north on Tuesday morning. Rescuers have brought out 3 of the 12 trapped miners. The rescue is continuing.', 'A tunnel collapsed at a coal mine in the north on Tuesday morning. Rescuers are trying to reach 14 trapped miners. The rescue is continuing.', [['12 trapped', '14 trapped']]],
    ['en trap: the total agrees', 'A tunnel collapsed at a coal mine in the north on Tuesday morning. Rescuers have brought out three of the 12 trapped miners. The rescue is continuing.', 'A tunnel collapsed at a coal mine in the north on Tuesday morning. Rescuers are trying to reach 12 trapped miners. The rescue is continuing.', []],
    ['vi trap: 1 em / một trẻ', 'Vụ tai nạn xảy ra trên quốc lộ 1 chiều thứ Năm. Chiếc xe khách chở 30 người, trong đó có 1 em nhỏ bị thương nặng. Nạn nhân được đưa đi cấp cứu.', 'Vụ tai nạn xảy ra trên quốc lộ 1 chiều thứ Năm. Chiếc xe khách chở 30 người, trong đó có một trẻ nhỏ bị thương nặng. Nạn nhân được đưa đi cấp cứu.', []],
    ['en trap: one child / a child', 'The crash happened on the main highway on Thursday afternoon. The coach carried 30 people, and one child was badly hurt. The victims were taken to hospital.', 'The crash happened on the main highway on Thursday afternoon. The coach carried 30 people, and a child was badly hurt. The victims were taken to hospital.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
