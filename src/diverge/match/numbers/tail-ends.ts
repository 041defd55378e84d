/**
 * A count's end read after the figure, in its clause: *98 people died by March* / *120 people
 * died by June*, *98 người chết tính đến tháng 3* / *… tính đến tháng 6*, *150 have died so far*.
 * total-ends.ts reads an end at the clause head (*By March, 98 …*) and after a running span;
 * this reads the same heads (*by*, *as of*, *tính đến*, *cho đến* …) and ways of saying now
 * (*so far*, *to date*, *đến nay*) between the figure and the clause's end. Counts to two
 * different ends are two periods' totals, not a contradiction; the same end (or none on one
 * side) keeps them one slot. The end's words are read with their digits (*tháng 3* / *tháng 6*,
 * *March 31* / *March 15*), past *the end of* / *cuối* to the period they end.
 *
 * An end is compared as the date the date reader (extract/dates/dates.ts) reads in it, not by its raw
 * words: *Sept. 30* / *September 30*, *March 31* / *March 31st*, *30/9* / *30-9* / *30/9/2024*,
 * *tháng Ba* / *tháng 3* are one end. Only a clearly different end sets counts apart: two dates
 * whose stated parts differ, or two undated ends whose period words differ (*Monday* / *Tuesday*);
 * *by early March* / *by March*, *Tuesday night* / *Tuesday evening*, a date against a weekday stay one.
 * Head ends (*By Sept. 30, 98 …*) are read the same way, so head against head is compared here too.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { factTokens, sentenceText } from '../../../document/words'
import { extractDates } from '../../extract/dates/dates'
import type { Token } from '../../extract/fact-tokens'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { DateFact, Fact } from '../../extract/fact'
import { runningSpan } from './running-totals'
import { type Clause, isBreak } from '../clauses/clauses'
import { END_HEADS as HEADS, END_OPENERS as WHEN, END_PART_WORDS, NOW_ENDS as NOW, NOW_HEADS, PERIOD_PARTS, VAGUE_END_WORDS } from '../../extract/dates/day-words'
import { headEnd } from './total-ends'

/** Words read past the figure: a longer clause names its end too far from the figure to be its. */
const TAIL_WORDS = 10

/** Whether the keys from `at` read `p`. */
const reads = (keys: readonly string[], at: number, p: readonly string[]): boolean => p.every((w, i) => keys[at + i] === w)

/** An end: 'now', or a named end's words with the date read in them, if any. */
export interface End {
  readonly words: string
  readonly date?: DateFact
}
const NOW_END: End = { words: 'now' }

/** The end named after the figure in its clause: 'now', the end's words (and date), or undefined. */
function tailEndOf(tokens: readonly Token[], fact: Fact, datesOf: () => readonly DateFact[]): End | undefined {
  let k = 0
  while (k < tokens.length && tokens[k]!.start < fact.end) k++
  // the clause's tokens after the figure, words and numerals, to a break
  const keys: string[] = []
  const at: number[] = []
  let words = 0
  for (; k < tokens.length && words < TAIL_WORDS && !isBreak(tokens, k); k++) {
    const t = tokens[k]!
    if (t.kind === 'punct') continue
    keys.push(t.kind === 'word' ? t.key : t.raw)
    at.push(k)
    if (t.kind === 'word') words++
  }
  for (let h = 0; h < keys.length; h++) {
    if (NOW_HEADS.some((p) => reads(keys, h, p))) return NOW_END
    const head = HEADS.find((p) => reads(keys, h, p))
    if (!head) continue
    const j = h + head.length
    if (NOW.some((p) => reads(keys, j, p) && j + p.length === keys.length)) return NOW_END
    if (!WHEN.has(keys[j] ?? '') || (keys[j] === 'the' && !PERIOD_PARTS.has(keys[j + 1] ?? ''))) continue
    let from = j
    while (from < keys.length - 1 && END_PART_WORDS.has(keys[from]!)) from++
    // the date read from the end's first word to two words past its period word
    const lo = tokens[at[j]!]!.start
    const hi = tokens[at[Math.min(from + 2, at.length - 1)]!]!.end
    const date = datesOf().find((d) => d.start >= lo && d.start < hi)
    const end = keys.slice(from, from + 2).join(' ')
    return date ? { words: end, date } : { words: end }
  }
  return undefined
}

/** Heads' last words ("by", "as of", "tính đến"): a date read right after one at a clause head is that head's end. */
const HEAD_LAST = new Set(HEADS.map((p) => p[p.length - 1]!))

/** The end read at the figure's clause head (total-ends.ts headEnd), with the date read in it: the last date before the figure opened by a head. */
function headEndOf(clause: Clause, fact: Fact, datesOf: () => readonly DateFact[]): End | undefined {
  const words = headEnd(clause)
  if (words === undefined) return undefined
  if (words === 'now') return NOW_END
  let date: DateFact | undefined
  for (const d of datesOf()) if (d.end <= fact.start && d.before?.some((w) => HEAD_LAST.has(w))) date = d
  return date ? { words, date } : { words }
}

/** An undated end's period word: its first word that does not size or place the end within its period (day-words.ts), or undefined. */
const periodWord = (words: string): string | undefined => words.split(' ').find((w) => !VAGUE_END_WORDS.has(w))

/**
 * Two ends are one unless clearly different: now against a named end, two dates whose stated parts
 * (day, month, year) differ, or two undated ends whose period words differ. A date against an undated
 * end (*Sept. 30* / *Monday*), or an end with no period word (*the end of the day*), is not clearly another.
 */
export function sameEnd(a: End, b: End): boolean {
  if ((a.words === 'now') !== (b.words === 'now')) return false
  if (a.words === 'now') return true
  const [x, y] = [a.date, b.date]
  if (x && y) {
    const differ = (p: 'day' | 'month' | 'year'): boolean => x[p] !== undefined && y[p] !== undefined && x[p] !== y[p]
    return !differ('day') && !differ('month') && !differ('year')
  }
  if (x || y) return true
  const [u, v] = [periodWord(a.words), periodWord(b.words)]
  return u === undefined || v === undefined || u === v
}

interface Ends {
  tail(l: Located<Fact>): End | undefined
  head(l: Located<Fact>, clause: Clause): End | undefined
}

/**
 * Each report's tail and head ends, by fact (a story's pairs share them). A sentence's dates are
 * the report's date facts of it (collect.ts read them once); only a report read without its facts
 * (`facts` undefined) reads them here. A sentence's tokens are built once for all its facts asked.
 */
function reportEnds(doc: PreparedDocument, facts: DocumentFacts | undefined): Ends {
  const tails = new Map<Fact, End | undefined>()
  const heads = new Map<Fact, End | undefined>()
  const dates = new Map<number, readonly DateFact[]>()
  const tokens = new Map<number, readonly Token[]>()
  const tokensOf = (i: number): readonly Token[] => {
    let t = tokens.get(i)
    if (t === undefined) tokens.set(i, (t = factTokens(doc, i)))
    return t
  }
  const datesOf = (i: number) => (): readonly DateFact[] => {
    let d = dates.get(i)
    if (d === undefined) dates.set(i, (d = sentenceDates(doc, facts, i, tokensOf)))
    return d
  }
  return {
    tail(l) {
      if (tails.has(l.fact)) return tails.get(l.fact)
      const end = tailEndOf(tokensOf(l.sentence), l.fact, datesOf(l.sentence))
      tails.set(l.fact, end)
      return end
    },
    head(l, clause) {
      if (heads.has(l.fact)) return heads.get(l.fact)
      const end = headEndOf(clause, l.fact, datesOf(l.sentence))
      heads.set(l.fact, end)
      return end
    },
  }
}

/** Sentence `i`'s dates, in order: the report's date facts of it, else read from its text. */
function sentenceDates(doc: PreparedDocument, facts: DocumentFacts | undefined, i: number, tokensOf: (i: number) => readonly Token[]): readonly DateFact[] {
  const located = facts?.factsBySentence.get(i)
  if (located === undefined) return extractDates(sentenceText(doc, i), tokensOf(i))
  const out: DateFact[] = []
  for (const { fact } of located) if (fact.type === 'date') out.push(fact)
  return out
}

/**
 * Two counts to two ends, each read after its figure or at its clause head: why they are two
 * slots, else undefined. Only counts of things ("by 5 percent" sizes a change).
 */
export function createTailEnds(
  docA: PreparedDocument,
  docB: PreparedDocument,
  factsA?: DocumentFacts,
  factsB?: DocumentFacts,
): (x: Located<Fact>, y: Located<Fact>, cx: Clause, cy: Clause, counts: boolean) => string | undefined {
  const endsA = once(docA, reportEnds, factsA)
  const endsB = once(docB, reportEnds, factsB)
  return (x, y, cx, cy, counts) => {
    if (!counts || runningSpan(cx) >= 0 || runningSpan(cy) >= 0) return undefined
    const ex = endsA.tail(x) ?? endsA.head(x, cx)
    if (ex === undefined) return undefined
    const ey = endsB.tail(y) ?? endsB.head(y, cy)
    if (ey === undefined || sameEnd(ex, ey)) return undefined
    return `counts to two ends (${ex.words} / ${ey.words})`
  }
}
