/**
 * A name cut where its text is cut: *… retira libros de Harry Potte* as the last words of a page a
 * scraper copied head and tail (SemEval8-es, round fresh56-judged), beside *Harry Potter* in the
 * other report. The cut word keeps the letters before the cut, so it is a strict prefix of the
 * other spelling's word; and it stands where the text stops: a literal ellipsis, a "read more"
 * link alone on its line, or the document's very end when the name ends its last line of prose. Such a mention is the
 * other report's name cut short, an equivalence, neither a respelling nor a name one report lacks.
 *
 * Only the last word may be cut, and it must be a prefix: a letter changed before the cut (*Harry
 * Pottr* at the end) is a slip the cut does not explain, judged as any respelling. A name whose
 * every mention does not stand at a cut (*Jon* mid-sentence against *Jonathan*) is judged as before.
 */
import { VIETNAMESE_LETTER } from '../../../normalize/chars'
import { foldWord, lowerNfc } from '../../../normalize/fold'
import { phraseIndex, phraseStartsAt } from '../../../normalize/word-lists'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

export const TEXT_CUT_OFF = 'text-cut-off'

// Links a page ends its excerpt with. Their words are ordinary verbs too (*read more than*, *xem
// thêm hồ sơ*): a link only when nothing but marks follows it on its line. The segmenter's
// RELATED_LEAD (segment/roles.ts) is another list: lines that open on a lead to another article.
const READ_MORE = phraseIndex(
  'read more, continue reading, read full story, read the full story, full story, see more, show more, click here, ' +
    'leer más, seguir leyendo, ver más, leia mais, continue lendo, veja mais, lire la suite, lire plus, en savoir plus, ' +
    'weiterlesen, mehr lesen, mehr erfahren, xem thêm, đọc thêm, đọc tiếp, xem tiếp, devamını oku, devamı için, ' +
    'baca juga, baca selengkapnya, selengkapnya, czytaj więcej, czytaj dalej, читать далее, подробнее',
)
// A link's words follow within this many characters: the look stays bounded.
const LINK_WINDOW = 48
// A document's last line of prose, not a caption's, a headline's or a credit's name line.
const MIN_PROSE_WORDS = 8
const PROSE_LOOK = 400

const wordsOf = (name: string): string[] => name.split(/[\s\-‐‑–—]+/u).filter((w) => w !== '').map(lowerNfc)
const LETTERS = /[^\p{L}\p{M}\p{N}]+/u

/** A report's text and whether its sentence `i` is prose (the body's, not a caption, headline or byline). */
export interface CutText {
  readonly text: string
  readonly prose: (sentence: number) => boolean
}

/** Is the rest of the line from `i` a "read more" link and nothing else (marks aside)? */
function readMoreLink(text: string, i: number): boolean {
  const look = text.slice(i, i + LINK_WINDOW + 1)
  const lineEnd = look.search(/[\r\n]/u)
  if (lineEnd === -1 && i + look.length < text.length) return false
  const words = (lineEnd === -1 ? look : look.slice(0, lineEnd)).split(LETTERS).filter((w) => w !== '').map(foldWord)
  return words.length > 0 && (READ_MORE.get(words[0]!)?.some((p) => p.length === words.length && phraseStartsAt(words, 0, p)) ?? false)
}

/**
 * Does the text stop right after `end` (a mention of sentence `sentence`): a literal ellipsis, a
 * "read more" link alone on its line, or the document's very end when the mention ends its last
 * line of prose? A line's end alone is no cut: captions, headlines, bylines and hard-wrapped text
 * end lines unpunctuated with the name whole (review rnames57).
 */
export function standsAtCut(cut: CutText, end: number, sentence: number, syllabic = false): boolean {
  const { text } = cut
  let i = end
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i++
  if (text[i] === '…' || text.startsWith('...', i) || text.startsWith('[…', i) || text.startsWith('[...', i) || text.startsWith('(…', i)) return !syllabic
  if (i < text.length && text[i] !== '\n' && text[i] !== '\r') return readMoreLink(text, i)
  let rest = i
  while (rest < text.length && /\s/u.test(text[rest]!)) rest++
  // the next line a link alone (the name's line, then *Read more »*)
  if (rest < text.length) return readMoreLink(text, rest)
  if (!cut.prose(sentence)) return false
  // read back a bounded stretch: a line longer than it is long enough
  const back = text.slice(Math.max(0, end - PROSE_LOOK), end)
  const line = back.slice(Math.max(back.lastIndexOf('\n'), back.lastIndexOf('\r')) + 1)
  return line.split(LETTERS).filter((w) => w !== '').length >= MIN_PROSE_WORDS
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
export function cutOffName(cut: string, mentions: readonly Located<NameFact>[], text: CutText, whole: string): boolean {
  const syllabic = vietnameseNames(cut, whole)
  return mentions.length > 0 && cutPrefix(cut, whole) && mentions.every((m) => standsAtCut(text, m.span.end, m.sentence, syllabic))
}

/**
 * A Vietnamese syllable is often another's prefix (Quan / Quang, Min / Minh), and Vietnamese prose
 * closes a list with "..." (as "etc."): before an ellipsis such a prefix is a respelling, not a cut.
 */
const vietnameseNames = (cut: string, whole: string): boolean => VIETNAMESE_LETTER.test(cut) || VIETNAMESE_LETTER.test(whole)

/**
 * A name of linked sentences cut short against the other's (`cut` of report `text`, whose names are
 * `names`): every mention of its spelling stands at a cut, not only the linked one.
 */
export function cutOffMention(cut: Located<NameFact>, names: readonly Located<NameFact>[], text: CutText, whole: string): boolean {
  if (!cutPrefix(cut.fact.text, whole)) return false
  const syllabic = vietnameseNames(cut.fact.text, whole)
  return names.every((name) => name.fact.key !== cut.fact.key || standsAtCut(text, name.span.end, name.sentence, syllabic))
}
