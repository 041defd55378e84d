/**
 * A share's price level quoted "a share": "Lucent shares fell 8 cents to $1.83 a share" gives the
 * price another outlet writes "at $1.84" — a stock's price is per share whether said or not. The
 * divisor kept the two apart (slot usd/share against usd), so the conflict was two missing facts.
 * Only a level (after "to" / "at", "lên" / "còn" / "ở mức") in a sentence about shares or stock
 * drops it, and only when shares or stock are the subject of the level's own clause: earnings, offers
 * and dividends ("earnings rose to $1.20 a share", "raised its offer to $40 a share", "lãi cơ bản lên
 * 2.000 đồng/cổ phiếu") keep their divisor even in a sentence that names the stock before them.
 */
import { foldWord } from '../../../normalize/fold'
import { keys, type Token } from '../fact-tokens'

const PER_SHARE = keys('share cổ cp')
const LEVEL_BEFORE = keys('to at lên còn mức')
const SHARE_WORDS = keys('shares stock stocks cổ cp')
const SENTENCE_END = /^[.!?;]$/
/** Nouns priced per share that are not the share's price: earnings, offers, dividends ("lãi", "lợi nhuận", "cổ tức"). */
const PER_SHARE_NOUNS = keys('earnings earning profit profits income eps offer offers bid bids dividend dividends payout loss losses lãi lợi lỗ thưởng')
/** Words that open another clause, whose subject the level does not share ("after", "as", "khi"). */
const CLAUSE_OPENERS = keys('after as when while because since though although if that which khi sau nhờ vì do')
/** "as the dividend was raised" opens a clause; "as much as" does not. */
const AS_OPENS = keys('the a an its it their they investors')
/** "trên mỗi cổ phiếu", "per share": the share word as a divisor, not a subject. */
const DIVISOR_BEFORE = keys('mỗi per a each trên')

/** The divisor of the figure spanning tokens `first`…, or none when it is a share's price level. */
export function sharePriceDivisor(tokens: readonly Token[], first: number, per: string | undefined): string | undefined {
  if (per === undefined || !PER_SHARE.has(foldWord(per))) return per
  // "$1.83": the figure may start at its currency sign
  let k = first - 1
  if (k >= 0 && tokens[k]!.kind !== 'word' && !SENTENCE_END.test(tokens[k]!.raw) && tokens[k]!.raw.length === 1 && /\p{Sc}/u.test(tokens[k]!.raw)) k--
  if (k < 0 || !LEVEL_BEFORE.has(tokens[k]!.key)) return per
  // the level's own clause has shares or stock as its subject: read back to the clause's start,
  // and a per-share noun on the way ("earnings rose to", "raised its offer to", "lãi cơ bản lên")
  // makes the figure that noun's, whatever the sentence says of the stock before it
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j]!
    if (SENTENCE_END.test(t.raw) || PER_SHARE_NOUNS.has(t.key)) return per
    if (CLAUSE_OPENERS.has(t.key) && (t.key !== 'as' || AS_OPENS.has(tokens[j + 1]?.key ?? ''))) return per
    if (t.key === 'cổ' && tokens[j + 1]?.key === 'tức') return per // "cổ tức": dividend
    if (SHARE_WORDS.has(t.key) && !DIVISOR_BEFORE.has(tokens[j - 1]?.key ?? '') && (t.key !== 'cổ' || tokens[j + 1]?.key === 'phiếu')) return undefined
  }
  return per
}
