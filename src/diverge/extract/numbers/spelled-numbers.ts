/**
 * Numbers in words, Vietnamese and English, read by extractNumbers (numbers.ts) at a word token:
 * one word at a time ("thứ hai", "ba ngày", "hai mươi lăm tuổi", "three ships", "second-largest",
 * "Twenty-eight people"; `wordNumeral`), and English numbers spelled in more than one word, read
 * whole ("one hundred", "a hundred and five", "twenty one", "two point two five"; `compoundNumberAt`).
 * Digits are numbers.ts' own; both write their figures through the reader extractNumbers hands
 * over (its tokens, the figures read so far, its emit and suffix steps).
 *
 * The one-word reader took one word at a time, so before a share word compounds were left unread
 * on purpose (a part read as the whole, "five percent" of "two point two five percent", conflicted
 * with the other report's 2.25), and their digit form on the other side was a `missing` fact. A
 * compound is only read where a share or a point move follows (see `compoundShareAt`): elsewhere
 * the one-word reader keeps its say ("twenty one people" is its).
 */
import type { NumberFact, QuantityKind } from '../fact'
import { keys, type Token } from '../fact-tokens'
import { CLASSIFIERS, DURATIONS, EN_MODIFIERS, EN_NUMBERS, EN_ORDINALS, MULTIPLIERS, NUMERAL_WORDS, SERIES_NOUNS } from './number-words'
import { SCORE_CUES } from '../identifiers/identifiers'
import type { Suffix } from './numeral-suffix'
import { quantityAfterSo } from './so-labels'
import { countedAs } from './counted-synonyms'
import { modelCodeCount } from './counted-noun'
import { isPlural, singular } from './count-units'
import { englishHyphenated, isWeekday, viNumeral, viNumeralIsWord } from './numeral-words'
import { halfShareAfter, percentagePointsAt, shareStartsAt, spelledShare } from './word-shares'
import { elidedUnit, totalAfterPart } from './elided-units'
import { ageWordAfter, looksAdjective, pronounSubject } from './number-adjectives'
import { titledOrdinal } from './titled-ordinals'
import { vehicleAt } from './vehicle-classes'
import { viCompoundAt } from './vi-compound-numbers'
import { zeroNounAt } from './zero-nouns'
import { GENERIC_NOUN, numberAsSubject, subjectNoun, zeroSubjectAt, ZERO_OPENERS } from './number-subjects'

/** What extractNumbers hands a reader of numbers in words: the sentence's tokens and figures, and how it writes one. */
export interface NumberReader {
  readonly tokens: readonly Token[]
  /** Tokens a date (or another skip span) holds: no figure of their own. */
  readonly skipped: readonly boolean[]
  /** The figures read so far, in order. */
  readonly out: readonly NumberFact[]
  /** Writes a figure spanning tokens `first` to `last` (offsets into them; `lastOffset` -1 for the whole last token); its clause words start at `clauseFrom`, else after it. */
  emit(first: number, firstOffset: number, last: number, lastOffset: number, value: number, kind: QuantityKind, unit: string, hedge?: undefined, clauseFrom?: number): void
  /** Multiplier, currency, percent, age, duration or counted noun after token `i` (numeral-suffix.ts). */
  suffix(i: number, currency: string, countable?: boolean): Suffix
  /** A range mark at token `k`: "5-7", "10 đến 12", "16 to 18", "between 30 and 80". */
  rangeJoin(k: number): boolean
}

/** Words that can open a compound spelled number; the rest (most words) cost one lookup. */
const OPENERS = keys('a one zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety')
const DECIMAL_DIGITS: ReadonlyMap<string, number> = new Map([['zero', 0], ['oh', 0], ['one', 1], ...[...EN_NUMBERS].filter(([, v]) => v < 10)])

/**
 * The words without a hyphen at which wordNumeral may read anything: a compound's opener ("one"
 * among them) or a numeral word. At any other word it reads nothing, so one lookup passes it over
 * (every word of a report comes by; some eight lookups each before).
 */
export const WORD_NUMERAL_OPENERS: ReadonlySet<string> = new Set([...OPENERS, 'one', ...NUMERAL_WORDS, ...ZERO_OPENERS, ...keys('chưa')])

/**
 * A number below 100 at `k` ("one", "nineteen", "twenty one", "twenty-one", "twenty - one"): value
 * and last token. One reader of the tens and their unit for both readers here: a compound's head
 * and tail, and the one-word reader's "twenty - one"; the hyphened word is numeral-words.ts'
 * englishHyphenated, which also reads the words after it ("twenty-one-year-old").
 */
function belowHundred(tokens: readonly Token[], k: number): { value: number; last: number } | undefined {
  const w = tokens[k]?.kind === 'word' ? tokens[k]!.key : ''
  const dash = w.indexOf('-')
  const head = dash < 0 ? w : w.slice(0, dash)
  const v = head === 'one' ? 1 : head === 'zero' ? 0 : EN_NUMBERS.get(head)
  if (v === undefined || v >= 100 || head === 'dozen') return undefined
  if (dash >= 0) {
    const hyphened = englishHyphenated(w)
    return hyphened && hyphened.rest === '' ? { value: hyphened.value, last: k } : undefined
  }
  if (v < 20 || v % 10 !== 0) return { value: v, last: k }
  const unit = (u: string): number | undefined => (u === 'one' ? 1 : (EN_NUMBERS.get(u) ?? 10) < 10 ? EN_NUMBERS.get(u) : undefined)
  const joined = tokens[k + 1]?.raw === '-' ? k + 2 : k + 1
  const u = tokens[joined]?.kind === 'word' ? unit(tokens[joined]!.key) : undefined
  return u !== undefined ? { value: v + u, last: joined } : { value: v, last: k }
}

/** Scales a spelled number may go on past ("two thousand three hundred"); plurals are multipliers only ("millions of"). */
const EN_SCALES: ReadonlyMap<string, number> = new Map([['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]])

/** A group below a thousand at `k` ("two", "twenty one", "three hundred and twelve", "a hundred" when `first`): value and last token. */
function groupBelowThousand(tokens: readonly Token[], k: number, first: boolean): { value: number; last: number } | undefined {
  const key = (j: number): string => (tokens[j]?.kind === 'word' ? tokens[j]!.key : '')
  let value: number
  let last: number
  if (key(k) === 'a') {
    // "a thousand two hundred": "a" is the one of the scale after it, which the caller reads
    if (first && EN_SCALES.has(key(k + 1))) return { value: 1, last: k }
    if (!first || key(k + 1) !== 'hundred') return undefined
    value = 100
    last = k + 1
  } else {
    const head = belowHundred(tokens, k)
    if (!head) return undefined
    ;({ value, last } = head)
    if (key(last + 1) === 'hundred' && value >= 1 && value < 10 && last === k) {
      value *= 100
      last++
    }
  }
  // "one hundred and five", "a hundred twenty"
  if (value % 100 === 0 && value >= 100) {
    const rest = belowHundred(tokens, key(last + 1) === 'and' ? last + 2 : last + 1)
    if (rest && rest.value > 0) ({ value, last } = { value: value + rest.value, last: rest.last })
  }
  return { value, last }
}

/**
 * The spelled number starting at token `i` when it is more than one word: its value and last
 * token ("one hundred and five" → 105, "two thousand three hundred" → 2,300, "two point two
 * five" → 2.25), else undefined. A first scale no group follows is left to the suffix reader
 * as a multiplier ("two million dollars", "three hundred thousand people"); past it, a group's
 * scale is the number's own ("one million two hundred thousand votes").
 */
export function compoundNumberAt(tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  if (!OPENERS.has(key(i))) return undefined
  const head = groupBelowThousand(tokens, i, true)
  if (!head) return undefined
  let { value, last } = head
  let total = 0
  let lastScale = Infinity
  for (let first = true; ; first = false) {
    const scale = EN_SCALES.get(key(last + 1))
    if (scale === undefined || scale >= lastScale) break
    // "one thousand, two hundred": a comma may set the next group off, as digits' separators do
    const comma = tokens[last + 2]?.raw === ',' ? 1 : 0
    const joined = key(last + 2 + comma) === 'and' ? last + 3 + comma : last + 2 + comma
    const next = groupBelowThousand(tokens, joined, false)
    // past a comma only a group with its hundred goes on: "two thousand, three people" may be two figures
    if (!next || next.value === 0 || (comma && next.value < 100)) {
      if (first) break
      value *= scale
      last++
      break
    }
    total += value * scale
    lastScale = scale
    ;({ value, last } = next)
  }
  value += total
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

const FIVE = keys('năm').values().next().value!
const [KHONG_KEY, NGUOI_KEY, CHUA_KEY] = [...keys('không người chưa')] as [string, string, string]
/** Words that take the year "năm" after them ("cuối năm", "hằng năm"), never five: "cả năm người" is all five. */
const YEAR_OF = keys('đầu cuối giữa mỗi hằng hàng nửa sang quanh từng')

/** Token `k`'s key, '' past the end. */
const keyAt = (tokens: readonly Token[], k: number): string => tokens[k]?.key ?? ''
/** Token `k`'s key if it is a word, else ''. */
const wordAt = (tokens: readonly Token[], k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')

/** "thứ hai", "ba ngày", "hai mươi lăm tuổi", "three ships", "second-largest". */
export function wordNumeral(r: NumberReader, i: number): number {
  const { tokens, skipped, out, emit, suffix, rangeJoin } = r
  const t = tokens[i]!
  const dash = t.key.indexOf('-')
  const head = dash < 0 ? t.key : t.key.slice(0, dash)
  // "None of the 40 passengers", "Không ai trong số 40 hành khách": a zero of the total's things
  const zeroLast = t.key === 'none' ? i : t.key === 'không' && wordAt(tokens, i + 1) === 'ai' ? i + 1 : -1
  const zeroPart = zeroLast < 0 ? undefined : partOfTotal(r, i, zeroLast, 0)
  if (zeroPart !== undefined) return zeroPart
  // "No casualties were reported", "Không có thương vong": the outcome is the zero's noun (zero-nouns.ts)
  const zeroNoun = t.key === 'no' || t.key === KHONG_KEY || t.key === CHUA_KEY ? zeroNounAt(tokens, i) : undefined
  if (zeroNoun) {
    emit(i, 0, zeroNoun.last, -1, 0, 'count', t.key === 'no' ? GENERIC_NOUN : NGUOI_KEY, undefined, zeroNoun.outcomeFrom)
    return zeroNoun.last
  }
  const zero = ZERO_OPENERS.has(t.key) ? zeroSubjectAt(tokens, i) : undefined // "None were hurt", "Không ai bị thương" (number-subjects.ts)
  if (zero) {
    emit(i, 0, zero.last, -1, 0, 'count', zero.unit)
    return zero.last
  }
  // "zero people were hurt": zero before its counted noun, as "None were hurt" reads
  if (t.key === 'zero' && tokens[i + 1] && isPlural(tokens[i + 1]!)) {
    emit(i, 0, i + 1, -1, 0, 'count', countedAs(singular(tokens[i + 1]!.key)))
    return i + 1
  }
  const compound = compoundShareAt(tokens, i) // "one hundred percent", "twenty one percent", "two point two five percent"
  if (compound) return shareWords(r, i, compound.last, compound.value)
  // "twenty one trucks", "one hundred and five trucks": a compound before its plural noun counts it whole ("a hundred
  // years", "about a hundred people" alone are round, left unread as before)
  const counted = compoundNumberAt(tokens, i)
  if (counted && !(t.key === 'a' && counted.last === i + 1) && tokens[counted.last + 1] && isPlural(tokens[counted.last + 1]!)) return finishWords(r, i, counted.last, counted.value)
  if (t.key === 'one' && shareStartsAt(tokens, i + 1)) return shareWords(r, i, i, 1) // "won by one percent": a numeral before a share word
  // "one million people", "a thousand dollars": one of a scale before what it counts, read as "two million people" is
  // ("a hundred" stays round and unread, as above)
  if ((t.key === 'one' || t.key === 'a') && EN_SCALES.has(wordAt(tokens, i + 1))) {
    const scaled = suffix(i, '')
    if (scaled.kind !== 'plain' && scaled.mult >= 1e3 && scaled.last > i + 1) return finishWords(r, i, i, 1)
  }
  if (!NUMERAL_WORDS.has(head) && (dash < 0 || !NUMERAL_WORDS.has(t.key))) return i
  const ord = EN_ORDINALS.get(head)
  if (ord !== undefined && titledOrdinal(tokens, i)) return i
  if (ord !== undefined && (t.key.includes('-') || (wordAt(tokens, i - 1) !== 'a' && wordAt(tokens, i - 1) !== 'per' && !(ord === 1 && wordAt(tokens, i - 1) === 'at')))) {
    if (!(ord === 2 && tokens[i - 1]?.kind === 'num')) emit(i, 0, i, -1, ord, 'ordinal', '')
    return i
  }
  const hyphenated = dash > 0 ? englishHyphenated(t.key) : undefined
  if (hyphenated) {
    // "Twenty-eight people", "eight-week course", "nine-year-old"
    const { value, rest } = hyphenated
    if (rest === '') {
      const nx = tokens[i + 1]
      if (shareStartsAt(tokens, i + 1)) return shareWords(r, i, i, value) // "twenty-five percent"
      if (nx && isPlural(nx)) emit(i, 0, i + 1, -1, value, 'count', countedAs(singular(nx.key)))
      return nx && isPlural(nx) ? i + 1 : i
    }
    if (rest === 'and-a-half' && shareStartsAt(tokens, i + 1)) return shareWords(r, i, i, value + 0.5) // "two-and-a-half percent"
    if (rest === 'year-old' || rest === 'years-old') emit(i, 0, i, -1, value, 'age', '')
    else if (DURATIONS.has(rest)) emit(i, 0, i, -1, value, 'duration', DURATIONS.get(rest)!)
    return i
  }
  const en = EN_NUMBERS.get(t.key)
  if (en !== undefined && t.key !== 'hundred') {
    let value = en
    let j = i
    if (t.key === 'dozen' && wordAt(tokens, i - 1) !== 'a') return i
    // "twenty - one": the tens and their unit across a spaced hyphen, read as a compound's are (belowHundred)
    if (tokens[i + 1]?.raw === '-') ({ value, last: j } = belowHundred(tokens, i) ?? { value, last: j })
    // "eight to 10 seconds": a range whose first end is a word takes the measure of the second
    if (rangeJoin(j + 1) && tokens[j + 2]?.kind === 'num' && !skipped[j + 2]) {
      const other = suffix(j + 2, '')
      if (other.kind !== 'plain') emit(i, 0, j, -1, value * other.mult, other.kind, other.unit)
      return j
    }
    // "ten year-old children": an age, as "10-year-old" (number-adjectives.ts)
    if (ageWordAfter(tokens, j)) {
      emit(i, 0, j + 1, -1, value, 'age', '')
      return j + 1
    }
    // "four more provincial capitals", "two non-emergency days": look past a few modifiers for the plural noun
    // (not past the verb of "the two" opening a clause: "the two visited hospitals")
    let k = j + 1
    if (pronounSubject(tokens, i, k)) return j
    while (k <= j + 3 && tokens[k]?.kind === 'word' && !isPlural(tokens[k]!) && (EN_MODIFIERS.has(tokens[k]!.key) || looksAdjective(tokens[k]!))) k++
    const nx = tokens[k]
    // "two percent", "five per cent" (word-shares.ts)
    if (nx && k === j + 1 && shareStartsAt(tokens, k)) return shareWords(r, i, j, value)
    if (halfShareAfter(tokens, j) >= 0) return shareWords(r, i, halfShareAfter(tokens, j), value + 0.5) // "two and a half percent"
    if (nx && k === j + 1 && (MULTIPLIERS.has(nx.key) || nx.key === 'years' || percentagePointsAt(tokens, k) >= 0)) return finishWords(r, t.key === 'dozen' ? i - 1 : i, j, value)
    if (nx && isPlural(nx)) {
      if (k === j + 1) return finishWords(r, t.key === 'dozen' ? i - 1 : i, j, value)
      emit(t.key === 'dozen' ? i - 1 : i, 0, j, -1, value, 'count', countedAs(singular(nx.key)))
      return j
    }
    const model = modelCodeCount(tokens, j + 1) // "nine Boeing 737-700s": machines by their model (counted-noun.ts)
    if (model) {
      emit(i, 0, model.last, -1, value, 'count', model.unit)
      return model.last
    }
    const elidedWord = elidedUnit(tokens, i, out) // "about 15 pounds, compared with five" (elided-units.ts)
    if (elidedWord) {
      emit(i, 0, j, -1, value, elidedWord.kind, elidedWord.unit)
      return j
    }
    const part = partOfTotal(r, i, j, value) // "Three of the 20 victims"
    if (part !== undefined) return part
    if (!numberAsSubject(tokens, i, j)) return i
    // "Eight were hurt.": people, as the news counts them, unless the clause before named the noun (number-subjects.ts)
    emit(i, 0, j, -1, value, 'count', subjectNoun(tokens, i, j, out) ?? GENERIC_NOUN)
    return j
  }
  const isThu = t.key === 'thứ'
  const at = isThu || t.key === 'hạng' || t.key === 'số' ? i + 1 : i
  // "một trăm linh năm", "một nghìn hai trăm": a number past the tens, read whole (vi-compound-numbers.ts)
  const viWhole = at === i ? viCompoundAt(tokens, i) : undefined
  const vi = viWhole ? ([viWhole.value, viWhole.last, false] as const) : viNumeral(tokens, at)
  if (!vi) return i
  const [value, last, single] = vi
  if (at > i) {
    if (t.key === 'số' && SCORE_CUES.has(wordAt(tokens, i - 1))) return i // "tỷ số 2 – 1" is a score, read at the digits
    if (t.key === 'số' && quantityAfterSo(tokens, at)) return i // "sai số 3%": a compound's value, no label (so-labels.ts)
    if (t.key === 'số' && !(keyAt(tokens, last + 1) === 'thế' || keyAt(tokens, last + 1) === 'của' || !tokens[last + 1] || tokens[last + 1]!.kind === 'punct')) return i
    if (isThu && isWeekday(tokens, skipped, i, at, value)) return last
    // "phút thứ 26", "lần thứ 3": the place in a series the noun names, like "phút 27", "lần 3"
    const series = isThu && SERIES_NOUNS.has(wordAt(tokens, i - 1))
    emit(i, 0, last, -1, value, series ? 'plain' : 'ordinal', series ? wordAt(tokens, i - 1) : '')
    return last
  }
  const nextTok = tokens[last + 1]
  // "5 người chết, hai trong số đó là trẻ em": a part counted out of the figure before (elided-units.ts)
  const elidedPart = last === i ? elidedUnit(tokens, i, out) : undefined
  if (elidedPart) {
    emit(i, 0, i, -1, value, elidedPart.kind, elidedPart.unit)
    return i
  }
  const capital = /^\p{Lu}/u.test(t.raw) && i > 0 && !/^[.!?:;"“(]$/.test(tokens[i - 1]!.raw)
  const part = capital ? undefined : partOfTotal(r, i, last, value) // "Ba trong số 20 nạn nhân"
  if (part !== undefined) return part
  // "mười lăm xe tải", "năm ô tô": a vehicle is counted as a classifier's noun is (vehicle-classes.ts)
  const vehicle = vehicleAt(tokens, last + 1) !== undefined
  // a number read whole is a number whatever follows it that names what it counts ("một triệu hai trăm nghìn đồng")
  const named = CLASSIFIERS.has(nextTok?.key ?? '') || vehicle || shareStartsAt(tokens, last + 1) || (viWhole !== undefined && suffix(last, '').kind !== 'plain')
  if (!nextTok || capital || !named || nextTok.kind !== 'word') return last
  // "cuối năm người dân", "đầu năm xe tải": the year a word before it takes, not five
  if (single && t.key === FIVE && YEAR_OF.has(wordAt(tokens, i - 1))) return last
  if (vehicle ? single && value === 1 : viNumeralIsWord(tokens, i, last, value, single)) return last // "một" an article, "năm học" the year (numeral-words.ts)
  return shareStartsAt(tokens, last + 1) ? shareWords(r, i, last, value) : finishWords(r, i, last, value)
}

/**
 * A part in words counted out of a total given right after it ("Three of the 20 victims", "Ba
 * trong số 20 nạn nhân", "None of the 40 passengers"): it counts the total's things, as a part in
 * digits does (numbers.ts), so it meets the other report's part (rnum32 11, 12). Its last token,
 * or undefined when no total with a unit of its own follows.
 */
function partOfTotal(r: NumberReader, first: number, last: number, value: number): number | undefined {
  const total = totalAfterPart(r.tokens, last)
  if (total === undefined || r.skipped[total]) return undefined
  const other = r.suffix(total, '')
  if (other.kind === 'plain' || other.mult !== 1) return undefined
  r.emit(first, 0, last, -1, value, other.kind, other.unit)
  return last
}

/** A spelled share, read whole or, when part of a longer spelled number, not at all (word-shares.ts). */
function shareWords(r: NumberReader, first: number, last: number, value: number): number {
  const whole = spelledShare(r.tokens, first, value)
  return whole ? finishWords(r, whole.first, last, whole.value) : last
}

function finishWords(r: NumberReader, first: number, last: number, value: number): number {
  const sfx = r.suffix(last, '')
  const kind = sfx.kind === 'plain' ? 'count' : sfx.kind
  r.emit(first, 0, sfx.last, -1, value * sfx.mult, kind, sfx.unit)
  return sfx.last
}
