/**
 * A share's price level quoted "a share": "Lucent shares fell 8 cents to $1.83 a share" gives the
 * price another outlet writes "at $1.84" — a stock's price is per share whether said or not. The
 * divisor kept the two apart (slot usd/share against usd), so the conflict was two missing facts.
 * Only a level (after "to" / "at", "lên" / "còn" / "ở mức") in a sentence about shares or stock
 * drops it; earnings ("earned 10 cents a share", "lãi 2.000 đồng/cổ phiếu") keep their divisor.
 */
import { foldWord } from '../../normalize/fold'
import { keys, type Token } from './fact-tokens'

const PER_SHARE = keys('share cổ cp')
const LEVEL_BEFORE = keys('to at lên còn mức')
const SHARE_WORDS = keys('shares stock stocks cổ cp')
const SENTENCE_END = /^[.!?;]$/

/** The divisor of the figure spanning tokens `first`…, or none when it is a share's price level. */
export function sharePriceDivisor(tokens: readonly Token[], first: number, per: string | undefined): string | undefined {
  if (per === undefined || !PER_SHARE.has(foldWord(per))) return per
  // "$1.83": the figure may start at its currency sign
  let k = first - 1
  if (k >= 0 && tokens[k]!.kind !== 'word' && !SENTENCE_END.test(tokens[k]!.raw) && tokens[k]!.raw.length === 1 && /\p{Sc}/u.test(tokens[k]!.raw)) k--
  if (k < 0 || !LEVEL_BEFORE.has(tokens[k]!.key)) return per
  // the sentence before the level names shares or stock ("cổ phiếu" / "cp" too)
  for (let j = k - 1; j >= 0 && j >= k - 25; j--) {
    const t = tokens[j]!
    if (SENTENCE_END.test(t.raw)) break
    if (SHARE_WORDS.has(t.key)) return undefined
  }
  return per
}
