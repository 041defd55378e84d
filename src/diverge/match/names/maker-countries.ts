/**
 * One object said to be made in two countries: *de fabricação russa* / *de fabricação ucraniana*,
 * *Russian-made* / *Ukrainian-made*, *do Nga sản xuất* / *do Ukraine sản xuất*, *built by a Chinese
 * manufacturer*. The country is no capitalised name in every language (*russa*, *ucraniana*), so
 * the name extractor never reads it; and a country beside a plane may be its crew's, its owner's or
 * its operator's, so only a phrase of make counts. Designed is not made (the Soviet-designed,
 * Ukrainian-built An-26).
 *
 * Each phrase is read with the noun it modifies: the words right after an adjective of make
 * (*Russian-made plane*), right before any other phrase (*o avião de fabricação russa*, *máy bay do
 * Nga sản xuất*; an aside *o avião, um Antonov-28 de fabricação…* names the plane again), or the
 * subject of *was built by*. A conflict needs that noun, in both reports, to be one word both
 * headlines or ledes name and one thing, not a class (*goods*, *các mặt hàng*, *12 máy bay*): the
 * engines of *com motores de fabricação ucraniana* are not the plane. Each report must give the
 * object exactly one country (its phrases of make and any plain origin in their sentences: *from
 * China*, *của Nga*, *da França*), the two countries must differ, and the Soviet Union, which held
 * the others, conflicts with none.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Span } from '../../../types'
import { statesFacts } from '../../extract/stating-lines'
import type { Sides, UnplacedDivergence } from '../../describe'
import { COUNTRY_FORMS, FIRM_WORDS, INDEFINITE_ARTICLES, MANY_WORDS, ORIGIN_WORDS, STOP_WORDS } from './maker-country-forms'

export interface MakerMention {
  readonly country: string
  readonly sentence: number
  readonly start: number
  readonly end: number
  /** The noun the phrase modifies (*avião*, *plane*, *máy bay*), empty when it names a class of things. */
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
// Words of the noun a phrase of make modifies: plane, solar panels, máy bay, động cơ.
const HEAD_WORDS = 2
// Words between an aside's article and the phrase of make (um Soviet Antonov-28 de fabricação).
const ASIDE_WORDS = 3
// Firm words after "do" before the country (do một hãng Trung Quốc sản xuất).
const VI_FIRM_WORDS = 3
const CONFIDENCE = 0.7
// Made in a place that held the others: no conflict with any of them.
const UNION = 'soviet'

// Vietnamese country names that are also common words (anh "he", đức "virtue", ý "idea", pháp "law",
// nhật "day"): a country only when capitalised (do anh sản xuất is "made by him").
const COMMON_WORDS = new Set(['anh', 'đức', 'ý', 'pháp', 'nhật', 'nga', 'mỹ'])

// English words of make: after a country's adjective joined by a hyphen (Russian-made), or before "in"/"by".
const MADE_EN = new Set(['made', 'built', 'manufactured', 'produced'])
// Romance nouns of make followed by the country's adjective (de fabricação russa, de construction russe).
const MAKE_NOUNS = new Set(['fabricação', 'fabrico', 'fabricación', 'fabrication', 'construção', 'construcción', 'construction'])
// Romance and German participles of make, then a preposition and the country (fabricado na Ucrânia, fabriqué en Russie, hergestellt in).
const MADE_PARTICIPLES = new Set([
  'fabricado', 'fabricada', 'fabricados', 'fabricadas', 'fabriqué', 'fabriquée', 'fabriqués', 'fabriquées', 'hergestellt', 'gebaut',
])
// Prepositions and articles between such a participle and the country (na, en, au, in der).
const PARTICIPLE_PREPOSITIONS = new Set(['em', 'na', 'no', 'nos', 'nas', 'en', 'au', 'aux', 'in', 'la', 'el', 'der', 'den'])
// "By" after a participle, before the firm that made the thing (made by, fabricado por, fabriqué par).
const BY = new Set(['by', 'por', 'pelo', 'pela', 'par'])
// Vietnamese: do <country> sản xuất / chế tạo, or sản xuất / chế tạo tại / ở <country>.
const VI_MAKE = new Set(['sản xuất', 'chế tạo'])
const VI_AT = new Set(['tại', 'ở'])
// After "do <country> sản xuất", words of an amount produced: "do" is "because" (do Nga sản xuất thêm một triệu thùng).
const VI_MORE = new Set(['thêm', 'nhiều', 'hơn', 'ít', 'khoảng', 'gần', 'một', 'hai', 'ba'])
// Words between a phrase of make and the noun it follows (avião de fabricação, máy bay được sản xuất, plane was built by).
const LINKS = new Set(['de', 'do', 'da', 'of', 'được', 'was', 'were', 'is', 'are', 'been', 'foi', 'fue', 'été', 'est'])

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
const isNumber = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57

type Phrase = { from: number; to: number; country: string; head: 'after' | 'before' }

/** A firm of a country after "made by" (built by a Chinese manufacturer, fabricado por uma empresa russa). */
function firmAt(tokens: readonly Token[], i: number): Phrase | undefined {
  if (!BY.has(tokens[i + 1]?.lower ?? '')) return undefined
  let at = i + 2
  if (INDEFINITE_ARTICLES.has(tokens[at]?.lower ?? '') || tokens[at]?.lower === 'the') at++
  if (at >= tokens.length) return undefined
  const before = countryAt(tokens, at)
  if (before && FIRM_WORDS.has(tokens[at + before.length]?.lower ?? '')) return { from: i, to: at + before.length, country: before.country, head: 'before' }
  if (!FIRM_WORDS.has(tokens[at]!.lower) || at + 1 >= tokens.length) return undefined
  const after = countryAt(tokens, at + 1)
  return after && { from: i, to: at + after.length, country: after.country, head: 'before' }
}

/** Where a phrase of make starting or centred at `i` names a country: [first word, last word], the country, where its noun is. */
function phraseAt(text: string, tokens: readonly Token[], i: number): Phrase | undefined {
  const word = tokens[i]!.lower
  if (MADE_EN.has(word)) {
    // Russian-made: a hyphen joins the country's adjective to the word of make.
    if (i > 0 && text.slice(tokens[i - 1]!.end, tokens[i]!.start) === '-') {
      const found = countryEndingAt(tokens, i)
      if (found) return { from: found.from, to: i, country: found.country, head: 'after' }
    }
    if (tokens[i + 1]?.lower === 'in') {
      const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2
      const found = at < tokens.length ? countryAt(tokens, at) : undefined
      if (found) return { from: i, to: at + found.length - 1, country: found.country, head: 'before' }
    }
    return firmAt(tokens, i)
  }
  if (MAKE_NOUNS.has(word)) {
    const found = i + 1 < tokens.length ? countryAt(tokens, i + 1) : undefined
    return found && { from: i, to: i + found.length, country: found.country, head: 'before' }
  }
  if (MADE_PARTICIPLES.has(word)) {
    const firm = firmAt(tokens, i)
    if (firm) return firm
    let at = i + 1
    while (at < tokens.length && at <= i + 2 && PARTICIPLE_PREPOSITIONS.has(tokens[at]!.lower)) at++
    if (at === i + 1) return undefined
    const found = at < tokens.length ? countryAt(tokens, at) : undefined
    return found && { from: i, to: at + found.length - 1, country: found.country, head: 'before' }
  }
  if (word === 'do' && i + 1 < tokens.length) {
    let at = i + 1
    while (at < tokens.length && at <= i + VI_FIRM_WORDS && (tokens[at]!.lower === 'một' || FIRM_WORDS.has(tokens[at]!.lower))) at++
    const found = at < tokens.length ? countryAt(tokens, at) : undefined
    const after = found ? at + found.length : -1
    if (!found || !VI_MAKE.has(pairAt(tokens, after))) return undefined
    const next = tokens[after + 2]?.lower ?? ''
    if (VI_MORE.has(next) || isNumber(next)) return undefined
    return { from: i, to: after + 1, country: found.country, head: 'before' }
  }
  if (VI_MAKE.has(pairAt(tokens, i)) && VI_AT.has(tokens[i + 2]?.lower ?? '')) {
    const found = i + 3 < tokens.length ? countryAt(tokens, i + 3) : undefined
    return found && { from: i, to: i + 2 + found.length, country: found.country, head: 'before' }
  }
  return undefined
}

const gap = (text: string, tokens: readonly Token[], k: number): string => text.slice(tokens[k - 1]!.end, tokens[k]!.start)
// Words joined by spaces or hyphens only: one noun group (solar panels, Antonov-28).
const joined = (text: string, tokens: readonly Token[], k: number): boolean => [...gap(text, tokens, k)].every((c) => c.trim() === '' || c === '-' || c === '‐' || c === '‑')
// Plural in English and Romance tongues (engines, motores, aviões), not bus, chassis, Airbus.
const pluralLooking = (word: string): boolean => word.length > 3 && word.endsWith('s') && !['ss', 'us', 'is'].some((end) => word.endsWith(end))
// A model's number is part of its noun (Antonov-28, Boeing 737); a number before the noun counts it (12 máy bay).
const nounWord = (word: string): boolean => !STOP_WORDS.has(word) && !INDEFINITE_ARTICLES.has(word) && !MANY_WORDS.has(word) && !LINKS.has(word)

/** The noun group ending at `last` (up to HEAD_WORDS words, not across punctuation), and the index before it. */
function groupEndingAt(text: string, tokens: readonly Token[], last: number): { words: number[]; before: number } {
  const words: number[] = []
  let k = last
  while (k >= 0 && words.length < HEAD_WORDS && nounWord(tokens[k]!.lower) && !COUNTRY_FORMS.has(tokens[k]!.lower)) {
    words.push(k)
    if (k === 0 || !joined(text, tokens, k)) return { words, before: k - 1 }
    k--
  }
  return { words, before: k }
}

/**
 * The noun a phrase of make modifies, or an empty set when it is a class of things (goods, các
 * mặt hàng, 12 máy bay): after an adjective of make, or before any other phrase (past one comma,
 * a link word, and an aside naming the thing again).
 */
function headOf(text: string, tokens: readonly Token[], phrase: Phrase): Set<string> {
  const group: number[] = []
  let before: number
  if (phrase.head === 'after') {
    for (let k = phrase.to + 1; k < tokens.length && group.length < HEAD_WORDS && joined(text, tokens, k) && nounWord(tokens[k]!.lower); k++) group.push(k)
    before = phrase.from - 1
  } else {
    let k = phrase.from - 1
    while (k >= 0 && LINKS.has(tokens[k]!.lower) && joined(text, tokens, k + 1)) k--
    const found = groupEndingAt(text, tokens, k)
    group.push(...found.words)
    before = found.before
    // An aside naming the thing again: o avião, um Soviet Antonov-28 de fabricação ucraniana.
    for (let a = before; a >= 1 && a > before - ASIDE_WORDS && joined(text, tokens, a + 1); a--) {
      if (!INDEFINITE_ARTICLES.has(tokens[a]!.lower) || !gap(text, tokens, a).includes(',')) continue
      const noun = groupEndingAt(text, tokens, a - 1)
      group.push(...noun.words)
      before = noun.before
      break
    }
  }
  const many = before >= 0 && (MANY_WORDS.has(tokens[before]!.lower) || isNumber(tokens[before]!.lower))
  if (many || group.some((k) => pluralLooking(tokens[k]!.lower))) return new Set()
  return new Set(group.map((k) => tokens[k]!.lower).filter((w) => w.length >= 3))
}

// Every phrase of make holds one of these (a word of make or its stem, lower case, NFC): a sentence
// without any is not tokenized, which kept this rule from re-reading every sentence of every report.
const MAKE_STEMS = ['made', 'built', 'manufactured', 'produced', 'fabric', 'fabriqu', 'constru', 'hergestellt', 'gebaut', 'sản xuất', 'chế tạo']
const mayMake = (text: string, from: number, to: number): boolean => {
  const lower = text.slice(from, to).normalize('NFC').toLowerCase()
  return MAKE_STEMS.some((stem) => lower.includes(stem))
}

/** Every phrase of make of the given sentences naming a country. */
export function makerMentions(text: string, sentences: readonly { readonly start: number; readonly end: number; readonly index?: number }[]): MakerMention[] {
  const out: MakerMention[] = []
  sentences.forEach((sentence, k) => {
    if (!mayMake(text, sentence.start, sentence.end)) return
    const tokens = tokensOf(text, sentence.start, sentence.end)
    for (let i = 0; i < tokens.length; i++) {
      const phrase = phraseAt(text, tokens, i)
      if (!phrase) continue
      out.push({
        country: phrase.country,
        sentence: sentence.index ?? k,
        start: tokens[phrase.from]!.start,
        end: tokens[phrase.to]!.end,
        objects: headOf(text, tokens, phrase),
      })
      i = phrase.to
    }
  })
  return out
}

/** Countries given as a plain origin (from China, của Nga, da França) in the sentences of phrases of make. */
export function originCountries(text: string, sentences: readonly { readonly start: number; readonly end: number }[]): Set<string> {
  const out = new Set<string>()
  for (const sentence of sentences) {
    const tokens = tokensOf(text, sentence.start, sentence.end)
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!ORIGIN_WORDS.has(tokens[i]!.lower)) continue
      const at = tokens[i + 1]!.lower === 'the' ? i + 2 : i + 1
      const found = at < tokens.length ? countryAt(tokens, at) : undefined
      if (found) out.add(found.country)
    }
  }
  return out
}

interface Makers {
  readonly mentions: MakerMention[]
  readonly countries: Set<string>
}

function makersOf(doc: PreparedDocument): Makers {
  const sentences = doc.sentences.filter(statesFacts)
  const mentions = makerMentions(doc.original, sentences)
  if (mentions.length === 0) return { mentions, countries: new Set() }
  const withPhrase = new Set(mentions.map((m) => m.sentence))
  const origins = originCountries(doc.original, sentences.filter((s) => withPhrase.has(s.index)))
  return { mentions, countries: new Set([...mentions.map((m) => m.country), ...origins]) }
}

// The headline and lede: what the story is about.
const OPENING_SENTENCES = 2
const openingWords = (doc: PreparedDocument): Set<string> =>
  new Set(doc.sentences.slice(0, OPENING_SENTENCES).flatMap((s) => tokensOf(doc.original, s.start, s.end).map((t) => t.lower)))

const spanOf = (text: string, mention: MakerMention): Span => ({ sentence: mention.sentence, start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) })

/** The conflict of two reports each making one object in one country, and in another country than the other. */
export function makerConflicts(docA: PreparedDocument, docB: PreparedDocument, sides: Sides): UnplacedDivergence[] {
  const makersA = once(docA, makersOf)
  if (makersA.mentions.length === 0) return []
  const makersB = once(docB, makersOf)
  if (makersB.mentions.length === 0) return []
  const [inA, inB] = [makersA.mentions, makersB.mentions]
  if (makersA.countries.size !== 1 || makersB.countries.size !== 1) return []
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
