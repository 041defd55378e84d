/**
 * A party or nationality word, or a country, labelling a person both reports name is no fact of
 * its own (descriptor-names.ts; judged not-a-fact in BASIL round missing50-1). A label of no named
 * person, or of a person the other report never names, stays missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('a label of a person both reports name is not missing', () => {
  it.each([
    ['en, a party before a title and the name', 'Clinton criticized Republican President-elect Donald Trump on Monday in a long speech.', 'Clinton criticized Donald Trump on Monday in a long speech.', 'Republican'],
    ['en, a nationality before a role and the name', 'The former secretary of state met Palestinian President Mahmoud Abbas in Ramallah.', 'The former secretary of state met Mahmoud Abbas in Ramallah on Monday.', 'Palestinian'],
    ['en, a party in apposition', 'The fight, said Mr. Newsom, a Democrat, would go to the courts next week.', 'On Monday, Newsom said the fight would go to the courts next week.', 'Democrat'],
    ['en, a party-state tag after a lawmaker', 'House Speaker Nancy Pelosi (D-Calif.) was in the middle of a roundtable with reporters.', 'On Monday, Pelosi was in the middle of a roundtable with reporters.', 'D-Calif'],
    ['en, the other report names the person in short', 'Clinton criticized Republican President-elect Donald Trump on Monday in a long speech.', 'Clinton criticized Trump on Monday in a long speech in the capital.', 'Republican'],
    ['vi, a country between a title and the name', 'Tổng thống Mỹ Donald Trump cho biết ông sẽ tới Hà Nội vào tuần sau.', 'Ông Donald Trump cho biết sẽ tới Hà Nội vào tuần sau.', 'Mỹ'],
    ['vi, a foreign minister and his country', 'Ngoại trưởng Nga Sergei Lavrov đã tới Bắc Kinh hôm thứ Hai để hội đàm.', 'Ông Sergei Lavrov đã tới Bắc Kinh hôm thứ Hai để hội đàm.', 'Nga'],
  ])('%s', (_why, a, b, label) => {
    expect(missingNames(a, b)).not.toContain(label)
  })
})

describe('labels that stay missing', () => {
  it.each([
    ['en, a nationality of no named person', 'Two women were killed, the first Israeli casualties in the current violence, officials said.', 'Gaza officials said on Tuesday that the strikes went on.', 'Israeli'],
    ['en, a nationality of a group that acted', 'On Monday, Israeli soldiers shot Mohammed Hassan near the border.', 'On Monday, Mohammed Hassan was shot near the border, witnesses said.', 'Israeli'],
    ['en, a nationality of forces before a place', 'On Monday, Syrian forces shelled Aleppo again, a monitor said.', 'On Monday, shells fell on Aleppo again, a monitor said.', 'Syrian'],
    ['en, a nationality of someone working for a named firm', 'Thieves stole jewels from an American jeweler working for Chopard in Cannes.', 'Thieves stole jewels from a jeweler working for Chopard in Cannes.', 'American'],
    ['en, a party tag of a lawmaker the other report never names', 'Sen. Trent Lott, R-Miss., said the bill would pass on Monday.', 'The bill would pass on Monday, a senator said.', 'R-Miss'],
    ['en, a party of a person the other report never names', 'Clinton criticized Republican President-elect Donald Trump on Monday in a long speech.', 'Clinton criticized the incoming administration on Monday in a long speech.', 'Republican'],
    ['vi, a country of a person the other report never names', 'Tổng thống Mỹ Donald Trump cho biết ông sẽ tới Hà Nội vào tuần sau.', 'Một quan chức cho biết sẽ tới Hà Nội vào tuần sau.', 'Mỹ'],
    ['vi, a country of no named person', 'Đại sứ Mỹ cho biết ông sẽ tới Hà Nội vào tuần sau.', 'Ông Donald Trump cho biết sẽ tới Hà Nội vào tuần sau.', 'Mỹ'],
  ])('%s', (_why, a, b, label) => {
    expect(missingNames(a, b)).toContain(label)
  })
})

describe('the person labelled stays missing when the other report never names them', () => {
  it.each([
    ['en', 'Clinton criticized Republican President-elect Donald Trump on Monday in a long speech.', 'Clinton criticized the incoming administration on Monday in a long speech.', 'Donald Trump'],
    ['vi', 'Tổng thống Mỹ Donald Trump cho biết ông sẽ tới Hà Nội vào tuần sau.', 'Một quan chức cho biết sẽ tới Hà Nội vào tuần sau.', 'Donald Trump'],
  ])('%s', (_lang, a, b, person) => {
    expect(missingNames(a, b).some((n) => n.includes(person))).toBe(true)
  })
})

const S = ' Officials said more talks would follow next week. Police closed the road for several hours.'
const V = ' Các quan chức cho biết sẽ có thêm cuộc họp vào tuần tới. Cảnh sát đã phong tỏa con đường trong nhiều giờ.'

// Review rmissing51: a label the other report gives the same person otherwise is a conflict; a nationality off an office is news.
describe('two reports labelling one person otherwise keep both labels', () => {
  it.each([
    ['en, a Democrat / a Republican', `Mr. Newsom, a Democrat, said the state would appeal on Monday.${S}`, `Mr. Newsom, a Republican, said the state would appeal on Monday.${S}`, 'Democrat', 'Republican'],
    ['en, (D-Calif.) / (R-Calif.)', `Sen. Joe Manchin (D-Calif.) voted against the bill on Monday.${S}`, `Sen. Joe Manchin (R-Calif.) voted against the bill on Monday.${S}`, 'D-Calif', 'R-Calif'],
    ['en, British / American tourist', `On Monday the attack killed British tourist Mr. John Smith near the beach.${S}`, `On Monday the attack killed American tourist Mr. John Smith near the beach.${S}`, 'British', 'American'],
    ['en, Palestinian / Egyptian President', `On Monday Palestinian President Mahmoud Abbas met aides in Cairo.${S}`, `On Monday Egyptian President Mahmoud Abbas met aides in Cairo.${S}`, 'Palestinian', 'Egyptian'],
    ['vi, Tổng thống Mỹ / Nga', `Hôm thứ Hai Tổng thống Mỹ Donald Trump đã gặp các cố vấn.${V}`, `Hôm thứ Hai Tổng thống Nga Donald Trump đã gặp các cố vấn.${V}`, 'Mỹ', 'Nga'],
    ['vi, Ngoại trưởng Pháp / Bỉ', `Hôm thứ Hai Ngoại trưởng Pháp Jean Dupont đã tới Hà Nội.${V}`, `Hôm thứ Hai Ngoại trưởng Bỉ Jean Dupont đã tới Hà Nội.${V}`, 'Pháp', 'Bỉ'],
  ])('%s', (_why, a, b, labelA, labelB) => {
    const found = missingNames(a, b)
    expect(found).toContain(labelA)
    expect(found).toContain(labelB)
  })
})

describe('a nationality off a title of office stays missing', () => {
  it.each([
    ['en, a victim', `On Monday the attack killed British tourist Mr. John Smith near the beach.${S}`, `On Monday the attack killed tourist Mr. John Smith near the beach.${S}`, 'British'],
    ['en, a hostage in apposition', `On Monday Hamas freed Mr. Edan Alexander, an American, at the border.${S}`, `On Monday Hamas freed Mr. Edan Alexander at the border.${S}`, 'American'],
    ['en, a gunman in apposition', `On Sunday Mr. Omar Mateen, an Afghan, opened fire at the club.${S}`, `On Sunday Mr. Omar Mateen opened fire at the club.${S}`, 'Afghan'],
    ['vi, a tourist', `Du khách Mỹ Donald Smith thiệt mạng trong vụ tấn công hôm thứ Hai.${V}`, `Du khách Donald Smith thiệt mạng trong vụ tấn công hôm thứ Hai.${V}`, 'Mỹ'],
  ])('%s', (_why, a, b, label) => {
    expect(missingNames(a, b)).toContain(label)
  })
})
