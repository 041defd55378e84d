/**
 * Quantities in news text: amounts, percentages, ordinals, ages, durations,
 * counts and years, in Vietnamese and English notation.
 *
 * One pass over the shared token list (see fact-tokens.ts): each numeral looks a few
 * tokens back for a prefix (thứ, $, aged) and a few tokens ahead for its
 * multiplier and unit (numeral-suffix.ts). No regex ever sees more than one token.
 * Digits and glued forms are read here; numbers in words ("ba ngày", "three ships") by
 * spelled-numbers.ts, fractions in words by fraction-words.ts.
 */
import { foldWord } from '../../../normalize/fold'
import { extractDates } from '../dates/dates'
import { contextWords, guessNotation, tokenize, type Notation, type Token } from '../fact-tokens'
import {
  MULTIPLIERS,
  SHORT_MULTIPLIERS,
  WIRE_SCALES,
  CURRENCY_WORDS,
  CURRENCY_SYMBOLS,
  DOLLAR_PREFIX,
  MEASURES,
  SERIES_NOUNS,
  RANGE_JOIN,
  YEAR_LEAD,
  ORDINAL_PREFIX,
  OF_COUNTED,
} from './number-words'
import type { NumberFact, QuantityKind } from '../fact'
import { quantityAfterSo } from './so-labels'
import { areaCodeAt, codeAt, identifierAt, spacedCodeAfterWord } from '../identifiers/identifiers'
import { type Suffix, suffixAfter } from './numeral-suffix'
import { gluedDollar } from './dollar-prefix'
import { bidOfOffer, fractionOf, marketFraction, mixedFractionTail } from './fractions'
import { FRACTION_OPENERS, fractionWordsAt } from './fraction-words'
import { quotedDollars } from './quoted-dollars'
import { gluedUnit, hyphenedMultiplier } from './glued-units'
import { hyphenUnit } from './hyphen-units'
import { gluedSeries } from './glued-series'
import { clauseWords } from './clause-words'
import { romanAsDigits } from './roman-numerals'
import { VULGAR_FRACTIONS, parseNumeral, spaceGrouped, splitParts } from './numerals'
import { perWhat } from './count-units'
import { isWeekday } from './numeral-words'
import { type WordRange, markRanges, wordRange } from './number-ranges'
import { markerAt, respectiveListEnd } from './respective-units'
import { type Span, markSkipped } from '../skipped-tokens'
import { type NumberReader, WORD_NUMERAL_OPENERS, wordNumeral } from './spelled-numbers'
import { attitudeShare } from './attitude-shares'
import { sharePriceDivisor } from './share-prices'
import { elidedUnit, totalAfterPart } from './elided-units'
import { hyphenHedge, trailingHedge, type HyphenHedge } from './hyphen-hedges'
import { continentalCountAt } from './continental-numbers'
import { compoundMeasures } from './compound-measures'
import { type VagueMagnitude, vagueMagnitudeAt, dimensionWords } from './vague-magnitudes'

/** "rưỡi": and a half, after a unit. */
const HALF = foldWord('rưỡi')

/** The words at which a number in words (spelled-numbers.ts) or a fraction in words (fraction-words.ts) may open. */
const WORD_OPENERS: ReadonlySet<string> = new Set([...WORD_NUMERAL_OPENERS, ...FRACTION_OPENERS])

interface NumberOptions {
  /** Force a notation instead of guessing it from the text's diacritics. */
  readonly notation?: Notation
  /** `tokenize(text)`, when the caller has it already (the date extractor shares it). */
  readonly tokens?: readonly Token[]
  /** The document's language (ISO 639-3) when its number words are read too (continental-numbers.ts). */
  readonly language?: string
}

/** Extract numbers; spans in `skip` (by default the dates that `extractDates` finds) are ignored. */
export function extractNumbers(text: string, skip?: readonly Span[], options: NumberOptions = {}): NumberFact[] {
  // "giai đoạn II", "khóa XIII": a series' Roman number reads as its digits (roman-numerals.ts)
  const tokens = romanAsDigits(options.tokens ?? tokenize(text))
  const notation = options.notation ?? guessNotation(tokens)
  const skipped = markSkipped(tokens, skip ?? extractDates(text, tokens))
  // whether the sentence reads a list "respectively": asked only once a bare value opens a list
  let marked: boolean | undefined
  const out: NumberFact[] = []
  const key = (k: number): string => tokens[k]?.key ?? ''
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')

  const emit = (first: number, firstOffset: number, last: number, lastOffset: number, value: number, kind: QuantityKind, unit: string, hedge?: HyphenHedge, clauseFrom?: number): void => {
    const start = tokens[first]!.start + firstOffset
    const end = lastOffset < 0 ? tokens[last]!.end : tokens[last]!.start + lastOffset
    const { before, after } = contextWords(tokens, first, last)
    // the words right before, up to any punctuation: "tự tin hơn. 2 bàn" has no hedge
    const lead: string[] = []
    for (let k = first - 1; k >= 0 && lead.length < 4 && tokens[k]!.kind === 'word'; k--) lead.unshift(tokens[k]!.key)
    // "$100-plus", "$40-ish": the hedge hyphened after the figure reads as the one before it would
    if (hedge?.word) lead.push(hedge.word)
    else {
      const next: string[] = []
      for (let k = last + 1; k < tokens.length && next.length < 3 && tokens[k]!.kind === 'word'; k++) next.push(tokens[k]!.key)
      const trailing = trailingHedge(text.slice(start, end), next)
      if (trailing) lead.push(trailing)
    }
    const per = kind === 'amount' || kind === 'count' || kind === 'percent' ? sharePriceDivisor(tokens, first, perWhat(tokens, last)) : undefined // "to $1.83 a share" (share-prices.ts)
    if (kind === 'percent' && attitudeShare(tokens, first, last, value)) return // "a hundred percent sure": no figure (attitude-shares.ts)
    // a zero whose noun is its outcome ("No casualties") keeps the noun among its clause words (zero-nouns.ts)
    const clause = kind === 'count' ? clauseWords(tokens, (clauseFrom ?? last + 1) - 1) : undefined
    out.push({ type: 'number', start, end, text: text.slice(start, end), value, kind, unit, before, after, lead, ...(clause ? { clause } : {}), ...(per ? { per } : {}), ...(hedge?.range ? { range: hedge.range } : {}) })
  }

  /** Multiplier, currency, percent, age, duration or counted noun after token `i` (numeral-suffix.ts). */
  const suffix = (i: number, currency: string, countable = true): Suffix => suffixAfter(tokens, skipped, i, currency, countable, options.language)
  /** What the reader of numbers in words (spelled-numbers.ts) reads and writes through. */
  const reader: NumberReader = { tokens, skipped, out, emit, suffix, rangeJoin }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (skipped[i]) continue
    if (t.kind === 'num') {
      const code = spacedCodeAfterWord(tokens, i)
      if (code) emit(code.first!, 0, code.last, -1, code.value, code.kind, code.unit)
      else i = numeral(i)
    } else if (t.kind === 'mixed' && (/^\d/.test(t.raw) || codeAt(tokens, i))) {
      // a code opening with a letter ("CVE-2024-1580", "N704AL") is read where one opening with a digit is
      i = mixed(i)
    } else if (t.kind === 'mixed') {
      i = glued(i)
    } else if (t.kind === 'word') {
      // "Nove pessoas", "dez mil pessoas": a continental number word in its own language's document
      const continental = options.language === undefined ? undefined : continentalCountAt(tokens, i, options.language)
      if (continental) {
        // "une trentaine de manifestants": the noun counted comes after the "de", the figure is about thirty
        const from = continental.about && key(continental.last + 1) !== '' && tokens[continental.last + 1]!.key.length <= 2 ? continental.last + 1 : continental.last
        const sfx = suffix(from, '')
        const last = sfx.last === from ? continental.last : sfx.last
        emit(continental.first, 0, last, -1, continental.value * sfx.mult, sfx.kind === 'plain' ? 'count' : sfx.kind, sfx.unit, continental.about ? { word: 'about' } : undefined)
        i = last
        continue
      }
      // "hundreds of people", "hàng trăm người": an order of magnitude, a count with a range (vague-magnitudes.ts)
      const vague = vagueMagnitudeAt(tokens, i, options.language)
      if (vague) {
        i = magnitude(vague)
        continue
      }
      // Most words open neither a fraction nor a number in words: one lookup passes them over.
      if (!WORD_OPENERS.has(t.key) && !t.key.includes('-')) continue
      // "a tenth of a percentage point", "a quarter of all visitors": see fraction-words.ts
      const fraction = fractionWordsAt(tokens, i)
      if (fraction && !skipped[fraction.last]) emit(fraction.first, 0, (i = fraction.last), -1, fraction.value, fraction.kind, fraction.noun)
      else if (WORD_NUMERAL_OPENERS.has(t.key) || t.key.includes('-')) i = wordNumeral(reader, i)
    }
  }
  // "1 giờ 20 phút", "5 ft 9 in": one figure in two units is read whole (compound-measures.ts)
  return compoundMeasures(text, tokens, markRanges(text, quotedDollars(tokens, out)))

  /** A magnitude's range, kept twice: as `range`, so the rules that read one figure of a slot (tolls, main counts) pass it by, and as `magnitude` for its judge. */
  function bothRanges(range: readonly [number, number]): { range: readonly [number, number]; magnitude: readonly [number, number] } {
    return { range, magnitude: range }
  }

  /** A vague magnitude read as a count of its noun, its range kept; none of time or measure ("hundreds of years", "hàng chục km"). */
  function magnitude(vague: VagueMagnitude): number {
    const sfx: Suffix = vague.nounAfter < 0 ? { mult: 1, kind: 'plain', unit: '', last: vague.last } : suffix(vague.nounAfter, '')
    if (sfx.kind !== 'count' && sfx.kind !== 'plain' && sfx.kind !== 'amount') return vague.last
    if (MEASURES.has(sfx.unit) || dimensionWords(sfx.unit)) return vague.last
    const last = sfx.last <= vague.nounAfter ? vague.last : sfx.last
    const count = out.length
    emit(vague.first, 0, last, -1, vague.from * sfx.mult, sfx.kind === 'plain' ? 'count' : sfx.kind, sfx.unit)
    // "hơn chục người" is "hơn 10 người": a hedged figure, no range (multiplied-orders.ts)
    if (out.length > count && !vague.figure) out[count] = { ...out[count]!, ...bothRanges([vague.from * sfx.mult, vague.below * sfx.mult]) }
    return last
  }

  /** A digit token, possibly a range "5-7", a ratio "72/222" or a score "2:1"; returns the last token used. */
  function numeral(i: number): number {
    const t = tokens[i]!
    if (areaCodeAt(tokens, i)) return i
    const identifier = identifierAt(tokens, i)
    if (identifier) {
      const { first, last, value, kind, unit } = identifier
      emit(first ?? i, 0, last, -1, value, kind, unit)
      return last
    }
    const grouped = spaceGrouped(text, tokens, i)
    if (grouped > i) {
      // "80 937 hectares": thousands set off by spaces, one number
      const value = Number(tokens.slice(i, grouped + 1).map((g) => g.raw).join(''))
      const symbol = tokens[i - 1] && !skipped[i - 1] ? CURRENCY_SYMBOLS.get(tokens[i - 1]!.raw) : undefined
      const sfx = suffix(grouped, symbol ?? '')
      emit(symbol ? i - 1 : i, 0, sfx.last, -1, value * sfx.mult, sfx.kind, sfx.unit)
      return sfx.last
    }
    const parts = splitParts(t.raw)
    const before = MULTIPLIERS.has(key(i + 1)) || (options.language === undefined && WIRE_SCALES.has(key(i + 1)))
    const values = parts.map((p) => parseNumeral(p.s, notation, before))
    if (values.some((v) => v === null)) return i
    // "2021-22" is a season: the second part is the next year
    if (parts.length === 2 && /^(19|20)\d\d$/.test(parts[0]!.s) && /^\d\d$/.test(parts[1]!.s) && (+parts[0]!.s + 1) % 100 === +parts[1]!.s) values[1] = +parts[0]!.s + 1
    const prevTok = tokens[i - 1]
    let currency = ''
    let first = i
    if (prevTok && !skipped[i - 1] && CURRENCY_SYMBOLS.has(prevTok.raw)) {
      currency = CURRENCY_SYMBOLS.get(prevTok.raw)!
      first = i - 1
      const letters = tokens[i - 2]
      if (prevTok.raw === '$' && letters && !prevTok.spaced && letters.kind === 'word' && DOLLAR_PREFIX.has(letters.key)) {
        currency = DOLLAR_PREFIX.get(letters.key)!
        first = i - 2
      }
    } else if (prevTok && /^[A-Z]{3}$/.test(prevTok.raw) && CURRENCY_WORDS.has(prevTok.key)) {
      currency = CURRENCY_WORDS.get(prevTok.key)!
      first = i - 1
    }
    const prev = word(i - 1)
    // "$4.81/83" (a bid and its offer), "1-10/32", "167-1/2 pence": one value written with a slash
    const slashed = currency ? (bidOfOffer(t.raw) ?? marketFraction(t.raw)) : ORDINAL_PREFIX.has(prev) ? undefined : marketFraction(t.raw)
    if (slashed !== undefined) {
      const sfx = suffix(i, currency)
      emit(first, 0, sfx.last, -1, slashed * sfx.mult, sfx.kind, sfx.unit)
      return sfx.last
    }
    // "1/3 số phiếu": a fraction is one value, unlike "72/222" (rank of total) or "24/7"; so are a bond's
    // price in 32nds ("rose 22/32") and a mixed fraction ("1-3/32", "167-1/2 pence")
    const written = fractionOf(t.raw, parts, values as number[])
    // "8/9 giải", "3/5 tỉnh": in Vietnamese, x of y counted things (as "8 trong 9 giải"), read below like "60/63 tỉnh"
    const ofCounted = written !== undefined && !written.mixed && notation === 'vi' && OF_COUNTED.has(word(i + 1))
    if (written !== undefined && !ofCounted && !currency && !(ORDINAL_PREFIX.has(prev) && values[values.length - 1]! >= 16)) {
      const sfx = suffix(i, '')
      const kind = sfx.kind === 'percent' || sfx.kind === 'amount' ? sfx.kind : written.mixed && sfx.kind === 'count' ? sfx.kind : 'plain'
      emit(i, 0, kind === 'plain' ? i : sfx.last, -1, written.value, kind, kind === 'plain' ? '' : sfx.unit)
      return kind === 'plain' ? i : sfx.last
    }
    if (!currency && ORDINAL_PREFIX.has(prev) && parts.length <= 2) {
      if (prev === 'thứ' && isWeekday(tokens, skipped, i - 1, i, values[0]!)) return i
      if (parts.length === 1) {
        emit(i - 1, 0, i, -1, values[0]!, 'ordinal', '')
        return i
      }
      // "thứ 72/222 quốc gia": a rank, then the total counted
      emit(i - 1, 0, i, parts[0]!.s.length, values[0]!, 'ordinal', '')
      const sfx = suffix(i, '')
      emit(i, parts[1]!.at, sfx.last, -1, values[1]! * sfx.mult, sfx.kind, sfx.unit)
      return sfx.last
    }
    const pt = tokens[i - 1]
    const named = !!pt && pt.kind === 'word' && /^\p{Lu}/u.test(pt.raw) && i > 1 && !/^[.!?:;"“(]$/.test(tokens[i - 2]!.raw)
    // "2 ½": the fraction sign belongs to the numeral
    const fraction = parts.length === 1 ? (VULGAR_FRACTIONS.get(tokens[i + 1]?.raw ?? '') ?? mixedFractionTail(tokens, i + 1, notation)) : undefined
    if (fraction !== undefined) values[0] = values[0]! + fraction
    const series = SERIES_NOUNS.has(prev) && !(prev === 'số' && quantityAfterSo(tokens, i)) // "dân số 3 triệu người" (so-labels.ts)
    let sfx = suffix(fraction !== undefined ? i + 1 : i, currency, !series && !named)
    let partTotal: number | undefined
    // "16 - 22 điểm", "từ 10 đến 12 triệu liều", "between 30 and 80 pounds": the first end takes the unit of the second
    if (sfx.kind === 'plain' && sfx.mult === 1 && parts.length === 1 && rangeJoin(i + 1) && tokens[i + 2]?.kind === 'num' && !skipped[i + 2]) {
      const other = suffix(i + 2, currency)
      if (other.kind !== 'plain') sfx = { ...other, last: i }
    } else if (sfx.kind === 'plain' && sfx.mult === 1 && parts.length === 1 && (partTotal = totalAfterPart(tokens, i)) !== undefined && !skipped[partTotal]) {
      // "35 of the 200 protesters", "35 trong số 200 người": the part counts the total's things (elided-units.ts)
      const other = suffix(partTotal, currency)
      if (other.kind !== 'plain' && other.mult === 1) sfx = { ...other, last: i }
    } else if (sfx.kind === 'plain' && sfx.mult === 1 && parts.length === 1 && !skipped[i + 1]) {
      // "10 and 12 points respectively": a list read respectively shares its last value's unit (respective-units.ts)
      const end = respectiveListEnd(tokens, i, () => (marked ??= markerAt(tokens) >= 0))
      const other = end > i && !skipped[end] ? suffix(end, currency) : undefined
      if (other && other.kind !== 'plain') sfx = { ...other, last: i }
    }
    // "14 percent, compared with 9": the unit of the figure compared with (elided-units.ts)
    const elided = sfx.kind === 'plain' && sfx.mult === 1 && parts.length === 1 && !currency ? elidedUnit(tokens, i, out) : undefined
    if (elided) sfx = { ...sfx, ...elided }
    let kind = sfx.kind
    // "phút 43", "Điều 54", "lần 3": the series noun names what the number is, so it names its slot
    let unit = kind === 'plain' && series ? prev : sfx.unit
    if ((prev === 'aged' || prev === 'age' || prev === 'tuổi') && kind === 'plain') {
      kind = 'age'
      first = i - 1
    }
    const yearish = parts.every((p) => /^\d{4}$/.test(p.s) || (parts.length === 2 && /^\d\d$/.test(p.s))) && values.every((v) => v! >= 1900 && v! <= 2100)
    // a bare 19xx/20xx is a year: counts that large carry separators (2.000 người, 2,000 people)
    if ((kind === 'plain' || kind === 'count') && sfx.mult === 1 && yearish) {
      kind = 'year'
      unit = ''
    }
    if (kind === 'year' && YEAR_LEAD.has(prev) && parts.length === 1) first = i - 1
    // "3 tiếng rưỡi", "2 năm rưỡi": a half of the duration's unit after it, one value
    const half = kind === 'duration' && parts.length === 1 && sfx.mult === 1 && key(sfx.last + 1) === HALF && !skipped[sfx.last + 1]
    if (half) {
      emit(first, 0, sfx.last + 1, -1, values[0]! + 0.5, kind, unit)
      return sfx.last + 1
    }
    const last = kind === 'year' ? i : sfx.last
    parts.forEach((p, k) => {
      const f = k === 0 ? first : i
      const fOff = k === 0 && f < i ? 0 : p.at
      const lOff = k === parts.length - 1 ? -1 : p.at + p.s.length
      // "2 tỷ rưỡi": the half a scale takes after it counts once, for a figure of one part
      emit(f, fOff, k === parts.length - 1 ? last : i, lOff, values[k]! * sfx.mult + (parts.length === 1 ? (sfx.add ?? 0) : 0), kind, unit)
    })
    return last
  }

  /** A range mark at token `k`: "5-7", "10 đến 12", "16 to 18", "between 30 and 80". */
  function rangeJoin(k: number): boolean {
    if (RANGE_JOIN.has(key(k))) return true
    if (key(k) !== 'and' && key(k) !== 'và') return false
    const lead = word(k - 2)
    return lead === 'between' || lead === 'giữa'
  }

  /** "5km", "$5m", "35-year-old", "5th", "24h", "50.000đ". */
  function mixed(i: number): number {
    const t = tokens[i]!
    const identifier = codeAt(tokens, i)
    if (identifier) {
      emit(i, 0, identifier.last, -1, identifier.value, identifier.kind, identifier.unit)
      return identifier.last
    }
    // "U23-VN": a code whose digits alone differ
    const code = /^(\d+)[/-]\p{Lu}/u.exec(t.raw)
    if (code) {
      emit(i, 0, i, code[1]!.length, Number(code[1]), 'plain', '')
      return i
    }
    // "127-162-289kg": see glued-series.ts
    const series = gluedSeries(t.raw, notation)
    if (series) {
      for (const part of series.parts) emit(i, part.at, i, part.end, part.value, 'count', series.unit)
      return i
    }
    // "290-1/2p", "the 9,200-strong force": see glued-units.ts
    const glued = gluedUnit(t.raw, notation)
    if (glued) {
      emit(i, 0, i, -1, glued.value, 'count', glued.unit)
      return i
    }
    const range = wordRange(t.raw)
    if (range) return wordRangeAt(i, range)
    // "120km/h": a measure glued to its figure, per an hour (count-units.ts, perWhat, reads the rate)
    const m = /^(\d+(?:[.,]\d+)*)(-?[\p{L}][\p{L}\p{M}-]*)(\/\p{L}+)?$/u.exec(t.raw)
    if (!m || (m[3] && !MEASURES.has(m[2]!))) return i
    const suffixKey = foldWord(m[2]!.replace(/^-/, ''))
    const hyphened = hyphenedMultiplier(m[2]!) // "38-million euros": glued-units.ts
    const value = parseNumeral(m[1]!, notation, SHORT_MULTIPLIERS.has(suffixKey) || hyphened !== undefined)
    if (value === null) return i
    const prevTok = tokens[i - 1]
    const currency = prevTok && CURRENCY_SYMBOLS.has(prevTok.raw) ? CURRENCY_SYMBOLS.get(prevTok.raw)! : ''
    const first = currency ? i - 1 : i
    if (hyphened !== undefined) {
      const sfx = suffix(i, currency)
      emit(first, 0, sfx.last, -1, value * hyphened * sfx.mult, sfx.kind, sfx.unit)
      return sfx.last
    }
    let unitAfterHyphen: ReturnType<typeof hyphenUnit>
    if (/^(st|nd|rd|th)$/.test(suffixKey)) emit(i, 0, i, -1, value, 'ordinal', '')
    // "Kane's 19th-minute goal": the minute of a match as a modifier (match/sport/minute-readings.ts)
    else if (/^(st|nd|rd|th)-minute$/.test(suffixKey)) emit(i, 0, i, -1, value, 'ordinal', '')
    else if (suffixKey === 'year-old' || suffixKey === 'years-old') emit(i, 0, i, -1, value, 'age', '')
    else if (suffixKey === 'h') emit(i, 0, i, -1, value, 'duration', 'hour')
    // "aos 19min", "a 90min match": minutes glued on, as Brazilian sports pages write a match's minute
    else if (suffixKey === 'min') emit(i, 0, i, -1, value, 'duration', 'minute')
    else if (suffixKey === 'đ') emit(i, 0, i, -1, value, 'amount', 'vnd')
    else if (SHORT_MULTIPLIERS.has(suffixKey) && (currency || CURRENCY_WORDS.has(key(i + 1)))) {
      const sfx = suffix(i, currency)
      emit(first, 0, sfx.last, -1, value * SHORT_MULTIPLIERS.get(suffixKey)!, 'amount', sfx.unit)
      return sfx.last
    } else if (MEASURES.has(m[2]!)) emit(i, 0, i, -1, value, 'count', suffixKey)
    else if ((unitAfterHyphen = hyphenUnit(m[2]!))) emit(i, 0, i, -1, value, unitAfterHyphen.kind, unitAfterHyphen.unit)
    else if (currency && m[2]!.startsWith('-') && !m[3]) {
      // "$16-something", "$100-plus billion", "$40-ish": a hedged sum, its scale read after it (hyphen-hedges.ts)
      const hedge = hyphenHedge(suffixKey, m[1]!)
      if (hedge) {
        const sfx = suffix(i, currency)
        const scaled = hedge.range ? { ...hedge, range: [hedge.range[0] * sfx.mult, hedge.range[1] * sfx.mult] as const } : hedge
        emit(first, 0, sfx.mult === 1 ? i : sfx.last, sfx.mult === 1 ? m[1]!.length : -1, value * sfx.mult, 'amount', currency, scaled)
        return sfx.mult === 1 ? i : sfx.last
      }
      // "$119-a-year", "$35-per-share": a sum hyphened into a compound still states the sum
      emit(first, 0, i, m[1]!.length, value, 'amount', currency)
    }
    return i
  }

  /** "18-to-64", "ages 18-to-64 years": both ends in the measure after them, as "18-64 tuổi" reads (markRanges joins them). */
  function wordRangeAt(i: number, range: WordRange): number {
    const lo = parseNumeral(range.lo, notation, false)
    const hi = parseNumeral(range.hi, notation, false)
    if (lo === null || hi === null) return i
    const sfx = range.age ? { mult: 1, kind: 'age' as const, unit: '', last: i } : suffix(i, '')
    const aged = sfx.kind === 'plain' && (word(i - 1) === 'aged' || word(i - 1) === 'ages' || word(i - 1) === 'age')
    const kind = aged ? 'age' : sfx.kind
    emit(i, 0, i, range.lo.length, lo * sfx.mult, kind, sfx.unit)
    emit(i, range.hiAt, sfx.last, -1, hi * sfx.mult, kind, sfx.unit)
    return sfx.last
  }

  /** "$US1.06 million": see dollar-prefix.ts. */
  function glued(i: number): number {
    const found = gluedDollar(tokens, i)
    const value = found ? parseNumeral(found.digits, notation, MULTIPLIERS.has(key(i + 1))) : null
    if (!found || value === null || skipped[i - 1]) return i
    const sfx = suffix(i, found.currency)
    emit(i - 1, 0, sfx.last, -1, value * sfx.mult, 'amount', found.currency)
    return sfx.last
  }
}
