import { describe, expect, it } from 'vitest'
import { nameWords } from '../../../src/diverge/extract/name-words'

const texts = (text: string) => nameWords(text).map((w) => text.slice(w.start, w.end))

describe('nameWords', () => {
  it.each([
    ['Park Heong-joon', ['Park', 'Heong-joon']],
    ["O'Brien nói", ["O'Brien", 'nói']],
    ["Korea's president", ['Korea', 'president']],
    ['TP.Busan', ['TP', 'Busan']],
    ['TP.HCM', ['TP']],
    ['ngày 13.8 tại Hà Nội', ['ngày', 'tại', 'Hà', 'Nội']],
  ])('%s → %j', (text, words) => {
    expect(texts(text)).toEqual(words)
  })

  it('folds each word', () => {
    expect(nameWords('Thuỷ Hoà').map((w) => w.folded)).toEqual(['thủy', 'hòa'])
  })

  it.each([
    ['Busan', true],
    ['busan', false],
    ['UBND', false],
    ['Monday', false],
    ['W', false],
    ['al-Qaeda', true], // an Arabic article before the name
    ['el-Sisi', true],
    ['al-', false],
    ['ad-hoc', false],
  ])('%s capitalised like a name: %s', (word, cap) => {
    expect(nameWords(word)[0]!.cap).toBe(cap)
  })

  it('marks a lone capital as an initial', () => {
    expect(nameWords('George W. Bush')[1]!.initial).toBe(true)
  })

  it('keeps the text between words', () => {
    expect(nameWords('Ông Lâm, Busan').map((w) => w.gap)).toEqual(['', ' ', ', '])
  })
})
