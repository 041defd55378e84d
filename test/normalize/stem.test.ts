/**
 * One English inflection stemmer (src/normalize/stem.ts) for caption-links (`full`) and
 * date-events (`light`): each strength's rows, the words where the two part, and the words
 * neither reads (Vietnamese does not inflect).
 */
import { describe, expect, it } from 'vitest'
import { englishStem } from '../../src/normalize/stem'

describe('englishStem', () => {
  it.each([
    // Both strengths: one ending off, a final e off a long stem.
    ['sentenced', 'sentenc', 'sentenc'],
    ['sentencing', 'sentenc', 'sentenc'],
    ['sentence', 'sentenc', 'sentenc'],
    ['released', 'releas', 'releas'],
    ['houses', 'hous', 'hous'],
    ['rescued', 'rescu', 'rescu'],
    // -ies/-ied as -y: full only ("carried" and "carry" tie; light ties "carried" and "carries" alone).
    ['carried', 'carry', 'carri'],
    ['carries', 'carry', 'carri'],
    ['carry', 'carry', 'carry'],
    // A doubled last consonant: full only.
    ['pulled', 'pul', 'pull'],
    ['running', 'run', 'runn'],
    // -ings whole: light only.
    ['buildings', 'building', 'build'],
    ['meetings', 'meeting', 'meet'],
    // Short stems: full takes a 3-letter rest and any final e, light keeps words whose rest is under 4 letters.
    ['fired', 'fir', 'fired'],
    ['fire', 'fir', 'fire'],
    ['makes', 'mak', 'makes'],
    ['runs', 'run', 'runs'],
    // Traps: too short a rest in both ("uses" is no "us"), a word of no ending.
    ['uses', 'uses', 'uses'],
    ['used', 'used', 'used'],
    ['need', 'need', 'need'],
    ['storm', 'storm', 'storm'],
    // Words under 4 letters or not all a–z: full reads none; light reads any ASCII word.
    ['led', undefined, 'led'],
    ['co-owned', undefined, 'co-own'],
    ['f-16s', undefined, 'f-16'],
    // Vietnamese (and any non-ASCII word): no stem in either.
    ['khởi', undefined, undefined],
    ['thứ', undefined, undefined],
    ['café', undefined, undefined],
  ])('%s: full %s, light %s', (word, full, light) => {
    expect(englishStem(word, 'full')).toBe(full)
    expect(englishStem(word, 'light')).toBe(light)
  })

  // ASCII but Vietnamese: "cho", "ngay" written without marks are read as English words would be.
  it.each([
    ['cho', undefined, 'cho'],
    ['nguyen', 'nguyen', 'nguyen'],
  ])('an unmarked Vietnamese word %s: full %s, light %s', (word, full, light) => {
    expect(englishStem(word, 'full')).toBe(full)
    expect(englishStem(word, 'light')).toBe(light)
  })
})
