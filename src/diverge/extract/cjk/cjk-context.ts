/**
 * The words around a fact in Chinese or Japanese text, for the matchers that ask whether two
 * figures or dates sit among the same words (`before`, `after` of a fact). With no spaces, the
 * words are the Han (or kana) character pairs alignment indexes too (normalize/tokens.ts).
 */

const CONTEXT = 3

/** A character a context pair may hold: kana or Han, not the ideographic comma and full stop. */
function isCjkLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c >= 0x3040 && c <= 0x9fff && c !== 0x3001 && c !== 0x3002
}

/** Up to three pairs of CJK letters ending at `end`, nearest last. */
export function pairsBefore(text: string, end: number): string[] {
  const out: string[] = []
  for (let k = end - 2; k >= 0 && out.length < CONTEXT && isCjkLetter(text, k) && isCjkLetter(text, k + 1); k--) out.unshift(text.slice(k, k + 2))
  return out
}

/** Up to three pairs of CJK letters starting at `start`, nearest first. */
export function pairsAfter(text: string, start: number): string[] {
  const out: string[] = []
  for (let k = start; k + 1 < text.length && out.length < CONTEXT && isCjkLetter(text, k) && isCjkLetter(text, k + 1); k++) out.push(text.slice(k, k + 2))
  return out
}
