import { describe, expect, it } from 'vitest'
import { figurePairings } from '../../../helpers'

/** Every pairing of dates, weak ones too. */
const pairings = (a: string, b: string): string[] => figurePairings(a, b, ['date'])

describe("the day a paper reported something against the day it happened", () => {
  it.each([
    ['vi: an arrest / a paper\'s report', 'Cựu Ủy viên Thường vụ Bộ Chính trị Chu Vĩnh Khang đã bị bắt vào hôm 1/12 vì tội tham nhũng.', 'Cựu Ủy viên Thường vụ Bộ Chính trị Chu Vĩnh Khang bị cho là đã tham nhũng, tờ China Times (Đài Loan) cho biết trong bài tổng hợp hôm 30/7.'],
    ['vi: "đưa tin" before the date', 'Ông Lý bị bắt hôm 5/3 tại Quảng Châu.', 'Báo Nhân Dân đưa tin hôm 9/3 rằng ông Lý bị bắt tại Quảng Châu.'],
    ['en: an arrest / a newspaper reported', 'Zhou Yongkang was arrested on Dec. 1 on corruption charges.', 'Zhou Yongkang was arrested on corruption charges, the Asahi newspaper reported on Dec. 5.'],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })

  // Traps: a paper named with no verb of reporting before the date, or no paper at all: still paired
  // (at any confidence: "Theo báo …" lowers it for other reasons).
  it.each([
    ['vi: "Theo báo …", the event\'s day', 'Theo báo Tuổi Trẻ, ngày 5/8 vụ tai nạn xảy ra trên quốc lộ 1A tại Bình Định.', 'Ngày 6/8 vụ tai nạn xảy ra trên quốc lộ 1A tại Bình Định.', ['5/8 | 6/8']],
    ['vi: no paper on either side', 'Ông Lý bị bắt hôm 5/3 tại Quảng Châu.', 'Ông Lý bị bắt hôm 7/3 tại Quảng Châu.', ['5/3 | 7/3']],
    ['vi: what was reported holds the date', 'Báo Tuổi Trẻ đưa tin vụ tai nạn xảy ra ngày 5/8 trên quốc lộ 1A.', 'Vụ tai nạn xảy ra ngày 6/8 trên quốc lộ 1A.', ['5/8 | 6/8']],
    ['vi: "chí" of a city is no press word', 'Công an TP Hồ Chí Minh cho biết vụ cháy ngày 5/8 làm 3 người chết.', 'Vụ cháy ngày 6/8 làm 3 người chết.', ['5/8 | 6/8']],
    ['en: reported that … happened on', 'The Daily Mail reported that the shooting happened on July 3 in Leeds.', 'The shooting happened on July 4 in Leeds.', ['July 3 | July 4']],
    ['en: no paper on either side', 'Zhou Yongkang was arrested on Dec. 1 on corruption charges.', 'Zhou Yongkang was arrested on Dec. 3 on corruption charges.', ['Dec. 1 | Dec. 3']],
  ])('%s: still paired', (_name, a, b, expected) => {
    expect(pairings(a, b)).toEqual(expected)
  })
})
