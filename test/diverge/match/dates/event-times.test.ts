/**
 * The one time of the event in each report pairs across unlinked sentences (issue 11, GVC 773002:
 * *Gunfire broke out at 3:50 a.m. Sunday* / *It happened around 3:30 a.m. on Sunday*). Traps
 * first: another moment (police arriving, a press conference, opening hours), another day, a
 * report with two times, a gap within the hedge's reach.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const FILL_A = 'Officers from several agencies worked at the scene for hours.'
const FILL_B = 'Neighbours told reporters they heard screaming from the street.'
const timeFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])

describe('the only time of the event in each report', () => {
  it.each([
    ['en trap: police arrival against the shooting', `A man was killed in the shooting, police said. ${FILL_A} Police arrived at 4:10 a.m. to find the victim.`, `Two men were arrested later in the week. ${FILL_B} The shooting happened around 3:30 a.m. on Sunday.`],
    ['en trap: a press conference time', `A man was killed in the shooting, police said. ${FILL_A} The chief will hold a news conference at 2 p.m.`, `Two men were arrested later in the week. ${FILL_B} The shooting happened at 3:30 a.m. on Sunday.`],
    ['en trap: opening hours', `The store opens at 9 a.m. every day, its owner said. ${FILL_A}`, `Two men were arrested later in the week. ${FILL_B} The shooting happened at 3:30 a.m. on Sunday.`],
    ['en trap: another day', `A man was killed in the shooting, police said. ${FILL_A} Gunfire broke out at 3:50 a.m. Saturday.`, `Two men were arrested later in the week. ${FILL_B} The shooting happened at 3:30 a.m. on Sunday.`],
    ['en trap: two times in one report', `A man was killed in the shooting, police said. ${FILL_A} Gunfire broke out at 3:50 a.m. and again at 4:20 a.m.`, `Two men were arrested later in the week. ${FILL_B} The shooting happened at 3:30 a.m. on Sunday.`],
    ['en trap: within the hedge', `A man was killed in the shooting, police said. ${FILL_A} Gunfire broke out at 3:40 a.m. Sunday.`, `Two men were arrested later in the week. ${FILL_B} It happened around 3:30 a.m. on Sunday.`],
    ['en trap: no event word, not the lede', `A man was killed in the shooting, police said. ${FILL_A} The victim's brother left home at 3:50 a.m.`, `Two men were arrested later in the week. ${FILL_B} It happened at 3:30 a.m. on Sunday.`],
    ['vi trap: police arriving', `Một người đàn ông tử vong trong vụ nổ súng. ${FILL_A} Công an có mặt lúc 4 giờ 10 phút và đến hiện trường.`, `Hai nghi phạm đã bị bắt giữ. ${FILL_B} Vụ việc xảy ra khoảng 3 giờ 30 phút sáng Chủ nhật.`],
  ])('%s: no flag', (_why, a, b) => {
    expect(timeFlags(a, b)).toEqual([])
  })

  it.each([
    ['en: an exact time and a hedged one beyond its reach', `A man was killed in the shooting, police said. ${FILL_A} Gunfire broke out at 3:50 a.m. Sunday in the parking lot.`, `Two men were arrested later in the week. ${FILL_B} It happened around 3:30 a.m. on Sunday.`, [['3:50 a.m.', '3:30 a.m.']]],
    ['en: two hedged times', `A man was killed in the shooting, police said. ${FILL_A} The shooting occurred around 3:50 a.m. in the parking lot.`, `Two men were arrested later in the week. ${FILL_B} It happened around 3:30 a.m. on Sunday.`, [['3:50 a.m.', '3:30 a.m.']]],
    ['vi: xảy ra, two exact times', `Một người đàn ông tử vong, công an cho biết. ${FILL_A} Vụ nổ súng xảy ra lúc 3 giờ 50 phút sáng Chủ nhật.`, `Hai nghi phạm đã bị bắt giữ trong tuần. ${FILL_B} Vụ việc xảy ra vào 3 giờ 20 phút sáng.`, [['3 giờ 50 phút sáng', '3 giờ 20 phút sáng']]],
  ])('%s', (_why, a, b, want) => {
    expect(timeFlags(a, b)).toEqual(want)
  })
})
