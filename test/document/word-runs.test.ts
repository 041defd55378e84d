import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/document/fact-tokens'
import { type WordRun, wordRuns } from '../../src/document/word-runs'
import { WORD_CHAR, scanRun, widthAt } from '../../src/normalize/chars'
import { foldWord } from '../../src/normalize/fold'
import { corpusArticles, seed } from '../helpers'

const runsOf = (text: string) => wordRuns(text, tokenize(text))

// What the word diff read before its words came from the fact tokens: every run of letters, marks and digits of the string.
function scanned(text: string): { raw: string; key: string; start: number; end: number }[] {
  const out = []
  for (let i = 0; i < text.length; ) {
    const end = scanRun(text, i, text.length, WORD_CHAR)
    if (end === i) {
      i += widthAt(text, i)
      continue
    }
    out.push({ raw: text.slice(i, end), key: foldWord(text.slice(i, end)), start: i, end })
    i = end
  }
  return out
}

describe('wordRuns', () => {
  it.each([
    ['Ngày 13/8 tại TP.HCM', ['Ngày', '13', '8', 'tại', 'TP', 'HCM']],
    ['Covid-19, .20 ppm', ['Covid', '19', '20', 'ppm']],
    ["O'Brien's 1.000.000 đồng", ['O', 'Brien', 's', '1', '000', '000', 'đồng']],
    // Traps: a joiner no word character follows, symbols alone.
    ['x- — 5%', ['x', '5']],
  ])('%s → %j', (text, runs) => {
    expect(runsOf(text).map((r) => r.raw)).toEqual(runs)
  })

  it.each([
    ['vi', 'Ngày 13/8 tại Busan'],
    ['en', 'On Aug. 13 in Busan'],
  ])('%s: a one-run token is handed out itself only when shared, its fields alike either way', (_, text) => {
    const tokens = tokenize(text)
    const shared = wordRuns(text, tokens)
    const copied = wordRuns(text, tokens, false)
    expect(shared.some((run) => tokens.includes(run as (typeof tokens)[number]))).toBe(true)
    expect(copied.some((run) => tokens.includes(run as (typeof tokens)[number]))).toBe(false)
    const fields = (runs: readonly WordRun[]) => runs.map(({ raw, key, start, end }) => ({ raw, key, start, end }))
    expect(fields(copied)).toEqual(fields(shared))
  })

  it('keys each run by its fold', () => {
    expect(runsOf('Thuỷ Hoà 13.8').map((r) => r.key)).toEqual(['thủy', 'hòa', '13', '8'])
  })

  it('finds the runs a scan of the whole string finds, in the corpus, the seeds and odd strings', () => {
    const odd = ['a.-b', "x'-y z''w", '13/8-Mai', 'ab–cd', '𝒜bc d𝒜 ١٢٣', 'e\u0301 x', '.20 ppm (.5)', "Koreaʼs U.S.'s", 'a--b', '$.75', 'x.y.z']
    const all = [...corpusArticles().flatMap((a) => a.sentences), seed('thanhnien'), seed('ngaynay'), ...odd]
    // A one-run token is handed out itself: only a run's own fields are compared.
    const fields = (runs: readonly WordRun[]) => JSON.stringify(runs.map(({ raw, key, start, end }) => ({ raw, key, start, end })))
    const wrong = all.filter((text) => fields(runsOf(text)) !== fields(scanned(text)))
    expect(wrong).toEqual([])
  })
})
