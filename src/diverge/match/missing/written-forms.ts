/**
 * What a report writes, indexed once per report for not-missing.ts: its bare runs (a glued score,
 * initials), the numbers it writes in words (hai mươi lăm, thirty-two), its words in one spelling
 * of English (organisation / organization) and the names of places it uses (Hoa Kỳ / Mỹ, Moskva; reasons/places.ts).
 *
 * Apart from not-missing.ts, which holds the rules that decide a fact is stated otherwise or no
 * fact: this file only reads a report's text, with the hand-written scanners that make reading
 * every report of a story cheap (no regex split, no run sliced unless sought).
 */
import { isWhitespace } from '../../../normalize/chars'
import { eachSpaceRun } from '../../../normalize/space-runs'
import { int32Column } from '../../../document/columns'
import type { PreparedDocument } from '../../../document'
import { foldWord } from '../../../normalize/fold'
import { transatlantic } from '../../reasons/name-format'
import { PLACE_FORMS } from '../../reasons/places'
import { wordPieceAt, wordlikeAt } from './run-chars'
import { valuesInColumn, valuesInWords } from './written-numbers'

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
  /** The names of places (folded words and word pairs, initials marked `#`; reasons/places.ts) it writes: where another name of a place is sought. */
  readonly phrases: ReadonlySet<string>
}

/** The run without the punctuation around it, scanned from both ends (a trailing-class regex backtracks on long runs). */
export function bare(run: string): string {
  let from = 0
  let to = run.length
  while (from < to && !wordlikeAt(run, from)) from++
  while (to > from && !wordlikeAt(run, to - 1)) to--
  return run.slice(from, to)
}

// Only these phrases are ever sought in another report: a document keeps the ones it writes, not all its word pairs.
const ALIASES: ReadonlySet<string> = new Set(PLACE_FORMS.keys())
const PAIR_OPENERS: ReadonlySet<string> = new Set([...ALIASES].filter((a) => a.split(' ').length === 2).map((a) => a.split(' ')[0]!))


/**
 * A text's folded words in order, as a column: each word the index of its first use in `distinct`.
 * Kept with a report until every form read from it is built: an array of every word of a 1 MB
 * report held 1.3 MB of pointers (more than the words themselves, which news repeats) at the
 * divergence stage's peak; the column holds four bytes a word, outside the JS heap.
 */
interface WordColumn {
  readonly ids: Int32Array
  readonly distinct: readonly string[]
}

/**
 * The folded words of a text in order: each whitespace-separated run bared of the punctuation
 * around it and cut at anything but letters, digits and hyphens. One scan of the text with no
 * run sliced or hashed: only the words themselves are sliced, and each distinct written word
 * folded once (news repeats its words: a word seen again is one lookup).
 */
export function readWords(text: string): WordColumn {
  // A chunked column (document/columns.ts), not an array that doubles: the dropped buffers of
  // doubling outlived the stage outside the JS heap (~4 MB on a 1 MB pair).
  const ids = int32Column()
  const distinct: string[] = []
  const idOf = new Map<string, number>()
  // Each word as written is folded once: a word seen again is one lookup of the slice, not a fold (a scan or a lookup) and a second lookup.
  const idOfRaw = new Map<string, number>()
  eachSpaceRun(text, (start, end) => {
    let from = start
    let to = end
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
      const raw = text.slice(wordStart, k)
      let id = idOfRaw.get(raw)
      if (id === undefined) {
        const word = foldWord(raw)
        id = idOf.get(word)
        if (id === undefined) idOf.set(word, (id = distinct.push(word) - 1))
        idOfRaw.set(raw, id)
      }
      ids.push(id)
    }
  })
  return { ids: ids.finish(), distinct }
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
  for (let k = 0; k < n; k++) if (isWhitespace(b.charCodeAt(k))) return false
  for (let at = text.indexOf(b); at !== -1; at = text.indexOf(b, at + 1)) {
    let ok = true
    for (let i = at - 1; ok && i >= 0 && !isWhitespace(text.charCodeAt(i)); i--) if (wordlikeAt(text, i)) ok = false
    for (let i = at + n; ok && i < text.length && !isWhitespace(text.charCodeAt(i)); i++) if (wordlikeAt(text, i)) ok = false
    if (ok) return true
  }
  return false
}

// Two to six capitals: what may be initials (UM, WHO).
const CAPITALS = /^\p{Lu}{2,6}$/u

// A bare run that may be initials a name is sought by: two to six capitals, bare or possessive.
const INITIALS_RUN = /^\p{Lu}{2,6}(?:['\u2019]s)?$/u

/**
 * The distinct bare runs of `text` that may be initials, bare or possessive (UM, WHO's, U.S.), in
 * order, read in one scan: a long report is asked for the initials of many names, each once a
 * search of the whole text, and for the initials of places. Every run both readers keep is here:
 * two to fourteen code units (six astral capitals and a possessive) opening with no ASCII letter
 * but a capital; the rest of the report's runs are never sliced.
 */
function capitalRuns(text: string): Set<string> {
  const runs = new Set<string>()
  eachSpaceRun(text, (start, end) => {
    let from = start
    let to = end
    while (from < to && !wordlikeAt(text, from)) from++
    while (to > from && !wordlikeAt(text, to - 1)) to--
    if (to - from < 2 || to - from > 14) return
    const c = text.charCodeAt(from)
    if (c < 128 && (c < 65 || c > 90)) return
    runs.add(text.slice(from, to))
  })
  return runs
}

/** Of a text's capital runs, those that are initials, bare or possessive: holds `b` exactly when writesRun(text, b) for initials `b` and their possessives. */
function initialsRuns(capitals: ReadonlySet<string>): Set<string> {
  const runs = new Set<string>()
  for (const run of capitals) if (INITIALS_RUN.test(run)) runs.add(run)
  return runs
}

/** Whether a text whose initials runs are `runs` writes `initials` as a run of its own, bare or with a possessive (UM, WHO's). */
function writesCapitals(runs: ReadonlySet<string>, initials: string): boolean {
  return CAPITALS.test(initials) && (runs.has(initials) || runs.has(`${initials}'s`) || runs.has(`${initials}\u2019s`))
}

/**
 * Indexed once per document, each form when first asked for: most documents are asked for one
 * or two of them (a number in words, initials), few for a name of a country. Runs are sought in
 * the text itself (only a few are ever asked for); the words, which spellings need, are read in
 * one scan, and so are the runs that may be initials (a long report is asked for the initials of
 * many names). Numbers in words are read from the words when those are read (written-numbers.ts,
 * valuesInColumn), else by their own streaming pass, which cuts words by the same rule without
 * keeping them: a report asked for both is cut once.
 */
export function writtenForms(doc: PreparedDocument): WrittenForms {
  const text = doc.original
  let words: WordColumn | undefined
  let capitals: Set<string> | undefined
  let inWords: Set<string> | undefined
  let atlantic: Set<string> | undefined
  let phrases: Set<string> | undefined
  let initials: Set<string> | undefined
  // The words are read when a form first needs them, and let go once every form that needs them is built.
  const wordsRead = (): WordColumn => (words ??= readWords(text))
  // Before they are let go, the numbers in words are read from them too (a pass over the column
  // costs a lookup a word, a second cut of the text a scan of it): a report asked for spellings is
  // asked for its numbers in words too, as a rule.
  const built = <T>(form: T): T => {
    if (atlantic !== undefined && phrases !== undefined && words !== undefined) {
      inWords ??= valuesInColumn(words.ids, words.distinct)
      words = undefined
    }
    return form
  }
  return {
    hasRun: (run) => writesRun(text, run),
    hasCapitals: (sought) => writesCapitals((initials ??= initialsRuns((capitals ??= capitalRuns(text)))), sought),
    get inWords() {
      return (inWords ??= words !== undefined ? valuesInColumn(words.ids, words.distinct) : valuesInWords(text))
    },
    get transatlantic() {
      return atlantic ?? built((atlantic = transatlanticForms(wordsRead().distinct)))
    },
    get phrases() {
      return phrases ?? built((phrases = countryPhrases(wordsRead(), (capitals ??= capitalRuns(text)))))
    },
  }
}

function transatlanticForms(distinct: readonly string[]): Set<string> {
  const atlantic = new Set<string>()
  for (const word of distinct) if (word.length >= 6 && /^\p{L}{6,}$/u.test(word)) atlantic.add(transatlantic(word))
  return atlantic
}

/** The places `words` name, and those the capital runs (see capitalRuns) name by initials: every bare run of 2 to 9 code units opening with a capital is one of them. */
function countryPhrases(words: WordColumn, runs: ReadonlySet<string>): Set<string> {
  const phrases = new Set<string>()
  const { ids, distinct } = words
  for (let i = 0; i < ids.length; i++) {
    const word = distinct[ids[i]!]!
    if (ALIASES.has(word)) phrases.add(word)
    if (i + 1 < ids.length && PAIR_OPENERS.has(word)) {
      const pair = `${word} ${distinct[ids[i + 1]!]}`
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
