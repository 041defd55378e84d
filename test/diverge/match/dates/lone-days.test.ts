/**
 * One day across languages (issue 11): *le 21 mars* / *March 22* in reports of two languages is one
 * date contradiction, not two missing facts. Traps: reports of one language (left to the words),
 * a report with two days, the same day (nothing to flag), a text too short to know its language.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const FR = (day: string) => `Le séisme a frappé la ville ${day}, selon les autorités locales. Des centaines de maisons ont été détruites et les secours cherchent encore des survivants.`
const EN = (day: string) => `The earthquake struck the city ${day}, according to local authorities. Hundreds of homes were destroyed and rescuers are still searching for survivors.`
const DE = (day: string) => `Das Erdbeben traf die Stadt ${day}, so die örtlichen Behörden. Hunderte Häuser wurden zerstört und die Retter suchen noch nach Überlebenden.`
const VI = (day: string) => `Trận động đất tấn công thành phố ${day}, theo nhà chức trách địa phương. Hàng trăm ngôi nhà bị phá hủy và lực lượng cứu hộ vẫn đang tìm kiếm người sống sót.`
const EN_OTHER = (day: string) => `Rescuers were still searching the rubble for survivors on Monday. The quake that hit ${day} destroyed hundreds of homes in the region.`

const dates = (a: string, b: string) => {
  const r = compare(a, b)
  return {
    flags: r.divergences.filter((d) => d.kind === 'date').map((d) => [d.a!.text, d.b!.text]),
    missing: r.divergences.filter((d) => d.kind === 'missing' && d.factType === 'date').map((d) => (d.a ?? d.b)!.text),
  }
}

describe('one day in reports of two languages', () => {
  it.each([
    ['en trap: one language, unlinked sentences, left to the words', EN('on March 21'), EN_OTHER('on March 22'), { flags: [], missing: ['March 21', 'March 22'] }],
    ['fr/en trap: two days in one report', FR('le 21 mars, puis de nouveau le 24 mars'), EN('on March 22'), { flags: [], missing: ['21 mars', '24 mars', 'March 22'] }],
    ['fr/en trap: the same day', FR('le 21 mars'), EN('on March 21'), { flags: [], missing: [] }],
    ['fr/en trap: too short to know a language', 'Le séisme a frappé le 21 mars.', 'The quake hit on March 22.', { flags: [], missing: ['21 mars', 'March 22'] }],
    ['vi/en trap: a law taking effect is no day of the quake', 'Trận động đất xảy ra ngày 24/3 khiến năm người thiệt mạng và hàng chục người bị thương. Lực lượng cứu hộ làm việc suốt đêm để tìm kiếm người sống sót.', 'The new building code will take effect on July 1, officials said. The earthquake killed five people and injured dozens, and rescuers worked through the night.', { flags: [], missing: ['24/3', 'July 1'] }],
    ['fr/en: a day apart', FR('le 21 mars'), EN('on March 22'), { flags: [['21 mars', 'March 22']], missing: [] }],
    ['de/vi: days apart', DE('am 21. März'), VI('ngày 24/3'), { flags: [['21. März', '24/3']], missing: [] }],
    ['vi/en: days apart', VI('ngày 21 tháng 3'), EN_OTHER('on March 24'), { flags: [['21 tháng 3', 'March 24']], missing: [] }],
  ])('%s', (_why, a, b, want) => {
    expect(dates(a, b)).toEqual(want)
  })
})
