import { describe, expect, it } from 'vitest'
import { eachHyphenatedRun } from '../../../../src/diverge/match/names/transcriptions'

const runs = (text: string): string[] => {
  const out: string[] = []
  eachHyphenatedRun(text, (run) => out.push(run))
  return out
}

describe('eachHyphenatedRun', () => {
  it.each([
    ['vi: a transcription between words', 'Thủ đô Li-băng hôm nay', ['Li-băng']],
    ['vi: two transcriptions, punctuation around', '(Mi-khai-lốp), Ô-man.', ['Mi-khai-lốp', 'Ô-man']],
    ['vi: decomposed marks stay in the run', 'Li-ba\u0306ng', ['Li-ba\u0306ng']],
    ['en: a hyphenated word, a dash apart', 'a well-known man — thirty-two', ['well-known', 'thirty-two']],
    ['en: hyphens alone and at the ends', '- x -- -y z-', ['-', '--', '-y', 'z-']],
    ['en: digits end a run', '2-3 pm', ['-']],
    ['en: no hyphen, no run', 'plain words only', []],
    ['an astral letter joins, a lone surrogate cuts', '\ud835\udc00-a \ud800-b', ['\ud835\udc00-a', '-b']],
  ])('%s', (_, text, expected) => {
    expect(runs(text)).toEqual(expected)
  })

  it.each(['Thủ đô Li-băng, (Mi-khai-lốp) — well-known -x- 2-3 \ud800-b\udc00 a\u0301-\u0300'])('gives the runs a split on non-letters gives that hold a hyphen: %j', (text) => {
    expect(runs(text)).toEqual(text.split(/[^\p{L}\p{M}-]+/u).filter((run) => run.includes('-')))
  })
})
