/**
 * English numbers spelled in more than one word, read whole: "one hundred", "a hundred and five",
 * "twenty one", "twenty - one", "two point two five". The numeral-word reader (numbers.ts) takes
 * one word at a time, so before a share word these were left unread on purpose (a part read as the
 * whole, "five percent" of "two point two five percent", conflicted with the other report's 2.25),
 * and their digit form on the other side was a `missing` fact.
 *
 * Only read where a share or a point move follows (see `compoundShareAt`): elsewhere the one-word
 * readers keep their say ("twenty one people" is theirs).
 */
import { keys, type Token } from './fact-tokens'
import { EN_NUMBERS } from './number-words'
import { percentagePointsAt, shareStartsAt } from './word-shares'

/** Words that can open a spelled number read here; the rest (most words) cost one lookup. */
export const OPENERS = keys('a one zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety')
const DECIMAL_DIGITS: ReadonlyMap<string, number> = new Map([['zero', 0], ['oh', 0], ['one', 1], ...[...EN_NUMBERS].filter(([, v]) => v < 10)])

/** A number below 100 at `k` ("one", "nineteen", "twenty one", "twenty-one", "twenty - one"): value and last token. */
function belowHundred(tokens: readonly Token[], k: number): { value: number; last: number } | undefined {
  const w = tokens[k]?.kind === 'word' ? tokens[k]!.key : ''
  const dash = w.indexOf('-')
  const head = dash < 0 ? w : w.slice(0, dash)
  const v = head === 'one' ? 1 : head === 'zero' ? 0 : EN_NUMBERS.get(head)
  if (v === undefined || v >= 100 || head === 'dozen') return undefined
  const unit = (u: string): number | undefined => (u === 'one' ? 1 : (EN_NUMBERS.get(u) ?? 10) < 10 ? EN_NUMBERS.get(u) : undefined)
  const tens = v >= 20 && v % 10 === 0
  if (dash >= 0) {
    const u = tens ? unit(w.slice(dash + 1)) : undefined
    return u !== undefined ? { value: v + u, last: k } : undefined
  }
  if (!tens) return { value: v, last: k }
  const joined = tokens[k + 1]?.raw === '-' ? k + 2 : k + 1
  const u = tokens[joined]?.kind === 'word' ? unit(tokens[joined]!.key) : undefined
  return u !== undefined ? { value: v + u, last: joined } : { value: v, last: k }
}

/**
 * The spelled number starting at token `i` when it is more than one word: its value and last
 * token ("one hundred and five" → 105, "two point two five" → 2.25), else undefined.
 */
export function compoundNumberAt(tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  if (!OPENERS.has(key(i))) return undefined
  let value: number
  let last: number
  if (key(i) === 'a') {
    if (key(i + 1) !== 'hundred') return undefined
    value = 100
    last = i + 1
  } else {
    const head = belowHundred(tokens, i)
    if (!head) return undefined
    ;({ value, last } = head)
    if (key(last + 1) === 'hundred' && value >= 1 && value < 10 && last === i) {
      value *= 100
      last++
    }
  }
  // "one hundred and five", "a hundred twenty"
  if (value % 100 === 0 && value >= 100) {
    const rest = belowHundred(tokens, key(last + 1) === 'and' ? last + 2 : last + 1)
    if (rest && rest.value > 0) ({ value, last } = { value: value + rest.value, last: rest.last })
  }
  // "two point two five": the decimals, digit by digit
  if (key(last + 1) === 'point' && DECIMAL_DIGITS.has(key(last + 2))) {
    let scale = 0.1
    let k = last + 2
    for (; DECIMAL_DIGITS.has(key(k)); k++, scale /= 10) value += DECIMAL_DIGITS.get(key(k))! * scale
    value = Number(value.toFixed(k - last - 2))
    last = k - 1
  }
  return last > i ? { value, last } : undefined
}

/** A compound spelled number at `i` before a share word or "percentage point(s)": its value and last numeral token. */
export function compoundShareAt(tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
  const found = compoundNumberAt(tokens, i)
  return found && (shareStartsAt(tokens, found.last + 1) || percentagePointsAt(tokens, found.last + 1) >= 0) ? found : undefined
}
