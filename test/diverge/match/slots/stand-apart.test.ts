import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { collectFacts } from '../../../../src/diverge/extract/collect'
import { mayStandApart } from '../../../../src/diverge/match/slots/stand-apart'

/** Each date or figure of the text with whether it may be stated elsewhere only for another rank or occasion. */
function verdicts(text: string): string[] {
  const doc = prepare({ text }, { detectBoilerplate: false })
  const facts = collectFacts(doc, [])
  return facts.facts.map((l) => `${l.span.text}: ${mayStandApart(doc, facts, l)}`)
}

describe('only a date beside an office, or beside a kind of event with its day, may stand apart', () => {
  it.each([
    // an office before the date: another report may give it for another rank (office-roles.ts)
    ['vi: a date beside an office', 'Ông Quý trở thành phó thị trưởng Nam Kinh năm 2009.', ['năm 2009: true']],
    ['en: a date beside an office', 'The vice president was elected on March 3, 2009.', ['March 3, 2009: true']],
    ['en: a date beside an office of full rank', 'He was mayor from January 2010.', ['January 2010: true']],
    // a kind of event beside a day (occasion-echoes.ts)
    ['vi: a day beside a kind of event', 'Lễ khai mạc diễn ra ngày 16/10 tại Hà Nội.', ['16/10: true']],
    // traps: figures never stand apart, nor dates beside neither
    ['vi: a figure beside an office', 'Thị trưởng cho biết có 35 người chết.', ['35 người: false']],
    ['en: a figure beside an office', 'The mayor said 35 people died.', ['35 people: false']],
    ['vi: a date beside no office and no event', 'Trời mưa to ngày 16/10 ở Hà Nội.', ['16/10: false']],
    ['en: a date beside no office and no event', 'It rained hard in Hanoi on October 16.', ['October 16: false']],
  ])('%s', (_name, text, expected) => {
    expect(verdicts(text)).toEqual(expected)
  })
})
