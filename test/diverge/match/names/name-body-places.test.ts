/**
 * names34 (issue 11 point 2): a Vietnamese body whose head is in lower case (Đại học Peking) is read by the
 * name extractor as its place alone (Peking), and the other report's Trường Đại học Bắc Kinh as a name
 * of its own: one university under two names of its city was reported missing on both sides.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const names = (a: string, b: string) =>
  compare(a, b).divergences.filter((d) => d.factType === 'name' || d.kind === 'name').map((d) => [d.kind, d.a?.text ?? null, d.b?.text ?? null])

describe('one body named after its place under two of the place’s names', () => {
  it.each([
    ['vi: Đại học Peking / Trường Đại học Bắc Kinh', 'Nghiên cứu của Đại học Peking cho thấy số ca mắc tăng nhanh trong tháng qua.', 'Nghiên cứu của Trường Đại học Bắc Kinh cho thấy số ca mắc tăng nhanh trong tháng qua.'],
    ['vi: unlinked sentences', 'Các nhà khoa học Đại học Peking vừa công bố kết quả thử nghiệm mới.', 'Theo nhóm nghiên cứu, mẫu được thu thập tại 3 tỉnh. Đại học Bắc Kinh sẽ công bố toàn bộ dữ liệu vào tháng sau.'],
    ['vi: Đại học Moskva / Đại học Matxcơva', 'Ông từng học tại Đại học Moskva trước khi về nước công tác.', 'Ông từng học tại Đại học Matxcơva trước khi về nước công tác.'],
  ])('%s: nothing missing', (_why, a, b) => {
    expect(names(a, b)).toEqual([])
  })

  it.each([
    // traps: two bodies of one head in two places, a body against the bare place, two heads
    ['vi trap: two universities', 'Nghiên cứu của Đại học Peking cho thấy số ca mắc tăng nhanh trong tháng qua.', 'Nghiên cứu của Đại học Thanh Hoa cho thấy số ca mắc tăng nhanh trong tháng qua.', ['missing', null, 'Đại học Thanh Hoa']],
    ['vi trap: the university against the city', 'Nghiên cứu của Đại học Peking cho thấy số ca mắc tăng nhanh trong tháng qua.', 'Nghiên cứu tại Bắc Kinh cho thấy số ca mắc tăng nhanh trong tháng qua. Sở Giao dịch Chứng khoán Bắc Kinh đóng cửa.', ['missing', null, 'Bắc Kinh']],
    // fixname35 (review rnames34 row 6): the words between the head and the place differ, so two bodies
    ['vi trap: Đại học Sư phạm Peking is another university', 'Nhóm nghiên cứu của Trường Đại học Bắc Kinh công bố kết quả trên tạp chí Nature vào tuần trước.', 'Nhóm nghiên cứu của Đại học Sư phạm Peking công bố kết quả trên tạp chí Nature vào tuần trước.', ['missing', 'Đại học Bắc Kinh', null]],
    ['vi trap: Đại học Kỹ thuật Quốc gia Moskva is another university', 'Nhóm nghiên cứu của Đại học Matxcơva công bố kết quả trên tạp chí Nature vào tuần trước.', 'Nhóm nghiên cứu của Đại học Kỹ thuật Quốc gia Moskva công bố kết quả trên tạp chí Nature vào tuần trước.', ['missing', 'Đại học Matxcơva', null]],
    ['en trap: the exchange is not the city', 'Shares fell on the Bombay Stock Exchange on Monday, traders said.', 'Shares fell in Mumbai on Monday, traders said.', ['missing', null, 'Mumbai']],
  ])('%s: still missing', (_why, a, b, flag) => {
    expect(names(a, b)).toContainEqual(flag)
  })
})
