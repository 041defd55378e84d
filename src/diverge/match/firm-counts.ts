/**
 * Counts of different firms' things fill different slots (review K): "200 Tesla Inc. shares" /
 * "200 Apple Inc. shares" are two holdings, not one written two ways, though the counted noun
 * (counted-noun.ts) reads past the firm's name to "shares" on both. Only a name closed by a firm's
 * suffix (Inc., Corp., Co., Ltd., plc, LLC, AG…) on one side counts: "27 US troops" / "26 American
 * troops" stay one slot (one force named two ways).
 */
import type { Fact } from '../extract/fact'
import { keys } from '../extract/fact-tokens'
import { foldWord } from '../../normalize/fold'

const FIRM_SUFFIXES = keys('inc corp co ltd plc llc ag sa nv gmbh bhd jsc corporation incorporated company group holdings')

interface FirmWords { words: Set<string>; firm: boolean }
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
  let firm = false
  for (const raw of parts) {
    if (!/^\p{Lu}/u.test(raw)) continue
    const w = foldWord(withoutTrailingStops(raw))
    if (FIRM_SUFFIXES.has(w)) firm = true
    else words.add(w)
  }
  return { words, firm }
}

/**
 * Two counts' firms: 'apart' when a firm's name (one side closed by a suffix) shares no word with
 * the other's, 'same' when both name a firm with its suffix and share a word ("200 Tesla Inc. shares"
 * / "300 Tesla Inc. shares": one holding, so a swap of two firms' counts is two contradictions),
 * undefined otherwise.
 */
export function firmRelation(x: Fact, y: Fact): 'same' | 'apart' | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count' || x.unit !== y.unit) return undefined
  const fx = firmWordsOf(x)
  const fy = firmWordsOf(y)
  if (!(fx.firm || fy.firm) || fx.words.size === 0 || fy.words.size === 0) return undefined
  for (const w of fx.words) if (fy.words.has(w)) return fx.firm && fy.firm ? 'same' : undefined
  return 'apart'
}
