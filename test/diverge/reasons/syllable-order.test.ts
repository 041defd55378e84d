import { describe, expect, it } from 'vitest'
import { reorderedSyllables, syllablesMayMove } from '../../../src/diverge/reasons/syllable-order'
import type { NameFact } from '../../../src/diverge/extract/names/names'

describe('reorderedSyllables: one name of Vietnamese syllables written in another order', () => {
  it.each([
    ['Hoa Liên', 'Liên Hoa', true], // Hualien, two outlets (VietnameseMDS cluster 40)
    ['Hoa Lien', 'Lien Hoa', true], // the same, as an English report writes it
    ['Hắc Long Giang', 'Giang Hắc Long', false], // "hắc long" kept side by side: a block moved
    ['Long Giang Hắc', 'Hắc Giang Long', true],
    ['Việt Nam Ấn Độ', 'Ấn Độ Việt Nam', false], // two names listed in the other order
    ['Vietnam India', 'India Vietnam', false], // not Vietnamese syllables
    ['Hoa Liên', 'Hoa Liên', false], // the same order
    ['Hoa Liên', 'hoa liên', false],
    ['Hoa Liên', 'Liên Hoa Đài', false], // another count of syllables
    ['Liên', 'Liên', false], // one syllable
    ['Wei Feng Chong', 'Chong Wei Feng', false], // a foreign name's family name moved: name-spelling.ts's to judge
    ['Tristan John', 'John Tristan', false],
  ])('%s / %s: %s', (a, b, yes) => {
    expect(reorderedSyllables(a, b)).toBe(yes)
    expect(reorderedSyllables(b, a)).toBe(yes)
  })
})

const mention = (category: NameFact['category'], title?: string): { fact: NameFact } => ({
  fact: { type: 'name', start: 0, end: 8, text: 'Hoa Liên', key: 'hoa liên', tokens: ['hoa', 'liên'], category, ...(title ? { title } : {}) },
})

describe('syllablesMayMove: what the reports must show before reordered syllables are one name', () => {
  it.each([
    ['vi: both places (thành phố), sharing context', [mention('place')], [mention('place')], false, 1, true],
    ['en: both places (city of), sharing context', [mention('place')], [mention('unknown'), mention('place')], false, 2, true],
    ['vi: linked sentences', [mention('unknown')], [mention('unknown')], true, 0, true],
    ['en: linked sentences', [mention('unknown')], [mention('place')], true, 5, true],
    ['vi: both places, nothing shared', [mention('place')], [mention('place')], false, 0, false],
    ['en: one side a place only', [mention('place')], [mention('unknown')], false, 3, false],
    ['vi: a person (ông Đức Anh / ông Anh Đức), even linked', [mention('person', 'ông')], [mention('person', 'ông')], true, 9, false],
    ['en: a person by a title (Mr Duc Anh)', [mention('unknown', 'mr')], [mention('place')], true, 9, false],
    ['vi: a person by a family name opening it', [mention('person')], [mention('unknown')], true, 9, false],
  ] as const)('%s', (_name, a, b, linked, shared, yes) => {
    expect(syllablesMayMove(a, b, linked, shared)).toBe(yes)
  })
})
