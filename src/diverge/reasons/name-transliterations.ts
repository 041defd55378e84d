/**
 * One Russian or Ukrainian name romanised by the rules of different languages: *Zelensky /
 * Zelenskyy / Zelenskiy / Selenskyj*, *Lavrov / Lawrow*, *Yeltsin / Jelzin*, *Khrushchev /
 * Chruschtschow*, *Gorbachev / Gorbatschow / Gorbatchev*, *Putin / Poutine*. English, German and
 * French write one Cyrillic letter with different letter groups, so no edit distance tells these
 * from typos. The groups follow the English (BGN/PCGN), German (Duden) and French transcriptions
 * of Russian as tabulated in https://en.wikipedia.org/wiki/Romanization_of_Russian (and the
 * German and French Wikipedia pages "Russische Schrift / Transkription", "Transcription du russe
 * en français"): Ш sh / sch / ch, Щ shch / schtsch / chtch, Ч ch / tsch / tch, Х kh / ch / kh,
 * Ж zh / sch / j, Ц ts / z / ts, З z / s / z, В v / w / v, Й y / j / ï, У u / u / ou.
 * Each word is folded to a skeleton where every group stands for its class of letters, and the
 * hushing groups keep the Cyrillic letters they can write: *Sharov* (Ш) and *Zharov* (Ж) share a
 * skeleton but no letter, so they stay two surnames.
 *
 * The test is asked of the words that differ, never of an unchanged one: some differing word must
 * be shaped as a Slavic surname or patronymic (-ov / -ev / -ow / -in / -sky / -ny / -enko / -uk /
 * -ich, feminine -ova / -eva / -ina / -aya / -skaya) and show, in one of its spellings, a
 * romanisation of a language's own (w, j before a vowel or at the end, sch, kh, zh, tch, ou,
 * iy / yy / ij, ï). So *Louis Martin / Luis Martin*, *Jovan Sokolov / Yovan Sokolov* (only a given
 * name differs), *Martin / Martyn*, *Smith / Smyth* stay respellings, *Zelensky / Zelenska*,
 * *Ivanov / Ivanova* two people (the ending differs). A given name that alone differs is never
 * taken for a romanisation (Sergei / Sergueï Lavrov is left to the name checks). Names spelt as
 * Vietnamese syllables (*Lê Khánh Phúc / Lê Chánh Phúc*, *Khuc Tin*) are never romanised Cyrillic.
 */
import { stripDiacritics } from '../../normalize/fold'
import { isVietnameseSyllable } from '../extract/vi-syllables'

// Letter groups, longest first at each position; each one the class it writes and, for the hushing
// and velar class C, the Cyrillic letters it can write (ch: Ш in French, Ч in English, Х in German;
// sch: Ш and Ж in German). S: З С Ц; I: Й Ы И and the y / j / ï of Е Я Ю.
const GROUPS: readonly (readonly [string, string, string?])[] = [
  ['schtsch', 'C', 'щ'], ['shch', 'C', 'щ'], ['chtch', 'C', 'щ'], ['tsch', 'C', 'ч'], ['sch', 'C', 'шж'], ['tch', 'C', 'ч'],
  ['sh', 'C', 'ш'], ['ch', 'C', 'шчх'], ['kh', 'C', 'х'], ['zh', 'C', 'ж'],
  ['ts', 'S'], ['tz', 'S'], ['ss', 'S'], ['z', 'S'], ['s', 'S'],
  ['ou', 'u'], ['w', 'v'], ['ff', 'v'], ['ck', 'k'], ['c', 'k'], ['x', 'kS'],
  ['gu', 'g'],
  ['y', 'I'], ['j', 'I'], ['i', 'I'],
]

// The groups by their first letter, in GROUPS' order: a word's letters are each asked which group
// opens there, and only a group opening with that letter can (read for every name of a report).
const GROUPS_BY_FIRST = new Map<string, (readonly [string, string, string?])[]>()
for (const group of GROUPS) {
  const list = GROUPS_BY_FIRST.get(group[0][0]!)
  if (list) list.push(group)
  else GROUPS_BY_FIRST.set(group[0][0]!, [group])
}

// A romanisation of one language's own: at least one spelling of the pair shows one.
const OWN_MARKERS = ['w', 'sch', 'kh', 'zh', 'tch', 'ou', 'iy', 'yy', 'ij', 'yj', 'yi']

// Skeleton endings of Slavic surnames and patronymics: -ov -ev -ow -off, -in -yn, -sky -ski -skyj, -ny,
// -enko, -uk, -ich -itsch; feminine -ova -eva -owa, -ina, -aya -skaya -skaja.
const SLAVIC_ENDINGS = ['ov', 'In', 'kI', 'nI', 'nko', 'uk', 'IkC', 'vIC', 'ova', 'Ina', 'aIa']

// -win is English (Edwin, Baldwin, Darwin), not В + -ин: its w is no German romanisation.
const slavicShaped = (key: string): boolean => SLAVIC_ENDINGS.some((e) => key.endsWith(e)) && !key.endsWith('vIn')

interface Skeleton {
  readonly key: string
  // The Cyrillic letters each C of the key can stand for, in order.
  readonly hushing: readonly string[]
}

/** A word's skeleton: its letter groups as classes, a class written twice once, a final French -e after n dropped. */
function skeleton(word: string): Skeleton {
  const w = stripDiacritics(word.toLowerCase())
  let out = ''
  const hushing: string[] = []
  for (let k = 0; k < w.length; ) {
    const group = GROUPS_BY_FIRST.get(w[k]!)?.find(([g]) => w.startsWith(g, k))
    // gu before a vowel (Sergueï) is a hard g; elsewhere it is g and u.
    const take = group && !(group[0] === 'gu' && !'eiyï'.includes(w[k + 2] ?? '')) ? group : undefined
    const piece = take ? take[1] : w[k]!
    k += take ? take[0].length : 1
    // A class written twice is one letter (yy, ij: Й); a plain letter doubled is not (Mikhaillov is Mikhailov mistyped).
    for (const c of piece) {
      if (out[out.length - 1] === c && c !== c.toLowerCase()) {
        if (c === 'C') hushing[hushing.length - 1] += take?.[2] ?? ''
        continue
      }
      out += c
      if (c === 'C') hushing.push(take?.[2] ?? '')
    }
  }
  if (out.endsWith('ne')) out = out.slice(0, -1)
  // -ёв / -ева: -ev / -eva in English, -ow / -owa or -ov / -ova in German and French (Gorbachev / Gorbatschow).
  if (out.endsWith('ev')) out = `${out.slice(0, -2)}ov`
  else if (out.endsWith('eva')) out = `${out.slice(0, -3)}ova`
  return { key: out, hushing }
}

/** Same skeleton, and each hushing group able to write one same Cyrillic letter (Sharov / Zharov: Ш against Ж). */
function sameSkeleton(x: Skeleton, y: Skeleton): boolean {
  if (x.key !== y.key || x.hushing.length !== y.hushing.length) return false
  return x.hushing.every((letters, k) => [...letters].some((c) => y.hushing[k]!.includes(c)))
}

const words = (name: string): string[] => name.split(/[\s\-‐‑]+/u).filter((w) => w !== '')

const ownRomanisation = (word: string): boolean => {
  const w = stripDiacritics(word.toLowerCase())
  return word.toLowerCase().includes('ï') || OWN_MARKERS.some((m) => w.includes(m)) || /j[aeiouy]/u.test(w) || w.endsWith('j')
}

// Lê Khánh Phúc, Khuc Tin: every word a Vietnamese syllable; stripped of marks Phúc ends -uk and Tín -in.
const vietnameseName = (nameWords: readonly string[]): boolean => nameWords.every((w) => isVietnameseSyllable(w.toLowerCase()))

/** Are `a` and `b` one Slavic name in two languages' romanisations (Zelensky / Selenskyj, Sergei Lavrov / Sergej Lawrow)? */
export function sameRomanisedName(a: string, b: string): boolean {
  if (a === b || a.length > 60 || b.length > 60) return false
  const wordsA = words(a)
  const wordsB = words(b)
  if (wordsA.length !== wordsB.length || wordsA.length === 0) return false
  if (vietnameseName(wordsA) || vietnameseName(wordsB)) return false
  // A word that differs, shaped as a Slavic surname and romanised by one language's own rules.
  let romanisedSlavic = false
  for (let k = 0; k < wordsA.length; k++) {
    const x = wordsA[k]!
    const y = wordsB[k]!
    if (x.toLowerCase() === y.toLowerCase()) continue
    const sx = skeleton(x)
    if (!sameSkeleton(sx, skeleton(y))) return false
    if (slavicShaped(sx.key) && (ownRomanisation(x) || ownRomanisation(y))) romanisedSlavic = true
  }
  return romanisedSlavic
}

/** Are two given names one, written alike or one romanisation apart (Ivan / Iwan, Mikhail / Michail; not Ivan / Mikhail)? */
export function sameGivenName(x: string, y: string): boolean {
  if (x.toLowerCase() === y.toLowerCase()) return true
  return x.length <= 30 && y.length <= 30 && sameSkeleton(skeleton(x), skeleton(y))
}

/**
 * Does a romanised key hold a word with a Slavic surname's ending? sameRomanisedName(a, b) holds
 * only where one of `a`'s word skeletons does, so a key without one has no romanised match.
 */
export function slavicKey(key: string): boolean {
  for (const word of key.split(' ')) if (SLAVIC_ENDINGS.some((e) => word.endsWith(e))) return true
  return false
}

/** The name's skeleton, word by word: names one romanisation apart share it (the key to find candidates by). */
export function romanisedKey(name: string): string {
  return name.length > 60 ? '' : words(name).map((w) => skeleton(w).key).join(' ')
}
