/**
 * One venue named with its kind word before or after (Club Life / Life Night Club, Câu lạc bộ
 * Sky / Sky Club): the specific words are the same, only the kind word moved or was swapped
 * for another word of the same kind. Name-spelling reads such pairs as words reordered (a
 * respelling); they are one place.
 *
 * Only kinds the press names interchangeably count as one: club, nightclub, bar, lounge (and
 * Vietnamese câu lạc bộ, vũ trường, quán bar). A hotel and a bar of one name may be two places.
 */
import { foldWord } from '../../../normalize/fold'

// Folded kind words of a night venue; several-word kinds are matched first.
const NIGHT_VENUE_PHRASES: readonly (readonly string[])[] = [
  ['night', 'club'],
  ['câu', 'lạc', 'bộ'],
  ['vũ', 'trường'],
  ['quán', 'bar'],
].map((words) => words.map(foldWord))
const NIGHT_VENUE_WORDS = new Set(['club', 'nightclub', 'bar', 'lounge', 'disco', 'clb'].map(foldWord))
// 'Bar' also names the lawyers' body (State Bar of Texas, Bar Association, Bar Council): it names a
// drinking place only as the name's last word, after a word that is no jurisdiction.
const BAR = foldWord('bar')
const JURISDICTIONS = new Set(['state', 'national', 'federal', 'county', 'provincial', 'american'])
const barIsVenue = (words: readonly string[], i: number): boolean => i === words.length - 1 && i > 0 && !JURISDICTIONS.has(words[i - 1]!)

/** The name's words other than its night-venue kind words, sorted; undefined if it has no such kind word or nothing else. */
function specificWords(name: string): string[] | undefined {
  const words = name.split(/[\s.]+/u).filter((w) => w.length > 0).map(foldWord)
  const rest: string[] = []
  let kinds = 0
  for (let i = 0; i < words.length; ) {
    const phrase = NIGHT_VENUE_PHRASES.find((p) => p.every((w, k) => words[i + k] === w))
    if (phrase) {
      kinds++
      i += phrase.length
    } else if (NIGHT_VENUE_WORDS.has(words[i]!) && (words[i] !== BAR || barIsVenue(words, i))) {
      kinds++
      i++
    } else rest.push(words[i++]!)
  }
  return kinds > 0 && rest.length > 0 ? rest.sort() : undefined
}

/** Are the two names one night venue, its kind word placed or worded otherwise? */
export function sameVenue(a: string, b: string): boolean {
  const x = specificWords(a)
  const y = specificWords(b)
  return !!x && !!y && x.length === y.length && x.every((w, k) => w === y[k])
}
