import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../src/language'

// The sample's letters and Vietnamese letters are counted by scans (no array of one string per
// letter): these rows hold the counts at their thresholds and the characters a scan may miscount.
const VI = 'Người dân thành phố Hồ Chí Minh đã chứng kiến trận mưa lớn nhất trong nhiều năm qua, theo đài khí tượng.'
const EN = 'Residents of the city saw the heaviest rain in many years yesterday, the weather service said in a statement.'

describe('detectLanguage', () => {
  it.each([
    ['Vietnamese prose', VI, 'vie'],
    ['English prose', EN, 'eng'],
    // Trap: 49 letters are too few, whatever the language.
    ['49 letters', 'a'.repeat(49), 'und'],
    // Trap: digits, spaces and punctuation are no letters.
    ['digits and punctuation', `${'1234567890 ,.;'.repeat(10)}abc`, 'und'],
    // An astral letter (𝐀, a surrogate pair) is one letter, not two: 25 of them and 24 more are 49 letters.
    ['25 astral letters and 24 Vietnamese ones', `${'𝐀'.repeat(25)}${'ư'.repeat(24)}`, 'und'],
    ['25 astral letters and 25 Vietnamese ones', `${'𝐀'.repeat(25)}${'ư'.repeat(25)}`, 'vie'],
    // Trap: a lone surrogate is no letter.
    ['lone surrogates', `${'\ud835'.repeat(30)}${'a'.repeat(30)}`, 'und'],
  ])('%s', (_name, text, expected) => {
    expect(detectLanguage(text)).toBe(expected)
  })

  it.each([
    // ă â đ ơ ư and U+1EA0–U+1EF9 count as Vietnamese (8 % of the letters decide).
    ['Vietnamese letters at 10 %', `${'ư'.repeat(5)}${'b'.repeat(45)}`, 'vie'],
    ['capital Vietnamese letters', `${'ĐƠ'.repeat(3)}${'b'.repeat(44)}`, 'vie'],
    // Trap: other marked Latin letters (é, ñ) are not Vietnamese ones.
    ['French and Spanish marks', `${'éñ'.repeat(3)}${'b'.repeat(44)}`, 'not vie'],
    // Trap: 3 of 50 letters (6 %) is under the share.
    ['Vietnamese letters at 6 %', `${'ạ'.repeat(3)}${'b'.repeat(47)}`, 'not vie'],
  ])('%s', (_name, text, expected) => {
    const language = detectLanguage(text)
    if (expected === 'vie') expect(language).toBe('vie')
    else expect(language).not.toBe('vie')
  })
})
