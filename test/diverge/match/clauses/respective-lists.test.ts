import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../../src/diverge/extract/fact-tokens'
import { respectiveBindings } from '../../../../src/diverge/match/clauses/respective-lists'
import { figureFlags, figurePairings } from '../../../helpers'

/** Capitalised words past the first token: enough of a name test for the binding alone. */
const isName = (t: { kind: string; raw: string }, at: number): boolean => at > 0 && t.kind === 'word' && /^\p{Lu}/u.test(t.raw)

/** Each value's text with the member it is bound to, in order. */
function bindings(text: string): string[] {
  const tokens = tokenize(text)
  return [...respectiveBindings(tokens, isName)].sort(([a], [b]) => a - b).map(([at, m]) => `${tokens[at]!.raw}→${m.member.join(' ')}`)
}

describe('the values of a list read "respectively" are bound one to one to its members', () => {
  it.each([
    ['en: members after the values', 'Sales rose 5% and 7% in Hanoi and Danang respectively.', ['5→hanoi', '7→danang']],
    ['en: members before, ", respectively"', 'Hanoi and Danang posted gains of 5% and 7%, respectively.', ['5→hanoi', '7→danang']],
    ['en: three members, serial comma', 'Ford, GM and Chrysler cut output by 3, 4, and 6 percent respectively.', ['3→ford', '4→gm', '6→chrysler']],
    ['vi: "lần lượt là"', 'Doanh số tại Hà Nội và Đà Nẵng tăng lần lượt là 5% và 7%.', ['5→hà nội', '7→đà nẵng']],
    ['vi: "tương ứng"', 'Doanh số tại Hà Nội và Đà Nẵng tăng tương ứng 5% và 7%.', ['5→hà nội', '7→đà nẵng']],
    ['vi: three members', 'Ba đội Hà Nội, Hải Phòng và Nam Định lần lượt đạt 10, 12 và 15 điểm.', ['10→hà nội', '12→hải phòng', '15→nam định']],
    // the speakers of a verb of saying are no members, however near
    ['en: speakers before the values', 'Nguyen and Tran said sales rose 5% and 7% respectively in Hanoi and Danang.', ['5→hanoi', '7→danang']],
    ['vi: speakers after the values ("cho biết")', 'Doanh số tại Hà Nội và Đà Nẵng trong quý vừa qua lần lượt tăng 5% và 7%, Nguyễn và Trần cho biết.', ['5→hà nội', '7→đà nẵng']],
  ])('%s', (_name, text, expected) => {
    expect(bindings(text)).toEqual(expected)
  })

  // Traps: no marker, or counts that differ, bind nothing.
  it.each([
    ['en: no marker', 'Sales rose 5% and 7% in Hanoi and Danang.'],
    ['en: three members, two values', 'Sales rose 5% and 7% in Hanoi, Hue and Danang respectively.'],
    ['en: two member lists as near', 'Hanoi and Danang then rose 5 and 7 over Hue and Vinh respectively.'],
    ['vi: two member lists as near', 'Hà Nội và Đà Nẵng lần lượt tăng 5 và 7 so với Huế và Vinh.'],
    ['vi: three members, two values', 'Hà Nội, Huế và Đà Nẵng lần lượt tăng 5% và 7%.'],
    ['vi: one value', 'Hà Nội và Đà Nẵng lần lượt tăng 5%.'],
    ['vi: "lần lượt" with no member list', 'Các đoàn lần lượt đến lúc 8 giờ và 9 giờ.'],
  ])('%s: nothing bound', (_name, text) => {
    expect(bindings(text)).toEqual([])
  })
})

describe('a figure of a respectively-list is paired by its member', () => {
  it.each([
    ['en: the other report states one member', 'Sales rose 5% and 7% in Hanoi and Danang respectively, the company said.', 'Sales in Danang rose 9%, the company said.', ['7% | 9%']],
    ['vi: the other report states one member ("tương ứng")', 'Doanh số tại Hà Nội và Đà Nẵng tăng tương ứng 5% và 7%.', 'Doanh số tại Hà Nội tăng 6%.', ['5% | 6%']],
    ['en: reordered lists, one value changed', 'Sales rose 5% and 7% in Hanoi and Danang respectively.', 'Sales rose 9% and 5% in Danang and Hanoi respectively.', ['7% | 9%']],
    // the unit is written after the last value only: the first value shares it
    ['en: unit after the last value', 'Smith and Jones scored 10 and 12 points respectively.', 'Smith scored 14 points.', ['10 | 14 points']],
    ['vi: unit after the last value', 'Vinamilk và Masan tương ứng đạt 10 và 12 tỷ đồng.', 'Vinamilk đạt 14 tỷ đồng.', ['10 | 14 tỷ đồng']],
    ['en: three values, serial comma', 'Toyota, Honda and Nissan cut output by 3, 4, and 6 percent respectively.', 'Honda cut output by 5 percent.', ['4 | 5 percent']],
    // review I: the members report their own values ("reported 300 and 200": no speakers), and a
    // period after the marker ("respectively, last week") dates every value of the list
    ['en: South Sudan, a member a direction qualifies', 'Sudan and South Sudan reported 300 and 200 deaths, respectively, last week.', 'South Sudan reported 250 deaths last week, the UN said.', ['200 deaths | 250 deaths']],
    ['en: Sudan, the bare member', 'Sudan and South Sudan reported 300 and 200 deaths, respectively, last week.', 'Sudan reported 200 deaths last week, the UN said.', ['300 | 200 deaths']],
    ['vi: members reporting their own values, dated after the marker', 'Sudan và Nam Sudan lần lượt báo cáo 300 và 200 ca tử vong trong tuần trước.', 'Nam Sudan báo cáo 250 ca tử vong trong tuần trước.', ['200 ca | 250 ca']],
    ['en: speakers whose own figures are the list', 'Smith and Jones said 30 and 20 people, respectively, were hurt.', 'Jones said 25 people were hurt.', ['20 people | 25 people']],
    ['en: Da Nang / Danang with a period after the marker', 'Hanoi and Da Nang recorded 30 and 20 cases, respectively, last week.', 'Danang recorded 25 cases last week, the ministry said.', ['20 cases | 25 cases']],
  ])('%s: the member\'s value flags', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })

  // Traps: agreeing reports stay quiet; the other member's value is never paired.
  it.each([
    ['en: one member agrees', 'Sales rose 5% and 7% in Hanoi and Danang respectively, the company said.', 'Sales in Danang rose 7%, the company said.'],
    ['en: reordered lists agree', 'Sales rose 5% and 7% in Hanoi and Danang respectively.', 'Sales rose 7% and 5% in Danang and Hanoi respectively.'],
    ['vi: reordered lists agree', 'Hà Nội và Đà Nẵng lần lượt tăng 5% và 7%.', 'Đà Nẵng và Hà Nội lần lượt tăng 7% và 5%.'],
    ['vi: one member agrees', 'Ba đội Hà Nội, Hải Phòng và Nam Định lần lượt đạt 10, 12 và 15 điểm.', 'Đội Nam Định đạt 15 điểm.'],
    ['en: first member agrees, unit after the last value', 'Smith and Jones scored 10 and 12 points respectively.', 'Smith scored 10 points.'],
    ['en: South Sudan agrees', 'Sudan and South Sudan reported 300 and 200 deaths, respectively, last week.', 'South Sudan reported 200 deaths last week, the UN said.'],
    ['vi: first member agrees, unit after the last value', 'Vinamilk và Masan tương ứng đạt 10 và 12 tỷ đồng.', 'Vinamilk đạt 10 tỷ đồng.'],
  ])('%s: no flag', (_name, a, b) => {
    expect(figureFlags(a, b, ['number'])).toEqual([])
  })

  it.each([
    ['en: the other member\'s value', 'Sales rose 5% and 7% in Hanoi and Danang respectively, the company said.', 'Sales in Danang rose 9%, the company said.', '5% | 9%'],
    ['vi: the other member\'s value', 'Ba đội Hà Nội, Hải Phòng và Nam Định lần lượt đạt 10, 12 và 15 điểm.', 'Đội Nam Định đạt 17 điểm.', '12 | 17 điểm'],
  ])('%s: not paired', (_name, a, b, pair) => {
    expect(figurePairings(a, b, ['number'])).not.toContain(pair)
  })

  // Dates and amounts led by a symbol are bound as percentages are: only the member's value is paired.
  it.each([
    ['vi: dates', 'Chương trình khám bệnh tại Hà Giang và Lai Châu lần lượt diễn ra vào ngày 2/11 và 9/11.', 'Chương trình khám bệnh tại Lai Châu diễn ra vào ngày 10/11.', '9/11 | 10/11', '2/11 | 10/11'],
    ['en: "$" amounts', 'Apple and Google paid fines of $5 million and $7 million, respectively, the regulator said.', 'Google paid a fine of $9 million, the regulator said.', '$7 million | $9 million', '$5 million | $9 million'],
  ])('%s: the member\'s value is paired, the other\'s not', (_name, a, b, paired, apart) => {
    const found = figurePairings(a, b)
    expect(found).toContain(paired)
    expect(found).not.toContain(apart)
  })

  // Counts that differ stay as today: the sentence's qualifiers, no member.
  it.each([
    ['en: three members, two values', 'Sales rose 5% and 7% in Hanoi, Hue and Danang respectively.', 'Sales in Danang rose 9%.', ['5% | 9%']],
  ])('%s: as before', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
