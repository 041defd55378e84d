/**
 * The event beside a date (date-events.ts), as evidence that two dates fill one slot: the verb or
 * event noun a date modifies, by its stem in English and as a two-syllable word in Vietnamese;
 * never a name, a word of time, a verb of saying or a helper.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { prepare } from '../../../../src/document'
import { resolveOptions } from '../../../../src/options'
import { collectFacts } from '../../../../src/diverge/extract/collect'
import { DateEvents, sharedEvent } from '../../../../src/diverge/match/dates/date-events'

const options = resolveOptions({})

/** The event words beside the first date of `text`. */
function eventsOf(text: string): ReadonlyMap<string, string> {
  const doc = prepare({ text }, options)
  const facts = collectFacts(doc, options.titles)
  for (const [sentence, list] of facts.factsBySentence) for (const located of list) if (located.fact.type === 'date') return new DateEvents(doc).of(sentence, located.fact)
  throw new Error(`no date in ${text}`)
}

const shared = (a: string, b: string): string | undefined => sharedEvent(eventsOf(a), eventsOf(b))

describe('the event beside a date', () => {
  it.each([
    ['en: an inflection apart, the verb a few words off', 'On July 3, Troy is expected to be sentenced to life in prison.', 'Troy faces life in prison at his July 30 sentencing.', 'sentenced / sentencing'],
    ['en: a verb and its noun', 'The album was released on March 4 in Europe.', 'Its release on March 14 drew crowds.', 'released / release'],
    ['vi: a two-syllable verb before the day', 'Công trình khởi công hôm 12/3 tại Hà Nội.', 'Dự án được khởi công ngày 13/3.', 'khởi công'],
    ['vi: a two-syllable verb after the day', 'Ngày 12/3, tòa xét xử vụ án.', 'Ngày 13/3, hội đồng xét xử vụ án tham ô.', 'xét xử'],
  ])('%s: shared', (_why, a, b, event) => {
    expect(shared(a, b)).toBe(event)
  })

  it.each([
    ['en: a verb of saying is no event', 'The company said on March 4 that sales rose.', 'The firm said on March 5 that profits fell.'],
    ['en: names never tie dates', 'On July 3, Troy Smith arrived in Boston.', 'Troy Smith left Boston on July 30.'],
    ['en: words of time are no event', 'Late on March 4 the market opened.', 'Late on March 5 the bank closed.'],
    ['vi: one syllable says little', 'Ngày 12/3, cả nước có mưa rào.', 'Ngày 13/3, nước sông lên cao.'],
    ['vi: the tail of a name is no event', 'Bộ Quốc phòng ngày 22/10 thông báo kế hoạch.', 'Ngày 18/10, tờ báo nói về khả năng phòng thủ.'],
    ['vi: a word of time is no event', 'Hồi tháng 8, báo chí tiết lộ vụ việc.', 'Hồi tháng 12, cơ quan an ninh chặn cuộc gọi.'],
  ])('%s: none shared', (_why, a, b) => {
    expect(shared(a, b)).toBeUndefined()
  })
})

const dateFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])

describe('dates tied by their event', () => {
  it('en: one sentencing on two days contradicts (MSRP train 1336931 / 1336883)', () => {
    expect(dateFlags('On July 3, Troy is expected to be sentenced to life in prison without parole.', 'Troy faces life in prison without parole at his July 30 sentencing.')).toEqual([['July 3', 'July 30']])
  })

  it.each([
    ['en: a statement against the event', 'Another soldier died when their vehicle hit a land mine in Baghdad, a military statement said Tuesday.', 'Also Monday, one soldier died when their vehicle hit a land mine in Baghdad.'],
    ['vi: two campaigns of two years', 'Ông tham gia chiến dịch Biên giới năm 1950 bên cạnh Bác Hồ.', 'Trong các chiến dịch như chiến dịch Biên giới, Tết Mậu Thân năm 1968, ông đều có mặt.'],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(dateFlags(a, b)).toEqual([])
  })
})
