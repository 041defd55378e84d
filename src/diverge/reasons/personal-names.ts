/**
 * A place word inside a personal name is not the place. Nga is Russia and a Vietnamese given name
 * (chị Nga, bà Nguyễn Thị Nga); Washington is a city and a family name (Mr Washington). The place
 * table (places.ts) answers by the word alone, so a report that names only a woman called Nga
 * would be read as naming Russia, and her name as another name of Russia.
 *
 * A word stands in a personal name when the word before it (spaces only between) is a title of
 * address (ông, bà, chị, Mr, Mrs) or a Vietnamese family or middle name (Nguyễn, Thị, Văn).
 * Titles of office are not enough: *Tổng thống Nga* is Russia's president.
 */
import { foldWord } from '../../normalize/fold'
import { VI_SURNAMES } from '../extract/names/names'

// Titles of address only: they stand before a person's name, never before a country's.
const ADDRESS_TITLES: ReadonlySet<string> = new Set(
  ['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'em', 'cháu', 'bé', 'mr', 'mrs', 'ms', 'miss', 'dr'].map(foldWord),
)
// English titles are capitalised wherever they stand.
const ENGLISH_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr'])
// Middle names that only a person's name carries (Nguyễn Thị Nga, Lê Văn Nga).
const MIDDLE_NAMES: ReadonlySet<string> = new Set(['thị', 'văn'].map(foldWord))
// đàn ông, đàn bà: men, women — a noun, not a title (một người đàn ông Nga is a Russian man).
const NOUN_BEFORE_TITLE: ReadonlySet<string> = new Set(['đàn'].map(foldWord))

const LETTER = /[\p{L}\p{M}]/u
const WORDLIKE = /[\p{L}\p{M}\p{N}]/u
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c)
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0'
// What may stand before a capitalised title of address that opens a sentence or a quote.
const OPENERS = new Set(['.', '!', '?', '…', ':', ';', '"', '“', '(', '\n'])

/** The word that ends right before `end` with blanks (and, after a title, a period) between, scanned by hand (no backtracking). */
function wordBefore(text: string, end: number): { word: string; start: number; period: boolean } | undefined {
  let i = end
  if (!isBlank(text[i - 1])) return undefined
  while (i > 0 && isBlank(text[i - 1])) i--
  const period = text[i - 1] === '.'
  if (period) i--
  const wordEnd = i
  // A title or a family name is a short word: no need to read further back.
  while (i > 0 && wordEnd - i < 12 && isLetter(text[i - 1])) i--
  if (i === wordEnd || isLetter(text[i - 1])) return undefined
  return { word: text.slice(i, wordEnd), start: i, period }
}

/** Does a sentence or a quote open right before `at` (blanks aside)? */
function opensBefore(text: string, at: number): boolean {
  let i = at
  while (i > 0 && (isBlank(text[i - 1]) || text[i - 1] === '\n' || text[i - 1] === '\r')) i--
  return i === 0 || OPENERS.has(text[i - 1]!)
}

/** Does the word starting at `at` in `text` stand inside a personal name (after a title of address or a family name)? */
export function inPersonalName(text: string, at: number): boolean {
  const before = wordBefore(text, at)
  if (!before) return false
  const { word } = before
  const folded = foldWord(word)
  const capitalised = word[0] !== word[0]!.toLowerCase()
  if (ADDRESS_TITLES.has(folded)) {
    // Anh, Nga: a capitalised kinship word inside a sentence is a name itself (Anh is England), not a title.
    if (capitalised && !ENGLISH_TITLES.has(folded) && !opensBefore(text, before.start)) return false
    const prior = wordBefore(text, before.start)
    return !(prior && !prior.period && NOUN_BEFORE_TITLE.has(foldWord(prior.word)))
  }
  // A family or middle name is capitalised and written with no period after it.
  if (!capitalised || before.period) return false
  return MIDDLE_NAMES.has(folded) || VI_SURNAMES.has(folded)
}

/**
 * Does `text` write the one-word place name `word` (folded) only inside personal names? False when
 * it writes it nowhere, or once as the place: only a word read and found in names is set aside.
 */
export function writtenOnlyInPersonalNames(text: string, word: string): boolean {
  if (word === '' || word.includes(' ') || word.startsWith('#')) return false
  const lower = text.toLowerCase()
  // Offsets of the lower-cased text must be the text's own.
  if (lower.length !== text.length) return false
  let found = false
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    const end = at + word.length
    if ((at > 0 && WORDLIKE.test(text[at - 1]!)) || (end < text.length && WORDLIKE.test(text[end]!))) continue
    if (foldWord(text.slice(at, end)) !== word) continue
    if (!inPersonalName(text, at)) return false
    found = true
  }
  return found
}
