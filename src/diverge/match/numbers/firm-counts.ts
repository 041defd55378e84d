/**
 * Counts of different firms' things fill different slots (review K): "200 Tesla Inc. shares" /
 * "200 Apple Inc. shares" are two holdings, not one written two ways, though the counted noun
 * (counted-noun.ts) reads past the firm's name to "shares" on both. A name closed by a firm's
 * suffix (Inc., Corp., Co., Ltd., plc, LLC, AG…) on one side sets the counts apart from any other
 * name; bare names on both sides ("200 Tesla shares" / "200 Apple shares", "1,000 Bush supporters"
 * / "1,000 Kerry supporters") do too when nothing makes them one: no shared word, neither the
 * other's initials (OGE / Oklahoma Gas and Electric), no close spelling, and not one place named
 * two ways (reasons/places.ts: "27 US troops" / "26 American troops" stay one slot). Two places
 * (US / British troops) are two slots as two firms are (names29).
 *
 * A Vietnamese noun's owner follows it ("200 cổ phiếu Vinamilk", "3 tàu Trung Quốc"), after the count's text:
 * owner-after-noun.ts reads it, and it stands where English puts its owner.
 */
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { PLACE_FORMS } from '../../reasons/places'
import { derivedWord } from '../../reasons/name-spelling'
import { isNameVariant } from '../names/name-match'
import { isModelUnit } from '../../extract/numbers/counted-noun'
import { ownerAfterNoun } from './owner-after-noun'

const FIRM_SUFFIXES = keys('inc corp co ltd plc llc ag sa nv gmbh bhd jsc corporation incorporated company group holdings')

interface FirmWords {
  words: Set<string>
  firm: boolean
  /** The capitalised words as written (without a suffix), and their initials: "Oklahoma Gas Electric", "oge". */
  text: string
  initials: string
  /** The initial of the counted noun ("police" → p): a force's initials may take it in (LAPD, Los Angeles police). */
  noun: string
  /** The owners a lower-case "and" joins ("US and British troops": us / british), each as its folded words; none for one owner. */
  conjuncts: ReadonlyArray<ReadonlySet<string>>
  /** Words written in capitals only, three to five letters: a ticker or a body's initials (MSFT, LAPD). */
  capitals: readonly string[]
}
const seen = new WeakMap<Fact, FirmWords>()

/** The capitalised words between a count's numeral and its counted noun, folded, without a firm's suffix; and whether a suffix closed them. Read once per fact. */
function firmWordsOf(fact: Fact): FirmWords {
  let got = seen.get(fact)
  if (got === undefined) seen.set(fact, (got = firmWords(withOwner(fact))))
  return got
}

/** The count's text with a Vietnamese owner set between its numeral and noun, English's order ("200 cổ" + Vinamilk → "200 Vinamilk cổ"). */
function withOwner(fact: Fact): string {
  const owner = ownerAfterNoun(fact)
  if (owner === '') return fact.text
  const all = fact.text.split(/\s+/)
  return `${all.slice(0, -1).join(' ')} ${owner} ${all[all.length - 1] ?? ''}`
}

/** The word without the stops and commas closing it ("Inc.," → "Inc"); a loop, as /[.,]+$/ rescans a long run from every start. */
function withoutTrailingStops(word: string): string {
  let end = word.length
  while (end > 0 && (word[end - 1] === '.' || word[end - 1] === ',')) end--
  return word.slice(0, end)
}

function firmWords(text: string): FirmWords {
  const all = text.split(/\s+/)
  const parts = all.slice(1, -1)
  const words = new Set<string>()
  const written: string[] = []
  const capitals: string[] = []
  const conjuncts: Array<Set<string>> = [new Set()]
  let firm = false
  for (const raw of parts) {
    // "US and British troops": a lower-case "and" between owners ("&" joins a firm's name: Procter & Gamble)
    if (raw === 'and' && conjuncts[conjuncts.length - 1]!.size > 0) conjuncts.push(new Set())
    if (!/^\p{Lu}/u.test(raw)) continue
    const bare = withoutTrailingStops(raw)
    const w = foldWord(bare)
    if (FIRM_SUFFIXES.has(w)) firm = true
    else {
      words.add(w)
      written.push(bare)
      conjuncts[conjuncts.length - 1]!.add(w)
      if (/^\p{Lu}{3,5}$/u.test(bare)) capitals.push(w)
    }
  }
  const noun = foldWord(all[all.length - 1] ?? '')[0] ?? ''
  const joined = conjuncts.length > 1 && conjuncts.every((c) => c.size > 0) ? conjuncts : []
  return { words, firm, text: written.join(' '), initials: written.map((w) => foldWord(w)[0] ?? '').join(''), noun, conjuncts: joined, capitals }
}

/** The letters of a word or name, folded, without stops, ampersands or spaces: "P&G" → pg, "Los Angeles" → losangeles. */
const lettersOf = (w: string): string => w.replace(/[^\p{L}\p{N}]/gu, '')

/** `short`'s letters in order inside `long`, from its first letter on: a ticker (MSFT in Microsoft). */
function subsequence(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false
  let k = 0
  for (const ch of long) if (ch === short[k]) k++
  return k === short.length
}

/** The place a qualifier names (its folded words, or initials as `#us`), by its forms' group; undefined for none. */
const placeOf = (f: FirmWords): readonly string[] | undefined => placeOfWords(f.words)

/**
 * A word in capitals that is the other name's short form: a ticker, the name's letters in order from
 * its first (MSFT / Microsoft, three letters at least), or a body's initials taking in the counted
 * noun and one word more (LAPD police / Los Angeles police: L, A, P of police, D of its department).
 */
function shortForm(f: FirmWords, other: FirmWords): boolean {
  if (other.capitals.length > 0) return false
  const letters = lettersOf([...other.words].join(''))
  return f.capitals.some((w) => {
    if (other.words.size === 1 && subsequence(w, letters)) return true
    const withNoun = other.initials + other.noun
    return other.words.size >= 2 && f.noun === other.noun && (w === withNoun || (w.length === withNoun.length + 1 && w.startsWith(withNoun)))
  })
}

/** One name in two forms: a shared word, one the other's initials (OGE / Oklahoma Gas and Electric), or a close spelling. */
function oneName(fx: FirmWords, fy: FirmWords): boolean {
  for (const w of fx.words) if (fy.words.has(w)) return true
  // OGE, OGE Energy / Oklahoma Gas and Electric: a word that is the other name's initials
  const initialsIn = (f: FirmWords, other: FirmWords): boolean => other.initials.length >= 2 && [...f.words].some((w) => lettersOf(w) === other.initials)
  if (initialsIn(fx, fy) || initialsIn(fy, fx)) return true
  if (shortForm(fx, fy) || shortForm(fy, fx)) return true
  return derivedWord(fx.text, fy.text) || isNameVariant(fx.text, fy.text) !== 'different'
}

/**
 * Two counts' firms: 'apart' when their names are not one name (see oneName) and are not one place,
 * 'same' when both are one firm's, with or without a suffix, ("200 Tesla Inc. shares" / "300 Tesla
 * shares", "38,000 OGE customers" / "14,000 Oklahoma Gas and Electric customers": one holding, so a
 * swap of two firms' counts is two contradictions), undefined otherwise (a place's counts, or a
 * name on one side only: the other slot rules decide).
 */
export function firmRelation(x: Fact, y: Fact): 'same' | 'apart' | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return undefined
  // Machines of two model families ("15 737s" / "15 747s") are two makers' or lines' things as two
  // firms' are: never one fact in two formats, and a swap of two families' counts is two contradictions.
  const models = modelRelation(x.unit, y.unit)
  if (models !== undefined) return models
  if (x.unit !== y.unit) return undefined
  const fx = firmWordsOf(x)
  const fy = firmWordsOf(y)
  if (fx.words.size === 0 || fy.words.size === 0) return undefined
  const px = placeOf(fx)
  const py = placeOf(fy)
  // "5,000 US and British troops" / "4,000 US troops": two owners' count against one of them
  if (twoAgainstOne(fx, fy) || twoAgainstOne(fy, fx)) return 'apart'
  if (oneName(fx, fy)) return px === undefined && py === undefined ? 'same' : undefined
  if (px !== undefined && px === py) return undefined
  // "1,000 Bush supporters" / "1,500 Republican supporters", "Gaza" / "Palestinian residents": a
  // people's or party's adjective against a bare name may be the one group named at two levels
  if (!fx.firm && !fy.firm && peopleWord(fx, px) !== peopleWord(fy, py)) return undefined
  return 'apart'
}

/** The place some folded words name ("united states", or initials as `#us`: U.S., US), by its forms' group. */
function placeOfWords(words: ReadonlySet<string>): readonly string[] | undefined {
  const key = [...words].join(' ')
  return PLACE_FORMS.get(key) ?? PLACE_FORMS.get(`#${lettersOf(key)}`)
}

/** `f` counts two owners joined by "and", `other` one of them only (a shared word or one place). */
function twoAgainstOne(f: FirmWords, other: FirmWords): boolean {
  if (f.conjuncts.length < 2 || other.conjuncts.length > 0) return false
  const place = placeOfWords(other.words)
  const isOther = (c: ReadonlySet<string>): boolean => [...c].some((w) => other.words.has(w)) || (place !== undefined && placeOfWords(c) === place)
  return f.conjuncts.some(isOther) && !f.conjuncts.every(isOther)
}

/** A people's or a party's adjective (American, Vietnamese, British, Iraqi, French, Republican) or a place of the table: a group, not one body's name. */
const PEOPLE_ENDING = /(?:an|ese|ish|ch|[^aeiouy]i)$/u
function peopleWord(f: FirmWords, place: readonly string[] | undefined): boolean {
  if (place !== undefined) return true
  const last = [...f.words].pop() ?? ''
  return f.capitals.length === 0 && PEOPLE_ENDING.test(last)
}

/** Two counts' model families (counted-noun.ts): 'same' for one family, 'apart' for two, undefined unless both units are model codes. */
function modelRelation(ux: string, uy: string): 'same' | 'apart' | undefined {
  if (!isModelUnit(ux) || !isModelUnit(uy)) return undefined
  return ux === uy ? 'same' : 'apart'
}

/** Why two counts are two firms' (or two places') things, for the slot rules of unlinked sentences too; else undefined. */
export function firmsApart(x: Fact, y: Fact): string | undefined {
  if (firmRelation(x, y) !== 'apart') return undefined
  if (x.type === 'number' && y.type === 'number' && x.unit !== y.unit) return `counts of two model families (${x.unit} / ${y.unit})`
  return `counts of two named owners' things (${firmWordsOf(x).text} / ${firmWordsOf(y).text})`
}
