/**
 * A scraped page that carries its article twice: the body, the byline, then the body again
 * ("… 3 danh hiệu Grand Slam. Tùng Lâm Kể từ sau thất bại …", where the first copy opened with
 * "Kể từ sau thất bại"). Some outlets' pages (a print or mobile copy) make scrapers do this to
 * about one article in thirty. Read as body, the copy doubles every figure (each value a rival of
 * itself when a pair is judged), and the byline runs into the copy's first words as one name
 * ("Tùng Lâm Kể").
 *
 * The copy is told by the text alone: the article's opening words appear again, the next
 * `MATCHED` characters alike, far enough on that the copy is most of a second article. The pieces
 * of the copy take the role `related` (text the page carries beside the article, not content), and
 * the words between the body's last sentence and the copy, when they are few, are its byline.
 */
import type { RoledPiece } from './roles'

/** Characters of the opening that must recur, and that must match from there on. */
const OPENING = 60
const MATCHED = 200
/** The copy is at least this share of the text: a recurring opening sentence alone is no copy. */
const MIN_COPY_SHARE = 0.4
/** At most this many words between the body's end and the copy make a byline. */
const MAX_BYLINE_WORDS = 8

/** Where the second copy of the article starts in `text`, or -1. */
export function repeatedBodyAt(text: string, firstBody: number): number {
  if (firstBody < 0 || text.length - firstBody < 2 * OPENING) return -1
  const opening = text.slice(firstBody, firstBody + OPENING)
  const at = text.indexOf(opening, firstBody + OPENING)
  if (at < 0 || text.length - at < MIN_COPY_SHARE * (text.length - firstBody)) return -1
  const length = Math.min(MATCHED, text.length - at)
  return text.startsWith(text.slice(firstBody, firstBody + length), at) ? at : -1
}

const words = (s: string): number => s.split(/\s+/u).filter(Boolean).length

/** The pieces with the article's second copy set apart (split where it starts inside a piece). */
export function setApartRepeatedBody(text: string, pieces: readonly RoledPiece[]): RoledPiece[] {
  const first = pieces.find((piece) => piece.role === 'body')
  const at = first ? repeatedBodyAt(text, first.start) : -1
  if (at < 0) return [...pieces]
  const out: RoledPiece[] = []
  for (const piece of pieces) {
    if (piece.end <= at) out.push(piece)
    else if (piece.start >= at) out.push({ ...piece, role: 'related' })
    else {
      const before = text.slice(piece.start, at).trim()
      if (before !== '') out.push({ start: piece.start, end: piece.start + text.slice(piece.start, at).trimEnd().length, role: words(before) <= MAX_BYLINE_WORDS ? 'byline' : piece.role })
      out.push({ start: at, end: piece.end, role: 'related' })
    }
  }
  return out
}
