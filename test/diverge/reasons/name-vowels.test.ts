import { describe, expect, it } from 'vitest'
import { judgeSpelling } from '../../../src/diverge/reasons/name-spelling'

// An Arabic (or other) given name transliterated with one vowel more, less or other, before family
// and middle names written alike, is one person: scored as one name, not as two slips of the pen.
describe('judgeSpelling: one vowel transliterated otherwise in a long name', () => {
  it.each([
    ['Hassan Ali Nasrallah', 'Hussein Ali Nasrallah'], // two vowels apart: Hasan and Husayn are two names
    ['Omar Ali Saleh', 'Amr Ali Saleh'], // Omar and Amr: two names
    ['Ali Hassan Majid', 'Ala Hassan Majid'], // one consonant only: too short to tell
    ['Mustafa Hadžić', 'Mustafa Hodžić'], // Bosnian: two words, the family name differs
    ['Mary Ann Bell', 'Mary Ann Ball'], // English: the family name differs
    ['Nguyễn Văn Anh', 'Nguyễn Văn Ánh'], // Vietnamese: another name
    ['Trần Văn Hòa', 'Trần Văn Hà'],
    ['Abd Rabbu Hadi', 'Abed Rabbo Hadi Saleh'], // words added: not one name written twice
    // review rnames40 5: one vowel replaced in a short given name, or by another vowel, is another name
    ['Tom Lee Smith', 'Tim Lee Smith'],
    ['Ben Ali Hassan', 'Ban Ali Hassan'],
    ['Hamid Ali Hassan', 'Hamad Ali Hassan'], // kasra / fatha: two Arabic names
  ])('%s / %s gets no vowel-transliteration score', (a, b) => {
    const judgement = judgeSpelling(a, b)
    if (judgement.kind === 'respelling') expect(judgement.evidence).not.toContain('vowels transliterated')
  })

  it.each([
    ['Abd-Rabbu Mansour Hadi', 'Abed Rabbo Mansour Hadi'], // McGill 3-2 / 3-3
    ['Abd Rabbu Mansour Hadi', 'Abed Rabbu Mansour Hadi'],
    ['Ahmed Ali Saleh', 'Ahmad Ali Saleh'],
    ['Osama bin Laden', 'Usama bin Laden'],
    ['Moammar Abu Minyar Gadhafi', 'Moammar Abu Minyar Gadhafi'.replace('Minyar', 'Menyar')],
  ])('%s / %s is one name transliterated', (a, b) => {
    const judgement = judgeSpelling(a, b)
    expect(judgement.kind).toBe('respelling')
    if (judgement.kind === 'respelling') {
      expect(judgement.evidence).toContain('vowels transliterated')
      expect(judgement.score).toBeGreaterThanOrEqual(0.8)
    }
  })
})

describe('judgeSpelling: well-known transliterations stay one name', () => {
  it.each([
    ['Abd-Rabbu Mansour Hadi', 'Abed Rabbo Mansour Hadi'],
    ['Mohammed Ali Saleh', 'Muhammad Ali Saleh'], // two vowels: scored as an edit, still a respelling
    ['Imad Ali Hassan', 'Emad Ali Hassan'],
  ])('%s / %s is a respelling', (a, b) => {
    expect(judgeSpelling(a, b).kind).toBe('respelling')
  })
})
