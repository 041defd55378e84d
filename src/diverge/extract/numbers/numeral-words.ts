/**
 * Numbers written in words: Vietnamese numerals ("hai mươi lăm", "mười một"), English hyphenated
 * ones ("twenty-eight", "eight-week", "nine-year-old"), and whether "thứ hai" names a weekday or
 * a rank.
 *
 * Apart from numbers.ts, which decides when a word is read as a number at all and what it
 * counts: these give the value and the tokens it spans.
 */
import type { Token } from '../fact-tokens'
import { DURATIONS, EN_NUMBERS, FIVE_BEFORE, MULTIPLIERS, ORDINAL_BEFORE, VI_AFTER_TENS, VI_DIGITS, WEEKDAY_AFTER, WEEKDAY_BEFORE, YEAR_TAKERS } from './number-words'
import { keys } from '../fact-tokens'
import { shareStartsAt } from './word-shares'
import { AFTER_HOUR } from '../dates/date-words'

const key = (tokens: readonly Token[], k: number): string => tokens[k]?.key ?? ''
const word = (tokens: readonly Token[], k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')

/** "twenty-eight" → 28, "eight-week" → 8 and "week", "twenty-one-year-old" → 21 and "year-old". */
export function englishHyphenated(joined: string): { value: number; rest: string } | undefined {
  const parts = joined.split('-')
  const head = EN_NUMBERS.get(parts[0]!)
  if (head === undefined || head === 100 || parts[0] === 'dozen') return undefined
  let value = head
  let k = 1
  const unit = parts[1] === 'one' ? 1 : EN_NUMBERS.get(parts[1] ?? '')
  if (head >= 20 && head < 100 && head % 10 === 0 && unit !== undefined && unit < 10) {
    value += unit
    k = 2
  }
  const rest = parts.slice(k).join('-')
  return rest === '' && k === 1 ? undefined : { value, rest }
}

/** Vietnamese numeral words at `i`: [value, last token, one plain digit word]. */
export function viNumeral(tokens: readonly Token[], i: number): [number, number, boolean] | null {
  const t = tokens[i]
  if (!t) return null
  if (t.kind === 'num' && /^\d{1,3}$/.test(t.raw)) return [+t.raw, i, false]
  if (t.key === 'mười') {
    const u = VI_AFTER_TENS.get(key(tokens, i + 1))
    return u !== undefined && key(tokens, i + 1) !== 'mốt' ? [10 + u, i + 1, false] : [10, i, false]
  }
  const d = VI_DIGITS.get(t.key)
  if (d === undefined) return null
  if (key(tokens, i + 1) === 'mươi' && d >= 2) {
    const u = VI_AFTER_TENS.get(key(tokens, i + 2))
    return u !== undefined ? [d * 10 + u, i + 2, false] : [d * 10, i + 1, false]
  }
  return [d, i, true]
}

/**
 * "thứ hai" / "thứ 5" is a weekday when a date, "tuần" or a day word
 * surrounds it; an ordinal after an adjective ("lớn thứ hai") or before
 * "trên thế giới" / "của"; otherwise an ordinal (weekday digits are rare
 * without a date, and misreading one costs nothing: both sides compare alike).
 */
export function isWeekday(tokens: readonly Token[], skipped: readonly boolean[], thu: number, num: number, value: number): boolean {
  if (value < 2 || value > 7) return false
  const prev = word(tokens, thu - 1)
  const next = tokens[num + 1]
  // "bắt 12 người Thứ Hai tuần này": "Thứ" and its number word both capitalised write a weekday's name, whatever stands before;
  // but not in title case, where the rank's head is capitalised too ("Người Thứ Hai của đội", review R 10): there the
  // capitals say nothing and the words around decide (a day word after it: a weekday).
  const capitalised = (t: Token | undefined): boolean => /^\p{Lu}/u.test(t?.raw ?? '')
  if (capitalised(tokens[thu]) && tokens[num]!.kind === 'word' && capitalised(tokens[num])) {
    const titleCase = ORDINAL_BEFORE.has(prev) && capitalised(tokens[thu - 1])
    if (!titleCase || WEEKDAY_AFTER.has(key(tokens, num + 1))) return true
  }
  if (ORDINAL_BEFORE.has(prev) || key(tokens, num + 1) === 'của' || (key(tokens, num + 1) === 'trên' && key(tokens, num + 2) === 'thế')) return false
  if (tokens[num]!.kind === 'word' && /^\p{Lu}/u.test(tokens[num]!.raw)) return true
  if (WEEKDAY_BEFORE.has(prev) || WEEKDAY_AFTER.has(key(tokens, num + 1))) return true
  const after = next?.raw === ',' ? num + 2 : num + 1
  return !!tokens[after] && (skipped[after] === true || tokens[after]!.key === 'ngày')
}

/**
 * "những năm tháng", "bao năm tháng": a plural or a question makes "năm" the noun (years), not five;
 * so do the idioms of time "theo năm tháng" (over the years), "quanh năm" (all year round), "cả năm"
 * (the whole year). "suốt năm tháng" (through the years) only before "tháng": "suốt năm năm" is
 * five years.
 */
const YEARS_MARKERS = keys('những các bao mấy nhiều vài theo quanh cả')
const YEARS_BEFORE_MONTHS = keys('suốt')
/** "cả" (all of), "suốt" (throughout): before a span that is measured, "năm" is five. */
const WHOLE_SPAN = keys('cả suốt')
/** After the time noun, words that close a measured span: "qua", "nay", "trời", "liền" ("đồng hồ" too). */
const SPAN_TAILS = keys('qua nay trời liền')
const [MONTH, EVERY, DONG, HO] = [...keys('tháng nào đồng hồ')]

/**
 * "cả năm năm trời", "cả năm tiếng đồng hồ", "suốt năm tháng qua", "cả năm tháng nay": after "cả" /
 * "suốt", "năm" and a time noun closed by a span word is five of them (review K). Without one, a time
 * noun other than "tháng" is five too ("cả năm ngày", "cả năm tiếng"), unless "nào" makes it "every …
 * of the whole year" ("cả năm tháng nào"); "suốt năm tháng", "cả năm tháng" alone
 * stay the years.
 */
function measuredSpan(tokens: readonly Token[], last: number, next: string): boolean {
  const after = key(tokens, last + 2)
  if (SPAN_TAILS.has(after) || (after === DONG && key(tokens, last + 3) === HO)) return true
  return next !== MONTH && after !== EVERY
}

/**
 * Is the Vietnamese numeral word at `i` (read to `last`, worth `value`; `single` when one plain digit
 * word) a word here, not a number? "một" as an article, "năm" as the year ("năm học", "đầu năm phần
 * trăm"), "ba mẹ". A spelled count before a time noun is a duration, "năm" as well: "trong năm năm
 * qua" (the past five years), "năm tháng", "năm phút", as "ba năm", "hai tháng" read; unless a plural
 * makes it years ("những năm tháng"), or the time noun is "năm" opening the figure itself ("đầu năm
 * năm người", "cả năm năm phần trăm": the year, then five).
 */
export function viNumeralIsWord(tokens: readonly Token[], i: number, last: number, value: number, single: boolean): boolean {
  const next = key(tokens, last + 1)
  const share = shareStartsAt(tokens, last + 1)
  if (single && value === 1 && !MULTIPLIERS.has(next) && !share) return true // "một" is an article, not before "phần trăm"
  if (key(tokens, i) === 'ba' && single && next === 'mẹ') return true
  if (key(tokens, i) !== 'năm' || !single) return false
  if (share) return YEAR_TAKERS.has(word(tokens, i - 1)) // "sáu tháng đầu năm phần trăm hộ nghèo…": the year ("trong năm ngày" stays five days)
  if (FIVE_BEFORE.has(next)) return false
  const measured = DURATIONS.has(next) && tokens[last + 1]!.kind === 'word' && WHOLE_SPAN.has(word(tokens, i - 1)) && measuredSpan(tokens, last, next)
  if (measured) return next === 'năm' && (FIVE_BEFORE.has(key(tokens, last + 2)) || shareStartsAt(tokens, last + 2)) // "cả năm năm phần trăm": the year, then five
  if (!DURATIONS.has(next) || tokens[last + 1]!.kind !== 'word' || YEARS_MARKERS.has(word(tokens, i - 1))) return true // "năm học": the year
  if (next === 'tháng' && YEARS_BEFORE_MONTHS.has(word(tokens, i - 1))) return true // "suốt năm tháng": through the years
  if (next === 'giờ' && (word(tokens, i - 1) === 'lúc' || AFTER_HOUR.has(word(tokens, last + 2)))) return true // "lúc năm giờ", "năm giờ chiều": a time of day
  if (next !== 'năm') return false
  const then = key(tokens, last + 2)
  return FIVE_BEFORE.has(then) || shareStartsAt(tokens, last + 2)
}
