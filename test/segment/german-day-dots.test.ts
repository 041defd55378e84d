/**
 * A German day is written with its own dot (*am 21. März*): the splitter must not end the
 * sentence there, or the date's day and month fall into two sentences and neither is read.
 */
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/segment/sentences'

const texts = (text: string): string[] => splitSentences(text).map((p) => text.slice(p.start, p.end))

describe('a German day’s dot before its month', () => {
  it.each([
    ['de: a day and its month', 'Die Wahl fand am 21. März 2025 statt. Danach nicht.', ['Die Wahl fand am 21. März 2025 statt.', 'Danach nicht.']],
    ['de: a short month', 'Die Frist endet am 3. Okt. in Bonn. Sonst nichts.', ['Die Frist endet am 3. Okt. in Bonn.', 'Sonst nichts.']],
    ['de: Mai after am', 'Das Gesetz gilt seit dem 1. Mai. Es ist neu.', ['Das Gesetz gilt seit dem 1. Mai.', 'Es ist neu.']],
  ])('%s: one sentence', (_why, text, want) => {
    expect(texts(text)).toEqual(want)
  })

  it.each([
    ['vi: a rank before a name that is a month', 'Đội đứng thứ 21. Mai Phương cho biết như vậy.', ['Đội đứng thứ 21.', 'Mai Phương cho biết như vậy.']],
    ['en: a count before April the name', 'The team finished 21. April Ryan said so.', ['The team finished 21.', 'April Ryan said so.']],
    ['en: a year before a month', 'It was founded in 2021. March was quiet.', ['It was founded in 2021.', 'March was quiet.']],
    ['de: a number before a noun', 'Er wurde 21. Danach ging er.', ['Er wurde 21.', 'Danach ging er.']],
  ])('%s: two sentences', (_why, text, want) => {
    expect(texts(text)).toEqual(want)
  })
})
