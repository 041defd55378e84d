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
    ['en trap: an arrest time, the event a modifier', 'The shooting happened at 3 a.m. Sunday outside a bar.', 'Police said a suspect in the shooting was arrested at 5 p.m. Sunday.'],
    ['en trap: a victim identified', 'It happened around 2 a.m. Sunday, police said.', 'Police identified the shooting victim at 10 a.m. Sunday.'],
    ['en trap: a report time', 'The crash happened around 5:30 a.m. on the highway.', 'The crash was reported at 6:10 a.m. by a passing driver.'],
    ['en trap: different calendar days', 'Gunfire erupted at 2 a.m. on March 3 at the club.', 'Gunfire erupted at 9 p.m. on March 5 in the same area.'],
    ['en trap: a second shooting', 'Gunfire erupted at 2 a.m. at the club.', 'A second shooting happened at 9 p.m. in the same area.'],
    ['en trap: a heart attack', 'The attack occurred at 10 p.m. Friday.', 'The victim suffered a heart attack at 11:30 p.m. Friday, his family said.'],
    ['en trap: shares crashed', 'The stock market crash happened at 9:30 a.m. Monday.', 'Shares crashed at 3 p.m. Monday.'],
    ['vi trap: an arrest time', 'Vụ nổ súng xảy ra lúc 3h sáng tại quán bar.', 'Nghi phạm trong vụ nổ súng bị bắt lúc 17h cùng ngày.'],
    ['vi trap: a police briefing time', 'Vụ nổ súng xảy ra lúc 2h sáng tại quán bar.', 'Công an thông tin về vụ việc lúc 10h sáng cùng ngày.'],
    ['en trap: shortly after, within half an hour', 'Gunfire broke out shortly after 3 a.m. Sunday, police said.', 'The shooting happened at 3:20 a.m. Sunday, a witness said.'],
    ['vi trap: police arriving', `Một người đàn ông tử vong trong vụ nổ súng. ${FILL_A} Công an có mặt lúc 4 giờ 10 phút và đến hiện trường.`, `Hai nghi phạm đã bị bắt giữ. ${FILL_B} Vụ việc xảy ra khoảng 3 giờ 30 phút sáng Chủ nhật.`],
  ])('%s: no flag', (_why, a, b) => {
    expect(timeFlags(a, b)).toEqual([])
  })

  it.each([
    ['en: an exact time and a hedged one beyond its reach', `A man was killed in the shooting, police said. ${FILL_A} Gunfire broke out at 3:50 a.m. Sunday in the parking lot.`, `Two men were arrested later in the week. ${FILL_B} It happened around 3:30 a.m. on Sunday.`, [['3:50 a.m.', '3:30 a.m.']]],
    ['en: two hedged times', `A man was killed in the shooting, police said. ${FILL_A} The shooting occurred around 3:50 a.m. in the parking lot.`, `Two men were arrested later in the week. ${FILL_B} It happened around 3:30 a.m. on Sunday.`, [['3:50 a.m.', '3:30 a.m.']]],
    ['vi: xảy ra, two exact times', `Một người đàn ông tử vong, công an cho biết. ${FILL_A} Vụ nổ súng xảy ra lúc 3 giờ 50 phút sáng Chủ nhật.`, `Hai nghi phạm đã bị bắt giữ trong tuần. ${FILL_B} Vụ việc xảy ra vào 3 giờ 20 phút sáng.`, [['3 giờ 50 phút sáng', '3 giờ 20 phút sáng']]],
    ['vi: the incident and the shooting both happened', 'Vụ nổ súng xảy ra lúc 3h sáng Chủ nhật tại quán bar.', 'Theo cảnh sát, vụ việc xảy ra khoảng 5h sáng tại khu vực gần cầu.', [['3h sáng', '5h sáng']]],
    ['vi: an explosion and its sound', 'Vụ nổ xảy ra lúc 3h sáng tại nhà máy.', 'Tiếng nổ lớn vang lên lúc 5h sáng, người dân cho biết.', [['3h sáng', '5h sáng']]],
    ['vi: a fire broke out', 'Vụ cháy xảy ra lúc 2h sáng tại chợ.', 'Đám cháy bùng phát lúc 4h sáng, người dân cho biết.', [['2h sáng', '4h sáng']]],
    ['en: shortly after, beyond half an hour', 'Gunfire broke out shortly after 3 a.m. Sunday, police said.', 'The shooting happened at 3:40 a.m. Sunday, a witness said.', [['3 a.m.', '3:40 a.m.']]],
  ])('%s', (_why, a, b, want) => {
    expect(timeFlags(a, b)).toEqual(want)
  })
})
