/**
 * Trần Hữu Trung / Trần Thủy Chung (ViMs 7): one yard owner whose middle and given names two
 * outlets both write otherwise. Two syllables changed most often name another person of the
 * family (vi-person-respelt.ts asks one change), so more is asked than of one change: both
 * reports write one address beside the name (a street and a ward: Giải Phóng, Tân Thành), the
 * caller finds no other full name of the family in either report and nothing beside the names
 * setting the two apart. A shared city alone is no address: every local report names its city.
 *
 * Relatives share an address (Nguyễn Thị Lan / con gái bà, chị Nguyễn Thu Lâm), so the address
 * alone proves nothing: a kinship word beside either name makes two people, and the two must
 * also be given one age, year of birth or role, or both be quoted (Ông Trần Hữu Trung cho biết /
 * Theo ông Trần Thủy Chung): a witness and a victim at one address are two people.
 */
import { foldWord, stripDiacritics } from '../../normalize/fold'
import { editDistance } from './edit-distance'
import { KINSHIP_WORDS } from '../../normalize/kinship-words'
import { sayingWords } from '../../normalize/saying-verbs'
import { type MentionAt, syllablesOf } from './vi-person-respelt'

// Hữu / Thủy, Trung / Chung: each syllable a consonant cluster or a vowel misheard, read without marks.
const MAX_LETTERS_CHANGED = 2
// A street and a ward (or a house's street and its district): one shared place could be the city.
const MIN_PLACES_SHARED = 2
const MIN_PLACE_WORDS = 2
const WORD = /[\p{L}\p{N}]+/gu
const UPPER = /^\p{Lu}/u

// The address after a name, bounded so a long sentence costs a fixed read.
const ADDRESS_CHARS = 100
// P. Tân Thành, TP. Buôn Ma Thuột: a dot after a short form of a ward or a city does not end the address.
const SHORT_FORM_LETTERS = 2

/** The text after a mention up to its sentence's end, a dot after a short form (P., TP.) read through. */
function addressAfter(text: string, end: number): string {
  const window = text.slice(end, end + ADDRESS_CHARS)
  for (let i = 0; i < window.length; i++) {
    const c = window[i]!
    if (c === ';' || c === '!' || c === '?' || c === '\n') return window.slice(0, i)
    if (c !== '.' || (i + 1 < window.length && /\S/u.test(window[i + 1]!))) continue
    let k = i
    while (k > 0 && /\p{L}/u.test(window[k - 1]!)) k--
    if (i - k > SHORT_FORM_LETTERS) return window.slice(0, i)
  }
  return window
}

const plain = (syllable: string): string => stripDiacritics(syllable).replace(/đ/gu, 'd')

/** One family name, and exactly its two other syllables of a three- or four-syllable name each two letters or fewer apart. */
export function twoSyllablesRespelt(a: string, b: string): boolean {
  const x = syllablesOf(a)
  const y = syllablesOf(b)
  if (!x || !y || x.length !== y.length || x[0] !== y[0]) return false
  let differing = 0
  for (let k = 1; k < x.length; k++) {
    if (x[k] === y[k]) continue
    differing++
    if (editDistance(plain(x[k]!), plain(y[k]!), MAX_LETTERS_CHANGED) > MAX_LETTERS_CHANGED) return false
  }
  return differing === 2
}

/** The capitalised runs of two words or more in the clause after a mention (Giải Phóng, Tân Thành), without marks. */
function placesBeside(mention: MentionAt): Set<string> {
  const places = new Set<string>()
  let run: string[] = []
  const close = (): void => {
    if (run.length >= MIN_PLACE_WORDS) places.add(run.join(' '))
    run = []
  }
  const clause = addressAfter(mention.text, mention.end)
  let last = 0
  for (const match of clause.matchAll(WORD)) {
    const word = match[0]
    // A comma, a bracket or a dot between two words ends a run (Giải Phóng, P. Tân Thành).
    if (/[^\s]/u.test(clause.slice(last, match.index))) close()
    last = match.index + word.length
    if (UPPER.test(word) && word.length > 1) run.push(plain(foldWord(word)))
    else close()
  }
  close()
  return places
}

/** Do the clauses after the two spellings' mentions name at least two places alike (a street and a ward)? */
export function addressShared(a: readonly MentionAt[], b: readonly MentionAt[]): boolean {
  const ofA = new Set<string>()
  for (const mention of a) for (const place of placesBeside(mention)) ofA.add(place)
  const shared = new Set<string>()
  for (const mention of b) for (const place of placesBeside(mention)) if (ofA.has(place)) shared.add(place)
  return shared.size >= MIN_PLACES_SHARED
}

// Kinship words beside a name: the person is someone's relative, and relatives share addresses.
// Besides normalize/kinship-words.ts: the sides of a family (cháu nội, cháu ngoại).
const KIN: ReadonlySet<string> = new Set([...KINSHIP_WORDS, ...['nội', 'ngoại'].map(foldWord)])
// Said to the press: the verbs of saying (cho biết, nói, said) and a testimony's kể, khai; theo (according to) before the name.
const SPEECH_AFTER = new Set([...sayingWords('vi', 'en'), ...['kể', 'khai'].map(foldWord)])
const SPEECH_BEFORE = new Set(['theo', 'according'].map(foldWord))
// The words read before a name: "Con gái bà là chị X" puts the kinship five words back.
const WORDS_BEFORE = 6

function wordsBefore(text: string, start: number): string[] {
  const window = text.slice(Math.max(0, start - ADDRESS_CHARS), start)
  let from = 0
  for (let i = window.length - 1; i >= 0; i--) if (/[.!?;\n]/u.test(window[i]!)) { from = i + 1; break }
  return [...window.slice(from).matchAll(WORD)].map((m) => foldWord(m[0])).slice(-WORDS_BEFORE)
}

const wordsAfter = (mention: MentionAt): string[] => [...addressAfter(mention.text, mention.end).matchAll(WORD)].map((m) => foldWord(m[0]))

/** A kinship word in the clause before or after a mention (con gái, vợ, the son of). */
export function kinBeside(mentions: readonly MentionAt[]): boolean {
  return mentions.some((m) => wordsBefore(m.text, m.start).some((w) => KIN.has(w)) || wordsAfter(m).some((w) => KIN.has(w)))
}

/** Is the person quoted beside one of the mentions (X cho biết, theo X, X said)? */
export function quoted(mentions: readonly MentionAt[]): boolean {
  return mentions.some((m) => wordsBefore(m.text, m.start).some((w) => SPEECH_BEFORE.has(w)) || wordsAfter(m).some((w) => SPEECH_AFTER.has(w)))
}
