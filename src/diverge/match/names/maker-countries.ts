/**
 * One object said to be made in two countries: *de fabricação russa* / *de fabricação ucraniana*,
 * *Russian-made* / *Ukrainian-made*, *do Nga sản xuất* / *do Ukraine sản xuất*. The country is no
 * capitalised name in every language (*russa*, *ucraniana*), so the name extractor never reads
 * it; and a country beside a plane may be its crew's, its owner's or its operator's, so only a
 * phrase of make counts (*-made*, *made in*, *fabricação*, *fabricado na*, *do … sản xuất*).
 *
 * A conflict needs each report to name exactly one country of make (two makers in one report are
 * two things: a plane and its radios), the countries to differ (the Soviet Union held the others,
 * so *Soviet-made* conflicts with none), and the two phrases to stand beside one object word
 * (*avião*, *plane*, *máy bay*) that both headlines or ledes name: an engine's maker is not the
 * plane's, and the missiles an earlier strike hit are not those of the strike reported.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Span } from '../../../types'
import { statesFacts } from '../../extract/stating-lines'
import type { Sides, UnplacedDivergence } from '../../describe'
import { COUNTRY_FORMS, STOP_WORDS } from './maker-country-forms'

export interface MakerMention {
  readonly country: string
  readonly sentence: number
  readonly start: number
  readonly end: number
  /** Words around the phrase that may name the object made (*avião*, *plane*, *máy bay*). */
  readonly objects: ReadonlySet<string>
}

interface Token {
  readonly lower: string
  readonly capital: boolean
  readonly start: number
  readonly end: number
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu
// The longest country form, in words (Tây Ban Nha, Coreia do Sul).
const LONGEST_FORM = 3
// Object words sought before a phrase of make (o avião, de fabricação russa) or after an adjective of make (Russian-made plane).
const OBJECT_BEFORE = 6
const OBJECT_AFTER = 2
const CONFIDENCE = 0.7
// Made in a place that held the others: no conflict with any of them.
const UNION = 'soviet'

// Vietnamese country names that are also common words (anh "he", đức "virtue", ý "idea", pháp "law",
// nhật "day"): a country only when capitalised (do anh sản xuất is "made by him").
const COMMON_WORDS = new Set(['anh', 'đức', 'ý', 'pháp', 'nhật', 'nga', 'mỹ'])

// English: the word after a country's adjective joined by a hyphen (Russian-made), or before "in" (made in Russia).
const MADE = new Set(['made', 'built', 'manufactured', 'produced', 'designed'])
// A noun of make followed by the country's adjective (de fabricação russa, de fabrication russe).
const MAKE_NOUNS = new Set(['fabricação', 'fabrico', 'fabricación', 'fabrication', 'construção', 'construcción', 'construction'])
// A participle of make, then a preposition, then the country (fabricado na Ucrânia, fabriqué en Russie, hergestellt in).
const MADE_PARTICIPLES = new Set([
  'fabricado', 'fabricada', 'fabricados', 'fabricadas', 'fabriqué', 'fabriquée', 'fabriqués', 'fabriquées', 'hergestellt', 'gebaut',
])
const PREPOSITIONS = new Set(['in', 'em', 'na', 'no', 'nos', 'nas', 'en', 'au', 'aux', 'the', 'la', 'el', 'der', 'den'])
// Vietnamese: do <country> sản xuất / chế tạo, or sản xuất / chế tạo tại / ở <country>.
const VI_MAKE = new Set(['sản xuất', 'chế tạo'])
const VI_AT = new Set(['tại', 'ở'])

function tokensOf(text: string, from: number, to: number): Token[] {
  const out: Token[] = []
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const start = from + match.index!
    const lower = match[0].normalize('NFC').toLowerCase()
    out.push({ lower, capital: lower !== match[0].normalize('NFC'), start, end: start + match[0].length })
  }
  return out
}

/** The country a run of words starting at `i` names (longest form first), and how many words it takes. */
function countryAt(tokens: readonly Token[], i: number): { country: string; length: number } | undefined {
  for (let length = Math.min(LONGEST_FORM, tokens.length - i); length >= 1; length--) {
    const country = COUNTRY_FORMS.get(tokens.slice(i, i + length).map((t) => t.lower).join(' '))
    if (country && (tokens[i]!.capital || !COMMON_WORDS.has(tokens[i]!.lower))) return { country, length }
  }
  return undefined
}

/** The country ending at `end` (exclusive): Russian of Russian-made, South Korean of South Korean-made. */
function countryEndingAt(tokens: readonly Token[], end: number): { country: string; from: number } | undefined {
  for (let length = Math.min(LONGEST_FORM, end); length >= 1; length--) {
    const found = countryAt(tokens, end - length)
    if (found && found.length === length) return { country: found.country, from: end - length }
  }
  return undefined
}

const pairAt = (tokens: readonly Token[], i: number): string => (i + 1 < tokens.length ? `${tokens[i]!.lower} ${tokens[i + 1]!.lower}` : '')

/** Where a phrase of make starting or centred at `i` names a country: [first word, last word] and the country. */
function phraseAt(text: string, tokens: readonly Token[], i: number): { from: number; to: number; country: string; adjective?: boolean } | undefined {
  const word = tokens[i]!.lower
  if (MADE.has(word)) {
    // Russian-made: a hyphen joins the country's adjective to the word of make.
    if (i > 0 && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === '-') {
      const found = countryEndingAt(tokens, i)
      if (found) return { from: found.from, to: i, country: found.country, adjective: true }
    }
    if (tokens[i + 1]?.lower === 'in') {
      const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2
      const found = at < tokens.length ? countryAt(tokens, at) : undefined
      if (found) return { from: i, to: at + found.length - 1, country: found.country }
    }
    return undefined
  }
  if (MAKE_NOUNS.has(word)) {
    const found = i + 1 < tokens.length ? countryAt(tokens, i + 1) : undefined
    return found && { from: i, to: i + found.length, country: found.country }
  }
  if (MADE_PARTICIPLES.has(word)) {
    let at = i + 1
    while (at < tokens.length && at <= i + 2 && PREPOSITIONS.has(tokens[at]!.lower)) at++
    if (at === i + 1) return undefined
    const found = at < tokens.length ? countryAt(tokens, at) : undefined
    return found && { from: i, to: at + found.length - 1, country: found.country }
  }
  if (word === 'do' && i + 1 < tokens.length) {
    const found = countryAt(tokens, i + 1)
    const after = found ? i + 1 + found.length : -1
    if (found && VI_MAKE.has(pairAt(tokens, after))) return { from: i, to: after + 1, country: found.country }
    return undefined
  }
  if (VI_MAKE.has(pairAt(tokens, i)) && VI_AT.has(tokens[i + 2]?.lower ?? '')) {
    const found = i + 3 < tokens.length ? countryAt(tokens, i + 3) : undefined
    return found && { from: i, to: i + 2 + found.length, country: found.country }
  }
  return undefined
}

/**
 * Words that may name the object of a phrase of make, function words and countries left out: the
 * few after an adjective of make (Russian-made plane; not the plane of the plane's Ukrainian-made
 * engines), the few before any other phrase (o avião, de fabricação russa; máy bay do Nga sản xuất).
 */
function objectWords(tokens: readonly Token[], from: number, to: number, adjective: boolean): Set<string> {
  const out = new Set<string>()
  const take = (k: number): void => {
    const word = tokens[k]!.lower
    if (word.length >= 3 && !STOP_WORDS.has(word) && !COUNTRY_FORMS.has(word) && !MADE.has(word)) out.add(word)
  }
  if (adjective) for (let k = to + 1; k < Math.min(tokens.length, to + 1 + OBJECT_AFTER); k++) take(k)
  else for (let k = Math.max(0, from - OBJECT_BEFORE); k < from; k++) take(k)
  return out
}

/** Every phrase of make of the given sentences naming a country. */
export function makerMentions(text: string, sentences: readonly { readonly start: number; readonly end: number; readonly index?: number }[]): MakerMention[] {
  const out: MakerMention[] = []
  sentences.forEach((sentence, k) => {
    const tokens = tokensOf(text, sentence.start, sentence.end)
    for (let i = 0; i < tokens.length; i++) {
      const phrase = phraseAt(text, tokens, i)
      if (!phrase) continue
      out.push({
        country: phrase.country,
        sentence: sentence.index ?? k,
        start: tokens[phrase.from]!.start,
        end: tokens[phrase.to]!.end,
        objects: objectWords(tokens, phrase.from, phrase.to, phrase.adjective === true),
      })
      i = phrase.to
    }
  })
  return out
}

const mentionsOf = (doc: PreparedDocument): MakerMention[] => makerMentions(doc.original, doc.sentences.filter(statesFacts))

// The headline and lede: what the story is about.
const OPENING_SENTENCES = 2
const openingWords = (doc: PreparedDocument): Set<string> =>
  new Set(doc.sentences.slice(0, OPENING_SENTENCES).flatMap((s) => tokensOf(doc.original, s.start, s.end).map((t) => t.lower)))

const spanOf = (text: string, mention: MakerMention): Span => ({ sentence: mention.sentence, start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) })

/** The conflict of two reports each making one object in one country, and in another country than the other. */
export function makerConflicts(docA: PreparedDocument, docB: PreparedDocument, sides: Sides): UnplacedDivergence[] {
  const inA = once(docA, mentionsOf)
  if (inA.length === 0) return []
  const inB = once(docB, mentionsOf)
  if (inB.length === 0) return []
  const countriesA = new Set(inA.map((m) => m.country))
  const countriesB = new Set(inB.map((m) => m.country))
  if (countriesA.size !== 1 || countriesB.size !== 1) return []
  const [x, y] = [inA[0]!.country, inB[0]!.country]
  if (x === y || x === UNION || y === UNION) return []
  // The object must be the story's, in both openings: missiles made in Iran that an earlier strike hit
  // (VietnameseMDS 31) are not the Russian-made missiles of this one.
  const openings = [openingWords(docA), openingWords(docB)] as const
  const theStory = (word: string): boolean => openings[0].has(word) && openings[1].has(word)
  for (const a of inA) {
    for (const b of inB) {
      if (![...a.objects].some((w) => b.objects.has(w) && theStory(w))) continue
      const [spanA, spanB] = [spanOf(docA.original, a), spanOf(docB.original, b)]
      return [
        {
          kind: 'name',
          severity: 'medium',
          a: spanA,
          b: spanB,
          message: `${sides.a} says the thing was made in one country ("${spanA.text}") where ${sides.b} names another ("${spanB.text}").`,
          occurrences: { a: inA.map((m) => spanOf(docA.original, m)), b: inB.map((m) => spanOf(docB.original, m)) },
          confidence: CONFIDENCE,
          evidence: ['two countries of make', 'one object beside both'],
        },
      ]
    }
  }
  return []
}
