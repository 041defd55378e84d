/**
 * Spelling-only differences inside aligned sentences — letter case, tone-mark
 * placement, i/y, Unicode form — listed as equivalences so an editor sees
 * what was read as the same. The word diff runs on each 1–1 pair only, never
 * across whole documents.
 */
import type { PreparedDocument } from '../../document'
import { foldWord } from '../../normalize/fold'
import { foldDigits } from '../../normalize/digits'
import type { Alignment, Equivalence } from '../../types'
import { spanOf } from '../extract/collect'
import { formatReason } from '../describe'
import type { SentenceDiffs, Word } from '../match/sentences/word-diff'
import { Attached } from '../../document/attached'
import { once } from '../../document/once'
import { sentenceText } from '../../document/words'
import { sharedText } from '../../document/shared-texts'

// A pair this long or this different is better left to the facts: the diff would cost more than it tells.
const MAX_PAIR_LENGTH = 1_500
const MIN_SIMILARITY = 0.5

function folded(text: string): string {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(foldWord)
    .join(' ')
}

/**
 * Whether a word of A and a different word of B fold to one key: without such
 * a pair no replacement can be spelling only, and the word diff can be skipped.
 */
function mayDifferInSpelling(wordsA: readonly Word[], wordsB: readonly Word[]): boolean {
  const spellingsB = spellingsOf(wordsB)
  for (let k = 0; k < wordsA.length; k++) {
    const word = wordsA[k]!.raw
    const seen = spellingsB.get(wordsA[k]!.key)
    if (seen === true || (seen !== undefined && seen !== word)) return true
  }
  return false
}

/** Each folded key of the words with its one spelling, or `true` when the words spell it two ways. */
const spellingMaps = new Attached<readonly Word[], ReadonlyMap<string, string | true>>('spellingMaps')
function spellingsOf(words: readonly Word[]): ReadonlyMap<string, string | true> {
  let spellings = spellingMaps.get(words)
  if (!spellings) {
    const built = new Map<string, string | true>()
    for (let k = 0; k < words.length; k++) {
      const { raw: word, key } = words[k]!
      const seen = built.get(key)
      if (seen === undefined) built.set(key, word)
      else if (seen !== word) built.set(key, true)
    }
    spellingMaps.set(words, (spellings = built))
  }
  return spellings
}

/**
 * A document's sentences as NFC texts, kept with it: a story's pairs compare each linked pair's
 * texts, mostly copies, which the story's documents then hold as one string (see shared-texts.ts).
 */
const nfcTexts = (doc: PreparedDocument): readonly string[] => doc.sentences.map((_, i) => sharedText(doc, sentenceText(doc, i)))
/** The sentences' own texts, likewise shared. */
const ownTexts = (doc: PreparedDocument): readonly string[] => doc.sentences.map((s) => sharedText(doc, s.text))

export function surfaceEquivalences(a: PreparedDocument, b: PreparedDocument, alignments: readonly Alignment[], diffs: SentenceDiffs): Equivalence[] {
  const out: Equivalence[] = []
  const textsA = once(a, nfcTexts)
  const textsB = once(b, nfcTexts)
  let ownA: readonly string[] | undefined
  let ownB: readonly string[] | undefined
  for (const link of alignments) {
    if (link.a.length !== 1 || link.b.length !== 1 || link.similarity < MIN_SIMILARITY) continue
    const i = link.a[0]!
    const j = link.b[0]!
    const textA = textsA[i]!
    const textB = textsB[j]!
    if (textA === textB) {
      // Same text once composed: the reports differ in Unicode form only. Digits of two scripts are no
      // Unicode form: their figures are listed as number or date formats already.
      const ownTextA = (ownA ??= once(a, ownTexts))[i]!
      const ownTextB = (ownB ??= once(b, ownTexts))[j]!
      if (ownTextA !== ownTextB && foldDigits(ownTextA) !== foldDigits(ownTextB)) out.push({ a: spanOf(a, i, 0, textA.length), b: spanOf(b, j, 0, textB.length), reason: 'unicode-form' })
      continue
    }
    if (textA.length + textB.length > MAX_PAIR_LENGTH || !mayDifferInSpelling(diffs.wordsA(i), diffs.wordsB(j))) continue
    for (const { a: at, b: bt } of diffs.between(i, j)) {
      const wordsA = textA.slice(at[0], at[1])
      const wordsB = textB.slice(bt[0], bt[1])
      if (folded(wordsA) !== folded(wordsB)) continue
      const spanA = spanOf(a, i, at[0], at[1])
      const spanB = spanOf(b, j, bt[0], bt[1])
      out.push({ a: spanA, b: spanB, reason: formatReason(spanA.text, spanB.text, 'spelling') })
    }
  }
  return out
}
