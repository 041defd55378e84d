import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every flagged number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const EN_A = 'Rockets kill 2 Israelis; 28 die in Gaza as Israel hits Hamas\n\nA confrontation between Israel and Hamas escalated on Tuesday as Israel unleashed new airstrikes.\n\nMilitants fired hundreds of rockets at southern Israel.'
const VI_A = 'Không kích ở Gaza làm 28 người chết\n\nIsrael tiếp tục không kích hôm thứ Ba sau nhiều tuần căng thẳng.\n\nCác tay súng bắn hàng trăm quả rocket vào miền nam Israel.'
const PT_A = 'Ataques deixam 28 mortos em Gaza\n\nIsrael lançou novos ataques aéreos na terça-feira após semanas de tensão.\n\nMilitantes dispararam centenas de foguetes contra o sul de Israel.'

/**
 * A headline names its place without a preposition ("Gaza: 26 … among dead"), where the other
 * report's headline places its toll ("28 die in Gaza"): one place, so the two headline tolls are one
 * incident's (issue 11, AllSides fresh50-1).
 */
describe('a place one headline writes and the other places', () => {
  it.each([
    ['en', EN_A, 'Gaza militants and children among 26 dead amid Israel and Hamas conflict\n\nIsrael carried out a series of airstrikes since sundown on Monday.\n\nThe strikes hit a high-rise home of a Hamas commander.', '28', '26'],
    ['vi', VI_A, 'Gaza: 26 người thiệt mạng giữa xung đột Israel và Hamas\n\nIsrael tiến hành một loạt cuộc không kích từ tối thứ Hai.\n\nCác cuộc không kích trúng nhà của một chỉ huy Hamas.', '28', '26'],
    ['pt', PT_A, 'Gaza: 26 pessoas morreram em meio ao conflito entre Israel e Hamas\n\nIsrael realizou uma série de ataques aéreos desde a noite de segunda-feira.\n\nOs ataques atingiram a casa de um comandante do Hamas.', '28', '26'],
  ])('%s: flagged', (_lang, a, b, va, vb) => {
    expect(numberFlags(a, b).some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
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
