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
import { VI_SURNAMES } from '../extract/names'

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

const WORD_BEFORE = /([\p{L}\p{M}]+)(\.?)([ \t\u00a0]+)$/u
const WORD_BEFORE_THAT = /([\p{L}\p{M}]+)[ \t\u00a0]+$/u
// What may stand before a capitalised title of address that opens a sentence or a quote.
const OPENS = /(?:^|[.!?…:;"“(\n]\s*)$/u

/** Does the word starting at `at` in `text` stand inside a personal name (after a title of address or a family name)? */
export function inPersonalName(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 40), at)
  const m = WORD_BEFORE.exec(head)
  if (!m) return false
  const word = m[1]!
  const folded = foldWord(word)
  const before = head.slice(0, m.index)
  const capitalised = word[0] !== word[0]!.toLowerCase()
  if (ADDRESS_TITLES.has(folded)) {
    // Anh, Nga: a capitalised kinship word inside a sentence is a name itself (Anh is England), not a title.
    if (capitalised && !ENGLISH_TITLES.has(folded) && !OPENS.test(before)) return false
    const prior = WORD_BEFORE_THAT.exec(before)
    return !(prior && NOUN_BEFORE_TITLE.has(foldWord(prior[1]!)))
  }
  // A family or middle name is capitalised and written with no period after it.
  if (!capitalised || m[2] !== '') return false
  return MIDDLE_NAMES.has(folded) || VI_SURNAMES.has(folded)
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Does `text` write the one-word place name `word` (folded) only inside personal names? False when
 * it writes it nowhere, or once as the place: only a word read and found in names is set aside.
 */
export function writtenOnlyInPersonalNames(text: string, word: string): boolean {
  if (word.includes(' ') || word.startsWith('#')) return false
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'giu')
  let found = false
  for (const m of text.matchAll(re)) {
    if (foldWord(m[0]) !== word) continue
    if (!inPersonalName(text, m.index!)) return false
    found = true
  }
  return found
}
