/**
 * Initials of a name the extractor cut into pieces at a joiner (issue 11, item 5: fragments are
 * never `missing`). "People's Republic of China" is read as People and Republic of China,
 * "Oklahoma Gas and Electric" as Oklahoma Gas and Electric: neither piece is a fact of its own,
 * and when the other report writes the whole name's initials (PRC, OGE) none is missing. The
 * other way round, an abbreviation opening a name (OGE Energy Corp) is the other report's name
 * joined by its words (Oklahoma Gas and Electric).
 *
 * A joined name is a run of capitalised words held together by a possessive ('s), by of, and,
 * &, for (Centers for Disease Control) and the after of. A sentence's first "The" opens no name;
 * punctuation and a word in capitals (a cue, an abbreviation) end the run.
 *
 * Vietnamese writes an institution's name with its first syllable capitalised only (Mặt trận Tổ
 * quốc Việt Nam, Ngân hàng Nhà nước) and abbreviates it by every syllable (MTTQVN, NHNN): there the
 * run also takes the lower-case syllables after a capitalised one.
 */
import { runEndFrom, runStartFrom } from '../../../normalize/space-runs'
import { stripDiacritics } from '../../../normalize/fold'
import { ASTRAL_HALF, CAPITAL_LETTER, HYPHEN, OTHER_LETTER, SMALL_LETTER, letterClassAt } from '../missing/run-chars'

const JOINERS = new Set(['of', 'and', '&', 'for', 'the'])
// The words a token may carry around it that keep it in the run (an opening or closing quote ends it).
const LEADING = new Set(['(', '"', '“', '‘', "'"])
// Marks a token may end with that keep it in the run, read backwards (a regex anchored at the end backtracks on long runs of them).
const TRAILING = new Set([',', '.', ';', ':', '!', '?', ')', '"', '”', '’', "'"])
// A possessive ('s, ’s) ends a token without ending the run.
const CAPITALISED = /^\p{Lu}\p{Ll}[\p{L}\p{M}-]*$|^\p{Lu}$/u
const LOWER_SYLLABLE = /^\p{Ll}[\p{L}\p{M}]*$/u
const MIN_INITIALS = 3
const MAX_INITIALS = 6
// Lower-case syllables in a row inside a Vietnamese body's name (Mặt trận, nhân dân): more is a clause.
const MAX_SYLLABLES = 2

interface RunWord {
  readonly start: number
  readonly end: number
  readonly initial: string
  /** A joiner, or a lower-case syllable of a Vietnamese institution's name. */
  readonly kind: 'cap' | 'joiner' | 'syllable'
}

function syllablesAtEnd(run: readonly RunWord[]): number {
  let n = 0
  while (n < run.length && run[run.length - 1 - n]!.kind === 'syllable') n++
  return n
}

/**
 * Whether the token at `i` may open a run: a capital or an opening mark (see LEADING and
 * CAPITALISED). Any other token (most words, digits, a lower-case syllable) neither opens a run nor
 * closes one, and is passed over unread. A code unit of an astral character is always read.
 */
function mayOpenRun(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || c === 0x28 || c === 0x22 || c === 0x27
  if (c === 0x201c || c === 0x2018) return true
  const k = letterClassAt(text, i)
  return k === CAPITAL_LETTER || k === ASTRAL_HALF
}

/**
 * CAPITALISED (a capital alone, or a capital, a small letter and letters, marks or hyphens) or,
 * with `syllable`, LOWER_SYLLABLE (a small letter, then letters or marks) on [start, end) of the
 * text, read by letterClassAt without a slice or a regex call unless an astral character is there.
 */
function shaped(text: string, start: number, end: number, syllable: boolean): boolean {
  if (start >= end) return false
  const first = letterClassAt(text, start)
  if (first !== (syllable ? SMALL_LETTER : CAPITAL_LETTER)) {
    if (first !== ASTRAL_HALF) return false
    return (syllable ? LOWER_SYLLABLE : CAPITALISED).test(text.slice(start, end))
  }
  for (let i = start + 1; i < end; i++) {
    const k = letterClassAt(text, i)
    if (k === ASTRAL_HALF) return (syllable ? LOWER_SYLLABLE : CAPITALISED).test(text.slice(start, end))
    if (!syllable && i === start + 1 ? k !== SMALL_LETTER : k > (syllable ? OTHER_LETTER : HYPHEN)) {
      // Past the word's shape; an astral character further on does not make it fit.
      return false
    }
  }
  return true
}

// A capitalised word's or syllable's initial without its marks, by its first code unit (Đ for đ, A for ấ).
const INITIALS = new Map<number, string>()
function initialOf(text: string, i: number): string {
  const c = text.charCodeAt(i)
  let initial = INITIALS.get(c)
  if (initial === undefined) INITIALS.set(c, (initial = stripDiacritics(text[i]!).toUpperCase()))
  return initial
}

/** The joined runs of a stretch of text, each as its words (joiners kept), in order. Linear in the stretch. */
function joinedRuns(text: string, from: number, to: number, vietnamese: boolean): RunWord[][] {
  const runs: RunWord[][] = []
  let run: RunWord[] = []
  const close = (): void => {
    // Trailing joiners or syllables belong to no name.
    while (run.length > 0 && run[run.length - 1]!.kind !== 'cap') run.pop()
    if (run.length > 0 && run[0]!.initial === 'T' && /^the$/iu.test(text.slice(run[0]!.start, run[0]!.end))) run.shift()
    let caps = 0
    for (const w of run) if (w.kind === 'cap') caps++
    if (caps >= 2) runs.push(run)
    run = []
  }
  // The text's tokens (runs of non-space, as /\S+/gu reads them) opening in [from, to).
  const n = text.length
  for (let at = from, stop = from; at < to; at = stop) {
    at = runStartFrom(text, at, n)
    if (at >= to) break
    stop = runEndFrom(text, at, n)
    // Outside a run, a token that cannot open one is passed over without reading it further.
    if (run.length === 0 && !mayOpenRun(text, at)) continue
    // [start, end): the token without its opening marks (LEADING), its trailing marks and a possessive.
    let start = at
    while (start < stop && LEADING.has(text[start]!)) start++
    let end = stop
    while (end > start && TRAILING.has(text[end - 1]!)) end--
    const trailed = end < stop
    if (start > at) close()
    if (stop - start >= 2 && text[stop - 1] === 's' && (text[stop - 2] === "'" || text[stop - 2] === '’')) end = stop - 2
    if (shaped(text, start, end, false)) run.push({ start, end, initial: initialOf(text, start), kind: 'cap' })
    else if (run.length > 0 && end - start <= 3 && JOINERS.has(text.slice(start, end))) run.push({ start, end, initial: '', kind: 'joiner' })
    else if (vietnamese && run.length > 0 && run[run.length - 1]!.kind !== 'joiner' && shaped(text, start, end, true) && syllablesAtEnd(run) < MAX_SYLLABLES)
      run.push({ start, end, initial: initialOf(text, start), kind: 'syllable' })
    else close()
    // A possessive holds the next word when the run goes on (it is no trailing mark); punctuation ends the run.
    if (trailed) close()
  }
  close()
  return runs
}

/**
 * The initials of each stretch of a run that opens and ends on a capitalised word and holds
 * [start, end) (all stretches when start = end = -1), the name itself left out: Ủy ban Trung
 * ương Mặt trận Tổ quốc Việt Nam is abbreviated as a whole or by its last body (MTTQVN).
 */
function stretches(run: readonly RunWord[], start: number, end: number, out: string[]): void {
  for (let i = 0; i < run.length; i++) {
    if (run[i]!.kind !== 'cap') continue
    if (start >= 0 && run[i]!.start > start) break
    // The initials of run[i..j], grown a word at a time.
    let initials = run[i]!.initial
    for (let j = i + 1; j < run.length; j++) {
      initials += run[j]!.initial
      if (run[j]!.kind !== 'cap' || (start >= 0 && run[j]!.end < end)) continue
      if (run[i]!.start === start && run[j]!.end === end) continue
      if (initials.length > MAX_INITIALS) break
      if (initials.length >= MIN_INITIALS) out.push(initials)
    }
  }
}

/** Does the text hold Vietnamese letters (marks a Latin-script word in ASCII never has)? */
const vietnameseText = (s: string): boolean => /[\u0102\u0103\u00c2\u00e2\u0110\u0111\u00ca\u00ea\u00d4\u00f4\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u.test(s)

/**
 * The initials of the joined names a name is a piece of (PRC for People of People's Republic of
 * China), longer than the name itself: none when the name stands alone. `from`/`to`: its sentence.
 */
export function enclosingInitials(text: string, start: number, end: number, from: number, to: number): string[] {
  return initialsEnclosing(sentenceRuns(text, from, to), start, end)
}

/** The joined runs of one sentence [from, to) of a text: read once and asked for each of its names (see `enclosingInitials`). */
export const sentenceRuns = (text: string, from: number, to: number): readonly (readonly RunWord[])[] => joinedRuns(text, from, to, vietnameseText(text.slice(from, to)))

/** `enclosingInitials` over the runs of the name's sentence, read before (`sentenceRuns`). */
export function initialsEnclosing(runs: readonly (readonly RunWord[])[], start: number, end: number): string[] {
  const out: string[] = []
  for (const run of runs) {
    if (run[0]!.start > start || run[run.length - 1]!.end < end) continue
    stretches(run, start, end, out)
  }
  return out
}

/** Every joined name's initials a text writes out (OGE for Oklahoma Gas and Electric): what an abbreviation in another report may stand for. */
export function joinedInitials(doc: { readonly original: string }): ReadonlySet<string> {
  const text = doc.original
  const out: string[] = []
  for (const run of joinedRuns(text, 0, text.length, vietnameseText(text))) stretches(run, -1, -1, out)
  return new Set(out)
}
