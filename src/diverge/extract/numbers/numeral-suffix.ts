/**
 * What follows a numeral and says what it is: a multiplier (triệu, million), a currency (USD,
 * đô la Mỹ, pounds sterling), a percent sign or word, an age, a duration, a measure or a counted
 * noun ("84 F0", "three ships"), each giving the value its kind and its unit.
 *
 * Apart from numbers.ts, which walks the tokens and decides where a value starts and which of
 * its readings (range, fraction, rank, year) it is: this reads only the tokens after one numeral.
 */
import { foldWord } from '../../../normalize/fold'
import type { Token } from '../fact-tokens'
import { MULTIPLIERS, WIRE_SCALES, CURRENCY_WORDS, CURRENCY_SYMBOLS, DURATIONS, MEASURES, currencyIn } from './number-words'
import { CONTINENTAL_SCALES } from '../../../normalize/number-words'
import type { QuantityKind } from '../fact'
import { modelCodeCount, nounPastModifiers } from './counted-noun'
import { countedAs } from './counted-synonyms'
import { unnamedPoints } from './unnamed-points'
import { isUnitWord, perUnit, singular } from './count-units'
import { classifiedNoun } from './classifiers'
import { gluedMultiplier } from './glued-units'
import { percentagePointsAt } from './word-shares'
import { vehicleAt } from './vehicle-classes'
import { continentalNotNoun } from './continental-numbers'
import { outcomeAt } from './outcome-words'
import { arabicPartsAt, arabicScale } from './arabic-scales'

export interface Suffix {
  mult: number
  kind: QuantityKind
  unit: string
  /** Last token index taken by the suffix (the numeral's own index when nothing). */
  last: number
  /** Added to the scaled value: half the scale for "2 tỷ rưỡi" (2.5e9). */
  add?: number
}

const HALF = foldWord('rưỡi')
const SHORT_MILLION = foldWord('tr')
/** The sentence closes the figure: nothing after it but its punctuation. */
const closes = (token: Token | undefined): boolean => token === undefined || token.kind === 'punct'

/**
 * Multiplier, currency, percent, age, duration or counted noun after token `i`; `currency` is one
 * the numeral already carries ($, USD before it), `skipped` the tokens dates took; `language` a continental
 * document's, whose function words and auxiliaries are counted by no figure ("128 ficaram feridas").
 */
export function suffixAfter(tokens: readonly Token[], skipped: readonly boolean[], i: number, currency: string, countable = true, language?: string): Suffix {
  const key = (k: number): string => tokens[k]?.key ?? ''
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  let j = i + 1
  let mult = 1
  // the document's own scales too ("2,5 milliards", "2.500 millones", "5 Mio."), read in its language only
  const scales = language === undefined ? undefined : CONTINENTAL_SCALES.get(language)
  // a language's own scale before any other's: Polish "bln" is a bilion (1e12), an English wire's a billion
  for (let scale: number | undefined; !skipped[j] && (scale = ownScale(scales, tokens, j, language, currency) ?? MULTIPLIERS.get(key(j)) ?? arabicScale(key(j)) ?? (language === undefined ? WIRE_SCALES.get(key(j)) : undefined) ?? shortMillion(tokens, j, language)) !== undefined; j++) mult *= scale
  // "5 Mio. Euro", "10 tys. osób", "20 тыс. рублей": a scale cut short keeps its dot before what it scales; the segmenter ends the
  // sentence there before any other capital (segment/abbreviations.ts), so a word after it in one sentence is the scaled thing
  const dot = mult > 1 && key(j) === '.' && !tokens[j]!.spaced && tokens[j + 1]?.kind === 'word' && (key(j - 1).length <= 4 || currencyIn(key(j + 1), language) !== undefined) ? j++ : -1
  // "2 tỷ rưỡi đồng", "3 triệu rưỡi": half the scale more, before the currency (Vietnamese only: no continental table)
  let add = mult > 1 && language === undefined && key(j) === HALF && !skipped[j] ? mult / 2 : 0
  if (add) j++
  // "3 ملايين و800 ألف", "3 آلاف و500": an Arabic figure's smaller parts after "و" (arabic-scales.ts)
  const parts = !add && mult > 1 ? arabicPartsAt(tokens, skipped, j, mult) : undefined
  if (parts) {
    add = parts.add
    j = parts.last + 1
  }
  const t = perUnit(tokens[j])
  // a dot stepped over for nothing scaled after it stays out of the figure ("5 Mio. für Schulen")
  const done = (kind: QuantityKind, unit: string, last: number): Suffix => ({ mult, kind, unit, last: last === dot ? dot - 1 : last, ...(add ? { add } : {}) })
  // "1.5 billion-pound writedown", "77 million-member Communion": the multiplier hyphened to its noun
  const glued = tokens[j]?.kind === 'word' && !skipped[j] ? gluedMultiplier(key(j)) : undefined
  if (glued) {
    mult *= glued.mult
    const money = currency || CURRENCY_WORDS.get(glued.rest)
    return money ? done('amount', money, j) : done('count', countedAs(singular(glued.rest)), j)
  }
  if (currency) return done('amount', currency, j - 1)
  if (!t || skipped[j]) return done('plain', '', j - 1)
  // "1,2 million d'euros", "3 millions de dollars": a scale's currency after "de", as "1,2 million euros" reads
  const scaled = mult > 1 ? currencyAfterDe(tokens, j, language) : undefined
  if (scaled && !skipped[scaled.last]) return done('amount', scaled.currency, scaled.last)
  if (t.raw === '%' || t.raw === '\u066a') return done('percent', '', j)
  if (t.key === 'phần' && key(j + 1) === 'trăm') return done('percent', '', j + 1)
  if (t.key === 'percent' || t.key === 'pct') return done('percent', '', j)
  if (t.key === 'per' && key(j + 1) === 'cent') return done('percent', '', j + 1)
  // "1.5 percentage points", "1,5 điểm phần trăm": points of a share, spanned whole (word-shares.ts)
  const points = percentagePointsAt(tokens, j)
  if (points >= 0 && !skipped[points]) return done('count', 'percentage', points)
  if (CURRENCY_SYMBOLS.has(t.raw)) return done('amount', CURRENCY_SYMBOLS.get(t.raw)!, j)
  const cur = currencyIn(t.key, language)
  // "220 pounds" is a weight; "5 million pounds" and "50 pounds sterling" are money
  const weight = cur === 'gbp' && (t.key === 'pound' || t.key === 'pounds') && mult === 1 && key(j + 1) !== 'sterling'
  if (cur && !weight && (t.key !== 'won' || /^[Ww]on$/.test(t.raw))) {
    let last = j
    if (t.key === 'đô' && key(j + 1) === 'la') last++
    if (cur === 'usd' && key(last + 1) === foldWord('mỹ')) last++
    if (t.key === 'bảng' && key(last + 1) === 'anh') last++
    if (cur === 'vnd' && t.key === 'đồng' && word(j - 1) === '' && mult === 1 && /^\p{Lu}/u.test(tokens[j + 1]?.raw ?? '')) return done('count', 'đồng', j)
    return done('amount', cur, last)
  }
  if (t.key === 'nhân' && key(j + 1) === 'dân' && key(j + 2) === foldWord('tệ')) return done('amount', 'cny', j + 2)
  if (t.key === 'tuổi') return done('age', '', j)
  if ((t.key === 'years' || t.key === 'year') && key(j + 1) === 'old') return done('age', '', j + 1)
  if (t.key === 'thập' && key(j + 1) === foldWord('kỷ')) return done('duration', 'decade', j + 1)
  if (t.key === 'thế' && key(j + 1) === foldWord('kỷ')) return done('duration', 'century', j + 1)
  const dur = DURATIONS.get(t.key)
  if (dur && t.kind === 'word') return done('duration', dur, j)
  if (MEASURES.has(t.raw)) return done('count', t.key, j)
  // "15 737s", "nine Boeing 737-700s": machines counted by their model's family (counted-noun.ts)
  const model = countable && mult === 1 ? modelCodeCount(tokens, j) : undefined
  if (model) return done('count', model.unit, model.last)
  // "15 xe tải", "16 ô tô": the vehicle's class is the counted noun (vehicle-classes.ts)
  const vehicle = countable ? vehicleAt(tokens, j) : undefined
  if (vehicle) return done('count', vehicle.unit, vehicle.last)
  const noun = countable ? nounPastModifiers(tokens, j) : -1
  if (noun >= 0) return done('count', countedAs(singular(tokens[noun]!.key)), noun)
  const classified = countable ? classifiedNoun(tokens, j) : undefined
  if (classified) return done('count', countedAs((tokens[j + 1]?.key === classified && vehicleAt(tokens, j + 1)?.unit) || classified), j)
  if (countable && isUnitWord(t) && !continentalNotNoun(language, t.key)) return done('count', countedAs(singular(t.key)), j)
  // German capitalises every noun: "30 Menschen", "35 Tote", "12 Verletzte" count people, no name. Only people
  // in general and the outcomes are read so: "5 Millionen", "30 Prozent", "30 Jahre" would need their own readings
  if (countable && language === 'deu' && t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.raw) && germanPeople(t.key)) return done('count', countedAs(t.key), j)
  const unnamed = mult === 1 && j === i + 1 ? unnamedPoints(tokens, i) : -1
  if (unnamed >= 0) return done('count', 'point', unnamed)
  return done('plain', '', j - 1)
}

/**
 * A scale of the document's language at token `j`. One under a million ("3 mil", "300 bin", "20 tysięcy")
 * scales only a sum ("50 mil reais", "R$ 3 mil"): read as a count of people it outnumbered the tolls of a
 * report's own event with an earlier event's ("deixou mais de 3 mil feridos" in 2004, CSTNews 46), which
 * the toll rules tell apart only by a year named in the figure's clause.
 */
function ownScale(scales: ReadonlyMap<string, number> | undefined, tokens: readonly Token[], j: number, language: string | undefined, currency: string): number | undefined {
  const scale = scales?.get(tokens[j]?.key ?? '')
  if (scale === undefined || scale >= 1e6 || currency) return scale
  // "3 mil millones": a thousand of a bigger scale is that scale's multiple, read as the bigger one is
  if ((scales?.get(tokens[j + 1]?.key ?? '') ?? 0) >= 1e6) return scale
  // "20 tys. zł", "500 tis. Kč": the cut scale's dot stands between it and its currency
  const cut = tokens[j + 1]?.raw === '.' && !tokens[j + 1]!.spaced
  const k = cut ? j + 2 : j + 1
  const next = tokens[k]
  if (next?.kind === 'word' && (currencyIn(next.key, language) !== undefined || currencyAfterDe(tokens, k, language))) return scale
  return next !== undefined && CURRENCY_SYMBOLS.has(next.raw) ? scale : undefined
}

/** Words of money before a figure that make a bare "tr" after it a million ("lương 2,5 tr", "trị giá 300 tr"). */
const MONEY_BEFORE = new Set('giá lương tiền phí vốn thưởng'.split(' ').map(foldWord))

/**
 * "2,5 tr đồng", "lương 2,5 tr": Vietnamese writes a million short as "tr" after a figure, but "tr" is also a
 * page (trang: "dày 300 tr"); read as a million in a document with no continental table, before a currency,
 * or at the sentence's or clause's close when a word of money stands just before the figure.
 */
function shortMillion(tokens: readonly Token[], j: number, language: string | undefined): number | undefined {
  if (language !== undefined || tokens[j]?.raw !== 'tr' || tokens[j - 1]?.kind !== 'num') return undefined
  const next = tokens[j + 1]
  if (next?.kind === 'word' && currencyIn(next.key, undefined) === 'vnd') return 1e6
  const money = [tokens[j - 2], tokens[j - 3]].some((t) => t?.kind === 'word' && MONEY_BEFORE.has(t.key))
  return money && closes(next) ? 1e6 : undefined
}

/** A currency after "de"/"di" or glued to "d'" at token `j` ("de dollars", "d'euros", "de reais", "di euro"): the currency and its last token. */
function currencyAfterDe(tokens: readonly Token[], j: number, language: string | undefined): { currency: string; last: number } | undefined {
  const t = tokens[j]
  if (t?.kind !== 'word') return undefined
  if (t.key === 'de' || t.key === 'di') {
    const next = tokens[j + 1]
    const currency = next?.kind === 'word' ? currencyIn(next.key, language ?? 'fra') : undefined
    return currency ? { currency, last: j + 1 } : undefined
  }
  const elided = /^d['’]/u.exec(t.key) ? currencyIn(t.key.slice(2), language ?? 'fra') : undefined
  return elided ? { currency: elided, last: j } : undefined
}

/** A German noun that counts people in general ("Menschen", "Personen") or an outcome ("Tote", "Verletzte", "Vermisste"). */
const germanPeople = (key: string): boolean => countedAs(key) === 'people' || outcomeAt([key], 0) !== undefined
