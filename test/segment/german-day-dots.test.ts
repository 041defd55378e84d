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
    ['de: a span vom … bis', 'Die Messe läuft vom 19. bis 21. März in Köln. Sonst nichts.', ['Die Messe läuft vom 19. bis 21. März in Köln.', 'Sonst nichts.']],
    ['de: no lead word but a year after the month', 'Er starb 21. September 2020 in Bonn. Sonst nichts.', ['Er starb 21. September 2020 in Bonn.', 'Sonst nichts.']],
    ['de: a weekday before the day', 'Das Treffen ist Dienstag, 21. März in Berlin. Sonst nichts.', ['Das Treffen ist Dienstag, 21. März in Berlin.', 'Sonst nichts.']],
  ])('%s: one sentence', (_why, text, want) => {
    expect(texts(text)).toEqual(want)
  })

  it.each([
    ['vi: a rank before a name that is a month', 'Đội đứng thứ 21. Mai Phương cho biết như vậy.', ['Đội đứng thứ 21.', 'Mai Phương cho biết như vậy.']],
    ['en: a count before April the name', 'The team finished 21. April Ryan said so.', ['The team finished 21.', 'April Ryan said so.']],
    ['en: a year before a month', 'It was founded in 2021. March was quiet.', ['It was founded in 2021.', 'March was quiet.']],
    ['de: a number before a noun', 'Er wurde 21. Danach ging er.', ['Er wurde 21.', 'Danach ging er.']],
    ['en: a rank before September', 'He finished the season ranked 21. September brought a new coach.', ['He finished the season ranked 21.', 'September brought a new coach.']],
    ['en: a score before November', 'The bill passed 52 to 21. November elections will decide its fate.', ['The bill passed 52 to 21.', 'November elections will decide its fate.']],
    ['en: I am 21 before August', 'I am 21. August is my favourite month of the year.', ['I am 21.', 'August is my favourite month of the year.']],
    ['de: a place before März', 'Der Verein belegte Platz 3. März begann mit einer Niederlage.', ['Der Verein belegte Platz 3.', 'März begann mit einer Niederlage.']],
    ['en: Jan the first name, no dot', 'The Lakers climbed to No. 3. Jan Vesely had 20 points.', ['The Lakers climbed to No. 3.', 'Jan Vesely had 20 points.']],
    ['vi: Jun the name, no dot', 'Ca khúc đứng hạng 3. Jun Phạm cho biết anh rất bất ngờ.', ['Ca khúc đứng hạng 3.', 'Jun Phạm cho biết anh rất bất ngờ.']],
    ['vi: Dez the name, no dot', 'Bà về đích thứ 2. Dez Nguyễn chạy sau.', ['Bà về đích thứ 2.', 'Dez Nguyễn chạy sau.']],
  ])('%s: two sentences', (_why, text, want) => {
    expect(texts(text)).toEqual(want)
  })
})
