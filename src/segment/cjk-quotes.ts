/**
 * Japanese quotes a whole sentence, its full stop inside the brackets, and goes on with the
 * sentence that quotes it: 担当者は「検査数が増えた。」と説明した (the official explained that
 * "tests rose."). ICU breaks after 。」; the quotative particle after the bracket (と, って) says the
 * sentence has not ended. Chinese ends a quoted sentence the same way but never writes these kana,
 * so nothing else moves.
 */

const TERMINALS = new Set(['。', '！', '？', '!', '?'])
const CLOSERS = new Set(['」', '』'])
/** The quotative particles: と (and its とし, という, とした), って. */
const QUOTATIVE = ['と', 'って']

/** Whether a break at `position` would cut a quoted sentence from the sentence quoting it. */
export function quoteGoesOn(text: string, position: number): boolean {
  if (!CLOSERS.has(text[position - 1] ?? '') || !TERMINALS.has(text[position - 2] ?? '')) return false
  return QUOTATIVE.some((particle) => text.startsWith(particle, position))
}
