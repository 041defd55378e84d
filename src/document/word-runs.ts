/**
 * A sentence's runs of letters, marks and digits (what a word diff compares), with their folds,
 * read from its fact tokens (./fact-tokens) rather than by scanning and folding the string again.
 * A fact token is runs of word characters joined by single joiners, so every run lies inside one
 * token; a token that is one run from end to end (most of them) is the run, and its key is the
 * run's fold, neither sliced nor folded a second time. Such a token is handed out itself, not
 * copied field for field into a run of its own: a run names its fields as a token does.
 */
import { WORD_CHAR, scanRun, widthAt } from '../normalize/chars'
import { foldWord } from '../normalize/fold'
import type { Token } from './fact-tokens'

export interface WordRun {
  /** The run as written. */
  readonly raw: string
  /** `foldWord(raw)`. */
  readonly key: string
  readonly start: number
  readonly end: number
}

/**
 * The runs of letters, marks and digits of `text`, in order; `tokens` are its fact tokens (offsets
 * into `text`). `shareTokens`: whether a one-run token may be handed out itself — yes when the
 * tokens are kept anyway (a short document's); a long document's are made afresh for each reading,
 * and a run of four fields kept for the whole call holds less than a token of six.
 */
export function wordRuns(text: string, tokens: readonly Token[], shareTokens = true): WordRun[] {
  const out: WordRun[] = []
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!
    // One symbol, never a word character.
    if (token.kind === 'punct') continue
    const n = token.end
    let i = token.start
    // A numeral's key is its text, a word's its fold: either way the run's fold.
    if (scanRun(text, i, n, WORD_CHAR) === n) {
      out.push(shareTokens ? token : { raw: token.raw, key: token.key, start: i, end: n })
      continue
    }
    // Joined runs (13/8, TP.HCM, Heong-joon) and a bare decimal's point (.20).
    while (i < n) {
      const end = scanRun(text, i, n, WORD_CHAR)
      if (end === i) {
        i += widthAt(text, i)
        continue
      }
      const run = text.slice(i, end)
      out.push({ raw: run, key: foldWord(run), start: i, end })
      i = end
    }
  }
  return out
}
