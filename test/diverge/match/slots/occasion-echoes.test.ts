import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['date'])

// After VietnameseMDS cluster 7 (PetroTimes / VTC on the NSA affair): each report writes both
// days, 21/10 and 22/10, for different events, and dates Obama's call to Hollande differently.
// Other sentences of the reports, so that the names of the call are rare words of each.
const FILL_VI =
  'Bài báo cho biết NSA đã thu thập hơn 70 triệu cuộc gọi ở Pháp. Paris triệu Đại sứ Mỹ Charles Rivkin đến để hỏi về những tố cáo này. ' +
  'Bộ trưởng Laurent Fabius yêu cầu Mỹ giải thích ngay lập tức. Chính phủ Đức cũng tỏ ra lo ngại về hoạt động này. '
const FILL_EN =
  'The report said the NSA collected more than 70 million calls in France. Paris summoned the US ambassador Charles Rivkin to explain. ' +
  'Foreign Minister Laurent Fabius demanded an immediate explanation. The German government also voiced concern. '
const CALL_VI = [
  FILL_VI +
  'Ngày 22/10, Tổng thống Obama đã nói chuyện điện thoại với Tổng thống Pháp Francois Hollande về hoạt động thu thập tình báo. ' +
    'Mexico đã có phản ứng giận dữ hôm 21/10 về một bài báo trên tuần báo Der Spiegel. Ngoại trưởng Mỹ John Kerry đến Paris hôm 22/10 để bàn về Trung Đông.',
  FILL_VI +
    'Hôm 22/10, văn phòng ông James Clapper ra tuyên bố bác bỏ bài báo của Le Monde. ' +
    'Theo một thông cáo từ Nhà Trắng, hôm 21/10, Tổng thống Mỹ Barack Obama đã đích thân gọi điện cho Tổng thống Pháp Francois Hollande về vụ nghe lén điện thoại. Le Monde đăng bài báo hôm 21/10.',
]
const CALL_EN = [
  FILL_EN +
  'On Oct. 22, President Obama had a phone call with French President Francois Hollande about intelligence gathering. ' +
    'Mexico reacted angrily on Oct. 21 to a report in Der Spiegel. Secretary of State John Kerry arrived in Paris on Oct. 22 to discuss the Middle East.',
  FILL_EN +
    "On Oct. 22, James Clapper's office issued a statement rejecting the Le Monde report. " +
    'According to a White House statement, on Oct. 21, President Barack Obama phoned French President Francois Hollande about the eavesdropping. Le Monde published its report on Oct. 21.',
]

describe('a day the other report gives only for other events leaves the call free to meet its own day', () => {
  it.each([
    ['vi: the call on 22/10 / 21/10', CALL_VI, ['22/10 | 21/10']],
    ['en: the same', CALL_EN, ['Oct. 22 | Oct. 21']],
  ])('%s', (_name, [a, b], expected) => {
    expect(flags(a!, b!)).toEqual(expected)
  })

  it.each([
    [
      // Round vi16-1 (c7): Mexico's minister speaking in Geneva on 22/10 against Obama's call on 21/10.
      'vi: a statement and a call a day apart are two events',
      'Phát biểu tại Geneva ngày 22/10, Ngoại trưởng Mexico Jose Antonio Meade cho biết ông sẽ triệu Đại sứ Mỹ. Le Monde đăng bài báo hôm 21/10.',
      'Theo một thông cáo từ Nhà Trắng, hôm 21/10, Tổng thống Mỹ Barack Obama đã gọi điện cho nhà lãnh đạo Pháp Francois Hollande. Clapper ra tuyên bố hôm 22/10.',
    ],
    [
      'vi: a call with one party in common is not shown to be one call',
      'Tổng thống Obama nói chuyện điện thoại với Thủ tướng Đức Angela Merkel ngày 22/10. Le Monde đăng bài báo hôm 21/10.',
      'Hôm 21/10, Tổng thống Mỹ Barack Obama đã gọi điện cho nhà lãnh đạo Pháp Francois Hollande. Clapper ra tuyên bố hôm 22/10.',
    ],
    [
      // A statement recurs day after day: naming the same people gives it no lift (only calls and meetings are between parties).
      'en: two statements naming the same people a day apart, worded apart',
      `${FILL_EN}On Oct. 22, spokeswoman Marie Harf announced that Barack Obama trusts Francois Hollande. Le Monde published its report on Oct. 21.`,
      `${FILL_EN}Marie Harf told reporters on Oct. 21 that ties between Barack Obama and Francois Hollande were strong. Clapper's office issued a denial on Oct. 22.`,
    ],
  ])('%s: not flagged', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
