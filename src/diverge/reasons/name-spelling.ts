/**
 * Is one name a respelling of another, word by word, whatever sentences they
 * stand in? The judgement behind pairing names across two whole reports.
 *
 * Every word of the shorter name must meet a word of the longer: in order (a
 * short form may leave words out: Sundwall / Sean Sundwell), or with the family
 * name moved from one end to the other. Each pair of words is judged on its
 * letters by word-spelling.ts (a doubled letter, ph for f, one edit or swap; a
 * Vietnamese syllable whose letters differ is another name); a derivation or a
 * plural (Maya / Mayan, Final / Finals) is another form of the word, not a
 * respelling (name-forms.ts). Differences of form only (O'Connor / OConnor,
 * WiFi / Wi-Fi, O'Neill's / ONeills) are not respellings but format.
 */
import type { FormatJudgement } from './name-format'
import { derivation, plural } from './name-forms'
import { wordsOf, type NameWord } from './name-words'
import { compareWords } from './word-spelling'
import { givenNameRespelt } from './name-given'
import { vowelTransliterated } from './name-vowels'
import { ARABIC_ROMANISED, withoutArticle } from './name-arabic'

// Judgements of one name in another form, asked by the same callers (defined in name-forms.ts).
export { derivedName, derivedWord, sameNameInShort } from './name-forms'

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
  /** Both names are known to be a person's: a given name two letters apart before one family name is one person (name-given.ts). */
  readonly person?: boolean
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
function place(short: readonly NameWord[], long: readonly NameWord[], at: readonly number[], native: boolean, marks: boolean, person: boolean): Placement | undefined {
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
    const givenName = person && !native && k === short.length - 2 && at[k] === long.length - 2 && at[k + 1] === long.length - 1
    const match = compareWords(x, y, native, marks) ?? (givenName ? givenNameRespelt(x, y, short[k + 1]!, long[at[k + 1]!]!) : undefined)
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
  // Gadaffi / Moamer Kadhafi: a word romanised another way keeps its every consonant, as a kept start does.
  const romanised = evidence.size === 1 && evidence.has(ARABIC_ROMANISED)
  if (short.length < long.length && equal === 0 && weakest < 0.85 && !sameStarts && !romanised) return undefined
  return { equal, differing, derived, weakest, evidence, fromShort, fromLong }
}

// One vowel more, less or other in a word of a long name whose other words agree (name-vowels.ts).
const VOWELS_TRANSLITERATED = 0.85
// Osama bin Laden: the words that agree, the family name among them, must outnumber a lone differing one.
const MIN_AGREEING_WORDS = 2

/** A name of one length on both sides, its last word and at least two others agreeing, each other word one vowel apart. */
function transliteratedVowels(placed: Placement, short: readonly NameWord[], long: readonly NameWord[]): boolean {
  if (short.length !== long.length || placed.equal < MIN_AGREEING_WORDS || placed.differing === 0) return false
  if (short[short.length - 1]!.lower !== long[long.length - 1]!.lower) return false
  if (short.some((w) => w.vietnamese) || long.some((w) => w.vietnamese)) return false
  return placed.fromShort.every((w, k) => vowelTransliterated(w, placed.fromLong[k]!))
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
  const judged = judgeWords(a, b, options)
  if (judged.kind !== 'different') return judged
  // al-Foua / Fua: the Arabic article is no word of the name; one side without it is judged on the rest alone.
  const bareA = withoutArticle(a)
  const bareB = withoutArticle(b)
  if ((bareA === undefined) === (bareB === undefined)) return judged
  const rest = judgeWords(bareA ?? a, bareB ?? b, options)
  return rest.kind === 'respelling' ? rest : judged
}

function judgeWords(a: string, b: string, options: SpellingOptions): SpellingJudgement {
  const wa = wordsOf(a)
  const wb = wordsOf(b)
  if (wa.length === 0 || wb.length === 0 || wa.length > 8 || wb.length > 8) return { kind: 'different' }
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa]
  // Two names of Vietnamese syllables only: Vietnamese names, where a changed letter is another name.
  const native = wa.every((w) => w.syllable) && wb.every((w) => w.syllable)
  const marks = options.marks === true && short.length >= 2
  const person = options.person === true
  const shorter = short.length < long.length
  // Maya / Mayan, Democrat / Democratic: one word and its derivation are another word, never a
  // respelling, but the same name in another form: a report that writes one names what the other does.
  if (wa.length === 1 && wb.length === 1 && !native && derivation(wa[0]!.bare, wb[0]!.bare)) return { kind: 'same', reason: 'word-form' }
  let best: SpellingJudgement = { kind: 'different' }
  let bestScore = -1
  const consider = (at: readonly number[], reordered: boolean): void => {
    const placed = place(short, long, at, native, marks, person)
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
    let score = placed.weakest - 0.05 * (placed.differing - 1) - 0.01 * gaps - (moved ? 0.05 : 0)
    // Abd-Rabbu / Abed Rabbo Mansour Hadi: words of one name each a vowel apart, scored as one transliteration, not two slips.
    if (!reordered && !native && transliteratedVowels(placed, short, long)) {
      score = Math.max(score, Math.round((VOWELS_TRANSLITERATED - 0.05 * (placed.differing - 1)) * 100) / 100)
      evidence.push('vowels transliterated')
    }
    considerRespelling(score, evidence, placed.differing, placed.equal, placed.fromShort, placed.fromLong)
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
