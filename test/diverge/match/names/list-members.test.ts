/**
 * One member of a list replaced (list-members.ts): the crew's nationalities of VietnameseMDS cluster
 * 23 (gold29-1), "Ấn Độ, Anh, Estonia và Estonia" / "Ấn Độ, Anh, Ukraine và Estonia", are one list
 * with one place changed: a name contradiction, not a name missing from one report.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

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
    // fixp30b: a respelt member set aside, the one replaced still found (B14)
    ['en: a member respelt and another replaced', 'Leaders met in Kiev, Moscow and Minsk this week to discuss the plan.', 'Leaders met in Kyiv, Moscow and Warsaw this week to discuss the plan.', ['name Minsk | Warsaw']], // Kiev / Kyiv one city (places table): no missing
    ['en: a person respelt and another replaced', 'Smith, Johnson, Brown and Wilson were named to the squad.', 'Smith, Jonson, Brown and Taylor were named to the squad.', ['name Johnson | Jonson', 'name Wilson | Taylor']],
    ['vi: a person respelt and another replaced', 'Các cầu thủ Nguyễn Quang Hải, Đoàn Văn Hậu, Quế Ngọc Hải và Bùi Tiến Dũng được triệu tập.', 'Các cầu thủ Nguyễn Quang Hải, Đoàn Văn Hậu, Quế Ngọc Hai và Đặng Văn Lâm được triệu tập.', ['name Quế Ngọc Hải | Quế Ngọc Hai', 'name Bùi Tiến Dũng | Đặng Văn Lâm']],
    // fixp30b traps: a name with "and" in it (B10), names side by side (B11), a short or familiar form (B12, B13)
    ['en trap: Bosnia and Herzegovina is one name', 'Leaders of Serbia, Croatia, Montenegro and Bosnia met in Brussels on Monday.', 'Leaders of Serbia, Croatia, Bosnia and Herzegovina met in Brussels on Monday.', ['missing Herzegovina', 'missing Montenegro']],
    ['vi trap: Bosnia và Herzegovina is one name', 'Lãnh đạo Serbia, Croatia, Montenegro và Bosnia đã gặp nhau tại Brussels hôm thứ Hai.', 'Lãnh đạo Serbia, Croatia, Bosnia và Herzegovina đã gặp nhau tại Brussels hôm thứ Hai.', ['missing Herzegovina', 'missing Montenegro']],
    ['en trap: Trinidad and Tobago is one name', 'Jamaica, Barbados, Guyana and Trinidad sent teams.', 'Jamaica, Barbados, Trinidad and Tobago sent teams.', ['missing Guyana', 'missing Tobago']],
    ['vi trap: two names side by side are one club', 'Các đội Thể Công Viettel, Nam Định và Bình Dương đều thắng ở vòng này.', 'Các đội Viettel, Nam Định và Becamex Bình Dương đều thắng ở vòng này.', ['missing Becamex', 'missing Thể Công']],
    ['en trap: a club in short (Man Utd)', 'Manchester United, Chelsea and Arsenal lost on Saturday.', 'Man Utd, Chelsea and Arsenal lost on Saturday.', ['missing Man Utd', 'missing Manchester United']],
    ['vi trap: a club in short (Man Utd)', 'Các đội Manchester United, Chelsea và Arsenal đều thua hôm thứ Bảy.', 'Các đội Man Utd, Chelsea và Arsenal đều thua hôm thứ Bảy.', ['missing Man Utd', 'missing Manchester United']],
    ['en trap: a familiar given name (Bill / William)', 'Mike Pence, Joe Biden and Bill Clinton attended the funeral.', 'Mike Pence, Joe Biden and William Clinton attended the funeral.', []],
    ['en trap: a familiar given name (Kate / Catherine)', 'Prince William, Harry and Kate attended the ceremony.', 'Prince William, Harry and Catherine attended the ceremony.', ['missing Catherine', 'missing Kate']],
    ['vi trap: one member by another name, the rest may be so too', 'Lãnh đạo Mỹ, Nhật, Hàn Quốc và Triều Tiên dự họp.', 'Lãnh đạo Mỹ, Nhật, Nam Hàn và Bắc Hàn dự họp.', null],
    ['en trap: a list of two', en('India and Britain'), en('India and Estonia'), ['missing Britain', 'missing Estonia']],
    [
      'en trap: two lists in unrelated sentences',
      'The crew came from India, Britain and Estonia. The company is registered in Virginia and has offices abroad.',
      'The company is registered in Virginia and has offices abroad. The ship had earlier docked in Kenya, Britain and Estonia.',
      ['missing India', 'missing Kenya'],
    ],
  ])('%s', (_, a, b, expected) => {
    if (expected === null) expect(read(a, b).filter((d) => d.startsWith('name '))).toEqual([])
    else expect(read(a, b).sort()).toEqual([...expected].sort())
  })
})
