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
 * English only: a Vietnamese noun's owner follows it ("200 cổ phiếu Vinamilk"), after the count's text.
 */
import type { Fact } from '../extract/fact'
import { keys } from '../extract/fact-tokens'
import { foldWord } from '../../normalize/fold'
import { PLACE_FORMS } from '../reasons/places'
import { derivedWord } from '../reasons/name-spelling'
import { isNameVariant } from './name-match'

const FIRM_SUFFIXES = keys('inc corp co ltd plc llc ag sa nv gmbh bhd jsc corporation incorporated company group holdings')

interface FirmWords {
  words: Set<string>
  firm: boolean
  /** The capitalised words as written (without a suffix), and their initials: "Oklahoma Gas Electric", "oge". */
  text: string
  initials: string
}
const seen = new WeakMap<Fact, FirmWords>()

/** The capitalised words between a count's numeral and its counted noun, folded, without a firm's suffix; and whether a suffix closed them. Read once per fact. */
function firmWordsOf(fact: Fact): FirmWords {
  let got = seen.get(fact)
  if (got === undefined) seen.set(fact, (got = firmWords(fact.text)))
  return got
}

/** The word without the stops and commas closing it ("Inc.," → "Inc"); a loop, as /[.,]+$/ rescans a long run from every start. */
function withoutTrailingStops(word: string): string {
  let end = word.length
  while (end > 0 && (word[end - 1] === '.' || word[end - 1] === ',')) end--
  return word.slice(0, end)
}

function firmWords(text: string): FirmWords {
  const parts = text.split(/\s+/).slice(1, -1)
  const words = new Set<string>()
  const written: string[] = []
  let firm = false
  for (const raw of parts) {
    if (!/^\p{Lu}/u.test(raw)) continue
    const bare = withoutTrailingStops(raw)
    const w = foldWord(bare)
    if (FIRM_SUFFIXES.has(w)) firm = true
    else {
      words.add(w)
      written.push(bare)
    }
  }
  return { words, firm, text: written.join(' '), initials: written.map((w) => foldWord(w)[0] ?? '').join('') }
}

/** The place a qualifier names (its folded words, or initials as `#us`), by its forms' group; undefined for none. */
function placeOf(f: FirmWords): readonly string[] | undefined {
  const key = [...f.words].join(' ')
  return PLACE_FORMS.get(key) ?? PLACE_FORMS.get(`#${key.replace(/\./g, '')}`)
}

/** One name in two forms: a shared word, one the other's initials (OGE / Oklahoma Gas and Electric), or a close spelling. */
function oneName(fx: FirmWords, fy: FirmWords): boolean {
  for (const w of fx.words) if (fy.words.has(w)) return true
  // OGE, OGE Energy / Oklahoma Gas and Electric: a word that is the other name's initials
  const initialsIn = (f: FirmWords, other: FirmWords): boolean => other.words.size >= 2 && [...f.words].some((w) => w.replace(/\./g, '') === other.initials)
  if (initialsIn(fx, fy) || initialsIn(fy, fx)) return true
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
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count' || x.unit !== y.unit) return undefined
  const fx = firmWordsOf(x)
  const fy = firmWordsOf(y)
  if (fx.words.size === 0 || fy.words.size === 0) return undefined
  const px = placeOf(fx)
  const py = placeOf(fy)
  if (oneName(fx, fy)) return px === undefined && py === undefined ? 'same' : undefined
  if (px !== undefined && px === py) return undefined
  return 'apart'
}

/** Why two counts are two firms' (or two places') things, for the slot rules of unlinked sentences too; else undefined. */
export function firmsApart(x: Fact, y: Fact): string | undefined {
  return firmRelation(x, y) === 'apart' ? `counts of two named owners' things (${firmWordsOf(x).text} / ${firmWordsOf(y).text})` : undefined
}
