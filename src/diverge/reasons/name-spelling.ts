/**
 * Is one name a respelling of another, word by word, whatever sentences they
 * stand in? The judgement behind pairing names across two whole reports.
 *
 * Each word is compared on its bare letters (no case, marks, apostrophes):
 * a doubled letter (Schooff / Schoof), ph for f (Triumph / Triumf), one
 * edit or swap of neighbours (Sundwell / Sundwall, Yomiuri / Yomuiri) make a
 * respelling; a Vietnamese syllable whose letters differ is another name
 * (Lan / Lâm), and a bare derivation (Maya / Mayan) is another word. A name
 * may be a short form of the other (Sundwall / Sean Sundwell). Differences of
 * form only (O'Connor / OConnor, WiFi / Wi-Fi, O'Neill's / ONeills) are not
 * respellings but format.
 */
import { collapseRepeats, foldWord, stripDiacritics } from '../../normalize/fold'
import { isVietnameseSyllable, vietnameseShaped } from '../extract/vi-syllables'
import { editDistance } from './edit-distance'
import { type FormatJudgement, memo, transatlantic } from './name-format'

export type SpellingJudgement =
  | Extract<FormatJudgement, { readonly kind: 'format' }>
  | {
      readonly kind: 'respelling'
      readonly score: number
      readonly evidence: readonly string[]
      readonly shortForm: boolean
      readonly sharedWords: number
      /** The differing words of a and of b, sorted: one respelling seen in longer and shorter names. */
      readonly changes: string
    }
  | {
      readonly kind: 'same'
      /**
       * How the two differ when they are not word for word one name: a shorter run of it
       * (Lindsay, Anthony Kennedy for Anthony M. Kennedy), its family name moved to the other
       * end (Chong Wei Feng / Wei Feng Chong), or a shorter designation with a word in another
       * form (Philippines Congress / Philippine National Congress).
       */
      readonly reason?: 'short-form' | 'name-order' | 'word-form'
    }
  | { readonly kind: 'different' }

interface NameWord {
  /** Lower case, marks kept: equal words are one word. */
  readonly lower: string
  /** Lower case, no marks, no apostrophes or dots. */
  readonly bare: string
  /** Carries a letter only Vietnamese writes (ă â ê ô ơ ư đ or a tone under/over them). */
  readonly vietnamese: boolean
  /** Could be one Vietnamese syllable (Vinh, Long, Tun). */
  readonly syllable: boolean
}

// Letters a Vietnamese syllable carries that other Latin orthographies rarely do.
const VIETNAMESE_MARKED = /[ăâêôơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u
const APOSTROPHES = /['’ʼ‘`.]/gu
// English derivations of a name: a word plus one of these is another word (Maya / Mayan, Europe / European).
const DERIVATIONS = ['s', 'n', 'an', 'ian', 'ese', 'ish', 'i', 'er', 'es', 'ns', 'ans', 'ic']


// An initial glued to the word after it ("Sergei V.Mikhailov", "X.V.Mi-khai-lốp") is its own word, as in "V. Mikhailov".
const GLUED_INITIAL = /(?<!\p{L})(\p{Lu})\.(?=\p{Lu}\p{Ll})/gu

const wordsOf = memo((text: string): readonly NameWord[] =>
  text
    .normalize('NFC')
    .replace(GLUED_INITIAL, '$1. ')
    .split(/[\s\-‐‑–—_]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => {
      const lower = w.toLowerCase()
      const bare = stripDiacritics(lower.replace(APOSTROPHES, '')).replace(/đ/g, 'd')
      const folded = foldWord(w)
      const vietnamese = VIETNAMESE_MARKED.test(lower)
      // A word marked only as French or Spanish mark theirs (Népal, Neuquén) and shaped as no Vietnamese
      // syllable is foreign, as names.ts reads it: its letters may be respelt (Népal / Néapl).
      return { lower: foldWord(lower.replace(APOSTROPHES, '')), bare, vietnamese, syllable: isVietnameseSyllable(folded) && (vietnamese || vietnameseShaped(folded)) }
    }),
)


interface WordMatch {
  readonly score: number
  readonly evidence: string
}

/** One word against another: 1 when equal, a respelling's likeness, or undefined for different words. */
function compareWords(x: NameWord, y: NameWord, native: boolean, marks: boolean): WordMatch | undefined {
  if (x.lower === y.lower) return { score: 1, evidence: '' }
  if (x.bare === y.bare) {
    // One side without marks (Hong Kong / Hồng Kông, Nguyen / Nguyễn): the marks were dropped, not changed.
    const bothMarked = x.lower !== x.bare && y.lower !== y.bare
    if (!bothMarked || !(x.vietnamese || y.vietnamese || native)) return { score: 1, evidence: '' }
    // Marks changed (Viết / Việt) between two Vietnamese spellings: another name, unless the caller
    // knows no other name of the two reports has these letters (then one person, marked two ways).
    return marks ? { score: 0.8, evidence: 'tone or vowel marks' } : undefined
  }
  // A Vietnamese syllable whose letters differ is another name (Lan / Lâm, Hùng / Hồng, Vinh / Minh).
  if (x.vietnamese || y.vietnamese || native) return undefined
  // Organisation / Organization, Centre / Center: one word in two spelling styles.
  if (transatlantic(x.bare) === transatlantic(y.bare)) return { score: 1, evidence: '' }
  const cx = collapseRepeats(x.bare)
  const cy = collapseRepeats(y.bare)
  if (cx === cy) return { score: 0.9, evidence: 'doubled letter' }
  // ph and f, Mac and Mc spell one sound (Triumph / Triumf, MacDonald / McDonald).
  const px = cx.replace(/ph/g, 'f').replace(/^mac/, 'mc')
  const py = cy.replace(/ph/g, 'f').replace(/^mac/, 'mc')
  if (px === py) return { score: 0.85, evidence: /^mc/.test(px) && cx.slice(0, 3) !== cy.slice(0, 3) ? 'Mac for Mc' : 'ph for f' }
  const shortest = Math.min(px.length, py.length)
  // InternationalCo / International: letters added at the end make another word (a compound, a
  // derivation), not the same word respelt; one letter more (Mkhitarya / Mkhitaryan) may be a slip.
  if (Math.abs(px.length - py.length) >= 2 && (px.startsWith(py) || py.startsWith(px))) return undefined
  if (shortest >= 5 && swapped(px, py)) return { score: 0.85, evidence: 'letters swapped' }
  // Two neighbours swapped in a word with a doubled letter both spell (Google / Goolge): the doubled
  // letter is still two letters of the word, so the slip is weighed against the word as spelt.
  const doubled = x.bare.length - cx.length
  if (doubled > 0 && doubled === y.bare.length - cy.length && shortest < 6 && shortest + doubled >= 6 && neighboursSwapped(px, py)) return { score: 0.85, evidence: 'letters swapped' }
  const d = editDistance(px, py, 2)
  if (d === 1 && shortest >= 6) return { score: 0.85, evidence: 'edit distance 1' }
  if (d === 1 && shortest >= 4) return { score: 0.75, evidence: 'edit distance 1' }
  // Lao / Laos: a short word with a final s added keeps all its letters, unlike a changed letter
  // (Lao / Leo, Kim / Kin, other names): it counts as one edit of a four-letter word.
  if (d === 1 && shortest === 3 && finalS(px, py)) return { score: 0.75, evidence: 'final s' }
  if (d === 1 && shortest >= 3) return { score: 0.6, evidence: 'edit distance 1' }
  if (d === 2 && shortest >= 7) return { score: 0.65, evidence: 'edit distance 2' }
  return shortTransliteration(px, py)
}

// A final y and i spell one vowel in transliterations (Ly / Li), and a final n after it is kept or
// dropped (Kyi Lin / Kyi Ly): in a word too short for an edit to count above, the two together are
// one name transliterated twice. A final n alone is not (Yi / Yin are two Chinese names).
const FINAL_Y = /y$/u
const FINAL_NASAL = /(?<=[iy])n$/u

/** One word the other with a final s (Lao / Laos, Jet / Jets). */
function finalS(x: string, y: string): boolean {
  return x === `${y}s` || y === `${x}s`
}

/** Two short foreign words that differ by a final y for i, with or without a final n. */
function shortTransliteration(x: string, y: string): WordMatch | undefined {
  if (Math.min(x.length, y.length) < 2 || Math.max(x.length, y.length) > 4) return undefined
  const vowelX = x.replace(FINAL_NASAL, '')
  const vowelY = y.replace(FINAL_NASAL, '')
  if (FINAL_Y.test(vowelX) === FINAL_Y.test(vowelY)) return undefined
  return vowelX.replace(FINAL_Y, 'i') === vowelY.replace(FINAL_Y, 'i') ? { score: 0.6, evidence: 'final y for i' } : undefined
}

/** The same letters with two neighbours swapped (goolge / google). */
function neighboursSwapped(x: string, y: string): boolean {
  if (x.length !== y.length) return false
  const first = [...x].findIndex((c, i) => c !== y[i])
  return first >= 0 && first + 1 < x.length && x[first] === y[first + 1] && x[first + 1] === y[first] && x.slice(first + 2) === y.slice(first + 2)
}

/** The same letters with two of them swapped, neighbours or not (Manmohan / Manhoman). */
function swapped(x: string, y: string): boolean {
  if (x.length !== y.length) return false
  let first = -1
  let second = -1
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue
    if (first < 0) first = i
    else if (second < 0) second = i
    else return false
  }
  return second > first + 1 && x[first] === y[second] && x[second] === y[first]
}

/** Two one-word names, one the other plus an English derivation ending (Maya / Mayan, Europe / European). */
export function derivedWord(a: string, b: string): boolean {
  const wa = wordsOf(a)
  const wb = wordsOf(b)
  return wa.length === 1 && wb.length === 1 && derivable(wa[0]!, wb[0]!) && derivation(wa[0]!.bare, wb[0]!.bare)
}

// English endings derive English-spelt stems only: no Vietnamese syllable (Thua / Thuận, Hoa / Hoan are two syllables).
const derivable = (x: NameWord, y: NameWord): boolean => !x.vietnamese && !y.vietnamese && !(x.syllable && y.syllable)

/**
 * North Korea / North Korean, South Africa / South African: names of the same words, the last one
 * derived by its letters (the adjective or demonym of a place, not the name respelt); a stem of four
 * letters or more, no Vietnamese syllable (Thua / Thuận). The letters alone do not tell a place's
 * adjective from a person's name respelt (Omar Hassan / Hassani, Carlos Bacca / Baccan): callers
 * ask name-demonyms.ts, which reads how the name is used.
 */
export function derivedName(a: string, b: string): boolean {
  const wa = wordsOf(a)
  const wb = wordsOf(b)
  if (wa.length !== wb.length || wa.length < 2) return false
  for (let k = 0; k + 1 < wa.length; k++) if (wa[k]!.bare !== wb[k]!.bare) return false
  const [x, y] = [wa[wa.length - 1]!, wb[wb.length - 1]!]
  return Math.min(x.bare.length, y.bare.length) >= 4 && derivable(x, y) && derivation(x.bare, y.bare)
}

/**
 * A bare -n (-ns) makes a word of a stem ending in -a only (Maya / Mayan, Syria / Syrians);
 * after any other letter a final n dropped or added is a respelling (Kremli / Kremlin).
 */
const AFTER_A_ONLY = new Set(['n', 'ns'])

function derivation(x: string, y: string): boolean {
  // Phú Nhuận / Phu Nhuan: the same bare word is no derivation of itself (its marks differ, or nothing does).
  if (x === y) return false
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  const ending = long.slice(short.length)
  // Swis / Swiss, Kros / Kross, Hawai / Hawaii: an ending that doubles the stem's last letter is a doubled letter, a respelling.
  const doubled = ending[0] === short[short.length - 1]
  if (long.startsWith(short) && !doubled && DERIVATIONS.includes(ending) && (!AFTER_A_ONLY.has(ending) || short.endsWith('a'))) return true
  // Democrats / Democratic: two derivations of one stem (Democrat), neither derived from the other.
  return DERIVATIONS.some((ending) => short.endsWith(ending) && short.length - ending.length >= 4 && derivation(short.slice(0, -ending.length), long))
}


/** Ways to place `k` words in order among `n` (k ≤ n ≤ 8): the words a short form keeps of the full name. */
function placements(k: number, n: number): number[][] {
  const out: number[][] = []
  const pick = (from: number, chosen: number[]): void => {
    if (chosen.length === k) {
      out.push([...chosen])
      return
    }
    for (let i = from; i <= n - (k - chosen.length); i++) {
      chosen.push(i)
      pick(i + 1, chosen)
      chosen.pop()
    }
  }
  pick(0, [])
  return out
}

interface SpellingOptions {
  /**
   * Let one Vietnamese syllable differ by its marks only (Viết Phong / Việt Phong). Only the
   * caller knows whether these letters name anyone else in the two reports; by default such a
   * pair is two names.
   */
  readonly marks?: boolean
}

/** How the words of a shorter name meet words of a longer one, placed at given positions. */
interface Placement {
  readonly equal: number
  readonly differing: number
  /** Differing words that are one another's English derivation (Philippines / Philippine, Justice / Justices). */
  readonly derived: number
  readonly weakest: number
  readonly evidence: ReadonlySet<string>
  readonly fromShort: readonly string[]
  readonly fromLong: readonly string[]
}

/** The words of `short` against the words of `long` at positions `at`, or undefined when a pair of words rules it out. */
function place(short: readonly NameWord[], long: readonly NameWord[], at: readonly number[], native: boolean, marks: boolean): Placement | undefined {
  let weakest = 1
  let differing = 0
  let derived = 0
  let equal = 0
  const evidence = new Set<string>()
  const fromShort: string[] = []
  const fromLong: string[] = []
  for (let k = 0; k < short.length; k++) {
    const x = short[k]!
    const y = long[at[k]!]!
    const match = compareWords(x, y, native, marks)
    if (!match) return undefined
    if (match.score === 1) {
      equal++
      continue
    }
    differing++
    fromShort.push(x.bare)
    fromLong.push(y.bare)
    weakest = Math.min(weakest, match.score)
    evidence.add(match.evidence)
    if (derivation(x.bare, y.bare)) {
      // Maya / Mayan, Europe / European: with no word of the name agreeing, another word, not a respelling.
      if (short.length === 1) return undefined
      derived++
    }
    // A Vietnamese name is known by its last word: marks changed there (Văn Thành / Văn Thạnh) make another person.
    if (match.evidence === 'tone or vowel marks' && (k === short.length - 1 || at[k] === long.length - 1)) return undefined
    // World Tour Final / Finals: an English plural on the last word is the same name's form.
    if (k === short.length - 1 && at[k] === long.length - 1 && short.length >= 2 && plural(x.bare, y.bare)) return undefined
  }
  // Two marks-only changes are two other syllables, not one person marked two ways.
  if (evidence.has('tone or vowel marks') && differing > 1) return undefined
  // A short form agreeing in no word must be close (Sundwall / Sean Sundwell) or keep the word's
  // start (Timo / Đông Timor), not be another word a letter away (Gmail / Yahoo Mail).
  const sameStarts = fromShort.every((w, k) => w.slice(0, 3) === fromLong[k]!.slice(0, 3))
  if (short.length < long.length && equal === 0 && weakest < 0.85 && !sameStarts) return undefined
  return { equal, differing, derived, weakest, evidence, fromShort, fromLong }
}

/** Every order of `k` distinct positions among `n` that is not increasing: the words of a short form reordered. */
function reorderings(k: number, n: number): number[][] {
  const out: number[][] = []
  const pick = (chosen: number[]): void => {
    if (chosen.length === k) {
      if (chosen.some((p, i) => i > 0 && p < chosen[i - 1]!)) out.push([...chosen])
      return
    }
    for (let i = 0; i < n; i++) {
      if (chosen.includes(i)) continue
      chosen.push(i)
      pick(chosen)
      chosen.pop()
    }
  }
  pick([])
  return out
}

/** The whole name with its first word moved to the end or its last to the front: family name first or last. */
function familyNameMoved(at: readonly number[], n: number): boolean {
  if (at.length !== n) return false
  const firstToEnd = at.every((p, i) => p === (i + 1) % n)
  const lastToFront = at.every((p, i) => p === (i + n - 1) % n)
  return firstToEnd || lastToFront
}

// Reordered names are sought among names this short only: the orders grow factorially.
const REORDER_MAX_WORDS = 4

/**
 * Judge two names. A respelling needs every word of the shorter name to meet a
 * word of the longer in order (a short form may leave words of the longer out,
 * a middle name too: Joshua McDonald / Joshua Robert Macdonal), at least one
 * differing word, and each differing word close enough. Lone short words need
 * more: they are scored lower here and the caller asks for context before it
 * reports them.
 *
 * Out of order, a foreign name of two words or more is the same name when its family name moved
 * from one end to the other (Chong Wei Feng / Wei Feng Chong), and a respelling when its words
 * were otherwise reordered (Tristan John Prendergast / John Tristan): the reader is told another
 * family name. A shorter designation whose only differing words are another form of one word
 * (Philippines Congress / Philippine National Congress, Justice Anthony M. Kennedy / Justices
 * Anthony Kennedy) is the name in short, not a respelling.
 */
export function judgeSpelling(a: string, b: string, options: SpellingOptions = {}): SpellingJudgement {
  const wa = wordsOf(a)
  const wb = wordsOf(b)
  if (wa.length === 0 || wb.length === 0 || wa.length > 8 || wb.length > 8) return { kind: 'different' }
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  // Two names of Vietnamese syllables only: Vietnamese names, where a changed letter is another name.
  const native = wa.every((w) => w.syllable) && wb.every((w) => w.syllable)
  const marks = options.marks === true && short.length >= 2
  const shorter = short.length < long.length
  // Maya / Mayan, Democrat / Democratic: one word and its derivation are another word, never a
  // respelling, but the same name in another form: a report that writes one names what the other does.
  if (wa.length === 1 && wb.length === 1 && !native && derivation(wa[0]!.bare, wb[0]!.bare)) return { kind: 'same', reason: 'word-form' }
  let best: SpellingJudgement = { kind: 'different' }
  let bestScore = -1
  const consider = (at: readonly number[], reordered: boolean): void => {
    const placed = place(short, long, at, native, marks)
    if (!placed) return
    const nameOrder = reordered && familyNameMoved(at, long.length)
    const moved = reordered && !nameOrder
    if (placed.differing === 0 || (shorter && !moved && placed.derived === placed.differing)) {
      if (moved) {
        // Tristan John Prendergast / John Tristan: the same words in an order that names another family name.
        considerRespelling(0.8, ['words reordered'], 0, placed.equal, short.map((w) => w.bare), at.map((p) => long[p]!.bare))
        return
      }
      if (bestScore < 1) {
        const reason = nameOrder ? 'name-order' : placed.differing > 0 ? 'word-form' : shorter ? 'short-form' : undefined
        best = reason ? { kind: 'same', reason } : { kind: 'same' }
        bestScore = 1
      }
      return
    }
    // A word left out inside the kept run (a middle name) costs a little: a run written whole is likelier.
    const gaps = reordered ? 0 : at[at.length - 1]! - at[0]! + 1 - at.length
    const evidence = moved ? [...placed.evidence, 'words reordered'] : [...placed.evidence]
    considerRespelling(placed.weakest - 0.05 * (placed.differing - 1) - 0.01 * gaps - (moved ? 0.05 : 0), evidence, placed.differing, placed.equal, placed.fromShort, placed.fromLong)
  }
  const considerRespelling = (score: number, evidence: readonly string[], differing: number, equal: number, fromShort: readonly string[], fromLong: readonly string[]): void => {
    if (!(score > bestScore && bestScore < 1)) return
    bestScore = score
    const [ofA, ofB] = short === wa ? [fromShort, fromLong] : [fromLong, fromShort]
    // Reordered words are told by their order; respelt ones sorted, so one respelling in longer and shorter names is one change.
    const join = (words: readonly string[]): string => (differing === 0 ? words.join(' ') : [...words].sort().join(' '))
    best = { kind: 'respelling', score, evidence, shortForm: shorter, sharedWords: equal, changes: `${join(ofA)}\u0000${join(ofB)}` }
  }
  for (const at of placements(short.length, long.length)) consider(at, false)
  // Out of order only when in order nothing fits, and never for Vietnamese names (Đức Anh and Anh Đức are two people).
  if (best.kind === 'different' && !native && short.length >= 2 && long.length <= REORDER_MAX_WORDS) {
    for (const at of reorderings(short.length, long.length)) consider(at, true)
  }
  return best
}

/** One word the English plural of the other (Final / Finals, Game / Games). */
function plural(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  // a word ending in s takes -es, so Kros / Kross is a doubled letter, not a plural
  return (long === `${short}s` && !short.endsWith('s')) || long === `${short}es`
}

/**
 * One name the other in short, word for word once British and American spellings
 * are folded (the Organization / World Health Organisation), or with an English
 * plural on its last word (World Tour Final / Finals): the same entity, never a respelling.
 */
export function sameNameInShort(a: string, b: string): boolean {
  const wa = wordsOf(a).map((w) => transatlantic(w.bare))
  const wb = wordsOf(b).map((w) => transatlantic(w.bare))
  if (wa.length === 0 || wb.length === 0) return false
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  if (short.length === long.length && short.join(' ') === long.join(' ')) return false
  for (let i = 0; i + short.length <= long.length; i++) {
    const last = short.length - 1
    const same = short.every((w, k) => w === long[i + k] || (k === last && k > 0 && plural(w, long[i + k]!)))
    if (same) return true
  }
  return false
}
