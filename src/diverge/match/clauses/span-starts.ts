/**
 * A figure that opens a "from X to Y" span in its own clause: "saltou de R$ 74,8 bilhões em junho
 * de 2006 para R$ 104,8 bilhões", "naik dari Rp 74,8 miliar menjadi Rp 104,8 miliar", "est passé de
 * 74,8 à 104,8 milliards", "tăng từ 74,8 lên 104,8 tỷ đồng". X is where a move started (or a range's
 * low end), an earlier level than the one another report states alone; the sentence's own Y is the
 * figure to set against it. English "from" before a figure was read so already (slot-qualifiers.ts);
 * the other languages' "from" word is also their "of" (de) or needs its "to" to mean a start, so
 * the span is read only when a "to" word leads straight to a figure later in the same clause.
 */
import type { Token } from '../../extract/fact-tokens'
import { keys } from '../../extract/fact-tokens'

const FROM = keys('from de dari từ desde')
const TO = keys('to para à a até menjadi ke hingga sampai lên xuống đến tới')
/** Tokens read past the figure for its "to": the span's end sits close by. */
const REACH = 12

/** A currency or unit code written as a word before a figure (R$, Rp, US$, VND): it stands between the "from" and the number. */
const codeWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.raw.length <= 3 && /^\p{Lu}/u.test(t.raw)

/** The token index of the figure's number, skipping a code word and symbols after `k` (or undefined). */
function figureAt(tokens: readonly Token[], k: number): number | undefined {
  let j = k
  if (codeWord(tokens[j])) j++
  while (tokens[j]?.kind === 'punct' && /^[$€£¥₫]$/u.test(tokens[j]!.raw)) j++
  return tokens[j]?.kind === 'num' ? j : undefined
}

/**
 * Does the figure whose tokens run from `first` to before `next` open a span? `isBreak` says
 * where the clause ends (clauses.ts: passed in so this file needs nothing back from it).
 */
export function opensSpan(tokens: readonly Token[], first: number, next: number, isBreak: (tokens: readonly Token[], k: number) => boolean): boolean {
  let b = first - 1
  while (b >= 0 && tokens[b]!.kind === 'punct' && !isBreak(tokens, b)) b--
  if (codeWord(tokens[b])) b--
  const from = tokens[b]
  if (from === undefined || from.kind !== 'word' || !FROM.has(from.key)) return false
  for (let k = next; k < tokens.length && k < next + REACH; k++) {
    if (isBreak(tokens, k)) return false
    const t = tokens[k]!
    if (t.kind === 'word' && TO.has(t.key) && figureAt(tokens, k + 1) !== undefined) return true
  }
  return false
}
