/**
 * A part stated out of a total the sentence gives as a figure ("35 of the 200 protesters were
 * detained", "35 trong số 200 người biểu tình bị bắt"): the part carries the predicate, so it fills
 * the slot of a figure the other report tells with that predicate ("40 protesters were detained");
 * the total counts everyone, another slot (issue 11). The part takes the total's counted noun
 * (elided-units.ts, so-labels.ts for "trong số 200").
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

// contradictions of a number at any confidence (the VI rows share too few words to be linked, and pair across the reports), as "value A / value B"
const read = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }, { minConfidence: 0 })
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => `${d.a!.text} / ${d.b!.text}`)
    .sort()

describe('a part of another total', () => {
  it.each([
    ['en: the part meets the detained, the total stands apart', 'Police said 40 protesters were detained, 12 of them minors.', 'Police said 35 of the 200 protesters were detained.', ['40 protesters / 35']],
    ['vi: the part meets the detained, the total stands apart', 'Công an cho biết 40 người bị bắt, trong đó 12 người chưa thành niên.', 'Công an cho biết 35 trong số 200 người biểu tình bị bắt.', ['40 người / 35']],
    ['en: no part on the other side', 'Police said 40 protesters were detained.', 'Police said 35 of the 200 protesters were detained.', ['40 protesters / 35']],
    ['vi: the counted noun written out on both sides', 'Công an cho biết 40 người biểu tình bị bắt.', 'Công an cho biết 35 trong số 200 người biểu tình bị bắt.', ['40 người / 35']],
    ['vi: "trong tổng số"', 'Công an cho biết 40 người bị bắt.', 'Công an cho biết 35 trong tổng số 200 người biểu tình bị bắt.', ['40 người / 35']],
    // traps
    ['en trap: the total told with another predicate is the total', 'Police said 180 protesters attended the rally.', 'Police said 35 of the 200 protesters were detained.', ['180 protesters / 200 protesters']],
    ['vi trap: the total told with another predicate is the total', 'Công an cho biết 180 người biểu tình tham gia.', 'Công an cho biết 35 trong số 200 người biểu tình bị bắt.', ['180 người / 200 người']],
    ['en trap: one part, one total on both sides', 'Police said 35 of the 200 protesters were detained.', 'Police said 35 of the 200 protesters were detained.', []],
    ['vi trap: one part, one total on both sides', 'Công an cho biết 35 trong số 200 người biểu tình bị bắt.', 'Công an cho biết 35 trong số 200 người biểu tình bị bắt.', []],
    ['en trap: the same totals, two parts', 'Police said 30 of the 200 protesters were detained.', 'Police said 35 of the 200 protesters were detained.', ['30 / 35']],
    // the part against a bare count told with its predicate: still the part's slot (review rnum32, 5)
    ['en: a bare part after the total told otherwise', 'Police said 35 of the 200 protesters were detained.', 'Police said 200 protesters gathered and 40 were detained.', ['35 / 40']],
    ['en: the total first, a bare part', 'Of the 200 protesters, 35 were detained.', 'Police detained 40 of the 200 protesters.', ['35 / 40']],
    ['vi: a bare part after the total told otherwise', 'Công an cho biết 35 trong số 200 người biểu tình bị bắt.', 'Công an cho biết 200 người biểu tình tụ tập và 40 người bị bắt.', ['35 / 40 người']],
    // a shared word after the total that is no predicate (a place, a season): the total meets the other figure (review rnum32, 6)
    ['en trap: a shared season is no predicate', 'The team won 20 of 30 games in the regular season.', 'The team played 32 games in the regular season.', ['30 games / 32 games']],
    ['en trap: a shared meeting and place are no predicate', 'Only 40 of the 120 delegates attended the meeting in Geneva.', 'Some 150 delegates were invited to the meeting in Geneva.', ['120 delegates / 150 delegates']],
  ])('%s', (_label, a, b, expected) => {
    expect(read(a, b)).toEqual(expected)
  })
})

describe('a part of a total against a bare figure, at the default confidence', () => {
  // a conflict, not two missing facts (review rnum32, 5)
  it.each([
    ['en', 'Police said 35 of the 200 protesters were detained.', 'Police said 200 protesters gathered and 40 were detained.'],
    ['en: the total first', 'Of the 200 protesters, 35 were detained.', 'Police detained 40 of the 200 protesters.'],
    ['vi', 'Công an cho biết 35 trong số 200 người biểu tình bị bắt.', 'Công an cho biết 200 người biểu tình tụ tập và 40 người bị bắt.'],
  ])('%s', (_label, a, b) => {
    const found = compare({ text: a }, { text: b }).divergences
    expect(found.filter((d) => d.kind === 'number').map((d) => `${d.a!.text} / ${d.b!.text}`)).toEqual([expect.stringMatching(/^35 \/ 40/)])
    expect(found.filter((d) => d.kind === 'missing')).toEqual([])
  })
})
