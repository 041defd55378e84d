/**
 * English weekdays of one event: "the shares closed on Monday at $3.01" / "Loral, which closed at
 * $3.01 Friday"; "was published Tuesday in Circulation" / "were published Monday in Circulation".
 *
 * A weekday is no date fact (it names no calendar day), and most pairs of weekdays in two reports
 * are two events: the day a statement was made against the day of what it tells ("a military
 * statement said Tuesday" / "Also Monday, one soldier died"), two updates of one story, a second
 * batting practice after the first. So a pair of different weekdays is a contradiction only when
 * both are the day of the same action: the nearest verb before each weekday (or, for a sentence
 * opening on its weekday, the first after it) is one word, not a verb of saying; the sentences are
 * related (linked, or sharing much of their rare words); both weekdays stand in the same relation
 * (on / by / until …); and neither sentence marks another occurrence (another, again, second, also)
 * or a place in another direction (northern / southern). The same action with one of those
 * doubts is a candidate, never a contradiction.
 *
 * One case needs no verb: two copies of one sentence that differ in nothing but one weekday
 * ("Then, on Friday, CEOs … will front the committee" / "Then, on Thursday, CEOs …"). Both
 * reports tell the same thing, so the two days are one day told two ways: a contradiction, in
 * English, Vietnamese (thứ Sáu, thứ 6, chủ nhật) and the other languages whose weekday names are
 listed (weekdayOfWord, with German and Dutch compounds such as "Sonntagabend"). The copies are
 compared through a fold that drops what only formats them (marks, apostrophes, case, digit
 grouping), so "Tuesday’s" and "Friday's", or "Bogotá" and "Bogota" elsewhere, still compare.
 A sentence reworded a little ("said Thursday that the …" / "said Tuesday the …") is read by
 weekday-rewordings.ts, from the slot each mention fills here (the word beside it, its quotation).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Token } from '../../../document/fact-tokens'
import { factTokens, sentenceText } from '../../../document/words'
import { type Sides, type UnplacedDivergence, contradictionMessage } from '../../describe'
import { type DocumentFacts, spanOf } from '../../extract/collect'
import { statesFacts } from '../../extract/stating-lines'
import { keys } from '../../extract/fact-tokens'
import { EN_WEEKDAYS, VI_WEEKDAY_NUMBERS, unmarked, weekdayOfWord } from '../../extract/dates/day-words'
import { foldWord } from '../../../normalize/fold'
import { weekdayNames } from '../../../normalize/calendar-words'
import { type RewordedMention, rewordedWeekdays } from './weekday-rewordings'
import { DAY_MODIFIERS, SAYING, oneEventVerb, verbOf } from './weekday-verbs'
import { actionBeside, recurringAt, twoEventsDoubt, withPairs } from './weekday-doubts'

const WEEKDAYS = keys(EN_WEEKDAYS.join(' '))
/** Vietnamese weekday numbers after *thứ*: "thứ Sáu" and "thứ 6" are both Friday. */
const VI_DAYS: ReadonlyMap<string, number> = new Map(VI_WEEKDAY_NUMBERS.map((w, k) => [foldWord(w), k + 1]))
/**
 * Words before a lower-case *thứ hai* that make it a weekday, not an ordinal ("lần thứ hai", the
 * second time): times of day, "vào"/"hôm", and the bounds of a span. Not "ngày" ("ngày thứ hai
 * liên tiếp", the second day running), nor a sentence's start ("Thứ hai, …", secondly: review R).
 */
const VI_DAY_HEADS = keys('sáng chiều trưa tối đêm khuya rạng vào hôm từ đến tới sang mỗi hằng')
/**
 * Anchors that date a statement (folded, the last word of an anchor): "said on Tuesday", "cho biết
 * hôm thứ Ba", "thông báo", "nói". Beside another weekday of its sentence, the statement's day is
 * the day each outlet wrote, so a reordered sentence may give it two days ("said on Tuesday that
 * the dam broke on Monday" / "The dam broke on Monday, the ministry said on Wednesday").
 */
const STATEMENT_ANCHORS = new Set([...SAYING, 'biet', 'bao', 'noi'])

/** Words marking another occurrence of an action. */
const OTHER_OCCURRENCE = keys('another other others again second first third previous also separate khác nữa')
const DIRECTIONS = keys('north south east west northern southern eastern western northeast northwest southeast southwest northeastern northwestern southeastern southwestern')
/** Relations that make a weekday a bound, not the action's day: two bounds compare only as the same word. */
const BOUNDS = keys('by until till through since from before after')

/**
 * Words between a weekday and the word it stands beside: "broke up over Siberia on Thursday",
 * "cho biết hôm thứ Năm", "ngày thứ Sáu", "vào thứ hai", "sáng thứ Hai".
 */
const SLOT_LEADS = keys('on early late last next this el le am hôm ngày vào sáng chiều trưa tối đêm khuya rạng pada hari')
/** Words that set a weekday in another week: "last Monday" and "next Thursday" are two days whatever the verb. */
const WEEK_SHIFTS = keys('last next this')
/**
 * Quotation marks by the marks that close them: “…” and „…“ (German), «…» and »…« (both ways
 * round in use), ‘…’ and ‚…‘. A mark that closes the quotation open closes it; otherwise it opens one.
 */
const CLOSERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['“', ['”']],
  ['„', ['“', '”']],
  ['«', ['»']],
  ['»', ['«']],
  ['‘', ['’']],
  ['‚', ['‘', '’']],
])

/** Beyond this many weekdays a side, the pass is skipped (a schedule, not a story). */
const MAX_WEEKDAYS = 32

interface WeekdayMention extends RewordedMention {
  /** Where the weekday stands in its sentence's text (two tokens for "thứ Sáu"). */
  readonly start: number
  readonly end: number
  /** The action the weekday dates, folded; undefined when none is found. */
  readonly verb: string | undefined
  /** The word before the weekday that says how it dates the action ('' for "on" or none). */
  readonly relation: string
  /** Folded words of the whole sentence. */
  readonly words: ReadonlySet<string>
  /** The sentence's token keys with this weekday blanked: two mentions with one frame differ in the weekday alone. */
  readonly frame: string
}

/** The word a weekday at `i` stands beside, past the words that lead to a day and commas; '^' when none. */
function anchorOf(tokens: readonly Token[], i: number, wide = false): string {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!
    if (t.raw === ',' || (t.kind === 'word' && SLOT_LEADS.has(t.key))) continue
    if (t.kind === 'punct') return t.raw
    // "khai mạc" / "bế mạc": two words tell apart the slots one word does not
    const before = tokens[k - 1]
    return wide && before?.kind === 'word' ? `${frameKey(before)} ${frameKey(t)}` : frameKey(t)
  }
  return '^'
}

/** Words joining weekdays into a list or a span: "Monday and Tuesday", "từ thứ Hai đến thứ Sáu". */
const LIST_JOINS = keys('and or to through thru và hoặc hay đến tới - –')

/**
 * The slot each weekday of a sentence fills (by token index): the word it stands beside, or the two
 * words when another weekday of the sentence stands beside the same one ("khai mạc hôm thứ Ba và bế
 * mạc hôm thứ Năm"); '' for a weekday in a list or span ("on Monday and Tuesday"), which has none.
 */
function weekdaySlots(tokens: readonly Token[], at: ReadonlyArray<{ width: number } | undefined>): Map<number, string> {
  const slots = new Map<number, string>()
  let previous = -1
  let previousEnd = -1
  for (let i = 0; i < tokens.length; i++) {
    const found = at[i]
    if (!found) continue
    let k = i - 1
    while (k > previousEnd && (tokens[k]!.raw === ',' || SLOT_LEADS.has(tokens[k]!.key))) k--
    if (previous >= 0 && (k === previousEnd || (k - 1 === previousEnd && LIST_JOINS.has(tokens[k]!.key)))) {
      slots.set(i, '')
      slots.set(previous, '')
    } else slots.set(i, anchorOf(tokens, i))
    previous = i
    previousEnd = i + found.width - 1
  }
  const counts = new Map<string, number>()
  for (const slot of slots.values()) counts.set(slot, (counts.get(slot) ?? 0) + 1)
  for (const [i, slot] of slots) if (slot !== '' && counts.get(slot)! > 1) slots.set(i, anchorOf(tokens, i, true))
  return slots
}

/**
 * Whether token `i` stands inside a quotation: a quotation opened before it and not closed ('"'
 * opens and closes in turn; a stray closing mark, or an apostrophe, opens nothing).
 */
function quotedAt(tokens: readonly Token[], i: number): boolean {
  const open: string[] = []
  let straight = false
  for (let k = 0; k < i; k++) {
    const raw = tokens[k]!.raw
    const last = open[open.length - 1]
    if (last !== undefined && CLOSERS.get(last)!.includes(raw)) open.pop()
    else if (CLOSERS.has(raw)) open.push(raw)
    else if (raw === '"') straight = !straight
  }
  return open.length > 0 || straight
}

/**
 * The week a weekday at `i` is set in, when its words say: "last" / "next" / "this" before it,
 * Vietnamese "tuần trước" / "tuần tới" / "tuần này" after it ('' when none).
 */
function weekOf(tokens: readonly Token[], i: number, width: number): string {
  for (let k = i - 1; k >= 0 && DAY_MODIFIERS.has(tokens[k]!.key); k--) if (WEEK_SHIFTS.has(tokens[k]!.key)) return tokens[k]!.key
  const after = tokens[i + width]
  const which = tokens[i + width + 1]
  return after?.key === 'tuần' && which?.kind === 'word' ? `tuần ${which.key}` : ''
}

function relationOf(tokens: readonly Token[], i: number): string {
  let k = i - 1
  while (k >= 0 && DAY_MODIFIERS.has(tokens[k]!.key)) k--
  const before = tokens[k]
  return before && before.kind === 'word' && BOUNDS.has(before.key) ? before.key : ''
}

/** Spelt out in the text: most documents name no weekday, and are then never tokenized here. */
const WEEKDAY_TEXT = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|(?:mon|diens|mittwo|donners|frei|sams|sonnabe|sonn)(?:tag|ch|nd)|-feira|luned|marted|mercoled|gioved|venerd|sabato|domenica|(?:maan|dins|woens|donder|vrij|zater|zon)dag|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|th[uứ]\s|ch[uủ]\s+nh[aậ]t|niedziel|poniedzia|wtor|[śs]rod|czwart|pi[ąa]t|sobot|ned[ěe]l|pond[ěe]l|[úu]ter[ýy]|st[řr]ed|[čc]tvrt|p[áa]t(?:ek|ku)/iu
const VOWELLED_IN = keys('we ve')
const SLAVIC_WEEKDAYS: ReadonlySet<string> = new Set(weekdayNames(['pl', 'cs']).map(([w]) => unmarked(w)))
/** A token as its sentence's frame compares it: without what only formats it (marks, apostrophes, digit grouping). */
const frameKey = (t: Token): string => (t.kind === 'num' ? t.key.replace(/[.,\s\u00a0\u202f]/gu, '') : unmarked(t.key))

/** The weekday at token `i` and how many tokens it takes: "Tuesday’s", "Sonntagabend", "thứ Sáu", "thứ 6", "chủ nhật". */
function weekdayAt(tokens: readonly Token[], i: number): { day: number; rest: string; width: number } | undefined {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (t.kind === 'word' && t.key === 'chủ' && next?.key === 'nhật') return { day: 0, rest: '', width: 2 }
  if (t.kind === 'word' && t.key === 'thứ' && next) {
    const day = next.kind === 'num' ? (/^[2-7]$/u.test(next.raw) ? Number(next.raw) - 1 : undefined) : VI_DAYS.get(next.key)
    if (day === undefined) return undefined
    // "thứ Sáu", "Chiều thứ 6", "vào thứ hai" are days; "lần thứ hai" (the second time) is an ordinal
    const head = tokens[i - 1]
    const dated = /^\p{Lu}/u.test(next.raw) || (head !== undefined && VI_DAY_HEADS.has(head.key))
    return dated ? { day, rest: '', width: 2 } : undefined
  }
  if (t.kind !== 'word') return undefined
  // Indonesian *minggu* lower-case is "week" (*dua minggu*, *minggu lalu*): the day is written *Minggu*
  if (t.key === 'minggu' && !/^\p{Lu}/u.test(t.raw)) return undefined
  // Polish and Czech write weekdays lower case: capitalised past a sentence's start one is a surname or a town
  // (*strzelił Niedziela*, *Rimavská Sobota*), review rpolish58 bug 5
  if (i > 0 && SLAVIC_WEEKDAYS.has(unmarked(t.key)) && /^\p{Lu}/u.test(t.raw)) return undefined
  const found = weekdayOfWord(t.key)
  return found && { ...found, width: 1 }
}

/**
 * The Vietnamese weekday at token `i` (Sunday = 0), read as `weekdayAt` reads it: "thứ Hai",
 * "sáng thứ hai", "thứ 6", "chủ nhật"; not "lần thứ hai", "ngày thứ hai", a sentence's "Thứ hai,".
 */
export function vietnameseWeekdayAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i]!
  return t.kind === 'word' && (t.key === 'thứ' || t.key === 'chủ') ? weekdayAt(tokens, i)?.day : undefined
}

function mentionsOf(doc: PreparedDocument, facts: DocumentFacts): WeekdayMention[] | undefined {
  const out: WeekdayMention[] = []
  if (!WEEKDAY_TEXT.test(doc.nfc.text)) return out
  for (const s of doc.sentences) {
    if (!statesFacts(s) || !WEEKDAY_TEXT.test(sentenceText(doc, s.index))) continue
    const tokens = factTokens(doc, s.index)
    const found = tokens.map((_, i) => weekdayAt(tokens, i))
    const count = found.filter(Boolean).length
    if (count === 0) continue
    // a schedule, not a story: each frame copies its sentence, so stop before that grows quadratic
    if (out.length + count > MAX_WEEKDAYS) return undefined
    // "Monday, May 19": a weekday inside a date is read with the date.
    const sentenceFacts = (facts.factsBySentence.get(s.index) ?? []).map((l) => l.fact)
    const dates = sentenceFacts.filter((f) => f.type === 'date')
    // with each weekday's English name, so a sentence naming a day in any language is seen to name it
    // the month "May" is no modal (forecasts read "may" lower-case only)
    const wordKeys = tokens.filter((t, k) => t.kind === 'word' && !(t.raw === 'May' && k > 0)).map((t) => t.key)
    const words = withPairs([...wordKeys, ...found.flatMap((f) => (f ? [EN_WEEKDAYS[f.day]!] : []))])
    const keysOf = tokens.map(frameKey)
    // Polish *we wtorek* / *w środę*, Czech *ve středu* / *v pátek*: the preposition takes its vowel from the weekday after it
    found.forEach((at, i) => {
      if (at && i > 0 && VOWELLED_IN.has(keysOf[i - 1]!)) keysOf[i - 1] = keysOf[i - 1]!.slice(0, 1)
    })
    // a figure is compared by its digits alone, its unit's spelling left out: "20 tonnes" and "20 t",
    // "12.000" and "12000" frame alike (a changed figure is the number rules' to tell)
    for (const f of sentenceFacts) {
      if (f.type !== 'number') continue
      tokens.forEach((t, k) => {
        if (t.start >= f.start && t.end <= f.end) keysOf[k] = t.kind === 'num' || t.kind === 'mixed' ? t.raw.replace(/\D+/gu, '') : ''
      })
    }
    // A sentence may date two actions ("khai mạc hôm thứ Ba và bế mạc hôm thứ Năm"): each weekday is
    // its slot's when no other weekday of the sentence fills the same one.
    const inDate = (at: { width: number } | undefined, i: number): boolean =>
      at !== undefined && dates.some((d) => d.start <= tokens[i]!.start && tokens[i + at.width - 1]!.end <= d.end)
    const slots = weekdaySlots(tokens, found.map((at, i) => (inDate(at, i) ? undefined : at)))
    const slotCounts = new Map<string, number>()
    for (const slot of slots.values()) slotCounts.set(slot, (slotCounts.get(slot) ?? 0) + 1)
    const statement = (anchor: string): boolean => slots.size > 1 && STATEMENT_ANCHORS.has(anchor.slice(anchor.lastIndexOf(' ') + 1))
    found.forEach((at, i) => {
      if (!at) return
      const start = tokens[i]!.start
      const end = tokens[i + at.width - 1]!.end
      if (dates.some((d) => d.start <= start && end <= d.end)) return
      const frame = [...keysOf.slice(0, i), `#${at.rest}`, ...keysOf.slice(i + at.width)].filter((k) => k !== '').join('\u0001')
      // the verb reader knows English only: another language's weekday is compared through its frame alone
      // "every Saturday", "mỗi thứ Bảy", "tous les samedis": a recurring day is no one day's
      if (recurringAt(tokens, i, at.width)) return
      // English is read for its verb; elsewhere the word beside the weekday is its action (weekday-doubts.ts)
      const verb = WEEKDAYS.has(tokens[i]!.key.replace(/['’]s$/u, '')) ? verbOf(tokens, i) : actionBeside(tokens, i)
      // the sentence's words but this weekday, for a rewording to be told from another sentence (weekday-rewordings.ts)
      const context = keysOf.filter((k, j) => k !== '' && (j < i || j >= i + at.width) && tokens[j]!.kind !== 'punct')
      // "as early as Monday, May 19": the weekday names its date's day, and the date is the fact
      let next = i + at.width
      while (tokens[next]?.raw === ',') next++
      const dated = next < tokens.length && dates.some((d) => d.start === tokens[next]!.start)
      const anchor = slots.get(i) ?? ''
      const lone = anchor !== '' && slotCounts.get(anchor) === 1 && !dated && !statement(anchor)
      const slot = { anchor, quoted: quotedAt(tokens, i), lone, context, week: weekOf(tokens, i, at.width) }
      out.push({ sentence: s.index, start, end, day: EN_WEEKDAYS[at.day]!, verb, relation: relationOf(tokens, i), words, frame, ...slot })
    })
  }
  return out
}

const hasAny = (words: ReadonlySet<string>, list: ReadonlySet<string>): boolean => [...words].some((w) => list.has(w))
const directionsOf = (words: ReadonlySet<string>): string[] => [...words].filter((w) => DIRECTIONS.has(w))

/** Why two mentions of one action or one slot may be two occurrences of it, if their words say so. */
function occurrenceDoubt(x: WeekdayMention, y: WeekdayMention): string | undefined {
  if (x.week !== y.week) return 'the weekdays are set in different weeks (last / next / this)'
  const twoEvents = twoEventsDoubt(x.words, y.words)
  if (twoEvents) return twoEvents
  if (hasAny(x.words, OTHER_OCCURRENCE) || hasAny(y.words, OTHER_OCCURRENCE)) return 'a sentence marks another occurrence'
  const dx = directionsOf(x.words)
  const dy = directionsOf(y.words)
  if (dx.length > 0 && dy.length > 0 && !dx.some((d) => dy.includes(d))) return 'the sentences place the action in different directions'
  return undefined
}

/** Why the two mentions may be two occurrences of their action, if anything says so. */
function doubtOf(x: WeekdayMention, y: WeekdayMention, related: boolean): string | undefined {
  if (!related) return 'the sentences share too little to be one statement'
  if (SAYING.has(x.verb!)) return `"${x.verb}" dates a statement, not the event`
  if (x.relation !== y.relation) return 'the weekdays bound the action differently'
  if (x.quoted !== y.quoted) return 'one weekday is quoted, the other told'
  return occurrenceDoubt(x, y)
}

/** The figures of a mention's sentence, order aside (a clause moved): two reworded sentences whose figures differ are two updates of a count. */
const figuresOf = (m: WeekdayMention): string =>
  m.context
    .filter((w) => /^\d/u.test(w))
    .sort()
    .join(' ')

/**
 * Why a reworded pair may be two days of two events: another occurrence, another week, or a figure
 * changed with the day ("as of Monday … 40" / "as of Wednesday … 52", two snapshots of a rising count).
 */
function rewordedDoubt(x: WeekdayMention, y: WeekdayMention): string | undefined {
  if (figuresOf(x) !== figuresOf(y)) return 'a figure changed with the day: two updates of one count'
  return occurrenceDoubt(x, y)
}

/** Different weekdays given to one action in related sentences: contradictions, or candidates when in doubt. */
export function weekdayConflicts(
  docA: PreparedDocument,
  docB: PreparedDocument,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  related: (i: number, j: number) => boolean,
  sides: Sides,
): UnplacedDivergence[] {
  // A report's mentions are read once for every pair of a story it is in.
  const mentionsA = once(docA, mentionsOf, factsA)
  const mentionsB = once(docB, mentionsOf, factsB)
  if (!mentionsA || !mentionsB || mentionsA.length === 0 || mentionsB.length === 0) return []
  const out: UnplacedDivergence[] = []
  const usedB = new Set<WeekdayMention>()
  const push = (x: WeekdayMention, y: WeekdayMention, confidence: number, evidence: string[]): void => {
    usedB.add(y)
    const a = spanOf(docA, x.sentence, x.start, x.end)
    const b = spanOf(docB, y.sentence, y.start, y.end)
    out.push({ kind: 'date', severity: 'high', a, b, message: contradictionMessage('date', 'day', a.text, b.text, sides), confidence, evidence })
  }
  const byFrame = new Map<string, WeekdayMention[]>()
  for (const y of mentionsB) byFrame.set(y.frame, [...(byFrame.get(y.frame) ?? []), y])
  const framed = new Set<WeekdayMention>()
  for (const x of mentionsA) {
    // One sentence told twice with only this weekday changed: one day told two ways.
    const copies = byFrame.get(x.frame) ?? []
    if (copies.length === 1 && copies[0]!.day !== x.day && !usedB.has(copies[0]!) && mentionsA.filter((z) => z.frame === x.frame).length === 1) {
      push(x, copies[0]!, 0.6, ['the two sentences differ in this weekday alone'])
      framed.add(x)
    }
  }
  // One event told in reworded sentences, the weekday beside the same word in both: one day told two ways.
  for (const [x, y] of rewordedWeekdays(mentionsA, mentionsB, related)) {
    if (framed.has(x) || usedB.has(y)) continue
    const doubt = rewordedDoubt(x, y)
    const why = 'the two sentences tell one event in nearly the same words, each weekday beside the same word'
    push(x, y, doubt ? 0.3 : 0.6, [why, ...(doubt ? [doubt] : [])])
    framed.add(x)
  }
  for (const x of mentionsA) {
    if (x.verb === undefined || framed.has(x)) continue
    const sameAction = mentionsB.filter((y) => y.verb !== undefined && oneEventVerb(x.verb!, y.verb))
    // Both reports give this action this day somewhere, or the action is dated twice: nothing to compare.
    if (sameAction.some((y) => y.day === x.day)) continue
    const others = sameAction.filter((y) => !usedB.has(y))
    if (others.length !== 1) continue
    const y = others[0]!
    // The other sentence names this day too (for another action): which day is whose is unclear.
    if (y.words.has(x.day) || x.words.has(y.day)) continue
    const doubt = doubtOf(x, y, related(x.sentence, y.sentence))
    const verbs = (x.verb === y.verb ? x.verb! : `${x.verb} / ${y.verb}`).replace(/_/gu, ' ')
    push(x, y, doubt ? 0.3 : 0.6, [`the weekday of one action ("${verbs}") in related sentences`, ...(doubt ? [doubt] : [])])
  }
  return out
}
