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
