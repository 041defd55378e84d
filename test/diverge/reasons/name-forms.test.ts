import { describe, expect, it } from 'vitest'
import { derivedName, derivedWord, sameNameInShort } from '../../../src/diverge/reasons/name-forms'

describe('sameNameInShort: one entity, never a respelling', () => {
  it.each([
    ['Organization', 'World Health Organisation', true],
    ['World Tour Final', 'World Tour Finals', true],
    ['Asian Game', 'Asian Games', true],
    ['Lao Airlines', 'Laos Airlines', false], // not the head word: another spelling of the name
    ['Hà Nội', 'Ha Noi', false], // marks are a spelling
    ['Final', 'Finals', false], // one word alone: a derivation, judged elsewhere
    ['Toni Kross', 'Toni Kros', false], // a word ending in s takes -es: a doubled letter, not a plural (names29)
    ['Grand Prix Class', 'Grand Prix Classes', true],
  ])('%s / %s: %s', (a, b, same) => {
    expect(sameNameInShort(a, b)).toBe(same)
  })
})

describe('derivedWord: another word made from the name, never a respelling', () => {
  it.each([
    ['Europe', 'European', true],
    ['Maya', 'Mayan', true],
    ['Democrat', 'Democratic', true], // -ic
    ['Democrats', 'Democratic', true], // two derivations of one stem
    ['Iraqis', 'Iraqi', true],
    ['Hansen', 'Hanson', false], // one letter changed: a respelling
    ['Sundwell', 'Sundwall', false],
    ['Kims', 'Kimi', false], // stems this short say nothing
    ['Syria', 'Syrians', true], // -ns after -a
    ['Kremli', 'Kremlin', false], // a bare -n after another letter: a respelling
    ['Berli', 'Berlin', false],
    // the same bare word with its marks dropped is a respelling, not a word derived from itself (names29)
    ['Thuận', 'Thuan', false],
    ['Nhuận', 'Nhuan', false],
    ['Zürichs', 'Zurichs', false],
    // an ending that doubles the stem's last letter is a doubled letter (planted Swiss / Swis)
    ['Swiss', 'Swis', false],
    ['Hawaii', 'Hawai', false],
    ['Japan', 'Japanese', true],
    ['Paris', 'Parisian', true],
  ])('%s / %s: %s', (a, b, derived) => {
    expect(derivedWord(a, b)).toBe(derived)
  })
})

describe('derivedName: a place\'s adjective after the same leading words (review I)', () => {
  it.each([
    ['North Korean', 'North Korea', true],
    ['South African', 'South Africa', true],
    ['South Afrika', 'South Africa', false], // a respelling
    ['North Korean', 'South Korea', false], // another leading word
    ['Nguyễn Thị Hoan', 'Nguyễn Thị Hoa', false], // a stem this short says nothing
    ['Korean', 'Korea', false], // one word: derivedWord's
    ['West Virginian', 'West Virginia', true],
    ['Triều Tiên', 'Bắc Triều Tiên', false], // another number of words: places.ts's
    // the same words, one side's marks dropped: a respelling (planted Phú Nhuận / Phu Nhuan), not a derivation (names29)
    ['Phú Nhuận', 'Phu Nhuan', false],
    ['Bình Thuận', 'Binh Thuan', false],
    ['Costa Ricans', 'Costa Ricans', false],
    ['Toni Kross', 'Toni Kros', false], // a doubled letter dropped
    // Vietnamese syllables are no derivations (review M 11): a dropped final n is another syllable
    ['Nguyễn Văn Thuận', 'Nguyễn Văn Thua', false],
    ['Nguyen Van Thuan', 'Nguyen Van Thua', false],
    ['Lê Văn Hoàn', 'Lê Văn Hoa', false],
    // English stems still derive by their letters (whether as a place's adjective: name-demonyms.ts)
    ['Sri Lankan', 'Sri Lanka', true],
    ['Omar Hassani', 'Omar Hassan', true],
  ])('%s / %s: %s', (a, b, derived) => {
    expect(derivedName(a, b)).toBe(derived)
  })
})
