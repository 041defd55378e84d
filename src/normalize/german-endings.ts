/**
 * German case and plural endings on capitalised words: a German report writes one noun or name as
 * *Gebiet* / *Gebiete*, *Machthaber* / *Machthabers*, *Merkel* / *Merkels*, *Bayerischer* /
 * *Bayerischen Rundfunk* by its role in the sentence. Two mentions that differ only so are one
 * word, not a name spelt two ways; a respelt stem stays two (*Meier* / *Meyer*, *Ghassem* / *Qassem*).
 *
 * German inflects a person's name only by a genitive *-s*, so the endings a word may differ by
 * depend on where it stands (rgerman53: *Kraus* / *Krause*, *Andrea* / *Andreas*, *Carolin* /
 * *Caroline Kebekus* were folded into one): a lone word, as likely a noun as a name, by any case or
 * plural ending; the last word of a longer name by a genitive only; a word before it only as an
 * adjective, both forms inflected (*Bayerischer* / *Bayerischen*, not *Christian* / *Christiane*).
 *
 * Not a stemmer: each word is read with and without one ending, and two words are one when those
 * readings meet. Read only for reports in a language that capitalises its nouns
 * (extract/names/capitalised-nouns.ts), so English or Vietnamese names never are.
 */
import { foldWord } from './fold'

/** The equivalence reason for two case forms of one word. */
export const CASE_ENDING = 'case-ending'

const NOUN_ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's']
const GENITIVE_ENDINGS = ['es', 's']
const ADJECTIVE_ENDINGS = ['en', 'er', 'es', 'em', 'e']
const SHORTEST_STEM = 3

function readings(word: string, endings: readonly string[]): Set<string> {
  const out = new Set([word])
  for (const ending of endings) if (word.endsWith(ending) && word.length - ending.length >= SHORTEST_STEM) out.add(word.slice(0, -ending.length))
  return out
}

const meet = (a: string, b: string, endings: readonly string[]): boolean => {
  const ra = readings(a, endings)
  for (const r of readings(b, endings)) if (ra.has(r)) return true
  return false
}

// Both forms inflected, each by one adjective ending off one stem: Bayerischer / Bayerischen, Deutsche / Deutschen.
const adjectiveForms = (a: string, b: string): boolean =>
  ADJECTIVE_ENDINGS.some((x) => a.endsWith(x) && ADJECTIVE_ENDINGS.some((y) => b.endsWith(y) && a.length - x.length >= SHORTEST_STEM && a.slice(0, -x.length) === b.slice(0, -y.length)))

const wordsOf = (text: string): string[] => text.split(/[\s\u00a0-]+/u).filter((w) => w !== '').map((w) => foldWord(w.replace(/['’]$/u, '')))

/** Do two spellings differ only by German case or plural endings, word by word? */
export function germanCaseForms(a: string, b: string): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (x.length !== y.length || x.length === 0) return false
  if (x.length === 1) return meet(x[0]!, y[0]!, NOUN_ENDINGS)
  return x.every((w, k) => {
    const v = y[k]!
    if (w === v) return true
    return k === x.length - 1 ? meet(w, v, GENITIVE_ENDINGS) : adjectiveForms(w, v)
  })
}
