import { describe, expect, it } from 'vitest'
import { arabicConsonants, arabicRomanised, oneTranscription, transcribedAlike } from '../../../src/diverge/reasons/name-arabic'
import { judgeSpelling } from '../../../src/diverge/reasons/name-spelling'

// Traps first: two places or people whose spellings meet, a name against a common word, Vietnamese
// syllables, Indonesian and French names that are two names.
describe('arabicRomanised: two names, never one romanised twice', () => {
  it.each([
    // English reports of the Syrian war: two places, two people
    ['homs', 'hama'],
    ['idlib', 'irbil'],
    ['ali', 'alia'],
    ['hassan', 'hussein'], // Hasan and Husayn: fatha against damma
    ['mohammed', 'mahmoud'],
    ['hamid', 'hamad'],
    ['mali', 'male'], // a final e writes tāʾ marbūṭa, not kasra
    ['gaza', 'giza'],
    ['basra', 'busra'],
    ['omar', 'amr'],
    ['raqqa', 'raqqa'], // the same word is no romanisation
    // a name against a common English word
    ['aleppo', 'apple'],
    ['homs', 'homes'],
    ['bell', 'bill'], // a short English name: one vowel for another is another name
    ['ben', 'ban'],
    ['city', 'getty'], // English: Man City against Getty (a photo credit)
    ['coke', 'coca'],
    ['kitty', 'getty'],
    // Vietnamese syllables and names
    ['khanh', 'khuong'],
    ['thanh', 'thinh'],
    ['nguyen', 'nguyan'],
    // Indonesian
    ['surabaya', 'sumbawa'],
    ['jokowi', 'jakarta'],
    // French
    ['marseille', 'marsala'],
    ['toulouse', 'toulon'],
    // names49 (review rtranslit48): English and other European names whose vowels differ as a transcription's would
    ['paulson', 'polson'],
    ['hooper', 'hopper'],
    ['peter', 'pieter'],
    ['gould', 'gold'],
    ['bolton', 'boulton'],
    ['booth', 'both'],
    ['moore', 'more'],
    ['rome', 'roome'],
    ['london', 'loondon'],
    ['toyota', 'toyouta'],
    ['neal', 'niall'],
    ['queen', 'quinn'],
    ['brooks', 'bruks'],
    ['vincent', 'vencent'],
    // a Dutch given name, a French one: a j or ch of their own is no kh or sh
    ['jan', 'khan'],
    ['charles', 'sharles'],
  ])('%s / %s', (a, b) => {
    expect(arabicRomanised(a, b)).toBe(false)
  })
})

// Qamishli / Qameshli, Qaddafi / Gaddafi: one letter for one letter is left to the slip rules (word-spelling.ts), which score it higher.
describe('arabicRomanised: one Arabic name in two transcriptions', () => {
  it.each([
    // English (FA-KES)
    ['sheikhoun', 'shaykhun'],
    ['foua', 'fua'],
    ['hasaka', 'hasakeh'],
    ['ramusa', 'ramousah'],
    ['rashideen', 'rashidin'],
    ['hussein', 'husayn'],
    // Indonesian (IndoSum)
    ['gadaffi', 'kadhafi'],
    ['qadhafi', 'gaddafi'],
    // French press forms against English ones
    ['kadhafi', 'qaddafi'],
    ['sheikh', 'shaykh'],
    // names49: French ch for sh, Spanish j for kh, French ou for u (review rtranslit48)
    ['cheikhoun', 'shaykhun'],
    ['sheijun', 'sheikhoun'],
    ['jaled', 'khaled'],
    ['moubarak', 'mubarak'],
  ])('%s / %s', (a, b) => {
    expect(arabicRomanised(a, b)).toBe(true)
  })

  it('gives the same consonant key to both spellings, the probe that finds them', () => {
    expect(arabicConsonants('hasaka')).toBe(arabicConsonants('hasakeh'))
    expect(arabicConsonants('ramusa')).toBe(arabicConsonants('ramousah'))
    expect(arabicConsonants('gadaffi')).toBe(arabicConsonants('kadhafi'))
    expect(arabicConsonants('cheikhoun')).toBe(arabicConsonants('shaykhun'))
    expect(arabicConsonants('sheijun')).toBe(arabicConsonants('sheikhoun'))
  })
})

// Through judgeSpelling: the romanisation is a respelling's likeness (word-spelling.ts), never a
// Vietnamese name's, and it lifts no name another rule already turns away.
describe('judgeSpelling: an Arabic name romanised another way', () => {
  it.each([
    ['Hassan Nasrallah', 'Hussein Nasrallah'],
    ['Homs', 'Hama'],
    ['Trần Thanh', 'Trần Thinh'],
    ['Jalan Surabaya', 'Jalan Sumbawa'],
    ['Rue de Marseille', 'Rue de Marsala'],
  ])('%s / %s is no romanisation', (a, b) => {
    const judgement = judgeSpelling(a, b)
    if (judgement.kind === 'respelling') expect(judgement.evidence).not.toContain('romanised another way')
  })

  it.each([
    ['Khan Sheikhoun', 'Khan Shaykhun'], // English
    ['Hasaka', 'Hasakeh'],
    ['Ramusa', 'Ramousah'],
    ['Foua', 'Fua'],
    ['Muammar Gadaffi', 'Muammar Kadhafi'], // Indonesian
    ['Mouammar Kadhafi', 'Mouammar Gaddafi'], // French
  ])('%s / %s is one name romanised twice', (a, b) => {
    const judgement = judgeSpelling(a, b)
    expect(judgement.kind).toBe('respelling')
    if (judgement.kind === 'respelling') expect(judgement.evidence).toContain('romanised another way')
  })
})

// names49: across two languages' press a letter for a letter is the convention (Moubarak in French, Mubarak in English).
describe('oneTranscription: one Arabic name in two languages\' conventions', () => {
  it.each([
    ['moubarak', 'mubarak', true],
    ['bachar', 'bashar', true],
    ['kadhafi', 'gaddafi', true],
    ['cheikhoun', 'shaykhun', true],
    ['jan', 'khan', false],
    // traps: other vowels or consonants, names no Arabic transcription writes, a Vietnamese syllable
    ['hamid', 'hamad', false],
    ['hassan', 'hussein', false],
    ['peter', 'pieter', false],
    ['gould', 'gold', false],
    ['thanh', 'thinh', false],
    ['surabaya', 'sumbawa', false],
  ])('%s / %s', (a, b, one) => {
    expect(oneTranscription(a, b)).toBe(one)
  })
})

// fixnames49 (review rnames49): across two languages only a convention's own letters, on its own language's side, make a transcription.
describe('transcribedAlike: one Arabic name in two languages, by a convention\'s letters', () => {
  it.each([
    ['Hosni Moubarak', 'Hosni Mubarak', 'fr', 'en', true],
    ['Mouammar Kadhafi', 'Muammar Gaddafi', 'fr', 'en', true],
    ['Bachar al-Assad', 'Bashar al-Assad', 'fr', 'en', true],
    ['Khan Cheikhoun', 'Khan Shaykhun', 'fr', 'en', true],
    ['Jaled Sheijun', 'Khaled Sheikhoun', 'es', 'en', true],
    ['Mubarak', 'Moubarak', 'en', 'fr', true],
    // alarms50: a name with a word in a Latin alphabet's own spelling is written alike by every press
    ['François Bayrou', 'Francois Bayru', 'fr', 'en', false],
    ['Jacques Dubourg', 'Jacques Duburg', 'fr', 'en', false],
    ['Nicolás Moutar', 'Nicolas Mutar', 'fr', 'en', false],
    // the limit: a lone French name still reads as French ou against English u
    ['Bayrou', 'Bayru', 'fr', 'en', true],
    // traps: a doubled letter, i / y, one vowel, French ch in a French name, the convention's letters on the wrong side
    ['Gabriel Attal', 'Gabriel Atal', 'fr', 'en', false],
    ['Jordan Bardella', 'Jordan Bardela', 'fr', 'en', false],
    ['Éric Zemmour', 'Eric Zemour', 'fr', 'en', false],
    ['Jean-Noël Barrot', 'Jean-Noël Barot', 'fr', 'en', false],
    ['Anne Hidalgo', 'Anne Hidalgu', 'fr', 'en', false],
    ['Jean-Luc Mélenchon', 'Jean-Luc Melenshon', 'fr', 'en', false],
    ['Richard Dupont', 'Rishard Dupont', 'fr', 'en', false],
    ['Nicolás Maduro', 'Nicolas Madouro', 'es', 'en', false],
    ['Javier Milei', 'Javier Miley', 'es', 'en', false],
    ['Patricia Bullrich', 'Patricia Bulrich', 'es', 'en', false],
    ['Budi Gunadi Sadikin', 'Budi Gunadi Saddikin', 'id', 'en', false],
    ['Gibran Rakabuming Raka', 'Gibran Rakabuming Rakka', 'id', 'en', false],
    ['Hosni Mubarak', 'Hosni Moubarak', 'fr', 'en', false],
  ])('%s / %s (%s / %s)', (a, b, languageA, languageB, alike) => {
    expect(transcribedAlike(a, b, languageA, languageB)).toBe(alike)
  })
})
