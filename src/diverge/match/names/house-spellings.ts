/**
 * Qamishli / al-Qameshli where the report writing *al-Qameshli* writes *Qamishli* too (its headline,
 * *al-Qamishli National Hospital*): that report holds no spelling of its own against the other's,
 * it writes the Arabic name both ways, so the two reports agree on it and the pair is an
 * equivalence (`transliteration`), not a divergence. Only two transcriptions of one name count
 * (reasons/name-arabic.ts' oneTranscription: a vowel or letter the other way, consonants kept), and
 * only when that report writes each of the two at least twice: a slip is made once (*Sergai* beside
 * two *Sergei*, *Esteben* beside *Esteban*, *Syndey* beside *Sydney*: misspellings the reports are
 * judged on), while a spelling a report repeats is one it uses.
 */
import { oneTranscription, withoutArticle } from '../../reasons/name-arabic'
import { stripDiacritics } from '../../../normalize/fold'

const bare = (word: string): string => stripDiacritics((withoutArticle(word) ?? word).toLowerCase())

/** The bare lower-case words of a name, its Arabic articles dropped (al-Qameshli → qameshli). */
const nameWords = (name: string): string[] => name.split(/\s+/u).filter((w) => w !== '').map(bare)

// How often a report must write a spelling for it to be one the report uses, not a slip.
const USED = 2

/** How often a report writes each bare lower-case word, read once (a linear scan of its text). */
export function reportWords(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const m of text.matchAll(/[\p{L}\p{M}'’-]+/gu)) {
    const word = bare(m[0])
    out.set(word, (out.get(word) ?? 0) + 1)
  }
  return out
}

/** A report's word counts (reportWords of its text), a builder for once(): kept with the report for every pair it is in. */
export const documentWords = (doc: { readonly original: string }): Map<string, number> => reportWords(doc.original)

/**
 * The word pairs in which two names differ, the names read word for word (equal or one
 * transcription apart, as reasons/name-arabic.ts' transcribedAlike reads them), or undefined when
 * some pair is neither. A glued extra word on the longer side (*Qamishli Hasaka*, the caption's
 * city and province) is let through only when the other report writes it too, as a name of its own.
 */
function differingWords(x: readonly string[], y: readonly string[], writtenByOther: (word: string) => boolean): [string, string][] | undefined {
  const [short, long, longIsX] = x.length <= y.length ? [x, y, false] : [y, x, true]
  if (short.length === 0) return undefined
  for (const shift of new Set([0, long.length - short.length])) {
    const extra = long.filter((_, k) => k < shift || k >= shift + short.length)
    if (!extra.every(writtenByOther)) continue
    const pairs: [string, string][] = []
    let alike = true
    for (let k = 0; k < short.length && alike; k++) {
      const [u, v] = longIsX ? [long[k + shift]!, short[k]!] : [short[k]!, long[k + shift]!]
      if (u === v) continue
      if (oneTranscription(u, v)) pairs.push([u, v])
      else alike = false
    }
    if (alike && pairs.length > 0) return pairs
  }
  return undefined
}

/**
 * Does one report use both spellings of every word in which the two names differ, each at least
 * twice: the word of its own spelling and the other report's (`wordsA`, `wordsB`: each report's
 * word counts, reportWords)? *Mohammed Hamdan* / *Mohamed Hamdin* stays a respelling though the
 * second report writes *Mohammed* and *Mohamed* twice each (two men): *Hamdan* / *Hamdin* is no
 * transcription (rnames51).
 */
export function houseWritesBoth(textA: string, textB: string, wordsA: () => ReadonlyMap<string, number>, wordsB: () => ReadonlyMap<string, number>): boolean {
  const both = (words: ReadonlyMap<string, number>, own: string, other: string): boolean => (words.get(own) ?? 0) >= USED && (words.get(other) ?? 0) >= USED
  const x = nameWords(textA)
  const y = nameWords(textB)
  // an extra word of A's name must be written by B, and the other way round
  const pairs = differingWords(x, y, (word) => (x.length > y.length ? wordsB() : wordsA()).has(word))
  if (!pairs) return false
  return pairs.every(([u, v]) => both(wordsB(), v, u)) || pairs.every(([u, v]) => both(wordsA(), u, v))
}
