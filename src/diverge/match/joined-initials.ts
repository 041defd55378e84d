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
import { stripDiacritics } from '../../normalize/fold'

const JOINERS = new Set(['of', 'and', '&', 'for', 'the'])
// The words a token may carry around it that keep it in the run (an opening or closing quote ends it).
const LEADING = /^[("“‘']+/u
// Marks a token may end with that keep it in the run, read backwards (a regex anchored at the end backtracks on long runs of them).
const TRAILING = new Set([',', '.', ';', ':', '!', '?', ')', '"', '”', '’', "'"])
const trailingMarks = (s: string): string => {
  let i = s.length
  while (i > 0 && TRAILING.has(s[i - 1]!)) i--
  return s.slice(i)
}
const POSSESSIVE = /['’]s$/u
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

/** Whether a token whose first UTF-16 unit is `c` may open a run (see LEADING and CAPITALISED): non-ASCII is always read. */
const mayOpenRun = (c: number): boolean =>
  c >= 0x80 || (c >= 0x41 && c <= 0x5a) || c === 0x28 || c === 0x22 || c === 0x27

/** The joined runs of a stretch of text, each as its words (joiners kept), in order. Linear in the stretch. */
function joinedRuns(text: string, from: number, to: number, vietnamese: boolean): RunWord[][] {
  const runs: RunWord[][] = []
  let run: RunWord[] = []
  const close = (): void => {
    // Trailing joiners or syllables belong to no name.
    while (run.length > 0 && run[run.length - 1]!.kind !== 'cap') run.pop()
    if (run.length > 0 && run[0]!.initial === 'T' && /^the$/iu.test(text.slice(run[0]!.start, run[0]!.end))) run.shift()
    if (run.filter((w) => w.kind === 'cap').length >= 2) runs.push(run)
    run = []
  }
  const token = /\S+/gu
  token.lastIndex = from
  for (let m = token.exec(text); m !== null && m.index < to; m = token.exec(text)) {
    // Outside a run, a token opening with an ASCII character that is no capital and no opening mark
    // (most words, digits) neither opens nor closes one: passed over without reading it further.
    if (run.length === 0 && !mayOpenRun(text.charCodeAt(m.index))) continue
    const raw = m[0]
    const lead = LEADING.exec(raw)?.[0].length ?? 0
    const trail = trailingMarks(raw.slice(lead))
    let core = raw.slice(lead, raw.length - trail.length)
    if (lead > 0) close()
    const start = m.index + lead
    if (POSSESSIVE.test(raw.slice(lead))) core = raw.slice(lead).replace(POSSESSIVE, '')
    const end = start + core.length
    if (CAPITALISED.test(core)) run.push({ start, end, initial: stripDiacritics(core[0]!).toUpperCase(), kind: 'cap' })
    else if (run.length > 0 && JOINERS.has(core.toLowerCase()) && core === core.toLowerCase()) run.push({ start, end, initial: '', kind: 'joiner' })
    else if (vietnamese && run.length > 0 && run[run.length - 1]!.kind !== 'joiner' && LOWER_SYLLABLE.test(core) && syllablesAtEnd(run) < MAX_SYLLABLES)
      run.push({ start, end, initial: stripDiacritics(core[0]!).toUpperCase(), kind: 'syllable' })
    else close()
    // A possessive holds the next word when the run goes on (it is no trailing mark); punctuation ends the run.
    if (trail !== '') close()
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
  const caps = run.map((w, k) => (w.kind === 'cap' ? k : -1)).filter((k) => k >= 0)
  for (const i of caps) {
    if (start >= 0 && run[i]!.start > start) break
    for (const j of caps) {
      if (j <= i || (start >= 0 && run[j]!.end < end)) continue
      if (run[i]!.start === start && run[j]!.end === end) continue
      const initials = run.slice(i, j + 1).map((w) => w.initial).join('')
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
