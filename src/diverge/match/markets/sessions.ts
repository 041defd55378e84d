/**
 * When in a session a sentence's figures were taken. Two reports of one market day quote a
 * price at the close and in afternoon trading, or a bond on two days; their figures differ
 * because the moments do, and their sentences share every word but the figures. Two kinds
 * of evidence tell those moments apart:
 * - the part of the day or session each sentence names ("in afternoon trading", "closed",
 *   "premarket", "phiên chiều", "đóng cửa"), when both name one and none is shared (the naming
 *   is session-parts.ts's);
 * - the move each sentence reports (a change to a level, or a level "from" an earlier one):
 *   two moves of one measure that differ in where they started, where they ended and by how
 *   much are two sessions. One misreported figure changes one or two of the three, never all:
 *   "rose 94 cents to $18.09" / "rose $1.09 to $18.24" start from one close ($17.15), while
 *   "rose 31 cents to $28.39" / "fell 38 cents to $27.45" start from two.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys, tokenize } from '../../extract/fact-tokens'
import { DOWN, UP } from '../../extract/numbers/move-verbs'
import { sameFact } from '../slots/slots'
import { oppositeMoves, phraseParts } from './session-phrases'
import { partsOf, sameMoment } from './session-parts'
import { quotesCurrency } from './currency-quotes'
import { periodOf } from './move-periods'
import { halfUnit, measureOf } from './move-measures'
import { type Move, direction, directionsOf, last, movesOf, signAt } from './session-moves'

export interface Session {
  readonly parts: ReadonlySet<string>
  readonly moves: readonly Move[]
  /** The sign of each change the sentence reports, by figure. */
  readonly directions: ReadonlyMap<Fact, 1 | -1>
  /** Spans of time the sentence measures over ("in the past six weeks", "over the past 15 months"). */
  readonly spans: readonly NumberFact[]
  /** Changes stated as an apposition of one ("gained 11.22 points, or 1.13 percent"): quotes too, though their verb is the other's. */
  readonly appositions: ReadonlySet<Fact>
  /** The sentence quotes a currency, which has no close (see currency-quotes.ts). */
  readonly currency: boolean
  /** The period or start each move's words name ("week", "from close"; '' for none: move-periods.ts). */
  readonly periods: ReadonlyMap<Move, string>
}

/** Two ends are levels stated as such: only their own last digits may round ($4.81 / $4.83 are two levels, whatever the starts). */
const endSlack = (m: Move, n: Move): number => halfUnit(m.figures.end as NumberFact) + halfUnit(n.figures.end as NumberFact)

/** The figure is the level a move started from ("to 4.19 percent from 4.22 percent"): the previous reading, not this one. */
export function isStart(session: Session, f: Fact): boolean {
  return session.moves.some((m) => m.figures.start === f)
}

function near(x: number, y: number, slack: number): boolean {
  return Math.abs(x - y) <= slack + 1e-9
}

/**
 * Two moves of one measure that share neither start, end nor size. A stated start and end that
 * both differ are two readings already: one misreported figure cannot change both.
 */
function twoSessions(a: Move, b: Move): boolean {
  const slack = a.slack + b.slack
  if (a.measure !== b.measure || near(a.start, b.start, slack)) return false
  // One percent to two levels ("giảm 0,7% xuống 141.000" / "xuống 171.000"): one level misreported, not two sessions
  if (a.percent && b.percent && near(a.percent.value, b.percent.value, a.percent.slack + b.percent.slack)) return false
  if (near(a.end, b.end, endSlack(a, b))) return farApartChanges(a, b)
  return a.stated || b.stated || !near(a.change, b.change, slack)
}

/** One change less than this share of the other is no misreading of it. */
const CHANGE_SHARE = 0.5

/**
 * "added 0.35 of a point … to 1,662" / "rose 17.48 points … to 1,661.51": one level reached
 * after moves of very different size is the level of two sessions (a flat day after a rise),
 * not one move misreported; close changes (13.70 / 13.73 to 1,700.34) stay one session.
 */
function farApartChanges(a: Move, b: Move): boolean {
  const [x, y] = [Math.abs(a.change), Math.abs(b.change)].sort((p, q) => p - q) as [number, number]
  return x < CHANGE_SHARE * y && !near(x, y, a.slack + b.slack)
}
export class SentenceSessions {
  private readonly cache = new Map<number, Session>()
  constructor(
    private readonly doc: PreparedDocument,
    private readonly facts: DocumentFacts | undefined,
  ) {}

  get(i: number): Session {
    let session = this.cache.get(i)
    if (!session) {
      const s = this.doc.sentences[i]!
      const facts = (this.facts?.factsBySentence.get(i) ?? []).map((l) => l.fact)
      const text = this.doc.nfc.text.slice(s.nfcStart, s.nfcEnd)
      const parts = new Set([...partsOf(text), ...phraseParts(text)])
      // "at 0520 GMT" / "at 1000 GMT", "Around 0335 GMT" / "closing": a clock time names a moment too
      for (const f of facts) if (f.type === 'date' && f.minutes !== undefined && f.day === undefined) parts.add(`${Math.floor(f.minutes / 60)}:${f.minutes % 60}`)
      const spans = facts.filter((f): f is NumberFact => f.type === 'number' && f.kind === 'duration')
      const numbers = facts.filter((f): f is NumberFact => f.type === 'number')
      const appositions = new Set<Fact>(numbers.filter((f, k) => direction(f) === undefined && signAt(numbers, k) !== undefined))
      const tokens = tokenize(text)
      const moves = movesOf(facts)
      const periods = new Map(moves.map((m) => [m, periodOf(m, tokens)]))
      session = { parts, moves, directions: directionsOf(facts), spans, appositions, currency: quotesCurrency(tokens), periods }
      this.cache.set(i, session)
    }
    return session
  }
}

/** The role a figure plays in one of the sentence's moves, and that move. */
export function roleIn(session: Session, f: Fact): { move: Move; role: 'start' | 'change' | 'end' } | undefined {
  for (const move of session.moves) {
    if (move.figures.start === f) return { move, role: 'start' }
    if (move.figures.change === f) return { move, role: 'change' }
    if (move.figures.end === f) return { move, role: 'end' }
  }
  return undefined
}

/**
 * Two figures in the same role of moves that started from one level ("rose 94 cents to $18.09" /
 * "rose $1.09 to $18.24", both from $17.15): one session, one slot, whatever else the sentences say.
 */
export function sameStart(a: Session, b: Session, x: Fact, y: Fact): boolean {
  const rx = roleIn(a, x)
  const ry = roleIn(b, y)
  if (!rx || !ry || rx.role !== ry.role || rx.role === 'start' || rx.move.measure !== ry.move.measure) return false
  return near(rx.move.start, ry.move.start, rx.move.slack + ry.move.slack)
}

/**
 * Why two sentences report two moments of a session, or undefined: each names a part of the
 * day and they share none, or a move of one measure on each side differs in start, end and size
 * while no move of that measure agrees in any of them.
 */
export function differentSessions(a: Session, b: Session, x?: Fact, y?: Fact): string | undefined {
  // "added 1.92 points … at 1,647.94" / "dipped 0.08 of a point to 1,646": both from 1,646.0x, no
  // reading named on either side, and the quote hovering at that level. One previous level and no
  // moment is the market-quote rule's one slot, whichever side of it each report read the quote on.
  const oneMove = x !== undefined && y !== undefined && noReadingNamed(a, b) && sameStart(a, b, x, y) && hovering(a, b, x, y)
  // "CAC-40 rose 0.6 percent" / "CAC-40 fell 1.6 percent": a market that went up and one that went down are two moments
  const dx = x && a.directions.get(x)
  const dy = y && b.directions.get(y)
  if (!oneMove && dx !== undefined && dy !== undefined && dx !== dy) return 'changes in opposite directions: two moments'
  const [rx, ry] = [x && roleIn(a, x), y && roleIn(b, y)]
  // A close beside an unnamed reading from one start is the gold's one quote misreported, whichever way it moved
  const close = a.parts.has('close') || b.parts.has('close')
  if (!oneMove && rx && ry && !close && rx.role === ry.role && rx.move.measure === ry.move.measure && oppositeMoves(rx.move, ry.move)) return 'moves in opposite directions: two moments'
  // "up 33 percent over the past 15 months" / "up 9 percent in the past six weeks"
  const spansA = a.spans.filter((f) => f !== x)
  const spansB = b.spans.filter((f) => f !== y)
  if (spansA.length > 0 && spansB.length > 0 && !spansA.some((f) => spansB.some((g) => sameFact(f, g)))) return 'measured over different spans of time'
  if (a.parts.size > 0 && b.parts.size > 0 && !sharedPart(a, b)) {
    return `quoted at different moments (${[...a.parts].join(', ')} / ${[...b.parts].join(', ')})`
  }
  // "GM, which rose 57 cents to $37.70" / "AT&T, which rose 77 cents to $21.27": the figures' own moves
  // started from two levels, whatever other moves of the two lists agree on
  const ownX = x && roleIn(a, x)
  const ownY = y && roleIn(b, y)
  if (ownX && ownY && twoSessions(ownX.move, ownY.move)) return 'moves from different starting levels: two sessions'
  // "fell 1.3 percent to A$12.43 and … dropped 1.9 percent to A$4.75": one entity's moves that agree tie the list to one session
  if (sharedMove(a, b)) return undefined
  for (const m of a.moves) {
    const rivals = b.moves.filter((n) => n.measure === m.measure)
    if (rivals.length > 0 && rivals.every((n) => twoSessions(m, n))) return 'moves from different starting levels: two sessions'
  }
  return undefined
}

/**
 * A move within this share of its starting level leaves the quote hovering at it: a flat market
 * reads up at one moment and down at the next, so the sign of such a move says nothing of the
 * moment. The gold's one-slot index pairs move 0.005-0.17 %; Oracle's fell 27 cents (2 %) and
 * rose 15 cents (1.1 %) from one close, which the gold judges two moments.
 */
const HOVER_SHARE = 0.005

function hovering(a: Session, b: Session, x: Fact, y: Fact): boolean {
  const moves = [roleIn(a, x)?.move, roleIn(b, y)?.move]
  return moves.every((m) => m !== undefined && m.start !== 0 && Math.abs(m.change) <= HOVER_SHARE * Math.abs(m.start))
}

/** Verbs before "at" that make the figure after it a level a quote stood at ("the euro was at $1.1566", "stood at"). */
const STOOD = keys('was were is stood traded trading quoted last')

/**
 * A figure of a quote that moves during the day: a change, a level a move reached or started
 * from, or a level a quote stood at ("was at 1.3172 francs"). Its value depends on the moment it
 * was read, which independent reports seldom share.
 */
export function isQuote(session: Session, f: Fact): boolean {
  if (f.type !== 'number' || !measureOf(f)) return false
  if (session.directions.has(f) || session.appositions.has(f) || roleIn(session, f)) return true
  const before = f.before
  const verb = before[before.length - 2]
  return last(before) === 'at' && verb !== undefined && (STOOD.has(verb) || UP.has(verb) || DOWN.has(verb))
}

/**
 * Two sentences that tie their quotes to one moment: both name a part of the day they share
 * ("in afternoon trading"), neither names a reading of the day (the close alone names none), or,
 * when both name readings, a move of one measure on each side starts from one level.
 * Two unnamed readings are taken as one: independent reports of a day's market quote its
 * figures without a moment, and the gold judges them one slot unless something sets them apart
 * (another starting level, opposite moves, another span: see `differentSessions`).
 */
export function oneMoment(a: Session, b: Session): boolean {
  if (sharedPart(a, b)) return true
  // A reading named on one side only ("in morning trading", "as of 9:33 a.m.") is set apart
  // from an unnamed one even when both start from one close: the unnamed quote is most often
  // a later reading of the same session; one placed only after the day's extreme names no moment.
  if (namesReading(a) !== namesReading(b)) return afterExtremeOnly(a, b) && oneStart(a, b)
  return (!namesReading(a) && !a.currency && !b.currency) || sharedMove(a, b)
}

/**
 * "rose $6.21 … to $20.90 after hitting $21.36 earlier" / "rose $6.31 … to $21": a reading
 * placed only after the day's extreme names no moment of its own (the close comes after the high
 * too), so against a sentence that names none it is set apart only as readings are, by its move.
 */
const afterExtremeOnly = (a: Session, b: Session): boolean =>
  [a, b].some((s) => [...s.parts].every((p) => p === 'after an extreme' || p === 'close') && s.parts.has('after an extreme')) &&
  [a, b].some((s) => !namesReading(s))

/** A move of one measure on each side from one starting level, by changes of about one size: one reading misreported. */
function oneStart(a: Session, b: Session): boolean {
  return a.moves.some((m) => b.moves.some((n) => m.measure === n.measure && near(m.start, n.start, m.slack + n.slack) && !farApartChanges(m, n)))
}

/**
 * A part of the day the two sentences share. A modified part is within its bare word ("early
 * morning" / "morning": one moment) unless a move of one measure on each side differs in size:
 * "down 34 cents" in morning / "down 13 cents" in late morning are two readings of one session.
 */
const sharedPart = (a: Session, b: Session): boolean =>
  [...a.parts].some((p) => b.parts.has(p)) || ([...a.parts].some((p) => [...b.parts].some((q) => sameMoment(p, q))) && !changesDiffer(a, b))

function changesDiffer(a: Session, b: Session): boolean {
  return a.moves.some((m) => b.moves.some((n) => m.measure === n.measure && !near(m.change, n.change, m.slack + n.slack)))
}
const namesReading = (session: Session): boolean => [...session.parts].some((part) => part !== 'close')

/** Neither sentence names a reading of the day (the close names none): what the market-quote rule calls one moment. */
export const noReadingNamed = (a: Session, b: Session): boolean => !namesReading(a) && !namesReading(b)

function sharedMove(a: Session, b: Session): boolean {
  // One start, or one level reached by changes of about one size ("rose 13.70 … to 1700.34" / "gained 13.73 points … to 1,700.34")
  // or one percent change to two levels ("giảm 0,7% xuống 141.000" / "xuống 171.000": one level misreported)
  const sameChange = (m: Move, n: Move): boolean =>
    m.percent !== undefined && n.percent !== undefined && near(m.percent.value, n.percent.value, m.percent.slack + n.percent.slack)
  return a.moves.some((m) =>
    b.moves.some((n) => m.measure === n.measure && (near(m.start, n.start, m.slack + n.slack) || sameChange(m, n) || (near(m.end, n.end, endSlack(m, n)) && !farApartChanges(m, n)))),
  )
}
