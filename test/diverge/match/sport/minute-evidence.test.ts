import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { respeltNameWord, tellsGoal } from '../../../../src/diverge/match/sport/minute-evidence'
import { figureFlags } from '../../../helpers'

/** Pairings the match timeline made, weak ones too. */
const timed = (a: string, b: string): string[] => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates]
    .filter((d) => d.evidence.some((e) => e.startsWith('minutes of one match')))
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

// After VietnameseMDS cluster 81 (U21 final): Sydney's opening goal is the 44th in one report and
// the 43rd in another, its scorer "Joshua" in one and "Robert MacDonald" or "McDonald" in the other.
describe('one goal dated two ways, its scorer named two ways', () => {
  it.each([
    [
      'vi: both sentences tell a goal, the scorer named by another part of his name',
      'U21 Sydney là đội ghi bàn trước. Joshua đã ghi bàn thắng mở tỷ số 1-0 ở phút 44. Sang hiệp hai, đội chủ nhà đẩy cao đội hình.',
      'Đội chủ nhà chơi lấn lướt. Đến phút 43, hàng phòng ngự mắc sai sót, tạo cơ hội cho Robert MacDonald vô lê tung lưới thủ môn Văn Công. HLV Đinh Văn Dũng quyết định thay người.',
      ['44 | 43'],
    ],
    [
      'vi: the scorer spelt two ways (MacDonal / McDonald), no goal word on one side',
      'Hiệp một trôi qua chậm rãi. Phút 44, sau pha phá bóng hụt của hậu vệ, tiền vệ MacDonal bắt volley tung lưới thủ môn Văn Công. Hiệp hai bắt đầu.',
      'Hiệp một trôi qua chậm rãi. Đội khách vượt lên ở phút 43 do hậu vệ trái mắc sai lầm để bóng đến chân Joshua McDonald. Hiệp hai bắt đầu.',
      ['44 | 43'],
    ],
    [
      'en: both sentences tell a goal, the scorer named by another part of his name',
      'Sydney went ahead before the break. Joshua scored the opener in the 44th minute. The hosts pressed after half-time.',
      'The hosts had most of the ball. In the 43rd minute Robert MacDonald netted a volley after a defensive error. The coach made a change.',
      ['44th | 43rd'],
    ],
    [
      'en: the scorer spelt two ways, no goal word on one side',
      'The first half was slow. In the 44th minute MacDonal volleyed past the keeper after a poor clearance. The second half began.',
      'The first half was slow. A defensive error in the 43rd minute let the ball fall to Joshua McDonald. The second half began.',
      ['44th | 43rd'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'vi: a foul and the goal after it: only one sentence tells a goal, no player both name',
      'Trận đấu diễn ra sôi nổi. Phút 43, Văn Dũng phạm lỗi với Joshua ngoài vòng cấm. Hiệp hai bắt đầu.',
      'Trận đấu diễn ra sôi nổi. Phút 44, Robert MacDonald ghi bàn mở tỷ số cho đội khách. Hiệp hai bắt đầu.',
    ],
    [
      'vi: two Vietnamese players a letter apart are two players (Văn Thành / Văn Thạnh)',
      'Trận đấu diễn ra sôi nổi. Phút 43, Văn Thành đá phạt bóng đi chệch cột dọc. Hiệp hai bắt đầu.',
      'Trận đấu diễn ra sôi nổi. Phút 44, Văn Thạnh băng xuống đánh đầu ra ngoài. Hiệp hai bắt đầu.',
    ],
    [
      'en: a foul and the goal after it',
      'The match was lively. In the 43rd minute Dung fouled Joshua outside the box. The second half began.',
      'The match was lively. In the 44th minute Robert MacDonald scored for the visitors. The second half began.',
    ],
  ])('apart: %s', (_name, a, b) => {
    expect(timed(a, b)).toEqual([])
  })

  it.each([
    [
      'vi: a goal told on both sides',
      'Joshua đã ghi bàn thắng mở tỷ số 1-0 ở phút 44. Sang hiệp hai, đội chủ nhà đẩy cao đội hình.',
      'Đến phút 43, hàng phòng ngự mắc sai sót, tạo cơ hội cho Robert MacDonald vô lê tung lưới. HLV quyết định thay người.',
      'both sentences tell a goal',
    ],
    [
      'vi: the scorer spelt two ways',
      'Phút 44, sau pha phá bóng hụt của hậu vệ, tiền vệ MacDonal bắt volley vào góc xa. Hiệp hai bắt đầu muộn.',
      'Đội khách vượt lên ở phút 43 do hậu vệ trái mắc sai lầm để bóng đến chân Joshua McDonald. Trọng tài cho thêm giờ.',
      'both sentences name macdonal~mcdonald',
    ],
    [
      'en: the scorer spelt two ways',
      'In the 44th minute MacDonal volleyed past the keeper after a poor clearance. The second half began late.',
      'A defensive error in the 43rd minute let the ball fall to Joshua McDonald. The referee added time.',
      'both sentences name macdonal~mcdonald',
    ],
  ])('says why the two minutes are taken as one event, %s', (_name, a, b, evidence) => {
    const report = compare(a, b, { minConfidence: 0 })
    const minute = [...report.divergences, ...report.candidates].find((d) => d.evidence.some((e) => e.startsWith('minutes of one match')))
    expect(minute?.evidence).toContain(evidence)
  })
})

describe('what ties two minutes besides the order', () => {
  it.each([
    ['vi: ghi bàn', 'Joshua đã ghi bàn mở tỷ số ở phút 44.', true],
    ['vi: tung lưới', 'Robert MacDonald vô lê tung lưới thủ môn Văn Công.', true],
    ['vi: conceded (bàn thua)', 'Đội chủ nhà phải nhận bàn thua thứ hai ở phút 68.', true],
    ['vi: a foul is no goal', 'Phút 33, Ngọc Hải tranh bóng và bị thổi phạt đền.', false],
    ['en: scored', 'Torres scored in the 69th minute.', true],
    ['en: an equaliser', 'Bao levelled with a fine equaliser.', true],
    ['en: a save is no goal', 'The keeper saved in the 40th minute.', false],
  ])('%s', (_name, sentence, expected) => {
    expect(tellsGoal(sentence)).toBe(expected)
  })

  it.each([
    ['foreign, two edits in a long word', 'macdonal', 'mcdonald', true],
    ['foreign, one edit', 'urosevski', 'urolevski', true],
    ['Vietnamese syllables a letter apart are other names', 'thành', 'thạnh', false],
    ['short words are too often other names', 'marco', 'mario', false],
    ['too far apart', 'prendergast', 'tristan', false],
    ['the same word is no respelling', 'joshua', 'joshua', false],
  ])('name words: %s', (_name, a, b, expected) => {
    expect(respeltNameWord(a, b)).toBe(expected)
  })
})
