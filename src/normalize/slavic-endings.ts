/**
 * Case endings of the Latin-script Slavic languages (Polish, Czech, Slovak, Croatian, Serbian, Bosnian,
 * Slovene): a Polish report writes one man *Donald Trump*, *Donalda Trumpa*, *Trumpem*, *Trumpowi* and
 * one woman *Renata*, *Renaty*, *Renatą* by their role in each sentence, a Czech one *Praha*, *Prahy*,
 * *Praze*, a Croatian one *Zagreb*, *Zagreba*, *Zagrebu*. Two mentions that differ only so are one name,
 * not a name spelt two ways; a respelt stem stays two (*Turmp* / *Trump*, *Kowalsky* / *Kowalski*).
 *
 * Not a stemmer: each word is read as it is and with one ending cut (the cut leaving a stem of three
 * letters or more), and two words are one when those readings meet, as german-endings.ts reads German.
 * Before a dative's or locative's -e / -ie / -i the stem's last consonant softens (*Duda* / *Dudzie*,
 * *Polska* / *Polsce*, *Praga* / *Pradze*, *Piotr* / *Piotrze*, *Praha* / *Praze*, *Amerika* / *Americi*):
 * those few regular alternations are read back, and no others — a mobile *e* (*Marek* / *Marka*) is
 * left out, since *Marek* / *Mark* would then be read as one name. Polish writes no *ky* / *gy* in its
 * own words, so in a Polish report *Kowalsky* is no case of *Kowalski*.
 *
 * Read only when both reports are in one of these languages (franc's code), so an English or
 * Vietnamese report's *Dudy* / *Duda* stays a respelling.
 */
import { CASE_ENDING } from './german-endings'

/** Why two spellings are one name: a format equivalence, never a divergence; German's reason, one name in two cases. */
export const SLAVIC_CASE = CASE_ENDING

const LANGUAGES: ReadonlySet<string> = new Set(['pol', 'ces', 'slk', 'hrv', 'srp', 'bos', 'slv'])

/** Is a report in a Latin-script Slavic language, whose names are declined? */
export const latinSlavic = (language: string | undefined): boolean => language !== undefined && LANGUAGES.has(language)

// Longest first within each length; the union of the seven languages' noun, name and adjective endings.
const ENDINGS: readonly string[] = [
  'owego', 'owemu', 'ového', 'ovému', 'iego', 'iemu', 'owym', 'owej', 'ovým', 'ových',
  'ego', 'emu', 'ého', 'ému', 'owi', 'ovi', 'ach', 'ách', 'ami', 'ama', 'ima', 'ych', 'ich', 'ymi', 'imi', 'iej', 'iem', 'ech', 'oga', 'ome', 'omu', 'ów',
  'em', 'om', 'ej', 'ie', 'ou', 'ům', 'ym', 'im', 'og', 'ih', 'ým', 'ím',
  'a', 'u', 'e', 'y', 'i', 'ą', 'ę', 'ě', 'é', 'í', 'ý', 'o',
]
const SHORTEST_STEM = 3

// A stem's last consonant softened before -e / -ie / -i / -ě, read back: Dudzie → dud, Polsce → polsk, Marcie → mart,
// Pradze → prag, Piotrze → piotr, Praze → prah, Americi → amerik, Michale → michał.
const SOFTENED: readonly (readonly [string, readonly string[]])[] = [
  ['dz', ['d', 'g']],
  ['rz', ['r']],
  ['sz', ['ch']],
  ['c', ['k', 't']],
  ['z', ['h', 'g']],
  ['ř', ['r']],
  ['l', ['ł']],
]
const SOFTENING_ENDINGS: ReadonlySet<string> = new Set(['e', 'ie', 'i', 'ě'])

const VOWEL_END = /[aeiouyąęěéíýóáů]$/u
/** A lower-case word as it is and with one case ending cut (and its softened consonant read back). */
export function slavicReadings(word: string, polish: boolean): Set<string> {
  const out = new Set([word])
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < SHORTEST_STEM) continue
    const stem = word.slice(0, -ending.length)
    // Kowalsky: Polish writes ki, gi in its own words, so a y there is another spelling, not a case.
    if (polish && ending[0] === 'y' && /[kg]$/u.test(stem)) continue
    out.add(stem)
    if (!SOFTENING_ENDINGS.has(ending)) continue
    for (const [soft, hard] of SOFTENED) if (stem.endsWith(soft) && stem.length - soft.length >= 2) for (const h of hard) out.add(stem.slice(0, -soft.length) + h)
  }
  return out
}

const TRAILING: ReadonlySet<string> = new Set(['.', ',', "'", '’'])
// Cut by a loop from the end, not a `+$` regex (quadratic when searched from every start of a long run).
function trimmed(word: string): string {
  let end = word.length
  while (end > 0 && TRAILING.has(word[end - 1]!)) end--
  return word.slice(0, end)
}

/** A text's words, trimmed, in their own case: an acronym is known by its capitals (PiS-u, not Hyun-a). */
const wordsOf = (text: string): string[] => text.normalize('NFC').split(/[\s\u00a0]+/u).filter((w) => w !== '').map(trimmed)
const lower = (w: string): string => w.toLowerCase()

// Polish declines an acronym after a hyphen (PiS-u, SLD-em, PKW-ie): the letters before it are the name.
// Its stem holds two capitals at least, read in the word's own case: *Hyun-a*, *Min-a* are Korean given names, not
// Hyun declined (review rpolish58 bug 7).
// The first two capitals are matched as the first two (no class overlaps the next), so the pattern cannot backtrack.
const ACRONYM_CASE = /^(?<stem>[^-\p{Lu}]*\p{Lu}[^-\p{Lu}]*\p{Lu}[^-]*)-(?:u|a|em|owi|ie|y|ów|om|ach|ami)$/u
// A soft stem's i before its ending (Wrocław / Wrocławia, Radom / Radomiu, Poznań / Poznaniem).
const SOFT_CASE = /^(?<stem>.+?)(?<soft>n?)i(?:a|u|em|owi|e|ą|ę|ach|ami)$/u

// Only the consonants Polish softens before such an i (Wrocław, Radom, Poznań, Kołobrzeg's g never): a hard stem with
// -ia is another word, a country beside its people or man (Kolumb / Kolumbia, Norweg / Norwegia, Algier / Algieria),
// review rpolish58 bug 2
const SOFT_STEM_END = /[łwmńćśź]$/u
/** Is `declined` the bare consonant-final `bare` with a soft ending (an i after its last consonant, ń as ni)? */
function softCase(bare: string, declined: string): boolean {
  const m = SOFT_CASE.exec(declined)
  if (!m || !SOFT_STEM_END.test(bare)) return false
  const { stem, soft } = m.groups!
  // an unmarked n is no ń: Rumun / Rumunia is a Romanian and Romania
  return soft === 'n' ? bare === `${stem}ń` : bare === stem
}

const vowelPlusOne = (short: string, long: string): boolean => long.length === short.length + 1 && long.startsWith(short) && VOWEL_END.test(short) && VOWEL_END.test(long)

function oneWord(rawA: string, rawB: string, polish: boolean): boolean {
  const a = lower(rawA)
  const b = lower(rawB)
  if (a === b) return true
  // F-16 / F-16a, 737 / 737-u: a figure is a model or a count, never a stem
  if (/\p{N}/u.test(a) || /\p{N}/u.test(b)) return false
  const acronym = (x: string, y: string): boolean => lower(ACRONYM_CASE.exec(x)?.groups!.stem ?? '-') === lower(y)
  if (acronym(rawA, rawB) || acronym(rawB, rawA)) return true
  // A name's own letters must lead: a word of two letters (Li, Wu) declines no stem the rule can read.
  if (Math.min(a.length, b.length) < SHORTEST_STEM + 1) return false
  if (softCase(a, b) || softCase(b, a)) return true
  // Mali / Malia, Zelenski / Zelenskiy: a one-letter ending replaces a word's last vowel, never follows it (Duda /
  // Dudy, not Dudaa); a longer one may (Chamenei / Chameneiego)
  if (vowelPlusOne(a, b) || vowelPlusOne(b, a)) return false
  const ra = slavicReadings(a, polish)
  for (const r of slavicReadings(b, polish)) if (ra.has(r)) return true
  // Kraków / Krakowa, Bór / Boru: a closing syllable's ó opens to o before an ending
  const opened = (w: string): string => w.replace(/ó(?=[^aeiouyąęó]+$)/u, 'o')
  if (opened(a) !== a) for (const r of slavicReadings(b, polish)) if (r === opened(a)) return true
  if (opened(b) !== b) for (const r of slavicReadings(a, polish)) if (r === opened(b)) return true
  return false
}

/**
 * Do two spellings differ only by Slavic case endings, word by word? `polish`: a Polish report is one of the two,
 * whose spelling rules forbid some readings (Kowalsky).
 */
export function slavicCaseForms(a: string, b: string, polish: boolean): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  if (x.length !== y.length || x.length === 0) return false
  if (x.every((w, k) => lower(w) === lower(y[k]!))) return false
  return x.every((w, k) => oneWord(w, y[k]!, polish))
}

/**
 * Is the shorter spelling a run of the longer one's words, each in another case (Dudy / Andrzejem Dudą, Eurowizję /
 * Konkurs Piosenki Eurowizja Junior)? A pair other paths found as a short form, a format then, not a respelling.
 */
export function slavicCaseInside(a: string, b: string, polish: boolean): boolean {
  const x = wordsOf(a)
  const y = wordsOf(b)
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  if (short.length === 0 || short.length === long.length) return false
  for (let at = 0; at + short.length <= long.length; at++) {
    if (short.every((w, k) => oneWord(w, long[at + k]!, polish)) && short.some((w, k) => lower(w) !== lower(long[at + k]!))) return true
  }
  return false
}
