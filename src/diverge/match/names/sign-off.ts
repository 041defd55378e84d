/**
 * A report's sign-off: what follows its last sentence, the bylines, the desk and the sources
 * ("… láng giềng. Sầm Hoa(Theo ABCnews)", "./. Anh Tuấn/VOV-Trung tâm Tin Tổng hợp", "Phương
 * Thảo Theo gsmarena"). A name there credits the report; it is no fact of it. Scraped news runs
 * the sign-off into the last sentence's line, so it is told by its shape: a short tail after
 * the last sentence end, with no figure in it.
 */
import type { PreparedDocument } from '../../../document'

/** Longest sign-off read as one: a byline, a desk and two sources. */
const MAX_SIGN_OFF = 100
const MAX_SIGN_OFF_WORDS = 10
// A sentence end: its mark, then the quotes or brackets that close it, then a space.
const END_MARK = /[.!?…]/u
const CLOSERS = /["”’')»]/u

/** Where the text's sign-off begins, or the text's length when it has none. */
export function signOffStart(doc: PreparedDocument): number {
  const text = doc.original
  let end = text.length
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--
  const from = Math.max(0, end - MAX_SIGN_OFF - 1)
  for (let i = end - 1; i >= from; i--) {
    if (!END_MARK.test(text[i]!)) continue
    let k = i + 1
    while (k < end && CLOSERS.test(text[k]!)) k++
    // The text closes on its last sentence: no sign-off.
    if (k >= end) return text.length
    if (!/\s/u.test(text[k]!)) continue
    const tail = text.slice(k, end).trim()
    // A figure is a fact (a score list, a date): that tail is the report's last sentence.
    if (tail === '' || /\p{N}/u.test(tail) || tail.split(/\s+/u).length > MAX_SIGN_OFF_WORDS) return text.length
    return k
  }
  return text.length
}
