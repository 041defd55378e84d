/**
 * A Vietnamese name that ends a body's name: *Việt Nam* of *Ủy ban Trung ương Mặt trận Tổ quốc
 * Việt Nam*, *Bắc Đại Tây Dương* of *Tổ chức Hiệp ước Bắc Đại Tây Dương*. Vietnamese capitalises only
 * the first syllable of each word of a body's name, so the extractor reads the run of capitalised
 * syllables at its end, a fragment (real missing gold, clusters 15 and 64: judged not a fact).
 * Reported missing, the fact is the body: its words before the name are put back, word by word
 * (a capitalised syllable and up to two lower-case ones after it), when the farthest of them opens
 * on a body's head (*Ủy ban*, *Mặt trận*, *Tổ chức*, *Bệnh viện* …). *Người dân Hà Nội* opens on
 * no body and stays *Hà Nội*; a preposition, conjunction or verb (*tại*, *và*, *gửi*) ends the walk:
 * the body before it is another fact (*Bệnh viện Bạch Mai tại Hà Nội*).
 */
import type { PreparedDocument } from '../../../document'
import { foldWord } from '../../../normalize/fold'
import type { Span } from '../../../types'
import type { Located } from '../../extract/collect'
import { INSTITUTION_COMPOUNDS, type NameFact } from '../../extract/names/names'
import { isVietnameseSyllable } from '../../extract/vi-syllables'

// Heads of bodies besides the extractor's (INSTITUTION_COMPOUNDS): Tổ chức Y tế Thế giới, Tổ chức Hiệp ước …,
// Sở Giao dịch Chứng khoán (a stock exchange).
export const BODY_HEADS: ReadonlySet<string> = new Set([...INSTITUTION_COMPOUNDS, ...['tổ chức', 'quỹ tiền', 'cơ quan', 'giao dịch'].map((p) => p.split(' ').map(foldWord).join(' '))])
// At most this many words read back: a body's name is a few words long, and the scan stays bounded.
const MAX_WORDS = 12
const MAX_LOWER = 2
// Lower-case words that join a clause, never a body's name (review-rname 6, 7: Bệnh viện Bạch Mai tại Hà Nội,
// Văn phòng Chính phủ gửi Hà Nội, Ngân hàng Nhà nước và Hà Nội): prepositions, conjunctions, copulas, aspect
// markers and verbs that take a place as object. The walk back stops at one.
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'tại ở và với của cho gửi từ đến tới về vào ra là có đã đang sẽ được bị thì mà khi cùng hoặc hay nhưng theo trên dưới thăm gặp'
    .split(' ')
    .map(foldWord),
)

interface BackWord {
  readonly start: number
  readonly folded: string
  readonly cap: boolean
}

/** The words right before `end` in `text` after `from`, nearest first, while single spaces part them (a comma or a figure ends the walk). */
function wordsBefore(text: string, from: number, end: number): BackWord[] {
  const out: BackWord[] = []
  let at = end
  while (out.length < MAX_WORDS && at - 1 > from && text[at - 1] === ' ') {
    let start = at - 1
    while (start > from && /[\p{L}\p{M}]/u.test(text[start - 1]!)) start--
    if (start === at - 1) break
    const word = text.slice(start, at - 1)
    out.push({ start, folded: foldWord(word), cap: word[0] !== word[0]!.toLowerCase() })
    at = start
  }
  return out
}

/**
 * Where the body's name that ends at `end` opens (Ủy ban … before Mặt trận Tổ quốc Việt Nam, Đại học
 * before Peking), walking back no further than `from`; undefined where the words before open on no body.
 */
export function bodyOpeningBefore(text: string, from: number, end: number): { readonly start: number; readonly head: string } | undefined {
  const words = wordsBefore(text, from, end)
  let start: { start: number; head: string } | undefined
  let lower: BackWord[] = []
  for (const w of words) {
    if (!isVietnameseSyllable(w.folded) || (!w.cap && CLAUSE_WORDS.has(w.folded))) break
    if (!w.cap) {
      lower.push(w)
      if (lower.length > MAX_LOWER) break
      continue
    }
    // A capitalised syllable and the lower-case ones after it: one word of the body's name; the farthest that heads a body is where it opens.
    const head = lower.length > 0 ? `${w.folded} ${lower[lower.length - 1]!.folded}` : ''
    if (BODY_HEADS.has(head)) start = { start: w.start, head }
    lower = []
  }
  return start
}

/** The missing name's span with the words of the body it ends put back, or the span as it is. */
export function withBody(doc: PreparedDocument, name: Located<NameFact>, span: Span): Span {
  const { fact } = name
  if (fact.title !== undefined || fact.category === 'person' || !fact.tokens.every(isVietnameseSyllable)) return span
  const start = bodyOpeningBefore(doc.original, doc.sentences[name.sentence]!.start, span.start)?.start
  return start === undefined ? span : { ...span, start, text: doc.original.slice(start, span.end) }
}
