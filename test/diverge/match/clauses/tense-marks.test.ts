import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { tenseOf } from '../../../../src/diverge/match/clauses/tense-marks'
import { foldWord } from '../../../../src/normalize/fold'

/** The words of a sentence split at the figure `at`, as the clause reader gives them. */
const around = (sentence: string, at: string) => {
  const words = sentence.split(/[\s,.]+/u).filter(Boolean).map(foldWord)
  const k = words.indexOf(foldWord(at))
  return { words, lead: words.slice(0, k), wordsBefore: k }
}

describe('tenseOf: the time the words around a figure mark', () => {
  it.each([
    ['Có 34.000 binh sĩ cùng nhiều tàu khu trục và chiến đấu cơ sẽ tham gia cuộc tập trận', '34.000', 'future'], // c38
    ['Cuộc tập trận được tổ chức hồi tháng 7 với sự tham gia của 16.000 binh sĩ', '16.000', 'past'],
    ['Some 34,000 troops and many destroyers will take part in the exercise', '34,000', 'future'],
    ['Some 16,000 troops took part in the exercise', '16,000', 'past'],
    ['Có 16.000 binh sĩ tham gia cuộc tập trận', '16.000', undefined], // no mark: no time
    ['Some 16,000 troops take part in the exercise', '16,000', undefined],
    ['Hơn 200 ngôi nhà đã bị thiêu rụi và sẽ được xây lại', '200', undefined], // both marks: no one time
  ])('%s (%s): %s', (sentence, at, tense) => {
    expect(tenseOf(around(sentence, at))).toBe(tense)
  })
})

const pairs = (a: string, b: string): string[] =>
  [...compare(a, b, { minConfidence: 0 }).divergences, ...compare(a, b, { minConfidence: 0 }).candidates]
    .filter((d) => d.kind === 'number')
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

describe('a count of a coming event is not one of a past event', () => {
  it.each([
    [
      'vi: Russia held in July / Japan will hold (c38)',
      'Cuộc tập trận được tổ chức hồi tháng 7 là cuộc tập trận lớn nhất từ thời hậu Xô Viết đến nay với sự tham gia của 16.000 binh sĩ, 1000 xe tăng và thiết giáp.',
      'Có 34.000 binh sĩ cùng nhiều tàu khu trục và chiến đấu cơ sẽ tham gia cuộc tập trận kéo dài 1 tuần.',
    ],
    [
      'en: held in July / will take part',
      'The snap exercise held in July was the largest since Soviet times, with 16,000 troops, 1,000 tanks and 130 aircraft.',
      'Some 34,000 troops and many destroyers will take part in the snap exercise, the largest since Soviet times.',
    ],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairs(a, b)).toEqual([])
  })

  it.each([
    ['vi: both past', 'Cuộc tập trận được tổ chức hồi tháng 7 với sự tham gia của 16.000 binh sĩ.', 'Cuộc tập trận được tổ chức hồi tháng 7 với sự tham gia của 18.000 binh sĩ.', '16.000 binh | 18.000 binh'],
    ['vi: both future', 'Có 16.000 binh sĩ sẽ tham gia cuộc tập trận kéo dài 1 tuần.', 'Có 18.000 binh sĩ sẽ tham gia cuộc tập trận kéo dài 1 tuần.', '16.000 binh | 18.000 binh'],
    // a plan one outlet tells with no mark of time is the same plan
    ['vi: future against no mark', 'Có 16.000 binh sĩ sẽ tham gia cuộc tập trận kéo dài 1 tuần.', 'Có 18.000 binh sĩ tham gia cuộc tập trận kéo dài 1 tuần.', '16.000 binh | 18.000 binh'],
    ['en: future against no mark', 'Some 16,000 troops will take part in the week-long exercise.', 'Some 18,000 troops take part in the week-long exercise.', '16,000 troops | 18,000 troops'],
    ['en: both past', 'Some 16,000 troops took part in the week-long exercise.', 'Some 18,000 troops took part in the week-long exercise.', '16,000 troops | 18,000 troops'],
    [
      'en: the same two sentences, both past',
      'The snap exercise held in July was the largest since Soviet times, with 16,000 troops, 1,000 tanks and 130 aircraft.',
      'Some 34,000 troops and many destroyers took part in the snap exercise, the largest since Soviet times.',
      '16,000 troops | 34,000 troops',
    ],
    // Linked sentences are one statement: a tense one outlet changed is not two events.
    ['en: linked, took part / will take part', 'Some 16,000 troops took part in the week-long exercise.', 'Some 18,000 troops will take part in the week-long exercise.', '16,000 troops | 18,000 troops'],
  ])('%s: still paired', (_name, a, b, expected) => {
    expect(pairs(a, b)).toEqual([expected])
  })
})
