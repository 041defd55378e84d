/**
 * The hour written with *g* for *giờ* (*17g*, *20g*, *17g30*), which Vietnamese papers use as
 * they use *17h* (issue 11, round fresh37-1: *Đến khoảng 20g* / *Đến 21 giờ 30* stayed two
 * `missing` facts). The same token is a weight (*500g đường*, *khoảng 20g vàng*), so it is an hour
 * only where the text says so: minutes glued after it (*17g30*), a part of the day or a dated day
 * after it (*17g chiều*, *20g ngày 7/8*, *20g cùng ngày*, *20g hôm qua*), a word that sets a moment
 * before it, past a hedge (*lúc 20g*, *vào khoảng 20g*), or a time clause the sentence opens with,
 * hedged or not (*Đến 20g,*, *Khoảng 20g,*). Bare *cùng* ("together with") and bare
 * *ngày* ("a day") follow weights too (*20g cùng 100ml sữa*, *20g ngày hai lần*): no hour alone.
 */
import { ABOUT, keys, type Token } from '../fact-tokens'
import { AFTER_HOUR } from './date-words'

const GRAM_HOUR = /^(\d{1,2})g(\d{2})?$/i
// Words after which a figure is a moment, whatever follows: "lúc 20g", "hồi 17g", "vào khoảng 20g".
const AT = keys('lúc hồi vào')
// Words that open a time clause ("Đến 20g, ...", "Từ 17g, ..."), a moment only when the clause ends there.
// Not "sau": "sau 20 giờ" is as often "after 20 hours", and clock-times.ts reads it so.
const CLAUSE_OPENERS = keys('đến tới từ')

/** Hour and minutes of a *g* hour at token `i`, or undefined when the token is no hour or its context says weight. */
export function gramHour(tokens: readonly Token[], i: number): { hour: number; minutes: number } | undefined {
  const m = GRAM_HOUR.exec(tokens[i]!.raw)
  if (!m) return undefined
  const hour = +m[1]!
  const minutes = m[2] === undefined ? 0 : +m[2]
  if (hour > 24 || minutes > 59 || (hour === 24 && minutes > 0)) return undefined
  if (m[2] !== undefined) return { hour, minutes }
  const next = tokens[i + 1]
  if (next?.kind === 'word' && (AFTER_HOUR.has(next.key) || datesDay(tokens, i + 1))) return { hour, minutes }
  let k = i - 1
  const hedged = ABOUT.has(tokens[k]?.key ?? '')
  if (hedged) k--
  const lead = tokens[k]?.key ?? ''
  if (AT.has(lead)) return { hour, minutes }
  const clauseEnds = next === undefined || next.raw === ','
  if (!clauseEnds) return undefined
  // "Khoảng 20g, ..." opens the sentence with a hedged moment, as "Đến 20g, ..." does with a bound
  if (hedged && opensSentence(tokens, k + 1) && isVietnameseHedge(tokens[k + 1]!.key)) return { hour, minutes }
  return CLAUSE_OPENERS.has(lead) && opensSentence(tokens, k) ? { hour, minutes } : undefined
}

// Vietnamese hedges only: "About 20g, the dose is lethal" is a weight.
const VI_HEDGES = keys('khoảng chừng xấp xỉ ước tầm')
const isVietnameseHedge = (key: string): boolean => VI_HEDGES.has(key)

/** Does the word at `j` date the hour before it: "hôm (qua)", "cùng ngày", "ngày" with its number ("ngày 7/8")? */
function datesDay(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]?.key
  const after = tokens[j + 1]
  if (key === 'hôm') return true
  if (key === 'cùng') return after?.key === 'ngày'
  return key === 'ngày' && after !== undefined && /^\d/u.test(after.raw)
}

/** Is token `k` the first of its sentence (nothing before it, or a full stop)? */
function opensSentence(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]
  return before === undefined || before.raw === '.' || before.raw === '!' || before.raw === '?'
}
