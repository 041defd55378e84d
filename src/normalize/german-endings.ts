/**
 * German case and plural endings on capitalised words: a German report writes one noun or name as
 * *Gebiet* / *Gebiete*, *Jahre* / *Jahren*, *Machthaber* / *Machthabers*, *Bayerischer* /
 * *Bayerischen Rundfunk* by its role in the sentence. Two mentions that differ only so are one
 * word, not a name spelt two ways; a respelt stem stays two (*Meier* / *Meyer*, *Ghassem* / *Qassem*).
 *
 * Not a stemmer: each word is read with and without one ending, and two words are one when those
 * readings meet (*Müllers* less -s is *Müller*). Read only for reports in a language that
 * capitalises its nouns (extract/names/capitalised-nouns.ts), so English or Vietnamese names never are.
 */
import { foldWord } from './fold'

const ENDINGS = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's']
const SHORTEST_STEM = 3

function readings(word: string): Set<string> {
  const out = new Set([word])
  for (const ending of ENDINGS) if (word.endsWith(ending) && word.length - ending.length >= SHORTEST_STEM) out.add(word.slice(0, -ending.length))
  return out
}

const wordsOf = (text: string): string[] => text.split(/[\s\u00a0-]+/u).filter((w) => w !== '').map((w) => foldWord(w.replace(/['’]$/u, '')))

/** Do two spellings differ only by German case or plural endings, word by word? */
export function germanCaseForms(a: string, b: string): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (x.length !== y.length || x.length === 0) return false
  return x.every((w, k) => {
    const v = y[k]!
    if (w === v) return true
    const ra = readings(w)
    for (const r of readings(v)) if (ra.has(r)) return true
    return false
  })
}
