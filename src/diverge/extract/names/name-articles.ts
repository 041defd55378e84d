/**
 * Words capitalised before a name that are no part of it.
 *
 * - A sentence-opening article or contracted preposition of the document's own language (*Die
 *   Engine*, *Zur TOTP-Nutzung*, *La Guardia Civil*): capitalised only because it opens the
 *   sentence. Only the document's language says which words those are: *Des Moines* in an English
 *   report, *Da Nang* in a Vietnamese one, keep theirs. A definite article is dropped only when the
 *   report writes the name without it elsewhere (openingArticle); names whose article belongs to
 *   them (*Los Angeles*, *Le Monde*, *La Paz*) are listed, or shown by a capital inside a sentence.
 * - A prefix hyphened to a name (*anti-Trump*, *pro-Russian*, *ex-Yankee*): the name after it is a
 *   name, the prefix is not (gap30: *Trump* of an inserted *anti-Trump sentiment* was never missing).
 *   Only a capitalised word after the prefix is read so (*anti-inflammatory* stays a word, *non-EU* an
 *   abbreviation), and not a word derived from a name (*anti-Semitic*). A prefix capitalised inside a
 *   name is the name's (*World Anti-Doping Agency*).
 */
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import type { Word } from '../../../document/letter-words'
import { pressConvention } from './press-languages'
import { CAPITALISED_CALENDAR as CALENDAR } from '../../../normalize/calendar-words'

const folded = (words: string): ReadonlySet<string> => new Set(words.split(' ').map(foldWord))
// Folded words without accents, joined by single spaces: how the keep-list and the report's own article names are matched.
const bareKey = (name: string): string => stripDiacritics(name.split(' ').map(foldWord).join(' '))

// Articles, and prepositions contracted with one, by franc's language code (English's are in names.ts's stop words).
const ARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['fra', folded('le la les un une des du au aux')],
  ['spa', folded('el la los las un una unos unas al del')],
  ['por', folded('os as um uma uns umas do da dos das no na nos nas ao pelo pela')],
  ['ita', folded('il lo la gli le un una uno del della dei delle nel nella al alla')],
  ['deu', folded('der die das den dem des ein eine einer eines einem einen zur zum im am vom beim ins')],
  ['nld', folded('de het een')],
])

// Names whose article is their own (places, newspapers, family names), without accents (Los Ángeles is listed as
// los angeles): kept whole after a sentence start. Names not listed are kept by ownArticles below.
const ARTICLE_NAMES: ReadonlySet<string> = new Set(
  [
    'los angeles', 'las vegas', 'la paz', 'la plata', 'la habana', 'la coruña', 'la rioja', 'las palmas', 'el salvador', 'el paso',
    'el cairo', 'el país', 'el mundo', 'la nación', 'la vanguardia', 'la razón', 'le monde', 'le figaro', 'le parisien', 'le havre',
    'le mans', 'la rochelle', 'le pen', 'le maire', 'le drian', 'la fontaine', 'la stampa', 'la repubblica', 'la spezia', 'il corriere',
    'die zeit', 'die welt', 'der spiegel', 'der standard', 'des moines', 'den haag', 'la haye', 'le caire',
  ].map(bareKey),
)

// Indefinite articles and prepositions contracted with an article that no name opens with (Eine Einführung, Zur
// TOTP-Nutzung, Na Câmara): dropped at a sentence start whatever the report shows. Definite articles (Le Touquet,
// Die Linke, El Niño) and contractions family names keep (Del Piero, Da Silva, Du Pont) are dropped only on evidence.
const NEVER_IN_NAMES = folded('un une uno una unos unas um uma uns umas ein eine einer eines einem einen een zur zum im am vom beim ins au aux nel nella na no nas nos ao pelo pela')

// Name particles (names.ts) that the document's language uses as a preposition, by franc's language code: Indonesian
// and Malay "di" (in, at) stands between a name and a place (Musa Rajekshah di Pilgub Sumut) as well as inside a
// foreign name (Roberto di Matteo, Leonardo di Caprio). Malay "bin" stays a particle (Najib bin Razak).
const PREPOSITION_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ind', folded('di')],
  ['zlm', folded('di')],
  ['msa', folded('di')],
])

/**
 * Does the name particle at `words[j]` end the name, as a preposition of `language`, instead of joining two runs?
 * Only before a known place (`isPlace`) or a run of two capitalised words or more (Pilgub Sumut, Kuala Lumpur,
 * Istana Merdeka): a particle's family name is one word after it (di Matteo, di Caprio), so that stays whole.
 */
export function particleEndsName(words: readonly Word[], j: number, language: string | undefined, isPlace: (folded: string) => boolean): boolean {
  if (language === undefined || !(PREPOSITION_PARTICLES.get(language)?.has(words[j]!.folded) ?? false)) return false
  const next = words[j + 1]
  if (next === undefined || isPlace(next.folded)) return true
  const after = words[j + 2]
  return after !== undefined && after.cap && /^[ \t\u00a0]+$/u.test(after.gap)
}

/** The language whose articles a document's names are read with: `language` if it has any listed, else undefined (they are read alike). */
export function articleLanguage(language: string): string | undefined {
  return ARTICLES.has(language) ? language : undefined
}

/**
 * What a document in `language` shows of its articles, in one scan read before the names: the article and name
 * pairs (le touquet, die linke) it writes with the article capitalised inside a sentence, where an article that
 * is no part of a name is lower case (selon la Guardia Civil), so the article is the name's own; and, prefixed
 * with '=', the words it writes capitalised with no capitalised article before them (the name written bare).
 */
export function ownArticles(words: readonly Word[], language: string | undefined, opensSentence: (k: number, gap: string) => boolean): ReadonlySet<string> {
  const articles = language === undefined ? undefined : ARTICLES.get(language)
  const out = new Set<string>()
  if (!articles) return out
  for (let k = 1; k + 1 < words.length; k++) {
    const w = words[k]!
    if (!w.cap || !articles.has(w.folded) || opensSentence(k, w.gap)) continue
    const next = words[k + 1]!
    if (next.cap && next.gap === ' ') out.add(bareKey(`${w.folded} ${next.folded}`))
  }
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!, prev = words[k - 1]!
    if (w.cap && !articles.has(w.folded) && !(prev.cap && articles.has(prev.folded))) out.add(`=${bareKey(w.folded)}`)
  }
  return out
}

// Indonesian and Malay prepositions and conjunctions that open a sentence and never a name (names49: "Kepada Sky Sports
// Italia, Buffon mengatakan" read as the name Kepada Sky Sports Italia), by the report's language as its words tell it
// (press-languages.ts: franc reads a short Indonesian report as undetermined or Sundanese).
// Not di: a foreign family name opens with it (Di Maria).
const INDONESIAN_OPENERS = folded(
  'kepada namun tetapi tapi sedangkan sementara karena sebab jika kalau bila meski meskipun walaupun setelah sebelum sejak saat ketika selama dalam dari pada ke untuk bagi oleh dengan tentang terhadap selain bahkan kemudian adapun sehingga agar supaya menurut',
)
const SENTENCE_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['id', INDONESIAN_OPENERS]])
// Those no other language writes and no name opens with: they open no name where the report's language is not told
// (a one-line report with no function word to vote, franc undecided: Kepada Sky Sports Italia, Buffon berkata …).
const INDONESIAN_ONLY_OPENERS = folded('kepada namun tetapi sedangkan sementara meskipun walaupun setelah sebelum sejak ketika terhadap bahkan kemudian adapun sehingga supaya menurut')
// Openers that are given names too (Dan Ashworth, Lalu Muhammad Zohri, Segundo Castillo): dropped when no capitalised word
// follows (Dan dilaporkan …, Lalu dia …), and before one only in the language where the opener is far the likelier reading
// (Portuguese Segundo Lula, … is "according to Lula"); '' for none.
const GIVEN_NAME_OPENERS: ReadonlyMap<string, string> = new Map([
  ['dan', ''],
  ['lalu', ''],
  ['segundo', 'pt'],
])

/**
 * Does `run`, opening a sentence of a document in `language`, open with an article that is no part of the name after it?
 * An indefinite article or a contraction no name opens with always does. A definite one only when the report
 * writes the name bare elsewhere (`owned`, ownArticles), unless the name is listed or written with the article
 * capitalised inside a sentence: a closed list misses names (Le Touquet, Il Messaggero, De Wever), and a name
 * cut there is a false name (El Niño / La Niña read as one name spelt two ways). The other report writing the
 * name bare needs no rule here: the matcher reads La Guardia Civil and Guardia Civil as one name.
 */
export function openingArticle(run: readonly Word[], language: string | undefined, owned: ReadonlySet<string>, text: string): boolean {
  if (run.length === 0) return false
  const opener = GIVEN_NAME_OPENERS.get(run[0]!.folded)
  if (opener !== undefined) return run.length === 1 || (opener !== '' && pressConvention(text, language ?? '') === opener)
  const convention = pressConvention(text, language ?? '')
  if (SENTENCE_OPENERS.get(convention)?.has(run[0]!.folded) ?? false) return true
  if (convention === '' && INDONESIAN_ONLY_OPENERS.has(run[0]!.folded)) return true
  const articles = language === undefined ? undefined : ARTICLES.get(language)
  if (!articles || run.length === 0 || !articles.has(run[0]!.folded)) return false
  if (run.length === 1 || NEVER_IN_NAMES.has(run[0]!.folded)) return true
  const pair = bareKey(`${run[0]!.folded} ${run[1]!.folded}`)
  return !ARTICLE_NAMES.has(pair) && !owned.has(pair) && owned.has(`=${bareKey(run[1]!.folded)}`)
}

// Prefixes written before a name with a hyphen (anti-Trump, pro-Russian, ex-Yankee, non-EU, post-Brexit).
const NAME_PREFIXES = folded('anti pro ex non post pre neo pan un semi pseudo ultra quasi')
// Endings of a word derived from a name (anti-Semitic, anti-Semitism, anti-Zionist): a common word, naming no one.
const DERIVED_ENDINGS = ['ic', 'ics', 'ism', 'isms', 'ist', 'ists']

/**
 * `words` with each prefix-hyphened name (anti-Trump) read as the name alone. The name keeps a gap
 * that is neither a space nor a sentence break, so it opens a run of its own mid-sentence.
 * A prefix is split off only when it is lower case, or capitalised because it opens the sentence and
 * no capitalised word follows: capitalised inside a run (World Anti-Doping Agency, St. Louis
 * Post-Dispatch), before a name that runs on (Anti-Defamation League) or written as an abbreviation
 * (UN-Habitat), it is a word of the name.
 */
export function splitNamePrefixes(text: string, words: Word[], opensSentence: (k: number, gap: string) => boolean): Word[] {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    const hyphen = w.folded.indexOf('-')
    if (hyphen < 2 || !NAME_PREFIXES.has(w.folded.slice(0, hyphen))) continue
    const prefix = text.slice(w.start, w.start + hyphen)
    const lowerPrefix = prefix === prefix.toLowerCase()
    if (!lowerPrefix && (prefix.slice(1) !== prefix.slice(1).toLowerCase() || !opensSentence(k, w.gap) || (words[k + 1]?.cap === true && words[k + 1]!.gap === ' '))) continue
    const start = w.start + hyphen + 1
    const raw = text.slice(start, w.end)
    // One name word after the prefix: a capital then a lower-case letter (non-EU is an abbreviation, anti-inflammatory no name).
    if (raw.length < 2 || raw.includes('-') || raw[0] === raw[0]!.toLowerCase() || raw[1] !== raw[1]!.toLowerCase()) continue
    const lower = raw.toLowerCase()
    if (DERIVED_ENDINGS.some((ending) => lower.endsWith(ending))) continue
    words[k] = { start, end: w.end, folded: foldWord(raw), cap: !CALENDAR.has(lower), gap: `${w.gap}${text.slice(w.start, start - 1)}`, initial: false }
  }
  return words
}
