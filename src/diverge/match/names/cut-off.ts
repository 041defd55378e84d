/**
 * A name cut where its text is cut: *… retira libros de Harry Potte* as the last words of a page a
 * scraper copied head and tail (SemEval8-es, round fresh56-judged), beside *Harry Potter* in the
 * other report. The cut word keeps the letters before the cut, so it is a strict prefix of the
 * other spelling's word; and it stands where the text stops: the end of the document, the end of a
 * line with no closing punctuation, an ellipsis, or a "read more" link. Such a mention is the
 * other report's name cut short, an equivalence, neither a respelling nor a name one report lacks.
 *
 * Only the last word may be cut, and it must be a prefix: a letter changed before the cut (*Harry
 * Pottr* at the end) is a slip the cut does not explain, judged as any respelling. A name whose
 * every mention does not stand at a cut (*Jon* mid-sentence against *Jonathan*) is judged as before.
 */
import { lowerNfc } from '../../../normalize/fold'
import { anyPhraseAt, phraseIndex } from '../../../normalize/word-lists'
import type { Span } from '../../../types'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

export const TEXT_CUT_OFF = 'text cut off'

// Links a page ends its excerpt with, the text after them not the sentence's own.
const READ_MORE = phraseIndex(
  'read more, continue reading, read full story, read the full story, full story, see more, show more, click here, ' +
    'leer más, seguir leyendo, ver más, leia mais, continue lendo, veja mais, lire la suite, lire plus, en savoir plus, ' +
    'weiterlesen, mehr lesen, mehr erfahren, xem thêm, đọc thêm, đọc tiếp, xem tiếp, devamını oku, devamı için, ' +
    'baca juga, baca selengkapnya, selengkapnya, czytaj więcej, czytaj dalej, читать далее, подробнее',
)
// A link's words follow within this many characters: the look stays bounded.
const LINK_WINDOW = 48

const wordsOf = (name: string): string[] => name.split(/[\s\-‐‑–—]+/u).filter((w) => w !== '').map(lowerNfc)

/** Does the text stop right after `end`: the document's or a line's end, an ellipsis, a "read more" link? */
export function standsAtCut(text: string, end: number): boolean {
  let i = end
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++
  if (i >= text.length) return true
  const c = text[i]!
  if (c === '\n' || c === '\r' || c === '…') return true
  if (text.startsWith('...', i) || text.startsWith('[…', i) || text.startsWith('[...', i) || text.startsWith('(…', i)) return true
  const words = text.slice(i, i + LINK_WINDOW).split(/[^\p{L}\p{M}]+/u).filter((w) => w !== '').map(lowerNfc)
  return anyPhraseAt(words, 0, 1, READ_MORE)
}

/**
 * Are the words of `cut` a run of `whole`'s words, its last a strict prefix of the word it stands
 * for (Harry Potte of Harry Potter, Donald Tru of President Donald Trump)?
 */
export function cutPrefix(cut: string, whole: string): boolean {
  const x = wordsOf(cut)
  const y = wordsOf(whole)
  const last = x.length - 1
  if (last < 0 || y.length < x.length) return false
  const tail = x[last]!
  for (let s = 0; s + x.length <= y.length; s++) {
    let k = 0
    while (k < last && x[k] === y[s + k]) k++
    if (k < last) continue
    const word = y[s + last]!
    if (word.length > tail.length && word.startsWith(tail)) return true
  }
  return false
}

/** Is every mention of the name `cut` (spans in `text`) a cut of the other report's `whole` name? */
export function cutOffName(cut: string, spans: readonly Span[], text: string, whole: string): boolean {
  return spans.length > 0 && cutPrefix(cut, whole) && spans.every((span) => standsAtCut(text, span.end))
}

/**
 * A name of linked sentences cut short against the other's (`cut` of report `text`, whose names are
 * `names`): every mention of its spelling stands at a cut, not only the linked one.
 */
export function cutOffMention(cut: Located<NameFact>, names: readonly Located<NameFact>[], text: string, whole: string): boolean {
  if (!cutPrefix(cut.fact.text, whole)) return false
  return names.every((name) => name.fact.key !== cut.fact.key || standsAtCut(text, name.span.end))
}
