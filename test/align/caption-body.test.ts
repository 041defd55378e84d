/**
 * A caption left without a caption to meet is linked to the other report's body sentence that holds
 * most of its weight, one caption a sentence, unless the two are dated on different days.
 */
import { describe, expect, it } from 'vitest'
import { captionsInBody, sameDay } from '../../src/align/caption-body'
import { countsOf, sentenceFrequencies } from '../../src/align/bag-counts'
import { createVocabulary, intern, inverseFrequencyOfDocuments } from '../../src/align/weights'

describe('sameDay', () => {
  it.each([
    ['no date on either line', [], [], true],
    ['a day on one line only', [{ day: 12, month: 8 }], [], true],
    ['a year alone against a day', [{ year: 2025 }], [{ day: 13, month: 8 }], true],
    ['the same day', [{ day: 12, month: 8 }], [{ day: 12, month: 8, year: 2025 }], true],
    ['one of two days agrees', [{ day: 12, month: 8 }, { day: 14, month: 8 }], [{ day: 14, month: 8 }], true],
    // Traps: two days, two scenes.
    ['another day of the month', [{ day: 12, month: 8 }], [{ day: 13, month: 8 }], false],
    ['the same day of another year', [{ day: 12, month: 8, year: 2024 }], [{ day: 12, month: 8, year: 2025 }], false],
  ])('%s', (_what, x, y, same) => {
    expect(sameDay(x, y)).toBe(same)
    expect(sameDay(y, x)).toBe(same)
  })
})

describe('captionsInBody', () => {
  const words = (text: string): string[] => text.toLowerCase().replace(/[.,:]/g, '').split(/\s+/)
  const setUp = (captions: string[], body: string[]) => {
    const vocabulary = createVocabulary()
    const captionCounts = captions.map((c) => countsOf(Int32Array.from(intern(vocabulary, words(c)))))
    const bodyCounts = body.map((s) => countsOf(Int32Array.from(intern(vocabulary, words(s)))))
    const w = inverseFrequencyOfDocuments(vocabulary, [sentenceFrequencies(captionCounts), sentenceFrequencies(bodyCounts)])
    return { captionCounts, bodyCounts, w }
  }
  const body = [
    'The fire broke out at 2 a.m. in a mini apartment block on Khuong Ha street.',
    'Rescuers carried 38 people out of the burning apartment building, police said.',
    'The cause of the fire is under investigation.',
  ]
  it.each([
    ['en, the scene the body tells', ['Rescuers carry 35 people out of the burning apartment building'], body, [[0, 101]]],
    ['vi, the scene the body tells', ['Lực lượng cứu hộ đưa 35 người ra khỏi tòa nhà bị cháy'], ['Vụ cháy xảy ra lúc 2 giờ sáng.', 'Lực lượng cứu hộ đã đưa 38 người ra khỏi tòa nhà bị cháy.'], [[0, 101]]],
    ['two captions of one sentence: the closer one', ['Rescuers carry 35 people out of the burning apartment building', 'Rescuers carry people out of the building'], body, [[0, 101]]],
    // Traps: a caption of another scene, a caption too short to state one, a caption of another day.
    ['a caption of another scene', ['The minister visits injured people at the city hospital'], body, []],
    ['a caption of two words', ['Khuong Ha'], body, []],
  ])('%s', (_what, captions, sentences, expected) => {
    const { captionCounts, bodyCounts, w } = setUp(captions, sentences)
    const ids = captions.map((_, c) => c)
    const bodyIds = sentences.map((_, k) => 100 + k)
    const links = captionsInBody(ids, (c) => captionCounts[c]!, bodyIds, bodyCounts, w, () => true)
    expect(links.map((l) => [l.caption, l.sentence])).toEqual(expected)
  })

  it('links no caption the scene test refuses (another day)', () => {
    const { captionCounts, bodyCounts, w } = setUp(['Rescuers carry 35 people out of the burning apartment building'], body)
    expect(captionsInBody([0], (c) => captionCounts[c]!, [100, 101, 102], bodyCounts, w, () => false)).toEqual([])
  })
})
