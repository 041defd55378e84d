import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/document/fact-tokens'
import { letterWords } from '../../src/document/letter-words'
import { LETTER, scanRun, widthAt } from '../../src/normalize/chars'
import { corpusArticles, seed } from '../helpers'

const wordsOf = (text: string) => letterWords(text, tokenize(text))
const texts = (text: string) => wordsOf(text).map((w) => text.slice(w.start, w.end))

describe('letterWords', () => {
  it.each([
    ['Park Heong-joon', ['Park', 'Heong-joon']],
    ["O'Brien nói", ["O'Brien", 'nói']],
    ["Korea's president", ['Korea', 'president']],
    ['TP.Busan', ['TP', 'Busan']],
    ['TP.HCM', ['TP']],
    ['ngày 13.8 tại Hà Nội', ['ngày', 'tại', 'Hà', 'Nội']],
    // Traps: letters inside a token of digits and joiners, a joiner no letter follows.
    ['Covid-19 ở Busan', ['Covid', 'ở', 'Busan']],
    ['A1B 3-D x-', ['A', 'B', 'D', 'x']],
    ["rock'n'roll, U.S.-made", ["rock'n'roll", 'U', 'made']],
    ['12,5 triệu/năm', ['triệu', 'năm']],
  ])('%s → %j', (text, words) => {
    expect(texts(text)).toEqual(words)
  })

  it('folds each word', () => {
    expect(wordsOf('Thuỷ Hoà').map((w) => w.folded)).toEqual(['thủy', 'hòa'])
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
    expect(wordsOf(word)[0]!.cap).toBe(cap)
  })

  it('marks a lone capital as an initial', () => {
    expect(wordsOf('George W. Bush')[1]!.initial).toBe(true)
  })

  it('keeps the text between words', () => {
    expect(wordsOf('Ông Lâm, Busan').map((w) => w.gap)).toEqual(['', ' ', ', '])
  })

  // What the name extractor read before its words came from the fact tokens: a scan of the whole
  // string for runs of letters joined by single hyphens, apostrophes and dots.
  function scannedSpans(text: string): [number, number][] {
    const spans: [number, number][] = []
    const n = text.length
    for (let i = 0; i < n; ) {
      let end = scanRun(text, i, n, LETTER)
      if (end === i) {
        i += widthAt(text, i)
        continue
      }
      const start = i
      while (end + 1 < n && [45, 39, 0x2019, 46].includes(text.charCodeAt(end))) {
        const more = scanRun(text, end + 1, n, LETTER)
        if (more === end + 1) break
        end = more
      }
      spans.push([start, end])
      i = end
    }
    return spans
  }
  it('finds the words a scan of the whole string finds, in the corpus, the seeds and odd strings', () => {
    const odd = ['a.-b', "x'-y z''w", 'Covid-19-Delta', '13/8-Mai', 'ab–cd', 'TP.HCM.', '𝒜bc d𝒜', 'e\u0301 x', '.20 ppm', "Koreaʼs U.S.'s", 'a--b', 'x.y.z']
    const all = [...corpusArticles().flatMap((a) => a.sentences), seed('thanhnien'), seed('ngaynay'), ...odd]
    const wrong: string[] = []
    for (const text of all) {
      const words = wordsOf(text)
      // Every word lies in a run the scan found, in order, and every run gave at least one word.
      let w = 0
      for (const [start, end] of scannedSpans(text)) {
        if (words[w]?.start !== start) wrong.push(`${text}: ${start}`)
        while (w < words.length && words[w]!.start < end) w++
      }
      if (w !== words.length) wrong.push(`${text}: extra words`)
    }
    expect(wrong).toEqual([])
  })
})

// letterWords gathers each sentence's words in one reused list and copies them out: each call's
// array must be its own, however long the call before it was.
describe('letterWords: each call its own list', () => {
  const long = Array.from({ length: 1500 }, (_, k) => `Word${String.fromCharCode(97 + (k % 26))}`).join(' ')
  it.each([
    ['TP.Busan và Park Heong-joon', 'Ông Lâm'],
    ["Korea's president V.Mikhailov", 'He left.'],
    [long, 'Hà Nội'],
    ['Hà Nội', long],
    // Trap: a text of no letters gives no words, not the last call's.
    ['13/8, 2025', 'Park'],
  ])('%#: %s then %s', (first, second) => {
    const a = wordsOf(first)
    const before = JSON.stringify(a)
    const b = wordsOf(second)
    expect(JSON.stringify(a)).toBe(before)
    expect(a).not.toBe(b)
    expect(JSON.stringify(wordsOf(first))).toBe(before)
  })

  it('keeps the dotted head uncapitalised in its own list', () => {
    wordsOf('TP.Busan')
    expect(wordsOf('TP.Busan').map((w) => w.cap)).toEqual([false, true])
  })
})
