/**
 * One body named as "head of modifier" and as "modifier head": *Department of Defense* /
 * *Defense Department*, *Ministry of Foreign Affairs* / *Foreign Affairs Ministry*, *Office of
 * Management and Budget* / *Management and Budget Office*. English writes both for one body, so
 * the two are one name in another word order, never a respelling (the gold's round en18-1 read
 * *Department of Defense* / *Defense Department* flagged at confidence 1).
 *
 * Only the order changes: the same words on both sides once *of*, a leading *the* and an
 * English possessive go, the head (the words before *of*) moved after the modifier. Schools are
 * the exception: *University of Washington* and *Washington University* (or *College of X* / *X
 * College*) are different institutions, so a head naming a school keeps the two names apart.
 *
 * Vietnamese never builds a name with a word for "of" between head and modifier (*Bộ Quốc
 * phòng*, *Đại học Quốc gia*), so a Vietnamese name is never read as inverted.
 */

/** Heads whose "X Head" and "Head of X" forms name different institutions. */
const SCHOOLS = new Set(['university', 'college', 'school', 'institute', 'academy'])

/** Lower-case words of a name, a leading "the" and possessive endings dropped. */
function wordsOf(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}&]+(?:['’][\p{L}]+)?/gu) ?? []).map((w) => w.replace(/['’]s$/u, ''))
  return words[0] === 'the' ? words.slice(1) : words
}

/** Is one name the other with its "head of modifier" turned into "modifier head"? */
export function ofInversion(a: string, b: string): boolean {
  return inverted(wordsOf(a), wordsOf(b)) || inverted(wordsOf(b), wordsOf(a))
}

function inverted(withOf: readonly string[], plain: readonly string[]): boolean {
  const at = withOf.indexOf('of')
  if (at <= 0 || at === withOf.length - 1 || withOf.indexOf('of', at + 1) >= 0) return false
  if (plain.includes('of') || plain.length !== withOf.length - 1) return false
  const head = withOf.slice(0, at)
  if (head.some((w) => SCHOOLS.has(w))) return false
  const modifier = withOf.slice(at + 1)
  const reordered = [...modifier, ...head]
  return reordered.every((w, i) => w === plain[i])
}
