import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every flagged number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const EN_A = 'Rockets kill 2 Israelis; 28 die in Gaza as Israel hits Hamas\n\nA confrontation between Israel and Hamas escalated on Tuesday as Israel unleashed new airstrikes.\n\nMilitants fired hundreds of rockets at southern Israel.'
const VI_A = 'Không kích ở Gaza làm 28 người chết\n\nIsrael tiếp tục không kích hôm thứ Ba sau nhiều tuần căng thẳng.\n\nCác tay súng bắn hàng trăm quả rocket vào miền nam Israel.'

/**
 * A headline names its place without a preposition ("Gaza: 26 … among dead"), where the other
 * report's headline places its toll ("28 die in Gaza"): one place, so the two headline tolls are one
 * incident's (issue 11, AllSides fresh50-1).
 */
describe('a place one headline writes and the other places', () => {
  it.each([
    ['en', EN_A, 'Gaza militants and children among 26 dead amid Israel and Hamas conflict\n\nIsrael carried out a series of airstrikes since sundown on Monday.\n\nThe strikes hit a high-rise home of a Hamas commander.', '28', '26'],
    ['vi', VI_A, 'Gaza: 26 người thiệt mạng giữa xung đột Israel và Hamas\n\nIsrael tiến hành một loạt cuộc không kích từ tối thứ Hai.\n\nCác cuộc không kích trúng nhà của một chỉ huy Hamas.', '28', '26'],
  ])('%s: flagged', (_lang, a, b, va, vb) => {
    expect(numberFlags(a, b).some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })
})

const TAIL_A = '\n\nA confrontation between Israel and Hamas escalated on Tuesday as Israel unleashed new airstrikes.\n\nMilitants fired hundreds of rockets at southern Israel.'
const TAIL_B = '\n\nIsrael carried out a series of airstrikes since sundown on Monday.\n\nThe strikes hit a high-rise home of a Hamas commander.'
const VT_A = '\n\nIsrael tiếp tục không kích hôm thứ Ba sau nhiều tuần căng thẳng.\n\nCác tay súng bắn hàng trăm quả rocket vào miền nam Israel.'
const VT_B = '\n\nIsrael tiến hành một loạt cuộc không kích từ tối thứ Hai.\n\nCác cuộc không kích trúng nhà của một chỉ huy Hamas.'

/**
 * Review rtolls51 (2, 3): a name is a headline's place only as its topic ("Gaza:", "Gaza militants"),
 * never as who strikes ("Israel strikes: 26 dead", "Nga đáp trả") nor as a nationality ("Israeli
 * soldiers", "in Israeli strikes"): the dead in Israel and the dead of Israel's strikes are two tolls.
 */
describe('a name that acts or qualifies is no place', () => {
  it.each([
    ['en: in Israel / Israel strikes', 'Hamas rockets: 28 die in Israel' + TAIL_A, 'Israel strikes: 26 dead' + TAIL_B],
    ['en: in Russia / Russia strikes back', '28 people die in Russia after Ukrainian drone attack\n\nThe drones hit a market on Tuesday, officials said.\n\nRescuers searched the rubble.', 'Russia strikes back: 26 people dead\n\nMissiles hit an apartment block on Tuesday, officials said.\n\nRescuers searched the rubble.'],
    ['en: a nationality', '28 die in Israeli strikes' + TAIL_A, 'Israeli soldiers among 26 dead amid Hamas conflict' + TAIL_B],
    ['vi: ở Israel / Israel đáp trả', '28 người chết ở Israel sau loạt rocket của Hamas' + VT_A, 'Israel đáp trả: 26 người thiệt mạng' + VT_B],
    ['vi: ở Israel / Israel không kích', 'Rocket của Hamas làm 28 người chết ở Israel' + VT_A, 'Israel không kích: 26 người thiệt mạng' + VT_B],
    ['vi: ở Nga / Nga đáp trả', 'Máy bay không người lái làm 28 người chết ở Nga\n\nCác thiết bị bay đã tấn công một khu chợ hôm thứ Ba.\n\nLực lượng cứu hộ tìm kiếm trong đống đổ nát.', 'Nga đáp trả: 26 người thiệt mạng\n\nTên lửa đánh trúng một tòa chung cư hôm thứ Ba.\n\nLực lượng cứu hộ tìm kiếm trong đống đổ nát.'],
    ['vi: quốc tịch', '28 người chết trong các cuộc không kích của Israel' + VT_A, 'Binh sĩ Israel trong số 26 người thiệt mạng' + VT_B],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })

  it('pt: na Rússia / Rússia contra-ataca is raised by no shared place', () => {
    const a = 'Drones deixam 28 mortos na Rússia\n\nOs drones atingiram um mercado na terça-feira, disseram autoridades.\n\nSocorristas buscaram sobreviventes.'
    const b = 'Rússia contra-ataca: 26 pessoas morreram\n\nMísseis atingiram um prédio na terça-feira, disseram autoridades.\n\nSocorristas buscaram sobreviventes.'
    const confidences = compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => d.confidence)
    expect(confidences.every((c) => c <= 0.51)).toBe(true)
  })
})

/** Traps: another place, another day, a bound, a later total, the war's toll. */
describe('headline tolls that stay apart', () => {
  it.each([
    ['en: the other places its toll in another town', EN_A, 'Gaza militants: 26 dead in Rafah amid Israel and Hamas conflict\n\nIsrael carried out a series of airstrikes since sundown on Monday.\n\nThe strikes hit a high-rise home of a Hamas commander.'],
    ['vi: bài kia đặt số người chết ở thị trấn khác', VI_A, 'Gaza: 26 người thiệt mạng tại Rafah giữa xung đột Israel và Hamas\n\nIsrael tiến hành một loạt cuộc không kích từ tối thứ Hai.\n\nCác cuộc không kích trúng nhà của một chỉ huy Hamas.'],
    ['en: two days', 'Rockets kill 2 Israelis; 28 die in Gaza on Tuesday as Israel hits Hamas\n\nA confrontation between Israel and Hamas escalated as Israel unleashed new airstrikes.\n\nMilitants fired hundreds of rockets at southern Israel.', 'Gaza militants and children among 26 dead on Monday amid Israel and Hamas conflict\n\nIsrael carried out a series of airstrikes since sundown.\n\nThe strikes hit a high-rise home of a Hamas commander.'],
    ['en: a bound that holds the other value', 'Rockets kill 2 Israelis; more than 20 die in Gaza as Israel hits Hamas\n\nA confrontation between Israel and Hamas escalated on Tuesday as Israel unleashed new airstrikes.\n\nMilitants fired hundreds of rockets at southern Israel.', 'Gaza militants and children among 26 dead amid Israel and Hamas conflict\n\nIsrael carried out a series of airstrikes since sundown on Monday.\n\nThe strikes hit a high-rise home of a Hamas commander.'],
    ['en: a later running total', EN_A, 'Gaza: death toll rises to 35 amid Israel and Hamas conflict\n\nIsrael carried out a series of airstrikes since sundown on Monday.\n\nThe strikes hit a high-rise home of a Hamas commander.'],
    ['en: the war\'s toll since a year', EN_A, 'Gaza: the war has killed more than 2,000 people since 2014 amid Israel and Hamas conflict\n\nIsrael carried out a series of airstrikes since sundown on Monday.\n\nThe strikes hit a high-rise home of a Hamas commander.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
