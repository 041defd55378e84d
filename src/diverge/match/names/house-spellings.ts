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

/**
 * Does one report use both words of a transcription pair, each at least twice: the word of its own
 * spelling and the other report's (`wordsA`, `wordsB`: each report's word counts, reportWords)?
 */
export function houseWritesBoth(textA: string, textB: string, wordsA: () => ReadonlyMap<string, number>, wordsB: () => ReadonlyMap<string, number>): boolean {
  const both = (words: ReadonlyMap<string, number>, own: string, other: string): boolean => (words.get(own) ?? 0) >= USED && (words.get(other) ?? 0) >= USED
  const x = nameWords(textA)
  const y = nameWords(textB)
  for (const u of x) {
    for (const v of y) {
      if (u === v || !oneTranscription(u, v)) continue
      if (both(wordsB(), v, u) || both(wordsA(), u, v)) return true
    }
  }
  return false
}
