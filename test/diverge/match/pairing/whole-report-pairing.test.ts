/**
 * Facts paired across two whole reports when the aligner leaves their sentences unlinked:
 * what ties them (another fact both sentences state alike, a value that is each other's
 * clear best partner) and what must not (the best of several guesses, a bare number, a
 * value only echoed in another slot). The Vietnamese cases are shortened from the shared
 * corpora's VietnameseMDS clusters 1–100 (the real gold's items); the English ones are
 * written after MSRP train pairs of the same kind.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src/types'
import { CLEAR_MARGIN, mutualBest } from '../../../../src/diverge/match/pairing/mutual-best'

/** Number and date contradictions of a report, with the sentence indices they sit in. */
function conflicts(report: Report): Array<{ a: string; b: string; sa: number; sb: number; confidence: number; evidence: readonly string[] }> {
  return report.divergences
    .filter((d) => d.kind === 'number' || d.kind === 'date')
    .map((d) => ({ a: d.a!.text, b: d.b!.text, sa: d.a!.sentence, sb: d.b!.sentence, confidence: d.confidence, evidence: d.evidence }))
}

const linked = (report: Report, i: number, j: number): boolean => report.alignments.some((l) => l.a.includes(i) && l.b.includes(j))

describe('a contradiction between sentences the aligner did not link', () => {
  it.each([
    [
      'vi: the minute of a goal, tied by the score it set (3-0), among other minutes',
      'Chelsea thắng Schalke 3-0 trên sân khách. Ngay ở phút thứ 2, Torres xoay người dứt điểm nhưng bóng đi chệch cột dọc. Phút 87, cũng xuất phát từ một pha phản công, Hazard đã ghi bàn ấn định tỷ số 3-0 cho Chelsea.',
      'Chelsea đã có chiến thắng đậm trước Schalke. Phút 68, từ pha phản công, Torres đi bóng qua thủ môn rồi dứt điểm vào gôn trống. Vì thế, đến phút 89, đội bóng nước Anh có bàn ấn định tỷ số 3-0 do công của Eden Hazard.',
      ['87', '89'],
      'both sentences state 3-0',
    ],
    [
      'vi: the start of a period whose end both give',
      'Thanh tra Chính phủ vừa công bố quyết định thanh tra Hà Nội. Theo kế hoạch, Đoàn sẽ tiến hành thanh tra thời kỳ từ ngày 1/1/2001 đến 30/9/2013.',
      'Thanh tra Chính phủ vừa công bố quyết định thanh tra Hà Nội. Quyết định nêu rõ: Thanh tra việc thực hiện các quy định của pháp luật về phòng, chống tham nhũng đối với UBND thành phố trong thời kỳ từ 1/1/2011 đến ngày 30/9/2013.',
      ['1/1/2001', '1/1/2011'],
      'both sentences state 30/9/2013',
    ],
    [
      'vi: a minute whose value the other report gives only in another slot (SEA Games 27)',
      'U23 Việt Nam thắng U23 Myanmar 3-1 trong trận giao hữu. Và phải đợi đến phút thứ 26 thì tiền đạo Mạc Hồng Quân mới có được cú dứt điểm đầu tiên cho U23 Việt Nam. Đây là trận đấu cuối cùng trước SEA Games 27.',
      'U23 Việt Nam thắng U23 Myanmar 3-1 trong trận giao hữu. Phải đến phút 27, Mạc Hồng Quân có cơ hội nguy hiểm đầu tiên nhưng cú dứt điểm của anh lại trúng xà ngang.',
      ['thứ 26', '27'],
      // the match's order pairs the two minutes before the echo of 27 in "SEA Games 27" can weaken them
      'minutes of one match: minute 26 vs minute 27, no other event between',
    ],
    [
      'en: the start of a period whose end both give',
      'City hall will be audited by state inspectors. The inspectors will review the period from Jan. 1, 2001 to Sept. 30, 2013, officials said.',
      "City hall will be audited by state inspectors. According to the order, records of land deals kept by the mayor's office between Jan. 1, 2011 and Sept. 30, 2013 are covered.",
      ['Jan. 1, 2001', 'Jan. 1, 2011'],
      'both sentences state Sept. 30, 2013',
    ],
  ])('%s', (_name, a, b, [va, vb], because) => {
    const report = compare(a, b)
    const found = conflicts(report)
    expect(found.map((d) => [d.a, d.b])).toEqual([[va, vb]])
    const [d] = found
    // the point of the case: the two sentences are not linked, the pairing is the whole reports'
    expect(linked(report, d!.sa, d!.sb)).toBe(false)
    expect(d!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(d!.confidence).toBeLessThanOrEqual(1)
    expect(d!.evidence).toContain(because)
  })

  it.each([
    [
      'vi: minutes of two different chances, each the other best guess but nothing ties them',
      'U21 Việt Nam vô địch giải U21 quốc tế. Phút 24, U21 Sydney có pha phản công và Nikola Taneski sút bóng đi sát cột dọc khung thành. Phút 60, Văn Công đẩy bóng ra ngoài.',
      'U21 Việt Nam vô địch giải U21 quốc tế. Phút 44, sau pha phá bóng hụt của hậu vệ trong vòng cấm, tiền vệ MacDonal bắt volley tung lưới thủ môn Văn Công. Đến phút 75, trọng tài rút thẻ vàng.',
    ],
    [
      'vi: one fact in two sentences, one side missing its unit, is stated, not contradicted',
      'Chủ trương giảm nghèo được cụ thể hóa bằng chương trình 30a đầu tư 62 huyện nghèo, vừa rồi mở rộng thêm 30 huyện nữa.',
      'Chủ trương xóa đói giảm nghèo đã cụ thể hóa hơn như chương trình 30a đầu tư cho 62 huyện nghèo.',
    ],
    [
      'en: the year of a marriage and the year of a death, the same names in both',
      'Istomin was a celebrated pianist. In 1975 he married Marta Casals, the widow of Pablo Casals.',
      "Istomin was a celebrated pianist. Istomin later married Casals' widow, Marta, after Casals' death in 1973.",
    ],
    [
      'en: a bare number is not tied to a slot by the score beside it',
      'The Tigers led 17-14 at the break before winning 21-18. Smith scored 5 points in a row to lead 17 to 14.',
      'The Tigers led 17-14 at the break before winning 21-18. Jones added 21 after Smith scored 5 points in a row.',
    ],
  ])('%s: no contradiction', (_name, a, b) => {
    expect(conflicts(compare(a, b))).toEqual([])
  })
})

describe('mutual best matches', () => {
  const fact = (id: number) => ({ fact: { type: 'number', value: id }, sentence: id, span: { sentence: id, start: id, end: id + 1, text: String(id) } }) as never
  const [a1, a2, b1, b2] = [fact(1), fact(2), fact(3), fact(4)]

  it.each([
    ['each value the other one clear best', [[a1, b1, 0.7], [a1, b2, 0.3], [a2, b2, 0.5]], [0, 2]],
    ['a rival within the margin on one side', [[a1, b1, 0.7], [a2, b1, 0.65]], []],
    ['the best of one value is not best for its partner', [[a1, b1, 0.5], [a2, b1, 0.9]], [1]],
    ['a single candidate', [[a1, b1, 0.31]], [0]],
    ['no candidates', [], []],
  ] as const)('%s', (_name, pairs, expected) => {
    const candidates = pairs.map(([a, b, confidence]) => ({ a, b, confidence }))
    expect(mutualBest(candidates).map(([k]) => k)).toEqual(expected)
  })

  it('a value is in at most one mutual best match, which leads its every rival by the margin', () => {
    const facts = [fact(1), fact(2), fact(3), fact(4), fact(5), fact(6)]
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 3, max: 5 }), fc.double({ min: 0.3, max: 1, noNaN: true })), { maxLength: 12 })
    fc.assert(
      fc.property(pairs, (raw) => {
        const candidates = raw.map(([a, b, confidence]) => ({ a: facts[a]!, b: facts[b]!, confidence }))
        const chosen = mutualBest(candidates)
        const ends = chosen.flatMap(([, p]) => [p.a, p.b])
        expect(new Set(ends).size).toBe(ends.length)
        for (const [k, p] of chosen)
          for (const [j, q] of candidates.entries())
            if (j !== k && (q.a === p.a || q.b === p.b)) expect(p.confidence - q.confidence).toBeGreaterThanOrEqual(CLEAR_MARGIN)
      }),
    )
  })
})
