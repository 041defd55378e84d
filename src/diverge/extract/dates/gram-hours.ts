/**
 * The hour written with *g* for *giờ* (*17g*, *20g*, *17g30*), which Vietnamese papers use as
 * they use *17h* (issue 11, round fresh37-1: *Đến khoảng 20g* / *Đến 21 giờ 30* stayed two
 * `missing` facts). The same token is a weight (*500g đường*, *khoảng 20g vàng*), so it is an hour
 * only where the text says so: minutes glued after it (*17g30*), a part of the day or a day after
 * it (*17g chiều*, *20g ngày 7/8*, *20g cùng ngày*), or a word that sets a moment before it, past a
 * hedge (*lúc 20g*, *vào lúc khoảng 17g*), or a time clause the sentence opens with (*Đến 20g,*).
 */
import type { Token } from '../fact-tokens'
import { keys } from '../fact-tokens'
import { ABOUT } from '../../reasons/hedges'
import { AFTER_HOUR } from './date-words'

const GRAM_HOUR = /^(\d{1,2})g(\d{2})?$/i
// Words after which a figure is a moment, whatever follows: "lúc 20g", "hồi 17g".
const AT = keys('lúc hồi')
// Words that open a time clause ("Đến 20g, ...", "Từ 17g, ..."), a moment only when the clause ends there.
const CLAUSE_OPENERS = keys('đến tới từ')
// Words after an hour that date it: "20g ngày 7/8", "20g hôm qua", "20g cùng ngày".
const DAY_AFTER = keys('ngày hôm cùng')

/** Hour and minutes of a *g* hour at token `i`, or undefined when the token is no hour or its context says weight. */
export function gramHour(tokens: readonly Token[], i: number): { hour: number; minutes: number } | undefined {
  const m = GRAM_HOUR.exec(tokens[i]!.raw)
  if (!m) return undefined
  const hour = +m[1]!
  const minutes = m[2] === undefined ? 0 : +m[2]
  if (hour > 24 || minutes > 59 || (hour === 24 && minutes > 0)) return undefined
  if (m[2] !== undefined) return { hour, minutes }
  const next = tokens[i + 1]
  if (next?.kind === 'word' && (AFTER_HOUR.has(next.key) || DAY_AFTER.has(next.key))) return { hour, minutes }
  let k = i - 1
  if (ABOUT.has(tokens[k]?.key ?? '')) k--
  const lead = tokens[k]?.key ?? ''
  if (AT.has(lead)) return { hour, minutes }
  const clauseEnds = next === undefined || next.raw === ','
  return clauseEnds && CLAUSE_OPENERS.has(lead) && opensSentence(tokens, k) ? { hour, minutes } : undefined
}

/** Is token `k` the first of its sentence (nothing before it, or a full stop)? */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]
  return before === undefined || before.raw === '.' || before.raw === '!' || before.raw === '?'
}
