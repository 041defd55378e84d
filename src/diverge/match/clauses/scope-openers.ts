/**
 * Clauses that open by setting their statement beside another one ("Ngoài FA-50, Philippines cũng
 * đang thương lượng … tàu hộ vệ trị giá 650 triệu USD", "Besides the jets, Manila is buying …",
 * "Meanwhile, …"): what follows is another quantity or another scope than what was said before,
 * however many words the two share. Such a clause's facts take no words from a sentence before
 * (back-references.ts): the words it shares with the statement before are the very sign that
 * it speaks of something else.
 */
import type { PreparedDocument } from '../../../document'
import { factTokens } from '../../../document/words'
import type { Token } from '../../extract/fact-tokens'
import { isBreak } from './clauses'

/** Openers, as lowercased words in a row at a clause's start. */
const OPENERS: readonly (readonly string[])[] = [
  // Vietnamese: "Ngoài ra", "Ngoài X", "Bên cạnh đó", "Thêm vào đó", "Trong khi đó", "Riêng X", "Còn X" (as for X), "Cùng với đó"
  'ngoài', 'bên cạnh', 'thêm vào đó', 'trong khi đó', 'trong khi', 'riêng', 'còn', 'cùng với đó', 'mặt khác',
  // English: "Besides", "In addition (to)", "Apart from", "Aside from", "Also", "Meanwhile", "Separately", "Elsewhere", "Other than"
  'besides', 'in addition', 'additionally', 'apart from', 'aside from', 'also', 'meanwhile', 'separately', 'elsewhere', 'other than',
  'on top of', 'as for', 'in other news',
].map((p) => p.split(' '))

/** The lowercased words from token `from` on, up to the first clause break. */
function clauseWords(tokens: readonly Token[], from: number): string[] {
  const words: string[] = []
  for (let k = from; k < tokens.length && words.length < 4; k++) {
    if (isBreak(tokens, k)) break
    if (tokens[k]!.kind === 'word') words.push(tokens[k]!.raw.toLowerCase())
  }
  return words
}

const opens = (words: readonly string[]): boolean => OPENERS.some((p) => p.every((w, n) => words[n] === w))

/**
 * Whether the fact at `start` (an offset in sentence i's text) follows such a marker at the start of
 * its sentence or of any clause before it ("Ngoài FA-50, …", "…, trong khi đó giá vàng tăng 5%",
 * "…; meanwhile, gold rose 5 percent"): once a sentence turns to another thing, the rest is that thing's.
 */
export function inOtherScope(doc: PreparedDocument, i: number, start: number): boolean {
  const tokens = factTokens(doc, i)
  for (let k = 0; k < tokens.length && tokens[k]!.end <= start; k++) {
    if ((k === 0 || isBreak(tokens, k - 1)) && opens(clauseWords(tokens, k))) return true
  }
  return false
}
