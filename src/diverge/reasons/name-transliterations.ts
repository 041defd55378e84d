/**
 * One Russian or Ukrainian name romanised by the rules of different languages: *Zelensky /
 * Zelenskyy / Zelenskiy / Selenskyj*, *Lavrov / Lawrow*, *Yeltsin / Jelzin*, *Khrushchev /
 * Chruschtschow*, *Gorbachev / Gorbatschow / Gorbatchev*, *Putin / Poutine*. English, German and
 * French write one Cyrillic letter with different letter groups (Ш: sh, sch, ch; Ч: ch, tsch, tch;
 * Х: kh, ch; Ц: ts, z; З: z, s; В: v, w; Й: y, j, ï), so no edit distance tells these from typos.
 * Each name is folded to a skeleton where every group stands for its class of letters, and two
 * names are one when their skeletons agree word for word.
 *
 * Only for names shaped as Slavic ones (a surname ending -ov / -ev / -ow / -in / -sky / -ny /
 * -enko / -uk / -ich …), and only where one spelling shows a romanisation of its own (w, j before
 * a vowel or at the end, sch, kh, zh, tch, ou, iy / yy / ij, ï): *Martin / Martyn*, *Smith / Smyth*
 * stay respellings, and *Zelensky / Zelenska*, *Ivanov / Ivanova* two people (the ending differs).
 */
import { stripDiacritics } from '../../normalize/fold'

// Letter groups, longest first at each position; each one the class it writes. C: the hushing and
// velar fricatives Ш Щ Ч Х Ж (ch is one of three by language, so they are one class); S: З С Ц;
// I: Й Ы И and the y / j / ï of Е Я Ю.
const GROUPS: readonly (readonly [string, string])[] = [
  ['schtsch', 'C'], ['shch', 'C'], ['chtch', 'C'], ['tsch', 'C'], ['sch', 'C'], ['tch', 'C'],
  ['sh', 'C'], ['ch', 'C'], ['kh', 'C'], ['zh', 'C'],
  ['ts', 'S'], ['tz', 'S'], ['ss', 'S'], ['z', 'S'], ['s', 'S'],
  ['ou', 'u'], ['w', 'v'], ['ff', 'v'], ['ck', 'k'], ['c', 'k'], ['x', 'kS'],
  ['gu', 'g'],
  ['y', 'I'], ['j', 'I'], ['i', 'I'],
]

// The groups by their first letter, in GROUPS' order: a word's letters are each asked which group
// opens there, and only a group opening with that letter can (read for every name of a report).
const GROUPS_BY_FIRST = new Map<string, (readonly [string, string])[]>()
for (const group of GROUPS) {
  const list = GROUPS_BY_FIRST.get(group[0][0]!)
  if (list) list.push(group)
  else GROUPS_BY_FIRST.set(group[0][0]!, [group])
}

// A romanisation of one language's own: at least one spelling of the pair shows one.
const OWN_MARKERS = ['w', 'sch', 'kh', 'zh', 'tch', 'ou', 'iy', 'yy', 'ij', 'yj', 'yi']

// Skeleton endings of Slavic surnames (-ov -ev -ow -off, -in -yn, -sky -ski -skyj, -ny, -enko, -uk, -ich -itsch).
const SLAVIC_ENDINGS = ['ov', 'In', 'kI', 'nI', 'nko', 'uk', 'IkC', 'vIC']

/** A word's skeleton: its letter groups as classes, a class written twice once, a final French -e after n dropped. */
function skeleton(word: string): string {
  const w = stripDiacritics(word.toLowerCase())
  let out = ''
  for (let k = 0; k < w.length; ) {
    const group = GROUPS_BY_FIRST.get(w[k]!)?.find(([g]) => w.startsWith(g, k))
    // gu before a vowel (Sergueï) is a hard g; elsewhere it is g and u.
    const take = group && !(group[0] === 'gu' && !'eiyï'.includes(w[k + 2] ?? '')) ? group : undefined
    const piece = take ? take[1] : w[k]!
    k += take ? take[0].length : 1
    // A class written twice is one letter (yy, ij: Й); a plain letter doubled is not (Mikhaillov is Mikhailov mistyped).
    for (const c of piece) if (out[out.length - 1] !== c || c === c.toLowerCase()) out += c
  }
  if (out.endsWith('ne')) out = out.slice(0, -1)
  // -ёв: -ev in English, -ow / -ov in German and French (Gorbachev / Gorbatschow).
  if (out.endsWith('ev')) out = `${out.slice(0, -2)}ov`
  return out
}

const words = (name: string): string[] => name.split(/[\s\-‐‑]+/u).filter((w) => w !== '')

const ownRomanisation = (word: string): boolean => {
  const w = stripDiacritics(word.toLowerCase())
  return word.toLowerCase().includes('ï') || OWN_MARKERS.some((m) => w.includes(m)) || /j[aeiouy]/u.test(w) || w.endsWith('j')
}

/** Are `a` and `b` one Slavic name in two languages' romanisations (Zelensky / Selenskyj, Sergei Lavrov / Sergej Lawrow)? */
export function sameRomanisedName(a: string, b: string): boolean {
  if (a === b || a.length > 60 || b.length > 60) return false
  const wordsA = words(a)
  const wordsB = words(b)
  if (wordsA.length !== wordsB.length || wordsA.length === 0) return false
  let slavic = false
  let romanised = false
  for (let k = 0; k < wordsA.length; k++) {
    const x = wordsA[k]!
    const y = wordsB[k]!
    const sx = skeleton(x)
    if (SLAVIC_ENDINGS.some((e) => sx.endsWith(e))) slavic = true
    if (x.toLowerCase() === y.toLowerCase()) continue
    if (sx !== skeleton(y)) return false
    if (ownRomanisation(x) || ownRomanisation(y)) romanised = true
  }
  return slavic && romanised
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
  return name.length > 60 ? '' : words(name).map(skeleton).join(' ')
}
