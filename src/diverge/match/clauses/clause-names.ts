/**
 * Which capitalised words of a sentence name a place or body of its own, for the clause rules
 * of slot-qualifiers.ts: two figures whose clauses each name something the other sentence never
 * mentions fill different slots. A page leaves capitals that name nothing: a photo caption or
 * credit glued into the sentence, the first word of a sentence run into it, a weekday.
 */
import { type Token, keys } from '../../extract/fact-tokens'
import { STOP } from '../../extract/numbers/number-words'
import { stripDiacritics } from '../../../normalize/fold'
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS, VI_WEEKDAY_NUMBERS } from '../../../normalize/month-names'

const CALENDAR = keys([...ENGLISH_MONTHS.keys(), ...ENGLISH_WEEKDAYS].join(' '))
// Capitalised, yet naming nothing: the cue of a photo credit, and "Thứ" of a weekday (Thứ Hai).
const NOT_NAMES = keys('ảnh photo thứ')
// The numeral of a Vietnamese weekday, after "thứ": Thứ Hai … Thứ Bảy.
const WEEKDAY_NUMERALS = keys(VI_WEEKDAY_NUMBERS.join(' '))

/**
 * A capitalised word that names a place or body in its own right: not an abbreviation or
 * acronym ("U.S.", "UBND", "NATO", "P&G", which another report spells out or calls "American"),
 * not a month or weekday (the dates of a clause are compared as moments), not a function word.
 */
export function ownName(t: Token, previous: Token | undefined): boolean {
  if (t.raw.includes('.') || /^\p{Lu}{2,5}$/u.test(t.raw) || CALENDAR.has(t.key) || NOT_NAMES.has(t.key)) return false
  // One letter is an initial, never a name of its own: a firm's initials glued by "&" (P&G, J&J, AT&T:
  // the tokens P, &, G), which another report spells out (Procter & Gamble)
  if (/^\p{Lu}$/u.test(t.raw)) return false
  // A caption glued to the sentence it stands before ("… - Ảnh: N.T.Phúc Theo một số người dân")
  // leaves that sentence's capitalised first word inside: a function word is no place or body.
  if (STOP.has(t.key)) return false
  return !(previous?.key === 'thứ' && WEEKDAY_NUMERALS.has(t.key))
}

const CAPTION_CUES = keys('ảnh photo pictured')

/**
 * Token positions of a photo caption or credit the page left inside a sentence: a parenthesis
 * opened by "(Trong ảnh: …" or "(Photo: …", or the run of capitalised words after "Ảnh:" /
 * "Photo:" (the credit). "(Trong ảnh: Máy bay FA-50 của Indonesia) Được biết, … 18 tỷ peso": the
 * picture's subject is not what the sentence's figure is about.
 */
export function captionTokens(tokens: readonly Token[]): ReadonlySet<number> {
  const out = new Set<number>()
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word' || !CAPTION_CUES.has(tokens[k]!.key) || tokens[k + 1]!.raw !== ':') continue
    let open = false
    for (let b = k - 1; b >= Math.max(0, k - 3) && !open; b--) open = tokens[b]!.raw === '('
    for (let j = k + 2; j < tokens.length; j++) {
      const t = tokens[j]!
      if (open ? t.raw === ')' : t.kind !== 'word' || !/^\p{Lu}/u.test(t.raw)) break
      out.add(j)
    }
  }
  return out
}

/** The shorter of two clipped forms of one name word is at most this long (Miz, Mass, Cal)… */
const CLIPPED_MAX = 4
/** …and the longer at least this long: a word, never one Vietnamese syllable (Lê Ngô is not Lê Nguyên). */
const CLIPPED_FROM = 7
/** Abbreviations are two to five letters. */
const INITIALS_MAX = 5
/** Mentions of one name read per sentence: a giant sentence repeating a name costs no more. */
const MENTIONS_READ = 8

const bareLetters = (w: string): string => stripDiacritics(w).replace(/[^\p{L}]/gu, '')
const initialsOf = (word: string): string =>
  word
    .split('-')
    .map((part) => bareLetters(part)[0] ?? '')
    .join('')

/** What one sentence offers the short-form test, read once per sentence (its words array). */
interface ShortFormIndex {
  readonly positions: ReadonlyMap<string, readonly number[]>
  /** The capitalised words after each word: the other half of a clipped pair. */
  readonly after: ReadonlyMap<string, readonly string[]>
  /** Capitalised words of two to five letters, as bare letters: abbreviations. */
  readonly abbreviations: ReadonlySet<string>
  /** Initials of each run of capitalised words from each of its words on, up to five letters. */
  readonly runInitials: ReadonlySet<string>
  /** Initials of the whole run of capitalised words each position stands in. */
  readonly runOf: readonly string[]
  /** Initials of the run across joiners (of, and, for, &) each position stands in, from each of its words on, when it crosses one; else none. */
  readonly joinedOf: ReadonlyArray<readonly string[]>
}

// Words that hold a body's name together between its capitalised words.
const RUN_JOINERS = new Set(['of', 'and', '&', 'for'])

const indexes = new WeakMap<readonly string[], ShortFormIndex>()

function indexOf(words: readonly string[], capitals: ReadonlySet<string>): ShortFormIndex {
  let index = indexes.get(words)
  if (index) return index
  const positions = new Map<string, number[]>()
  const after = new Map<string, string[]>()
  const abbreviations = new Set<string>()
  const runInitials = new Set<string>()
  const runOf: string[] = new Array<string>(words.length).fill('')
  words.forEach((w, i) => {
    const list = positions.get(w)
    if (!list) positions.set(w, [i])
    else list.push(i)
    if (!capitals.has(w)) return
    if (i > 0) {
      const next = after.get(words[i - 1]!)
      if (!next) after.set(words[i - 1]!, [w])
      else next.push(w)
    }
    const letters = bareLetters(w)
    if (letters.length >= 2 && letters.length <= INITIALS_MAX) abbreviations.add(letters)
  })
  for (let i = 0; i < words.length; ) {
    if (!capitals.has(words[i]!)) {
      i++
      continue
    }
    let end = i
    while (end + 1 < words.length && capitals.has(words[end + 1]!)) end++
    const whole = words.slice(i, end + 1).map(initialsOf).join('')
    for (let k = i; k <= end; k++) {
      runOf[k] = whole
      let spelt = ''
      for (let m = k; m <= end && spelt.length < INITIALS_MAX; m++) {
        spelt += initialsOf(words[m]!)
        // A lone word's own letters are no initials of it (HP is not the run "HP").
        if (spelt.length >= 2 && (m > k || words[m]!.includes('-'))) runInitials.add(spelt)
      }
    }
    i = end + 1
  }
  // Oklahoma Gas and Electric (OGE), Centers for Disease Control (CDC): a run held together by a
  // joiner between capitalised words, its initials without the joiner's (joined-initials.ts reads
  // the same runs in a report's text).
  const joinedOf: Array<readonly string[]> = new Array<readonly string[]>(words.length).fill([])
  for (let i = 0; i < words.length; ) {
    if (!capitals.has(words[i]!)) {
      i++
      continue
    }
    const members = [i]
    let end = i
    for (;;) {
      if (end + 1 < words.length && capitals.has(words[end + 1]!)) end++
      else if (end + 2 < words.length && RUN_JOINERS.has(words[end + 1]!) && capitals.has(words[end + 2]!)) end += 2
      else break
      members.push(end)
    }
    if (end - i + 1 > members.length) {
      // From each of its words to its end: a capitalised word before the name ("Some" opening the
      // sentence, a number between left out of the words) is no part of it.
      const tails: string[] = []
      for (let n = 0; n < members.length; n++) {
        const spelt = members.slice(n).map((m) => initialsOf(words[m]!)).join('')
        if (members.length - n >= 2 && spelt.length <= INITIALS_MAX) {
          runInitials.add(spelt)
          tails.push(spelt)
        }
      }
      for (const m of members) joinedOf[m] = tails
    }
    i = end + 1
  }
  indexes.set(words, (index = { positions, after, abbreviations, runInitials, runOf, joinedOf }))
  return index
}

/**
 * Does the other sentence write name word `name` (of `words`, folded) in another form, so that
 * the two clauses name one entity?
 * - clipped after the same word: *Les Miz* / *Les Misérables*, *Mass* / *Massachusetts* (the same
 *   word before; one of three or four letters that, but for its last letter, begins the other, a
 *   word of seven or more: *South Cape* is not *South Carolina*);
 * - as the initials of its parts, or of the run of capitalised words it stands in: *HP* / *H-P*
 *   / *Hewlett-Packard*, *IBM* / *International Business Machines*.
 * Only for the clause rule: a short form carries its entity's slot, it is never a respelling to flag.
 * Each sentence is indexed once, so a giant sentence costs its length, not its length squared.
 */
export function shortFormIn(name: string, words: readonly string[], capitals: ReadonlySet<string>, otherWords: readonly string[], otherCapitals: ReadonlySet<string>): boolean {
  const own = indexOf(words, capitals)
  const other = indexOf(otherWords, otherCapitals)
  const bare = bareLetters(name)
  // This word is the abbreviation of a run of the other sentence.
  if (bare.length >= 2 && bare.length <= INITIALS_MAX && other.runInitials.has(bare)) return true
  const at = own.positions.get(name) ?? []
  for (let n = 0; n < Math.min(at.length, MENTIONS_READ); n++) {
    const i = at[n]!
    // Clipped after the same word.
    const previous = words[i - 1]
    for (const w of previous === undefined ? [] : (other.after.get(previous) ?? []).slice(0, MENTIONS_READ)) {
      if (w === name) continue
      const letters = bareLetters(w)
      const [short, long] = bare.length <= letters.length ? [bare, letters] : [letters, bare]
      if (short.length >= 3 && short.length <= CLIPPED_MAX && long.length >= CLIPPED_FROM && long.startsWith(short.slice(0, -1))) return true
    }
    // The initials of the name's parts, or of its run of capitalised words, written by the other sentence.
    for (const initials of [initialsOf(name), own.runOf[i]!, ...own.joinedOf[i]!]) if (initials.length >= 2 && initials !== bare && other.abbreviations.has(initials)) return true
  }
  return false
}
