/**
 * One event told in two reworded sentences, its weekday changed (planted-en, align31's wider
 * generator: "said Thursday that the …" / "said Tuesday the …", "said" / "told reporters"): a
 * contradiction, in English and Vietnamese. The slot must match: the word the weekday stands
 * beside is one word on both sides. Two events of two days, a statement's day against the event's,
 * a plan quoted against what was done, a weekday against a date and a loosely reworded pair stay apart.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const WEEKDAY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|thứ \p{L}+|chủ nhật)$/iu
const weekdayPairs = (a: string, b: string): string[][] =>
  compare({ text: a }, { text: b })
    .divergences.filter((d) => d.kind === 'date' && WEEKDAY.test(d.a?.text ?? '') && WEEKDAY.test(d.b?.text ?? ''))
    .map((d) => [d.a!.text, d.b!.text])
const dateDivergences = (a: string, b: string, published?: string) =>
  compare({ text: a, ...(published ? { published } : {}) }, { text: b, ...(published ? { published } : {}) }).divergences.filter((d) => d.kind === 'date')

describe('a weekday changed in a reworded sentence of one event', () => {
  it.each([
    [
      'en: "that" dropped after a statement\'s day',
      'American officials said Thursday that the American demand that Mr. Bashir be held accountable had not changed.',
      'American officials said Tuesday the American demand that Mr. Bashir be held accountable had not changed.',
      ['Thursday', 'Tuesday'],
    ],
    [
      'en: "said" told as "told reporters"',
      'An unmanned Russian cargo spaceship broke up in the atmosphere over Siberia on Thursday due to an unspecified malfunction, the Russian space agency said.',
      'An unmanned Russian cargo spaceship broke up in the atmosphere over Siberia on Saturday due to an unspecified malfunction, the Russian space agency told reporters.',
      ['Thursday', 'Saturday'],
    ],
    [
      'en: clauses reordered',
      'The cargo ship broke up over Siberia on Thursday, the Russian space agency said.',
      'The Russian space agency said the cargo ship broke up over Siberia on Friday.',
      ['Thursday', 'Friday'],
    ],
    [
      'vi: hôm thứ Năm / hôm thứ Ba, "rằng" dropped',
      'Bộ Ngoại giao cho biết hôm thứ Năm rằng lập trường của Việt Nam về vấn đề này không thay đổi.',
      'Bộ Ngoại giao cho biết hôm thứ Ba lập trường của Việt Nam về vấn đề này không thay đổi.',
      ['thứ Năm', 'thứ Ba'],
    ],
    [
      'vi: ngày thứ Sáu / thứ Bảy, "cho biết" told as "thông báo"',
      'Con tàu chở hàng đã vỡ tan trên bầu trời Siberia ngày thứ Sáu do một sự cố kỹ thuật, cơ quan vũ trụ Nga cho biết.',
      'Con tàu chở hàng đã vỡ tan trên bầu trời Siberia thứ Bảy do một sự cố kỹ thuật, cơ quan vũ trụ Nga thông báo.',
      ['thứ Sáu', 'thứ Bảy'],
    ],
  ])('%s: contradicts', (_why, a, b, pair) => {
    expect(weekdayPairs(a, b)).toEqual([pair])
  })

  it.each([
    [
      'en: two events, two verbs beside the days (arrested / charged)',
      'Smith was arrested Monday in connection with the killing of the shop owner, police said.',
      'Smith was charged Thursday in connection with the killing of the shop owner, police said.',
    ],
    [
      "en: the statement's day against the event's",
      'Officials said Thursday that the cargo ship broke up over Siberia due to a malfunction.',
      'Officials said that the cargo ship broke up over Siberia on Friday due to a malfunction.',
    ],
    [
      'en: a plan quoted against what narration says was done',
      '“The vote will be held on Friday in the capital,” the minister told reporters.',
      'The vote was held on Sunday in the capital, the minister told reporters.',
    ],
    [
      'en: a loosely reworded statement told on two days (MSRP train)',
      'Wal-Mart has expanded its antidiscrimination policy to protect gay and lesbian employees, company officials said Tuesday.',
      'Wal-Mart will now include gays and lesbians in its anti-discrimination policy, company officials said Wednesday.',
    ],
    [
      'en: two sentences, one word apart, of two people arriving',
      'He arrived Monday.',
      'She arrived Friday.',
    ],
    [
      'vi: hai sự kiện, hai động từ (bị bắt / bị truy tố)',
      'Ông Nam bị bắt hôm thứ Hai liên quan đến vụ trộm tại cửa hàng, cảnh sát cho biết.',
      'Ông Nam bị truy tố hôm thứ Năm liên quan đến vụ trộm tại cửa hàng, cảnh sát cho biết.',
    ],
    [
      'vi: ngày phát biểu và ngày của sự kiện',
      'Bộ Y tế cho biết hôm thứ Năm rằng bệnh nhân đã xuất viện sau hai tuần điều trị.',
      'Bộ Y tế cho biết rằng bệnh nhân đã xuất viện hôm thứ Ba sau hai tuần điều trị.',
    ],
    [
      'vi: kế hoạch trong lời trích dẫn và việc đã làm',
      '“Cuộc bỏ phiếu sẽ diễn ra vào thứ Sáu tại thủ đô,” bộ trưởng nói với báo giới.',
      'Cuộc bỏ phiếu đã diễn ra vào chủ nhật tại thủ đô, bộ trưởng nói với báo giới.',
    ],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(weekdayPairs(a, b)).toEqual([])
  })

  it.each([
    [
      'en: arrested Monday and charged Thursday / charged Friday: the arrest is not the charge',
      'Smith was arrested Monday and charged Thursday with the killing of the shop owner, police said.',
      'Smith was charged Friday with the killing of the shop owner, police said.',
    ],
    [
      'vi: bị bắt thứ Hai, bị truy tố thứ Năm / bị truy tố thứ Sáu',
      'Ông Nam bị bắt hôm thứ Hai và bị truy tố hôm thứ Năm vì vụ trộm tại cửa hàng, cảnh sát cho biết.',
      'Ông Nam bị truy tố hôm thứ Sáu vì vụ trộm tại cửa hàng, cảnh sát cho biết.',
    ],
  ])('%s: the first day is never set against the other', (_why, a, b) => {
    const first = a.includes('Monday') ? 'Monday' : 'thứ Hai'
    expect(weekdayPairs(a, b).filter(([x]) => x === first)).toEqual([])
  })

  it.each([
    [
      'en: last Thursday and the date it is, given the publication day',
      'The cargo ship broke up over Siberia last Thursday, the Russian space agency said.',
      'The cargo ship broke up over Siberia on May 14, the Russian space agency said.',
      '2015-05-18',
    ],
    [
      'en: a weekday and a date of the same day',
      'The cargo ship broke up over Siberia on Thursday, the Russian space agency said.',
      'The cargo ship broke up over Siberia on May 14, 2015, the Russian space agency said.',
      undefined,
    ],
    [
      'vi: thứ Năm và ngày 14/5/2015, một ngày',
      'Con tàu chở hàng đã vỡ tan trên bầu trời Siberia hôm thứ Năm, cơ quan vũ trụ Nga cho biết.',
      'Con tàu chở hàng đã vỡ tan trên bầu trời Siberia ngày 14/5/2015, cơ quan vũ trụ Nga cho biết.',
      undefined,
    ],
  ])('%s: no date divergence', (_why, a, b, published) => {
    expect(dateDivergences(a, b, published)).toEqual([])
  })
})
