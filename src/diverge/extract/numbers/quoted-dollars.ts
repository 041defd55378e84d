/**
 * A bare "$" in a sentence that quotes another dollar: "Against the Canadian dollar, the
 * greenback rose 0.15 percent to $1.3260" gives the price of one US dollar in Canadian dollars,
 * what another outlet writes "C$1.3252". Read as US dollars, the two quotes of one rate were
 * never one slot (the gold's C$1.3252 / $1.3260). The currency quoted is the one named after
 * "against" or "versus"; the figure in "$" is in it when the sentence names no other dollar that
 * way and writes no prefixed "US$" figure. "The Canadian dollar rose against the U.S. dollar to
 * $0.72" quotes the US dollar and is left alone.
 *
 * English in practice: a Vietnamese report writes such a rate in words (đô la Canada) or in VND.
 */
import type { NumberFact } from '../fact'
import type { Token } from '../fact-tokens'
import { keys } from '../fact-tokens'

/** A country word before "dollar" and the currency it makes. */
const DOLLARS: ReadonlyMap<string, string> = new Map([
  ['canadian', 'cad'],
  ['australian', 'aud'],
  ['zealand', 'nzd'],
  ['kong', 'hkd'],
  ['singapore', 'sgd'],
  ['taiwan', 'twd'],
  ['taiwanese', 'twd'],
])
const AGAINST = keys('against versus')
const DOLLAR = keys('dollar dollars')
const REACH = 4

/** The one foreign dollar a sentence quotes (a country word and "dollar" within a few words after "against"), or ''. */
function quotedDollar(tokens: readonly Token[]): string {
  let found = ''
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word' || !AGAINST.has(tokens[k]!.key)) continue
    for (let n = k + 1; n < Math.min(tokens.length - 1, k + REACH); n++) {
      const currency = DOLLARS.get(tokens[n]!.key)
      if (!DOLLAR.has(tokens[n + 1]!.key)) continue
      // "against the U.S. dollar", "against the dollar": a US dollar quoted, no other
      if (currency === undefined || (found && found !== currency)) return ''
      found = currency
    }
  }
  return found
}

/** The facts with a bare "$" read in the foreign dollar the sentence quotes, when it quotes one. */
export function quotedDollars(tokens: readonly Token[], facts: NumberFact[]): NumberFact[] {
  if (!facts.some((f) => f.unit === 'usd' && f.text.startsWith('$'))) return facts
  const currency = quotedDollar(tokens)
  if (!currency || facts.some((f) => f.unit === 'usd' && !f.text.startsWith('$'))) return facts
  return facts.map((f) => (f.unit === 'usd' && f.text.startsWith('$') ? { ...f, unit: currency } : f))
}
