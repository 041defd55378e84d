/**
 * Facts one report states and the other seems not to, that are not `missing`
 * all the same (issue 11, measured by the precision of missing facts in
 * bench/eval/missing-precision.mjs):
 *
 * - stated in another form: a number written in words (Thirty-two for 32,
 *   hai mươi lăm for 25), a score or figure written identically (3-0), a name
 *   the other report gives by its initials (UM for Universal McCann);
 * - not a fact: a number that is part of a name (Nhan Biều 2, ATP Masters
 *   1000, Eleonora[67]), a name made of number words (Thirty-two,
 *   Two-year-old Egyptian), a piece of an "X & Y" name (Poor of
 *   Standard & Poor's), a byline glued to its photo credit (… Nguyễn Thủy Ảnh:
 *   CNN) or standing before the source line (Thục Ninh - Bình Giang Theo
 *   L'Humanité), anything in a related-article teaser (>> …).
 *
 * Each document's forms are indexed once, so the checks are linear in its length.
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'
import { foldWord } from '../../normalize/fold'
import type { Located } from '../extract/collect'
import type { Fact, NumberFact } from '../extract/fact'
import type { NameFact } from '../extract/names'
import { EN_NUMBERS, EN_ORDINALS, NUMERAL_WORDS, ORDINAL_PREFIX, SERIES_NOUNS, VI_AFTER_TENS, VI_DIGITS } from '../extract/number-words'
import { transatlantic } from '../reasons/name-format'
import { Attached } from '../../document/attached'
import { signOffStart } from './sign-off'
import { transcribedIn } from './transcriptions'
import { exonymWrittenIn } from '../reasons/exonyms'

const EN_TEENS: ReadonlyMap<string, number> = new Map(EN_NUMBERS)
const TEN_WORDS = new Set(['mười', 'mươi'].map(foldWord))
const MUOI = foldWord('mười')
const THU = foldWord('thứ')

/** What a document writes: its whitespace-separated runs (bare of punctuation), its initials and the numbers it writes in words. */
interface WrittenForms {
  /** Whether one of its runs is this, once bared of punctuation. */
  hasRun(run: string): boolean
  /** Values written in words, with the word after them (the counted noun) when known: `25`, `6 người`. */
  readonly inWords: ReadonlySet<string>
  /** Whether it writes these initials (two to six capitals, UM, WHO) as a run, bare or possessive. */
  hasCapitals(initials: string): boolean
  /** Its words with British and American spellings folded together (organisation, organization). */
  readonly transatlantic: ReadonlySet<string>
  /** The names of countries (folded words and word pairs, initials marked `#`) it writes: where another name of a country is sought. */
  readonly phrases: ReadonlySet<string>
}

// Names of one country that reports use interchangeably (Hoa Kỳ / Mỹ, American / U.S.), folded, periods dropped.
const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ['mỹ', 'hoa kỳ', '#us', 'united states', 'america', 'american', 'americans'],
  ['trung quốc', 'trung hoa', 'china', 'chinese'],
  ['nga', 'liên bang nga', 'russia', 'russian'],
  ['vương quốc anh', 'britain', 'great britain', 'united kingdom', '#uk', 'british'],
  ['triều tiên', 'bắc triều tiên', 'north korea', 'north korean'],
  ['hàn quốc', 'nam hàn', 'south korea', 'south korean'],
  ['nhật bản', 'japan', 'japanese'],
  ['việt nam', 'vietnam', 'vietnamese'],
].map((group) => group.map((name) => (name.startsWith('#') ? name : name.split(' ').map(foldWord).join(' '))))
const COUNTRY_OF = new Map<string, readonly string[]>(COUNTRY_NAMES.flatMap((group) => group.map((name) => [name, group] as const)))

const WORDLIKE = /[\p{L}\p{N}]/u
/** Is the code unit at `i` a letter or digit (WORDLIKE)? ASCII decided without the regex call, asked at both ends of every run. */
function wordlikeAt(run: string, i: number): boolean {
  const c = run.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)
  return WORDLIKE.test(run[i]!)
}
/** The run without the punctuation around it, scanned from both ends (a trailing-class regex backtracks on long runs). */
function bare(run: string): string {
  let from = 0
  let to = run.length
  while (from < to && !wordlikeAt(run, from)) from++
  while (to > from && !wordlikeAt(run, to - 1)) to--
  return run.slice(from, to)
}

/** Values written in words in a list of folded words: English tens and units, Vietnamese mười/mươi compounds. */
function wordValues(words: readonly string[], add: (value: number, next: string | undefined, ordinal: boolean) => void): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    // Every word of a report passes here: one lookup turns away those no rule below reads.
    if (!NUMERAL_WORDS.has(w) && w !== 'giải' && !w.includes('-')) continue
    // "giải Ba", "hạng 3", "third place": a rank, however written.
    const ordinal = EN_ORDINALS.get(w)
    if (ordinal !== undefined) add(ordinal, words[i + 1], true)
    if (ORDINAL_PREFIX.has(w) || w === 'giải') {
      const next = words[i + 1] ?? ''
      // "thứ năm", "thứ hai" are also weekdays: after thứ, only digits are a rank.
      const rank = /^\d+$/u.test(next) ? Number(next) : w === THU ? undefined : VI_DIGITS.get(next)
      if (rank !== undefined) add(rank, undefined, true)
    }
    // English: "thirty-two", "thirty two", "twelve"
    // Most words have no hyphen: split only those that do.
    const parts = w.includes('-') ? w.split('-') : undefined
    const head = EN_TEENS.get(parts ? parts[0]! : w)
    if (head !== undefined && w !== 'hundred') {
      let value = head
      let j = i
      const tail = parts?.length === 2 ? EN_TEENS.get(parts[1]!) : undefined
      if (head >= 20 && head < 100 && tail !== undefined && tail < 10) value += tail
      else if (!parts && head >= 20 && head < 100 && (EN_TEENS.get(words[i + 1] ?? '') ?? 10) < 10) value += EN_TEENS.get(words[(j = i + 1)]!)!
      else if (parts) continue
      add(value, words[j + 1], false)
      i = j
      continue
    }
    // Vietnamese: "mười hai" 12, "hai mươi" 20, "hai mươi lăm" 25, "sáu" 6
    const digit = VI_DIGITS.get(w)
    if (w === MUOI || (digit !== undefined && TEN_WORDS.has(words[i + 1] ?? ''))) {
      let value = w === MUOI ? 10 : digit! * 10
      let j = w === MUOI ? i : i + 1
      const unit = VI_AFTER_TENS.get(words[j + 1] ?? '')
      if (unit !== undefined) value += unit
      if (unit !== undefined) j++
      add(value, words[j + 1], false)
      i = j
      continue
    }
    if (digit !== undefined) add(digit, words[i + 1], false)
  }
}

// Only these phrases are ever sought in another report: a document keeps the ones it writes, not all its word pairs.
const ALIASES: ReadonlySet<string> = new Set(COUNTRY_OF.keys())
const PAIR_OPENERS: ReadonlySet<string> = new Set([...ALIASES].filter((a) => a.split(' ').length === 2).map((a) => a.split(' ')[0]!))

/** A character `\s` matches (white space or a line break): where split(/\s+/u) would cut. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Is the code point at `i` a letter, digit or hyphen (what splits a bare run into words, /[^\p{L}\p{N}-]+/u, keeps)? Its width, or 0 when not. */
function wordPieceAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 45 ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1)
    return d >= 0xdc00 && d <= 0xdfff && WORDLIKE.test(text.slice(i, i + 2)) ? 2 : 0
  }
  let known = PIECE_CHAR[c]!
  if (known === 0) PIECE_CHAR[c] = known = WORDLIKE.test(text[i]!) ? 1 : 2
  return known === 1 ? 1 : 0
}
// By BMP code unit: 0 not yet asked, 1 a letter or digit, 2 neither (one regex test per distinct character).
const PIECE_CHAR = new Uint8Array(0x10000)

/**
 * The folded words of a text in order: each whitespace-separated run bared of the punctuation
 * around it and cut at anything but letters, digits and hyphens. One scan of the text with no
 * run sliced or hashed: only the words themselves are sliced, and folded (news repeats its
 * words, and folding a known word is one lookup).
 */
function readWords(text: string): string[] {
  const words: string[] = []
  const n = text.length
  for (let i = 0; i < n; ) {
    while (i < n && isSpace(text.charCodeAt(i))) i++
    if (i === n) break
    let j = i + 1
    while (j < n && !isSpace(text.charCodeAt(j))) j++
    let from = i
    let to = j
    while (from < to && !wordlikeAt(text, from)) from++
    while (to > from && !wordlikeAt(text, to - 1)) to--
    for (let k = from; k < to; ) {
      let w = wordPieceAt(text, k)
      if (w === 0) {
        k++
        continue
      }
      const wordStart = k
      do k += w
      while (k < to && (w = wordPieceAt(text, k)) !== 0)
      words.push(foldWord(text.slice(wordStart, k)))
    }
    i = j
  }
  return words
}

/** The bare runs of a text (see bare). */
function readRuns(text: string): Set<string> {
  const runs = new Set<string>()
  eachRun(text, (run) => {
    const b = bare(run)
    if (b !== '') runs.add(b)
  })
  return runs
}

/** Each whitespace-separated run of `text`, in order: a scan, faster than a regex split and with no array of every run. */
function eachRun(text: string, visit: (run: string) => void): void {
  const n = text.length
  for (let i = 0; i < n; ) {
    while (i < n && isSpace(text.charCodeAt(i))) i++
    if (i === n) break
    let j = i + 1
    while (j < n && !isSpace(text.charCodeAt(j))) j++
    visit(text.slice(i, j))
    i = j
  }
}

/**
 * Whether some whitespace-separated run of `text` is `b` once bared of the punctuation around it:
 * `runs.has(b)` without reading every run, for the few runs ever sought (a glued score, initials).
 * A bare run starts and ends with a letter or digit, so it is `b` exactly when `b` stands in the
 * run with nothing but punctuation on either side.
 */
function writesRun(text: string, b: string): boolean {
  const n = b.length
  if (n === 0 || !wordlikeAt(b, 0) || !wordlikeAt(b, n - 1)) return false
  for (let k = 0; k < n; k++) if (isSpace(b.charCodeAt(k))) return false
  for (let at = text.indexOf(b); at !== -1; at = text.indexOf(b, at + 1)) {
    let ok = true
    for (let i = at - 1; i >= 0 && !isSpace(text.charCodeAt(i)); i--) if (wordlikeAt(text, i)) ok = false
    for (let i = at + n; ok && i < text.length && !isSpace(text.charCodeAt(i)); i++) if (wordlikeAt(text, i)) ok = false
    if (ok) return true
  }
  return false
}

// Two to six capitals: what may be initials (UM, WHO).
const CAPITALS = /^\p{Lu}{2,6}$/u

/** Whether `text` writes `initials` as a run of its own, bare or with a possessive (UM, WHO's). */
function writesCapitals(text: string, initials: string): boolean {
  return CAPITALS.test(initials) && (writesRun(text, initials) || writesRun(text, `${initials}'s`) || writesRun(text, `${initials}\u2019s`))
}

/**
 * Indexed once per document, each form when first asked for: most documents are asked for one
 * or two of them (a number in words, initials), few for a name of a country. Runs and initials
 * are sought in the text itself (only a few are ever asked for); the words, which numbers in
 * words and spellings need, are read in one scan.
 */
function writtenForms(doc: PreparedDocument): WrittenForms {
  const text = doc.original
  let words: string[] | undefined
  let runs: Set<string> | undefined
  let inWords: Set<string> | undefined
  let atlantic: Set<string> | undefined
  let phrases: Set<string> | undefined
  return {
    hasRun: (run) => writesRun(text, run),
    hasCapitals: (initials) => writesCapitals(text, initials),
    get inWords() {
      return (inWords ??= valuesInWords((words ??= readWords(text))))
    },
    get transatlantic() {
      return (atlantic ??= transatlanticForms(new Set((words ??= readWords(text)))))
    },
    get phrases() {
      return (phrases ??= countryPhrases((words ??= readWords(text)), (runs ??= readRuns(text))))
    },
  }
}

function valuesInWords(words: readonly string[]): Set<string> {
  const inWords = new Set<string>()
  wordValues(words, (value, next, ordinal) => {
    if (ordinal) return void inWords.add(`ord:${value}`)
    inWords.add(String(value))
    if (next !== undefined) inWords.add(`${value} ${next}`)
  })
  return inWords
}

function transatlanticForms(distinct: ReadonlySet<string>): Set<string> {
  const atlantic = new Set<string>()
  for (const word of distinct) if (word.length >= 6 && /^\p{L}{6,}$/u.test(word)) atlantic.add(transatlantic(word))
  return atlantic
}

function countryPhrases(words: readonly string[], runs: ReadonlySet<string>): Set<string> {
  const phrases = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (ALIASES.has(word)) phrases.add(word)
    if (i + 1 < words.length && PAIR_OPENERS.has(word)) {
      const pair = `${word} ${words[i + 1]}`
      if (ALIASES.has(pair)) phrases.add(pair)
    }
  }
  // U.S., US, U.K.: initials in capitals, marked apart from the words (us, the pronoun).
  // Two or three capitals, each with its period: 2 to 9 code units.
  for (const run of runs) {
    if (run.length < 2 || run.length > 9 || !/^(?:\p{Lu}\.?){2,3}$/u.test(run)) continue
    const initials = `#${foldWord(run.replace(/\./g, ''))}`
    if (ALIASES.has(initials)) phrases.add(initials)
  }
  return phrases
}

/** The number as written with what is glued to it (3-0, 4-1, 2/3): the run of digits and joiners around the fact. */
function gluedRun(text: string, start: number, end: number): string {
  let from = start
  let to = end
  while (from > 0 && /[\p{N}\-–:/.,]/u.test(text[from - 1]!)) from--
  while (to < text.length && /[\p{N}\-–:/]/u.test(text[to]!)) to++
  return bare(text.slice(from, to))
}

/** A number written right after a capitalised word that is not a series noun (Nhan Biều 2, Masters 1000), or glued to letters or a bracket (Eleonora[67]). */
function partOfName(doc: PreparedDocument, fact: NumberFact, start: number): boolean {
  if (fact.kind !== 'plain' || fact.unit !== '') return false
  const before = doc.original.slice(Math.max(0, start - 30), start)
  if (/[\p{L}[]$/u.test(before)) return true
  const m = /(?:^|[\s(])(\p{Lu}[\p{L}\p{M}]*) $/u.exec(before)
  if (!m) return false
  // A Vietnamese word in capitals (a photographer's name, KHẢ HÒA) ends a credit, not a name with a number.
  if (m[1] === m[1]!.toUpperCase() && /[^\p{ASCII}]/u.test(m[1]!)) return false
  // The capitalised word must not open its sentence (Năm 2 …) nor name one of a series (Điều 2, Khoản 3).
  const lead = before.slice(0, m.index + m[0].length - m[1]!.length - 1).trimEnd()
  if (lead === '' || /[.…!?:;"“”]$/u.test(lead)) return false
  return !SERIES_NOUNS.has(foldWord(m[1]!))
}

// A teaser headline is short: after the last marker of a sentence, only so far is still the teaser.
const TEASER_REACH = 90

/**
 * In a related-article teaser (">> Ribery và Benzema … >> …"): another article's headline. Between two
 * markers, or close after the last one when the sentence ends soon after; a body sentence run
 * into the last teaser (no line break) keeps its facts.
 */
function inTeaser(doc: PreparedDocument, sentence: number, start: number): boolean {
  const { start: from, end: to } = doc.sentences[sentence]!
  const before = doc.original.slice(from, start)
  const marker = before.lastIndexOf('>>')
  if (marker < 0) return false
  const after = doc.original.slice(start, to)
  if (after.includes('>>')) return true
  return start - (from + marker) <= TEASER_REACH && after.length <= TEASER_REACH
}

// The word after a number written in words that makes it a percentage (per cent, percent, phần trăm).
const PERCENT_NOUNS = ['per', 'percent', 'phần'].map(foldWord)

/** Is a number or date the other report seems not to state there all the same, or not a fact? */
export function numberNotMissing(own: PreparedDocument, other: PreparedDocument, located: Located<Fact>): boolean {
  const { fact, span } = located
  if (inTeaser(own, located.sentence, span.start)) return true
  if (fact.type !== 'number') return false
  const forms = once(other, writtenForms)
  const glued = gluedRun(own.original, span.start, span.end)
  if (/[-–:/]/u.test(glued) && forms.hasRun(glued)) return true
  if (partOfName(own, fact, span.start)) return true
  if (!Number.isInteger(fact.value) || fact.value < 1 || fact.value >= 100) return false
  if (fact.kind === 'ordinal') return forms.inWords.has(`ord:${fact.value}`)
  if (fact.value < 2) return false
  // Ten and above in words is rare enough to be this number; below, only before the same counted noun.
  if (fact.value > 10) return forms.inWords.has(String(fact.value))
  // "two per cent", "hai phần trăm": a percentage in words is bound to its noun as a count is.
  if (fact.kind === 'percent') return PERCENT_NOUNS.some((noun) => forms.inWords.has(`${fact.value} ${noun}`))
  return fact.unit !== '' && forms.inWords.has(`${fact.value} ${fact.unit}`)
}

const CREDIT_WORD = new Set(['ảnh', 'nguồn', 'photo', 'source'].map(foldWord))
// Currencies named after a country or people: "the Swiss franc", "the Canadian dollar", "đô la Mỹ". Words
// that are also verbs (won, pounds) are left out: "Korea won", "Israel pounds" name the country.
const CURRENCY_AFTER = /^\s+(?:francs?|dollars?|pesos?|rupees?|yen|yuan|euros?|rubles?|roubles?|kronas?|kronor|krone|lira|ringgit|baht|dinars?|shekels?)\b/u
const CURRENCY_BEFORE = /(?:đô la|đôla|đô-la|đồng)\s+$/iu

/** The country or people a currency is named after (Swiss of the Swiss franc): the currency, not a place a report names. */
function namesCurrency(doc: PreparedDocument, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(doc.original.slice(end, end + 12)) || CURRENCY_BEFORE.test(doc.original.slice(Math.max(0, start - 8), start))
}
/**
 * Thirty-two, Two-year-old Egyptian, Twenty, Second-quarter: a number in words, hyphenated or
 * alone, read as a name. An ordinal counts hyphenated only (Second-quarter, Third-largest): alone
 * it opens names (First Lady).
 */
function numeralName(text: string, tokens: readonly string[]): boolean {
  const hyphenated = /^(\p{L}+)-\p{L}/u.exec(text)
  if (hyphenated && (EN_NUMBERS.has(foldWord(hyphenated[1]!)) || EN_ORDINALS.has(foldWord(hyphenated[1]!)))) return true
  return tokens.every((t) => EN_NUMBERS.has(t))
}

// A body named by its kind alone after "the" (The Institute said, the Organization said): a
// reference back to a body the report names elsewhere or not at all, no name a reader could check.
const GENERIC_BODIES = new Set(
  'institute organization organisation company corporation bank court ministry department agency council committee commission group foundation association government administration board firm university hospital'.split(' '),
)
// Capitalised common nouns of English news with no fact in them (its Web site, on the Internet).
const COMMON_CAPITALISED = new Set(['web', 'internet'])

/** "The Institute", "its Web site": a capitalised common noun read as a name. */
function commonNoun(doc: PreparedDocument, tokens: readonly string[], start: number): boolean {
  if (tokens.length !== 1) return false
  if (COMMON_CAPITALISED.has(tokens[0]!)) return true
  return GENERIC_BODIES.has(tokens[0]!) && /(?:^|[^\p{L}])the\s+$/iu.test(doc.original.slice(Math.max(0, start - 5), start))
}

/**
 * A one-word name glued to the digits before it (the G-byte of 40G-byte): part of a measure, not a
 * name. A longer one holds a name after the unit (2.4GHz Pentium, 2.0GHz Intel Celeron).
 */
const gluedToDigits = (doc: PreparedDocument, text: string, start: number): boolean =>
  start > 0 && /\p{N}/u.test(doc.original[start - 1]!) && !/\s/u.test(text)

/**
 * What the name's own report alone says against it being missing: a teaser, a currency, a
 * numeral, a piece of a name, a byline. Kept per mention, since a story asks in every pair the
 * report is in; `initials` is the name's initials when it has one per word (else '').
 */
interface OwnVerdict {
  readonly notMissing: boolean
  readonly initials: string
}
const ownVerdicts = new Attached<Located<NameFact>, OwnVerdict>('ownVerdicts')

function ownVerdict(own: PreparedDocument, name: Located<NameFact>): OwnVerdict {
  const tokens = name.fact.tokens
  const { start, end } = name.span
  const initialsOf = (): string => {
    if (tokens.length < 2) return ''
    const initials = name.fact.text.split(/[\s-]+/u).map((w) => w[0] ?? '').join('').toUpperCase()
    return initials.length === tokens.length ? initials : ''
  }
  const notMissing = ((): boolean => {
    if (inTeaser(own, name.sentence, start)) return true
    // Sầm Hoa(Theo ABCnews), Anh Tuấn/VOV: a byline or source after the last sentence.
    if (start >= once(own, signOffStart)) return true
    if (namesCurrency(own, start, end)) return true
    // Thirty-two, Two-year-old Egyptian: a number opening a sentence, read as a name.
    if (tokens.length > 0 && numeralName(name.fact.text, tokens)) return true
    if (commonNoun(own, tokens, start) || gluedToDigits(own, name.fact.text, start)) return true
    // Standard & Poor's: a piece of a name joined by an ampersand.
    if (/&\s*$/u.test(own.original.slice(Math.max(0, start - 3), start)) || /^\s*&/u.test(own.original.slice(end, end + 3))) return true
    const after = own.original.slice(end, end + 80)
    const closesText = end + after.length === own.original.length
    // "… Nguyễn Thủy Ảnh: CNN": a byline the extractor ran into the photo credit that follows it.
    if (tokens.length >= 2 && CREDIT_WORD.has(tokens[tokens.length - 1]!) && /^\s*:/u.test(after)) return true
    // "Thục Ninh - Bình Giang Theo L'Humanité": bylines before the source line that closes the text.
    const source = /^(?:\s*[-–]\s*\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,3})?\s+(?:Theo|Nguồn)\s[^.\n]{1,60}(\r?\n|$)/u.exec(after)
    return Boolean(source && (source[1] !== '' || closesText) && /[.…!?”"]\s*$/u.test(own.original.slice(Math.max(0, start - 3), start)))
  })()
  return { notMissing, initials: notMissing ? '' : initialsOf() }
}

/** Is a name absent from the other report not a name, a byline or credit, or given there by its initials? */
export function nameNotMissing(own: PreparedDocument, other: PreparedDocument, name: Located<NameFact>): boolean {
  let verdict = ownVerdicts.get(name)
  if (!verdict) ownVerdicts.set(name, (verdict = ownVerdict(own, name)))
  if (verdict.notMissing) return true
  const tokens = name.fact.tokens
  // Organization / Organisation: one word in another country's spelling.
  const forms = once(other, writtenForms)
  if (tokens.length === 1 && tokens[0]!.length >= 6 && forms.transatlantic.has(transatlantic(tokens[0]!))) return true
  // Hoa Kỳ / Mỹ, American / U.S.: the other report names the country otherwise.
  const country = COUNTRY_OF.get(tokens.join(' '))
  if (country?.some((alias) => forms.phrases.has(alias))) return true
  // Moscow / Matxcơva, Australia / Úc: the other report names the place under another of its names.
  if (exonymWrittenIn(name.fact.text, other.nfc.text)) return true
  // Liban / Li-băng: the other report writes it in Vietnamese transcription.
  if (transcribedIn(other, tokens)) return true
  // Universal McCann / UM: the other report writes the name's initials.
  return verdict.initials !== '' && forms.hasCapitals(verdict.initials)
}
