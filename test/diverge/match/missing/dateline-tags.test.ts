/**
 * The state and outlet of a dateline (FORT LAUDERDALE, Fla. (AP) —) are the page's heading, not
 * facts of the event (dateline-tags.ts; held-out round missing51-1). The same state in a sentence
 * labels a place of the story and stays missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('a dateline tag is not missing', () => {
  it.each([
    ['en, a state and an agency', 'FORT LAUDERDALE, Fla. (AP) — Authorities have identified a woman from Ohio as the fifth person killed in the airport shooting.', 'Authorities in Fort Lauderdale have identified a woman from Ohio as the fifth person killed in the shooting at the airport.', 'Fla'],
    ['en, a state and a station', 'BRISTOL, Tenn. (WJHL) – One person is dead and four others were injured in a random shooting in Bristol.', 'One person is dead and four were injured in a random shooting in Bristol, police said.', 'Tenn'],
    ['en, a station alone, on a line after the page menu', 'Follow us: Facebook | Twitter\nFORT LAUDERDALE (CBSMiami) — The identities of three victims killed at the airport have been revealed.', 'The identities of three victims killed at the Fort Lauderdale airport have been revealed.', 'CBSMiami'],
    ['vi, a state in a Vietnamese dateline', 'HOUSTON, Texas (TTXVN) - Cảnh sát Houston cho biết một người đàn ông đã bị bắt sáng 12/8.', 'Cảnh sát Houston cho biết một người đàn ông đã bị bắt sáng 12/8 sau vụ nổ súng.', 'Texas'],
    ['fr, a country in a French dateline', 'PARIS, France (AFP) - La police a arrêté un suspect lundi à Marseille après le vol.', 'La police a arrêté lundi à Marseille un suspect après le vol de bijoux.', 'France'],
  ])('%s', (_why, a, b, tag) => {
    expect(missingNames(a, b)).not.toContain(tag)
  })
})

describe('a state in a sentence stays missing', () => {
  it.each([
    ['en, a town and its state', 'A man from Springfield, Ill. (the state capital) was arrested in Chicago on Monday.', 'A man from Springfield was arrested in Chicago on Monday, police said.', 'Ill'],
    ['en, a party tag after a dateline with no tag', 'WASHINGTON — Sen. Trent Lott, R-Miss., said the bill would pass on Monday.', 'The bill would pass on Monday, a senator said in Washington.', 'R-Miss'],
    ['vi, a city and its state in a sentence', 'Cảnh sát cho biết một người đàn ông ở Houston, Texas đã bị bắt sáng 12/8.', 'Cảnh sát Houston cho biết một người đàn ông đã bị bắt sáng 12/8 sau vụ nổ súng.', 'Texas'],
    ['fr, a country in a sentence', 'La police a arrêté un suspect à Lyon, France, lundi après le vol.', 'La police a arrêté lundi à Lyon un suspect après le vol de bijoux.', 'France'],
  ])('%s', (_why, a, b, tag) => {
    expect(missingNames(a, b)).toContain(tag)
  })
})

const S = ' Officials said more talks would follow next week. Police closed the road for several hours.'
const V = ' Các quan chức cho biết sẽ có thêm cuộc họp vào tuần tới. Cảnh sát đã phong tỏa con đường trong nhiều giờ.'

// Review rmissing51: two datelines of two states are two places; a list or a headline is no dateline.
describe('a dateline state the other dateline gives otherwise stays missing', () => {
  it.each([
    ['en, Ore. / Maine', `PORTLAND, Ore. (AP) — A gunman opened fire at the mall on Friday, killing five people.${S}`, `PORTLAND, Maine (AP) — A gunman opened fire at the mall on Friday, killing five people.${S}`, 'Ore', 'Maine'],
    ['vi, Oregon / Maine', `PORTLAND, Oregon (TTXVN) - Một tay súng đã nổ súng tại trung tâm thương mại hôm thứ Sáu, làm năm người chết.${V}`, `PORTLAND, Maine (TTXVN) - Một tay súng đã nổ súng tại trung tâm thương mại hôm thứ Sáu, làm năm người chết.${V}`, 'Oregon', 'Maine'],
  ])('%s', (_why, a, b, tagA, tagB) => {
    const found = missingNames(a, b)
    expect(found).toContain(tagA)
    expect(found).toContain(tagB)
  })
})

describe('a list or a headline opening a line is no dateline', () => {
  it.each([
    ['en, a list of actors', `US, Britain and France - the three allies - launched strikes on Syria on Friday.${S}`, `US launched strikes on Syria on Friday.${S}`, 'France'],
    ['en, a list of actors, the second', `US, Britain and France - the three allies - launched strikes on Syria on Friday.${S}`, `US launched strikes on Syria on Friday.${S}`, 'Britain'],
    ['vi, a list of provinces', 'TP.HCM, Bình Dương và Đồng Nai - ba địa phương có số ca mắc cao nhất trong tuần qua. Cảnh sát đã phong tỏa con đường trong nhiều giờ. Các quan chức cho biết sẽ có thêm cuộc họp.', 'TP.HCM là địa phương có số ca mắc cao nhất trong tuần qua. Cảnh sát đã phong tỏa con đường trong nhiều giờ. Các quan chức cho biết sẽ có thêm cuộc họp.', 'Đồng Nai'],
    ['en, a headline', `TRUMP, Biden clash - and voters watch\nThe two men clashed on Tuesday night in the debate.${S}`, `TRUMP clashes\nThe two men clashed on Tuesday night in the debate.${S}`, 'Biden'],
  ])('%s', (_why, a, b, name) => {
    expect(missingNames(a, b)).toContain(name)
  })
})

describe('a dateline without its outlet, opening the report', () => {
  it.each([
    ['en, a state', `PORTLAND, Ore. — A gunman opened fire at the mall on Friday, killing five people.${S}`, `A gunman opened fire at the mall in Portland on Friday, killing five people.${S}`, 'Ore'],
  ])('%s', (_why, a, b, tag) => {
    expect(missingNames(a, b)).not.toContain(tag)
  })
})
