/**
 * German case and plural endings on capitalised words: a German report writes one noun or name as
 * *Gebiet* / *Gebiete*, *Machthaber* / *Machthabers*, *Merkel* / *Merkels*, *Bayerischer* /
 * *Bayerischen Rundfunk* by its role in the sentence. Two mentions that differ only so are one
 * word, not a name spelt two ways; a respelt stem stays two (*Meier* / *Meyer*, *Ghassem* / *Qassem*).
 *
 * German inflects a person's name only by a genitive *-s*, so the endings a word may differ by
 * depend on where it stands (rgerman53, rgerman54: *Kraus* / *Krause*, *Andrea* / *Andreas*, *Hannes* /
 * *Hanne Jaenicke* were folded into one): a lone word by any noun ending not to be flagged, but linked as
 * one name only by a genitive; the last word of a longer name by a genitive only; a word before it only as an adjective, both forms inflected off an adjective's stem (*Bayerischer* /
 * *Bayerischen*, not *Christian* / *Christiane*).
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

// An adjective's stem, not a given name's (Hannes / Hanne, Heiner / Heine are two people, rgerman54): derived from a
// lower-case word (-isch, -lich, -ig, a participle's -t) or one of the plain adjectives names open with.
const ADJECTIVE_STEM = /(?:sch|lich|ig|t)$/u
const PLAIN_ADJECTIVES = new Set(['neu', 'groß', 'gross', 'klein', 'hoh', 'frei', 'heilig', 'ober', 'unter', 'nieder', 'mittler', 'link', 'recht', 'grün'])
const adjectiveStem = (stem: string): boolean => ADJECTIVE_STEM.test(stem) || PLAIN_ADJECTIVES.has(stem)

// Both forms inflected, each by one adjective ending off one adjective's stem: Bayerischer / Bayerischen, Deutsche / Deutschen.
const adjectiveForms = (a: string, b: string): boolean =>
  ADJECTIVE_ENDINGS.some((x) => a.endsWith(x) && ADJECTIVE_ENDINGS.some((y) => b.endsWith(y) && a.length - x.length >= SHORTEST_STEM && a.slice(0, -x.length) === b.slice(0, -y.length) && adjectiveStem(a.slice(0, -x.length))))

const dativePlural = (a: string, b: string): boolean => b === `${a}n` && /(?:e|er)$/u.test(a) && a.length >= SHORTEST_STEM + 1

const wordsOf = (text: string): string[] => text.split(/[\s\u00a0-]+/u).filter((w) => w !== '').map((w) => foldWord(w.replace(/['’]$/u, '')))

/**
 * Do two spellings differ only by German case or plural endings, word by word? `asName`: read as a person's name, a
 * lone word takes only a genitive or a plural's dative -n after -e / -er (Jahre / Jahren); without it, any noun ending,
 * so a lone pair is no flag either way (Gebiet / Gebiete, Kraus / Krause: no flag, no link, rgerman54).
 */
export function germanCaseForms(a: string, b: string, asName = false): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (x.length !== y.length || x.length === 0) return false
  if (x.length === 1) return asName ? meet(x[0]!, y[0]!, GENITIVE_ENDINGS) || dativePlural(x[0]!, y[0]!) || dativePlural(y[0]!, x[0]!) : meet(x[0]!, y[0]!, NOUN_ENDINGS)
  return x.every((w, k) => {
    const v = y[k]!
    if (w === v) return true
    return k === x.length - 1 ? meet(w, v, GENITIVE_ENDINGS) : adjectiveForms(w, v)
  })
}

type Spans = readonly { readonly start: number; readonly end: number }[]

const lastWord = (text: string): string => wordsOf(text).at(-1) ?? ''

/** Which of two spellings carries a genitive's -s / -es on its last word, if that is how they differ. */
export function genitiveSide(a: string, b: string): 'a' | 'b' | undefined {
  const x = lastWord(a)
  const y = lastWord(b)
  if (x === `${y}s` || x === `${y}es`) return 'a'
  if (y === `${x}s` || y === `${x}es`) return 'b'
  return undefined
}

// A genitive stands by the noun it qualifies (die Rede Merkels, Merkels Rede) or after its article (des Bayerischen Rundfunks); a lone word in -s elsewhere (… sagte
// Peters, auch Peters.) is a surname of its own, Peter and Peters two people (rgerman54, G1).
const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const SENTENCE_MARK = /[.!?:;"“„«»]/u
const SPACE = /\s/u

/**
 * Does `before` end in a capitalised word and a space, the word not opening a sentence? A scan from the end, not a
 * regex searched from every start (that backtracks quadratically over a long run of letters).
 */
function nounBefore(before: string): boolean {
  const chars = Array.from(before)
  let end = chars.length - 1
  if (end < 0 || (chars[end] !== ' ' && chars[end] !== '\u00a0')) return false
  let start = end
  while (start > 0 && LETTER.test(chars[start - 1]!)) start--
  if (start === end) return false
  // McDonald, abcDef: a capital inside the run follows a letter, which opens no sentence.
  for (let k = start + 1; k < end; k++) if (UPPER.test(chars[k]!)) return true
  if (!UPPER.test(chars[start]!)) return false
  let w = start
  while (w > 0 && SPACE.test(chars[w - 1]!)) w--
  return w === 0 || !SENTENCE_MARK.test(chars[w - 1]!)
}
const GENITIVE_ARTICLE_BEFORE = /(?:^|\s)(?:des|eines|dieses|jenes|seines|ihres)[ \u00a0]$/iu
const NOUN_AFTER = /^[ \u00a0]\p{Lu}/u
const LOOK = 40

/** Does one of a name's mentions (`spans` of `text`) stand as a genitive, by a capitalised noun? */
export function readAsGenitive(text: string, spans: Spans): boolean {
  return spans.some((s) => {
    const before = text.slice(Math.max(0, s.start - LOOK), s.start)
    return nounBefore(before) || GENITIVE_ARTICLE_BEFORE.test(before) || NOUN_AFTER.test(text.slice(s.end, s.end + 2))
  })
}


/** Are two case forms (`a`, `b`, mentioned at `spansA` of `textA` …) one name: no genitive between them, or one standing as a genitive? */
export function genitiveStands(a: string, textA: string, spansA: Spans, b: string, textB: string, spansB: Spans): boolean {
  const side = genitiveSide(a, b)
  return side === undefined || (side === 'a' ? readAsGenitive(textA, spansA) : readAsGenitive(textB, spansB))
}
