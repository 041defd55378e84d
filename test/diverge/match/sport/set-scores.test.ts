import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'

const flags = (a: string, b: string): string[] => figureFlags(a, b, ['number'])

/** Pairings made as set scores, weak ones too. */
const asSetScores = (a: string, b: string): string[] => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates]
    .filter((d) => d.evidence.some((e) => e.startsWith('both are the final score of set')))
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

describe("each set's final score is a slot of its own", () => {
  it.each([
    [
      // After VietnameseMDS cluster 97 (Hà Nội Mới / Thể Thao Văn Hóa on Tiến Minh's first-round loss).
      'vi: the third set named in the sentence before ("Tại séc này"), the other side telling it from the loser (7/21)',
      'Ở séc 1, Tiến Minh thắng 21-19. Chiến thắng ở séc 2 với tỉ số 21-18 giúp Wei Feng Chong tự tin ở séc 3. Tại séc này, Wei Feng Chong giành thắng lợi 21-17 sau 58 phút thi đấu.',
      'Tiến Minh thắng 21/19 trong set đấu thứ nhất. Ở set 2, anh để đối thủ thắng 21/18. Sang set 3, Tiến Minh xuống sức và dễ dàng để thua 7/21.',
      ['21-17 | 7/21'],
    ],
    [
      'vi: "séc đấu quyết định" is the set just announced, running scores (11-4, 17-5) aside',
      'Trong set ba, Tiến Minh sớm bị bỏ xa 6-1, 11-2 rồi 16-4 và chấp nhận thua 7-21. Chung cuộc Wei Feng Chong thắng 2-1.',
      'Hai tay vợt bước vào séc đấu thứ 3. Sang séc đấu quyết định, đối thủ dẫn 11-4, 17-5 rồi kết thúc séc đấu với tỷ số 21-17. Tiến Minh thua 1-2.',
      ['7-21 | 21-17'],
    ],
    [
      'en: tennis sets named by ordinals',
      'Djokovic won the first set 6-1. Del Potro took the second set 6-3 before losing the tie-break.',
      'Djokovic won the opening set 6-2 in 34 minutes. Del Potro won the second set 6-3.',
      ['6-1 | 6-2'],
    ],
    [
      "vi: a set's points against the match's sets in linked sentences are two slots",
      'Trong set ba, Tiến Minh chấp nhận thua 7-21 trước Wei Feng Chong.',
      'Chung cuộc, Tiến Minh chấp nhận thua 1-2 trước Wei Feng Chong.',
      [],
    ],
    [
      'en: a set score against the match score',
      'Djokovic beat Del Potro after losing the second set 3-6 in Shanghai.',
      'Djokovic beat Del Potro 2-1 in Shanghai.',
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'vi: the same set score from either player\'s side, with a slash',
      'Ở séc 1, Tiến Minh thắng 21-19. Trận đấu kéo dài 58 phút.',
      'Tiến Minh thắng 19/21 ở séc 1? Không: anh thắng với tỷ số 21/19 trong séc đầu tiên. Trận đấu kéo dài 58 phút.',
    ],
    [
      'vi: running scores of a set are no final scores',
      'Ở séc 2, Tiến Minh dẫn 13-10 rồi 14-12. Đối thủ ghi liền 5 điểm.',
      'Sang séc 2, Tiến Minh dẫn trước 11-9. Đối thủ vượt lên dẫn 17-16.',
    ],
    [
      'vi: two final scores for one set in a report (a round-up): which is the match\'s is unknown',
      'Ở séc 1, Tiến Minh thắng 21-19. Ở trận khác, séc 1 Vũ Thị Trang thắng 21-15. Cả hai vào vòng hai.',
      'Ở séc 1, Tiến Minh thắng 21-17. Anh vào vòng hai.',
    ],
    [
      'en: a set named long before the score does not hold it',
      'Djokovic won the first set 6-1. The crowd cheered. Rain fell. The roof closed. Play resumed. He won a later game 6-4 in the tie-break count.',
      'Djokovic won the first set 6-1. He lifted the trophy.',
    ],
  ])('not paired as set scores: %s', (_name, a, b) => {
    expect(asSetScores(a, b)).toEqual([])
  })

  it('says what the scores are', () => {
    const report = compare('Ở séc 3, Wei Feng Chong thắng 21-17. Trận đấu kết thúc.', 'Sang set 3, Tiến Minh để thua 7/21. Trận đấu kết thúc.')
    const d = report.divergences.find((x) => x.kind === 'number')!
    expect(d.message).toContain('set score')
    expect(d.evidence).toEqual(['both are the final score of set 3'])
  })
})
