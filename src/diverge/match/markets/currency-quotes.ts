/**
 * Sentences that quote a currency against another ("the dollar was at 116.92 yen", "against the
 * Swiss franc, the dollar was at 1.3172 francs"). A stock or an index has a close, and a day's
 * move told without a moment is most often the day's; a currency trades around the clock, so an
 * unnamed reading of it names no moment at all, and two such readings are one slot only when
 * something else ties them (both "on the session", one starting level).
 */
import type { Token } from '../../extract/fact-tokens'
import { keys } from '../../extract/fact-tokens'

const CURRENCIES = keys('dollar dollars euro euros yen franc francs pound pounds sterling greenback yuan renminbi won rupee rupees peso pesos currency currencies')
const AGAINST = keys('against versus')

/** The sentence names a currency as the thing quoted: a currency word within a few words after "against" / "versus", or "currency". */
export function quotesCurrency(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind !== 'word') continue
    if (t.key === 'currency') return true
    if (AGAINST.has(t.key) && tokens.slice(k + 1, k + 5).some((u) => u.kind === 'word' && CURRENCIES.has(u.key))) return true
  }
  return false
}
