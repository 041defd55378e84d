import { describe, expect, it } from 'vitest'
import { formatOnly, transcription, writesVietnamese } from '../../../src/diverge/reasons/name-format'

describe('transcription: a foreign name written the Vietnamese way', () => {
  it.each([
    ['Hong Kong', 'Hồng Kông', true], // k before ô: only a foreign word
    ['Hồng Kông', 'Hong Kong', true],
    ['Hà Nội', 'Ha Noi', true], // marks dropped by a report in another language (in a Vietnamese report: below)
    ['Hong Kong', 'Hong Kông', true],
    ['Hong Kong', 'Hongkong', false], // no marks either side: spacing, judged elsewhere
    // planted-en: another Latin orthography's accents dropped, on words no Vietnamese syllable is shaped as
    ['Nestlé', 'Nestle', true], // MSRP train 898957 / 898897
    ['Nepal', 'Népal', true],
    ['Neuquén', 'Neuquen', true],
    ['Laure de La Raudière', 'Laure de La Raudiere', true],
    // names40: a Vietnamese name of two words or more with its marks dropped, in a report of another
    // language, is the name written as that language writes it (English reports drop the marks)
    ['Tô Lâm', 'To Lam', true],
    ['Nguyễn Văn An', 'Nguyen Van An', true],
    ['Trần Văn Hùng', 'Tran Van Hung', true],
    ['Lê', 'Le', false], // traps: one word alone (Le is a French article too)
    ['Trần Văn Hùng', 'Tran Van Hong', false], // a letter changed besides: a respelling
    ['Nestlé', 'Nestla', false], // letters differ
  ])('%s / %s: %s', (a, b, yes) => {
    expect(transcription(a, b)).toBe(yes)
  })
  // review-revO 14: in a Vietnamese report, marks on a minority-language syllable are Vietnamese ones
  it.each([
    ['Krông Pa', 'Krong Pa', false],
    ['Krông Búk', 'Krong Buk', false],
    ["H'Mông", "H'Mong", false],
    ['Krông Bông', 'Krong Bong', false],
    ['Hồng Kông', 'Hong Kong', true], // a foreign name's Vietnamese spelling stays one
    ['Hà Nội', 'Ha Noi', false], // a Vietnamese name stripped of its marks in a Vietnamese report is a respelling
    ['Nguyễn Văn An', 'Nguyen Van An', false],
    ['Tô Lâm', 'To Lam', false],
  ])('in a Vietnamese report: %s / %s: %s', (a, b, yes) => {
    expect(transcription(a, b, true)).toBe(yes)
  })
})

describe('formatOnly: the same name in another form', () => {
  it.each([
    ["O'Connor", 'OConnor', 'apostrophe', false, false],
    ['Eto’o', 'Etoo', 'apostrophe', false, false],
    ['WiFi', 'Wi-Fi', 'hyphenation', false, false],
    ['Lee Jae Myung', 'Lee Jae-myung', 'hyphenation', false, false],
    ['Lincoln Near-Earth Asteroid Research Program', 'Lincoln Near Earth Asteroid Research Program', 'hyphenation', false, false],
    ['Manto Tshabalala-Msimang', 'Manto-Tshabalala Msimang', 'hyphenation', false, false],
    ['RIA-Novosti', 'Ria Novosti', 'hyphenation', false, false],
    ["Eugene O'Neill", 'Eugene ONeills', 'possessive', true, false], // O'Neill's
    ['Labour Party', 'Labor Party', 'british-american', false, false],
    ['Defence Secretary', 'Defense Secretary', 'british-american', false, false],
    ["Children's Medical Centre", "Children's Medical Center", 'british-american', false, false],
    ['World Health Organisation', 'World Health Organization', 'british-american', false, false],
  ])('%s / %s: %s', (a, b, reason, possA, possB) => {
    expect(formatOnly(a, b, possA, possB)).toEqual({ kind: 'format', reason })
  })

  it.each([
    ['Park Heong-joon', 'Park Hyeong Jun'], // letters changed as well as the hyphen: a respelling
    ['Nguyễn Văn An', 'Nguyen Van An'], // marks are spelling
    ['Laos', 'Lao'], // no possessive in the text: another spelling
    ['Moore', 'Moor'], // a short name is a name of its own, not a British ending
    ['Andre Agassi', 'Ander Agassi'],
  ])('%s / %s is not format only', (a, b) => {
    expect(formatOnly(a, b)).toBeUndefined()
  })
})

// fixnames41 (review rnames40 7): a report writes Vietnamese by the share of its words marked so,
// not by one marked name in an English report.
describe('writesVietnamese', () => {
  it.each([
    ['Police in Hanoi arrested Nguyen Van Hung, 45, in Đà Nẵng on Monday on fraud charges.', false], // one marked place
    ['Police arrested Nguyễn Văn Hùng, 45, in Da Nang on Monday on fraud charges.', false], // one marked name
    ['The fire broke out on Sunday. No one was hurt, the police said.', false],
    ['Bà Nguyễn Thị Lan cho biết lửa lan nhanh.', true],
    ['Cảnh sát đã bắt giữ Nguyen Van Hung tại Da Nang.', true], // Vietnamese prose, names unmarked
    ['', false],
  ])('%s → %s', (text, want) => {
    expect(writesVietnamese(text)).toBe(want)
  })
})
