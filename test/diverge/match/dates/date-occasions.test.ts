import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'

/** The same reports with every event word beside a date taken out: what the rule adds. */
const withoutEvents = (text: string): string => text.replace(/khởi tranh|diễn ra|kicks off|takes place/g, 'là')

/** Pairings of dates, weak ones too, that the same event was taken to tie. */
const tiedByEvent = (a: string, b: string): string[] => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates]
    .filter((d) => d.evidence.some((e) => e.startsWith('the same event beside both dates')))
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

/** Every pairing of dates, weak ones too. */
const datePairings = (a: string, b: string): string[] => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates].filter((d) => d.kind === 'date').map((d) => `${d.a!.text} | ${d.b!.text}`)
}

// One tournament's start in two reports of a team's tour, each telling it in its own words and
// dating the team's return home in the same stretch of text.
const TOUR_VI = [
  'U23 Việt Nam thắng Myanmar 2-1 trong trận giao hữu thứ hai. HLV Hoàng Văn Phúc hài lòng với các cầu thủ trẻ. Ngày 16.10, đội sẽ về TP.HCM để chuẩn bị cho Cúp bóng đá Bình Dương khởi tranh từ 25.10 đến 3.11, giải giao hữu cuối cùng trước SEA Games. Đội cùng bảng với CLB Đồng Nai.',
  'Đội tuyển U23 Việt Nam đã hoàn tất chuyến du đấu Myanmar với hai trận thắng. Các cầu thủ chơi tự tin. Ngày mai toàn đội sẽ trở về TP HCM đóng quân trước khi tham dự Cúp bóng đá Bình Dương sẽ diễn ra vào ngày 23/10 tới, giải giao hữu cuối cùng của đội. Thủ môn Nguyên Mạnh bắt chính.',
]
const TOUR_EN = [
  'Vietnam U23 beat Myanmar 2-1 in their second friendly. Coach Hoang Van Phuc praised the young players. The squad return home on Oct. 16 to prepare for the Binh Duong Cup, which kicks off on Oct. 25, the last friendly event before the SEA Games. They share a group with Dong Nai.',
  'Vietnam U23 ended their tour of Myanmar with two wins. The players looked confident. Tomorrow the squad fly home to Ho Chi Minh City before the BTV Cup, which takes place in Binh Duong from Oct. 23. Goalkeeper Nguyen Manh started.',
]

describe('dates beside words of one event fill one slot across unlinked sentences', () => {
  it.each([
    ['vi: the tournament starts on 25.10 / 23/10; the return day 16.10 is another event', TOUR_VI, ['25.10 | 23/10']],
    ['en: the same tour', TOUR_EN, ['Oct. 25 | Oct. 23']],
  ])('%s', (_name, [a, b], expected) => {
    expect(figureFlags(a!, b!, ['date'])).toEqual(expected)
  })

  it.each([
    ['vi', TOUR_VI, '25.10 | 23/10'],
    ['en', TOUR_EN, 'Oct. 25 | Oct. 23'],
  ])('%s: without the event words the two starts are not flagged', (_lang, [a, b], starts) => {
    expect(figureFlags(withoutEvents(a!), withoutEvents(b!), ['date'])).not.toContain(starts)
  })

  it.each([
    [
      // The return day on one side, the start of the tournament on the other: two events, never paired.
      'vi: a return home against a start',
      'Đội bóng giành chiến thắng ở trận cuối. Ngày 16.10, đội sẽ về TP.HCM sau chuyến du đấu. HLV hài lòng.',
      'Đội bóng thắng trận cuối ở Yangon. Giải đấu sẽ diễn ra tại Bình Dương vào ngày 23/10 tới. HLV hài lòng.',
    ],
    [
      'en: a return home against a start',
      'The team won their last game. On Oct. 16 the squad return home after the tour. The coach was pleased.',
      'The team won their last game in Yangon. The tournament takes place in Binh Duong on Oct. 23. The coach was pleased.',
    ],
    [
      // The last day of a period that starts with the event is its end: no day of its start.
      'vi: the end of the tournament against its start',
      'Giải bóng đá Bình Dương năm nay có sáu đội. Đội chủ nhà khởi tranh giải vào tuần sau và thi đấu đến 3.11 tại sân Gò Đậu.',
      'Sáu đội dự giải bóng đá năm nay. Giải sẽ khởi tranh tại Bình Dương vào ngày 23/10 với trận của đội chủ nhà.',
    ],
  ])('not paired: %s', (_name, a, b) => {
    expect(datePairings(a, b)).toEqual([])
  })

  it('en: tax returns are no return home: nothing ties their day to a return', () => {
    const a = 'Most taxpayers must file their returns by Aug. 15 this year, officials said.'
    const b = 'Officials said most households that return home from abroad get their payments on Aug. 22.'
    expect(tiedByEvent(a, b)).toEqual([])
  })

  it('vi: the evidence names both event words', () => {
    const [a, b] = TOUR_VI
    const flag = compare(a!, b!).divergences.find((d) => d.kind === 'date')!
    expect(flag.evidence).toContain('the same event beside both dates (khởi tranh / diễn ra)')
  })
})
