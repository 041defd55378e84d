/**
 * One member of a list replaced (list-members.ts): the crew's nationalities of VietnameseMDS cluster
 * 23 (gold29-1), "Ấn Độ, Anh, Estonia và Estonia" / "Ấn Độ, Anh, Ukraine và Estonia", are one list
 * with one place changed: a name contradiction, not a name missing from one report.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const read = (a: string, b: string): string[] => {
  const r = compare({ text: a }, { text: b })
  return r.divergences
    .filter((d) => d.kind === 'name' || (d.kind === 'missing' && d.factType === 'name'))
    .map((d) => (d.kind === 'name' ? `name ${d.a!.text} | ${d.b!.text}` : `missing ${(d.a ?? d.b)!.text}`))
}

const crew = (list: string): string => `Thủy thủ đoàn gồm 35 thành viên mang quốc tịch ${list}, cảnh sát cho biết hôm qua.`
const en = (list: string): string => `The crew of 35 came from ${list}, the police said on Saturday.`

describe('one member of a list replaced', () => {
  it.each([
    ['vi: one member replaced, a member written twice (gold29-1)', crew('Ấn Độ, Anh, Estonia và Estonia'), crew('Ấn Độ, Anh, Ukraine và Estonia'), ['name Estonia | Ukraine']],
    ['vi: another order', crew('Anh, Ấn Độ, Estonia và Ukraine'), crew('Ấn Độ, Anh, Estonia và Latvia'), ['name Ukraine | Latvia']],
    ['en: one member replaced', en('India, Britain, Ukraine and Estonia'), en('India, Britain, Latvia and Estonia'), ['name Ukraine | Latvia']],
    ['en: a list of three with an Oxford comma', en('Chile, Peru, and Bolivia'), en('Chile, Peru, and Ecuador'), ['name Bolivia | Ecuador']],
    // traps
    ['en trap: one report lists more (missing)', en('India, Britain and Estonia'), en('India, Britain, Ukraine and Estonia'), ['missing Ukraine']],
    ['en trap: two members replaced is no one list', en('India, Britain, Ukraine and Estonia'), en('India, Britain, Latvia and Poland'), ['missing Estonia', 'missing Latvia', 'missing Poland', 'missing Ukraine']],
    // a member written two ways is no replacement: Kyiv / Kiev, two transliterations of one city, are a line of the place table (gap30)
    ['en trap: a member respelt (Kyiv / Kiev) is no replacement', 'Leaders met in Warsaw, Kyiv and Vilnius this week to discuss the plan.', 'Leaders met in Warsaw, Kiev and Vilnius this week to discuss the plan.', []],
    ['vi trap: a place by its two names (Moskva / Matxcơva)', crew('Nga, Anh, Moskva và Ukraine'), crew('Nga, Anh, Matxcơva và Ukraine'), []],
    [
      'en trap: a possessive is no member, the odd one is named outside the list (MSRP 2916184)',
      'Russian Yuri Malenchenko, American Edward Lu and Pedro Duque of Spain landed in their Soyuz TMA-2 capsule.',
      "Russian Yuri Malenchenko, American Edward Lu and Spain's Pedro Duque came down in their Soyuz TMA-2 capsule.",
      [],
    ],
    ['en trap: a list of two', en('India and Britain'), en('India and Estonia'), ['missing Britain', 'missing Estonia']],
    [
      'en trap: two lists in unrelated sentences',
      'The crew came from India, Britain and Estonia. The company is registered in Virginia and has offices abroad.',
      'The company is registered in Virginia and has offices abroad. The ship had earlier docked in Kenya, Britain and Estonia.',
      ['missing India', 'missing Kenya'],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(read(a, b).sort()).toEqual([...expected].sort())
  })
})
