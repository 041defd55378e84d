import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b)

/** Pairings the match timeline made, weak ones too. */
const timed = (a: string, b: string): string[] => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates]
    .filter((d) => d.evidence.some((e) => e.startsWith('minutes of one match')))
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

// Two reports of one match (after VietnameseMDS clusters 81, 92, 93 and 100): each event told in its own
// words, the players of the story in most sentences, and the minutes a little apart.
const MATCH = [
  'Chelsea thắng Schalke 3-0 trên sân khách. Phút thứ 5, Torres đánh đầu mở tỷ số. Phút 26, Schalke mới có tình huống nguy hiểm đầu tiên. Phút 51, từ đường chuyền của Lampard, Torres đánh đầu trúng xà ngang. Torres nâng tỷ số lên 2-0 cho Chelsea vào phút 69 sau một pha phản công. Phút 87, Hazard ấn định tỷ số 3-0. HLV Mourinho hài lòng.',
  'Schalke thua đậm trên sân nhà. Khi trận đấu mới diễn ra được năm phút, Torres đánh đầu mở tỷ số. Hiệp hai bắt đầu, cơ hội đầu tiên thuộc về Chelsea ở phút 52. Sau cú đá phạt của Lampard, Torres đánh đầu dội xà. Đội chủ nhà phải nhận bàn thua thứ hai ở phút 68. Sau một pha phản công nhanh, Torres vượt qua thủ môn Hildebrand. Đến phút 89, Eden Hazard ghi bàn ấn định tỷ số 3-0.',
]

describe('minutes of one match are paired by the order of the match', () => {
  it('vi: each event dated a minute or two apart, tied by its player, its score or the sentence after', () => {
    expect(flags(MATCH[0]!, MATCH[1]!)).toEqual(['51 | 52', '69 | 68', '87 | 89'])
  })

  it.each([
    [
      'vi: a minute told relative to the last one ("4 phút sau" after the 80th) meets an absolute one',
      'U23 Việt Nam thắng Myanmar 3-1. Phút 80, Phi Sơn đi bóng rồi chuyền vào, hậu vệ Myanmar đá phản lưới nhà. Chỉ 4 phút sau đó, Quang Hùng sút phạt đền ấn định chiến thắng 3-1. HLV Phúc hài lòng.',
      'U23 Việt Nam lội ngược dòng. Phút 80, Phi Sơn tạt ngang khiến hậu vệ đối phương đá phản lưới. Phút 86, Quang Hùng ghi bàn từ chấm 11m ấn định chiến thắng 3-1. Đội về nước ngày 17.',
      ['4 phút | 86'],
    ],
    [
      'en: ordinal minutes, tied by the scorer',
      'Chelsea won 3-0 in Gelsenkirchen. Torres headed the opener in the fifth minute. On the counter-attack Torres doubled the lead in the 69th minute. Hazard sealed it late on. Mourinho was pleased.',
      'Schalke were beaten at home. Torres scored early with a header. In the 68th minute Torres rounded the keeper to make it 2-0. Hazard added a third. Schalke stay second.',
      ['69th | 68th'],
    ],
    [
      'en: a minute told relative to the last one',
      'Vietnam beat Myanmar 3-1. In the 80th minute a defender turned the ball into his own net. Four minutes later Quang Hung converted a penalty to seal the 3-1 win. The coach was pleased.',
      'Vietnam came from behind. In the 80th minute Phi Son crossed and a defender scored an own goal. In the 86th minute Quang Hung scored from the spot to seal the 3-1 win. The team flies home on Thursday.',
      ['Four minutes | 86th'],
    ],
    [
      'vi: two relative minutes from the same goal',
      'Phút 80, Phi Sơn tạt ngang cho Hà Minh Tuấn, hậu vệ đối phương đá phản lưới nhà. 6 phút sau đến lượt Quang Hùng ấn định tỷ số 3-1 trên chấm phạt đền. Đội sẽ về nước.',
      'Phút 80, Phi Sơn đi bóng bên cánh phải, hậu vệ Zaw Min Tung phá bóng phản lưới nhà. Chỉ bốn phút sau, Phi Sơn bị thủ môn đốn ngã trong vòng cấm. Từ chấm 11 mét, Quang Hùng ghi bàn ấn định chiến thắng 3-1. Đội sẽ về nước.',
      ['6 phút | bốn phút'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    [
      // Thanh Niên's foul in the 33rd and penalty goal in the 34th against Tuổi Trẻ's 33rd: the 33rd is stated by both.
      'vi: a foul and the penalty it gave, a minute apart, one of them stated by both',
      'Phút 33, Ngọc Hải tranh bóng và bị thổi phạt đền. Và Kyi Ly đã mở tỷ số 1-0 phút 34 cho Myanmar. Phút 52, Văn Quyết gỡ hòa.',
      'Ở phút 33, trung vệ Ngọc Hải tranh bóng hợp lệ nhưng trọng tài thổi 11m giúp đội chủ nhà dẫn trước 1-0. Phút 52, Văn Quyết ghi bàn gỡ 1-1.',
    ],
    [
      'vi: two close minutes on one side leave the other side two candidates',
      'Phút 43, Joshua sút trúng cột dọc. Phút 45, Joshua ghi bàn mở tỷ số 1-0 cho Sydney. Hiệp hai khép lại.',
      'Joshua ghi bàn mở tỷ số 1-0 ở phút 44 cho Sydney. Hiệp hai không có bàn thắng.',
    ],
    [
      'vi: nothing but the order ties two minutes: no shared player, score or wording',
      'Phút 40, Neustadter đánh đầu buộc thủ thành đội khách cứu thua. Hết hiệp một.',
      'Phút 41, hàng công đội khách bỏ lỡ cơ hội lớn từ một quả phạt góc. Hết hiệp một.',
    ],
    [
      'vi: minutes far apart are two events',
      'Phút 24, Taneski sút bóng đi chệch cột dọc. Sydney vẫn dẫn.',
      'Phút 44, Taneski đánh đầu trúng xà ngang. Sydney vẫn dẫn.',
    ],
    [
      'vi: a duration is no minute of the match ("sau 90 phút thi đấu" / "sau 2 giờ 33 phút")',
      'Hòa 1-1 sau 90 phút thi đấu, hai đội đá luân lưu. Sydney thua.',
      'Hai đội hòa 1-1 sau 92 phút thi đấu rồi đá luân lưu. Sydney thua.',
    ],
  ])('apart: %s', (_name, a, b) => {
    expect(timed(a, b)).toEqual([])
  })

  it('says what the values are and why they are taken as one event', () => {
    const report = compare(MATCH[0]!, MATCH[1]!)
    const goal = report.divergences.find((d) => d.a?.text === '69')!
    expect(goal.message).toContain('minute of the match')
    expect(goal.evidence[0]).toBe('minutes of one match: minute 69 vs minute 68, no other event between')
    expect(goal.evidence.slice(1).join('; ')).toContain('torres')
    expect(goal.confidence).toBeGreaterThanOrEqual(0.5)
  })
})

describe('match minutes on any report', () => {
  it('spans index the original strings, confidence stays in [0, 1], each fact in at most one pairing', () => {
    const NAMES = ['Torres', 'Hazard', 'Messi', 'Quang Hùng', 'Phi Sơn']
    const sentence = fc.tuple(fc.integer({ min: 1, max: 95 }), fc.constantFrom(...NAMES), fc.boolean(), fc.constantFrom('1-0', '2-1', '3-0', ''))
    const report = fc.array(sentence, { minLength: 1, maxLength: 8 }).map((parts) =>
      parts.map(([m, who, relative, score]) => (relative ? `${m % 9 + 1} phút sau, ${who} ghi bàn${score ? ` nâng tỷ số lên ${score}` : ''}.` : `Phút ${m}, ${who} dứt điểm${score ? ` mở tỷ số ${score}` : ''}.`)).join(' '),
    )
    fc.assert(
      fc.property(report, report, (a, b) => {
        const result = compare(a, b, { minConfidence: 0 })
        const timedPairs = [...result.divergences, ...result.candidates].filter((d) => d.evidence.some((e) => e.startsWith('minutes of one match')))
        const seen = new Set<string>()
        for (const d of timedPairs) {
          expect(a.slice(d.a!.start, d.a!.end)).toBe(d.a!.text)
          expect(b.slice(d.b!.start, d.b!.end)).toBe(d.b!.text)
          expect(d.confidence).toBeGreaterThanOrEqual(0)
          expect(d.confidence).toBeLessThanOrEqual(1)
          for (const key of [`a${d.a!.start}`, `b${d.b!.start}`]) {
            expect(seen.has(key)).toBe(false)
            seen.add(key)
          }
        }
      }),
      { numRuns: 60 },
    )
  })
})
