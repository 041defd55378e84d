/**
 * A figure whose unit is left to the one it is compared with (enmine27-1): "about 15 pounds,
 * compared with five" / "14.7 pounds compared with 5.8 pounds"; read bare, the second figure was
 * no fact or a plain number, never met by the other report's figure of that slot.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơư]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.unit, f.value])

describe('a bare figure after a comparison phrase', () => {
  it.each([
    ['en: a numeral word takes the unit', 'They lost about 15 pounds, compared with five for the other group.', ['five', 'count', 'pound', 5]],
    ['en: digits take the percent', 'Sales rose 14 percent, compared with 9 a year earlier.', ['9', 'percent', '', 9]],
    ['en: versus', 'Turnout was 62 percent versus 58 in the last election.', ['58', 'percent', '', 58]],
    ['vi: so với takes the counted noun', 'Số ca mắc giảm còn 120 ca, so với 150 của tuần trước.', ['150', 'count', 'ca', 150]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toContainEqual(want)
  })
  it.each([
    ['en trap: a multiplier is not guessed', 'Revenue was $4.2 billion, compared with 3.9 a year ago.', '3.9'],
    ['en trap: another sentence', 'Sales rose 14 percent. Compared with 9 rivals, it led.', '9 rivals'],
    ['en trap: no comparison phrase', 'Sales rose 14 percent in 9 states.', '9 states'],
    ['en trap: a year after compared with is a year', 'Exports rose 12 percent compared with 2019.', '2019'],
    ['vi trap: a year after so với is a year', 'Xuất khẩu tăng 10%, so với 2019.', '2019'],
    ['vi trap: a plain figure before keeps nothing to give', 'Đội xếp thứ 3, so với 5 của mùa trước.', '5'],
  ])('%s', (_why, text, value) => {
    const f = read(text).find((x) => x[0] === value || String(x[0]).startsWith(value))
    expect(f?.[1] === 'percent' || f?.[2] === 'usd').toBe(false)
  })
})

describe('a compared figure with its unit elided, in two reports', () => {
  const flags = (a: string, b: string) => compare(a, b, { minConfidence: 0 }).divergences.filter((d) => d.kind !== 'missing').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en hit: 9 percent / an elided 7', 'Sales rose 14 percent, compared with 9 percent a year earlier.', 'Sales rose 14 percent, compared with 7 a year earlier.', [['9 percent', '7']]],
    ['vi hit: 150 ca / an elided 170', 'Số ca mắc giảm còn 120 ca, so với 150 ca của tuần trước.', 'Số ca mắc giảm còn 120 ca, so với 170 của tuần trước.', [['150 ca', '170']]],
    ['en trap: 9 percent / an elided 9 agree', 'Sales rose 14 percent, compared with 9 percent a year earlier.', 'Sales rose 14 percent, compared with 9 a year earlier.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})

describe('a year after a comparison phrase, in two reports', () => {
  const percentages = (a: string, b: string) => compare(a, b, { minConfidence: 0 }).divergences.filter((d) => /percentage/.test(d.message)).map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en trap: 2019 / 2018 compared with are years, no percentage conflict', 'Exports rose 12 percent compared with 2019.', 'Exports rose 12 percent compared with 2018.', []],
    ['vi trap: 2019 / 2018 so với are years, no percentage conflict', 'Xuất khẩu tăng 10%, so với 2019.', 'Xuất khẩu tăng 10%, so với 2018.', []],
    ['en hit: an elided share still conflicts', 'Exports rose 12 percent compared with 9 percent.', 'Exports rose 12 percent compared with 7.', [['9 percent', '7']]],
  ])('%s', (_why, a, b, want) => {
    expect(percentages(a, b)).toEqual(want)
  })
})

describe('a bare part counted out of the figure before it ("three of them")', () => {
  it.each([
    ['en: a numeral word', 'Five soldiers, three of them American, were killed.', ['three', 'count', 'troop', 3]],
    ['en: digits, of whom', 'The bus carried 12 passengers, 4 of whom were children.', ['4', 'count', 'passenger', 4]],
    ['en: of which', 'Twelve vehicles were damaged in the blast, three of which were buses.', ['three', 'count', 'vehicle', 3]],
    ['vi: hai trong số đó là takes the noun it is said to be', 'Vụ tai nạn khiến 5 người chết, hai trong số đó là trẻ em.', ['hai', 'count', 'trẻ', 2]],
    ['vi: digits, trong số này', 'Cảnh sát bắt giữ 40 người, 12 trong số này chưa thành niên.', ['12', 'count', 'người', 12]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toContainEqual(want)
  })

  it.each([
    ['en trap: "of" not followed by them', 'Five soldiers, three of the wounded, were flown out.', 'three'],
    ['en trap: a figure with no unit before', 'He was 3 of them all.', '3'],
    ['trap: an ordinal before has no unit to give', 'Đội xếp thứ 3, 5 of them new.', '5'],
  ])('%s', (_why, text, value) => {
    const f = read(text).find((x) => x[0] === value)
    expect(f?.[2] ?? '').toBe('')
  })
})

describe('two counts of one part out of one whole, in two reports', () => {
  const flags = (a: string, b: string) => compare(a, b, { minConfidence: 0 }).divergences.filter((d) => d.kind !== 'missing').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en: of which', 'Twelve vehicles were damaged in the blast, three of which were buses.', 'Twelve vehicles were damaged in the blast, five of which were buses.', [['three', 'five']]],
    ['vi: trong số đó', 'Vụ tai nạn khiến 5 người chết, hai trong số đó là trẻ em.', 'Vụ tai nạn khiến 5 người chết, ba trong số đó là trẻ em.', [['hai', 'ba']]],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
  it.each([
    ['vi: the part meets the other report\'s part', 'Vụ tai nạn khiến 5 người chết, hai trong số đó là trẻ em.', 'Vụ tai nạn khiến 2 trẻ em thiệt mạng.'],
    ['en: the part meets the other report\'s part', 'Twelve vehicles were damaged in the blast, three of which were buses.', 'Three buses were damaged in the blast.'],
  ])('%s: no conflict, the part not missing (the whole, untold there, may be)', (_why, a, b) => {
    expect(compare(a, b, { minConfidence: 0 }).divergences.filter((d) => d.kind !== 'missing' || d.b).map((d) => [d.kind, d.a?.text, d.b?.text])).toEqual([])
  })
})

describe('a part set off by dashes is no range end ("Five soldiers — three of them American —")', () => {
  const flags = (a: string, b: string) => compare(a, b, { minConfidence: 0 }).divergences.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en', 'Five soldiers — three of them American — were killed on Sunday.', 'Four American soldiers were killed on Sunday.', [['three', 'Four']]],
    ['vi', 'Vụ tai nạn khiến 5 người chết — hai trong số đó là trẻ em — vào hôm qua.', 'Vụ tai nạn khiến 3 trẻ em chết vào hôm qua.', [['hai', '3 trẻ']]],
  ])('%s: the part meets the other report\'s figure as a value, not a range around it', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})
