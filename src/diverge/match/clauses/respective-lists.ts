/**
 * Lists read "respectively": *Sales rose 5% and 7% in Hanoi and Da Nang respectively*,
 * *Hà Nội và Đà Nẵng lần lượt tăng 5% và 7%*, *… tăng tương ứng 5% và 7%*, *A, B và C lần
 * lượt đạt 10, 12 và 15 điểm*. Each value belongs to one member of the list of names it
 * follows or precedes, by position, not to every name of the sentence: the member is the
 * value's entity when it is paired with a figure of the other report (slot-qualifiers.ts).
 *
 * A value list is two or more numerals joined only by commas and "and" / "và" / "&" / "lẫn",
 * each with at most a few unit words; a member list is two or more runs of name words joined
 * the same way. The member list nearest the value list binds it only when both count the same
 * items; any other count (or no marker, or no member list) binds nothing, as before.
 * One linear pass over the sentence's tokens.
 */
import type { Token } from '../../extract/fact-tokens'
import { markerAt, separatorEnd } from '../../extract/numbers/respective-units'
import { nameSkeleton } from '../../../normalize/romanisation'
import { sayingAt } from '../../../normalize/saying-verbs'
import { keys } from '../../../normalize/word-lists'
import { bareIn, directionDropped } from './qualified-names'

/** The member a value is bound to, and the other members of its list (folded name words). */
export interface RespectiveMember {
  readonly member: readonly string[]
  readonly others: ReadonlyArray<readonly string[]>
}

/** Unit words that may follow a value inside a list ("5 %", "249 USD", "10 triệu đồng"): at most this many. */
const MAX_UNIT_TOKENS = 3
/** Symbols that may lead a value ("$5"). */
const LEADS = new Set(['$', '€', '£', '¥', 'US$'])
/** Marks that end a stretch of a list: a value list does not run across them. */
const HARD_BREAKS = new Set([';', ':', '(', ')', '.', '?', '!', '"', '“', '”', '–', '—'])

/** Value lists: runs of num tokens joined by separators with at most a few unit tokens between (token indexes). */
function valueLists(tokens: readonly Token[], isName: (t: Token, at: number) => boolean): number[][] {
  const lists: number[][] = []
  let current: number[] = []
  let k = 0
  while (k < tokens.length) {
    if (tokens[k]!.kind !== 'num') {
      k++
      continue
    }
    current.push(k)
    // the value's units, then a separator, then (after an optional lead symbol) the next value
    let j = k + 1
    let units = 0
    while (j < tokens.length && units < MAX_UNIT_TOKENS && tokens[j]!.kind !== 'num' && separatorEnd(tokens, j) < 0 && !HARD_BREAKS.has(tokens[j]!.raw) && !isName(tokens[j]!, j)) {
      j++
      units++
    }
    const after = separatorEnd(tokens, j)
    let next = after
    if (next >= 0 && LEADS.has(tokens[next]?.raw ?? '')) next++
    if (next >= 0 && tokens[next]?.kind === 'num') {
      k = next
      continue
    }
    if (current.length >= 2) lists.push(current)
    current = []
    k = j > k ? j : k + 1
  }
  return lists
}

interface Run {
  readonly from: number
  readonly to: number // exclusive
  readonly words: readonly string[]
}

/** Member lists: runs of name words joined by separators (each run's folded words). */
function memberLists(tokens: readonly Token[], isNameWord: (t: Token, at: number) => boolean): Run[][] {
  // The sentence's capitalised first word opens a member list too ("Hanoi and Da Nang rose …"):
  // a list needs a second run after a separator, which a capitalised opener alone never makes.
  const isName = (t: Token, at: number): boolean => isNameWord(t, at) || (at === 0 && t.kind === 'word' && /^\p{Lu}/u.test(t.raw))
  const lists: Run[][] = []
  let current: Run[] = []
  let k = 0
  while (k < tokens.length) {
    if (!isName(tokens[k]!, k)) {
      k++
      continue
    }
    const from = k
    const words: string[] = []
    // a name run: name words, with unspaced dots or hyphens inside ("TP.HCM", "Ba Ria-Vung Tau")
    while (k < tokens.length) {
      const t = tokens[k]!
      if (isName(t, k)) words.push(t.key.replace(/['’]s?$/u, ''))
      else if (!((t.raw === '.' || t.raw === '-') && !t.spaced && tokens[k + 1] !== undefined && !tokens[k + 1]!.spaced && isName(tokens[k + 1]!, k + 1))) break
      k++
    }
    current.push({ from, to: k, words })
    const next = separatorEnd(tokens, k)
    if (next >= 0 && tokens[next] !== undefined && isName(tokens[next]!, next)) {
      k = next
      continue
    }
    if (current.length >= 2) lists.push(current)
    current = []
  }
  return lists
}

/** Verbs of saying (normalize/saying-verbs.ts) and these other tenses and verbs of reporting: the names right before one are who speaks, not the members a list binds. */
const REPORTING = keys('tell tells reports announce noted estimated wrote')

/**
 * Whether a member list is the subject of a verb of saying right after it ("Nguyen and Tran said", "BIDV cho biết").
 * Not when the verb's object is the value list itself ("Sudan and South Sudan reported 300 and 200
 * deaths, respectively"): the members report their own figures.
 */
function speakers(tokens: readonly Token[], list: readonly Run[], firstValue: number): boolean {
  const at = list[list.length - 1]!.to
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  const end = at + (sayingAt(key, at) || (REPORTING.has(key(at)) ? 1 : 0))
  if (end === at) return false
  const lead = LEADS.has(tokens[end]?.raw ?? '') ? 1 : 0
  return firstValue !== end + lead
}

/**
 * For each value of a respectively-list in the sentence, the member it is bound to, keyed by
 * the value's token index. Empty when the sentence has no marker, or no list pair that counts alike.
 */
export function respectiveBindings(tokens: readonly Token[], isName: (t: Token, at: number) => boolean): ReadonlyMap<number, RespectiveMember> {
  const out = new Map<number, RespectiveMember>()
  const marker = markerAt(tokens)
  if (marker < 0) return out
  const values = valueLists(tokens, isName)
  if (values.length === 0) return out
  const members = memberLists(tokens, isName)
  if (members.length === 0) return out
  for (const list of values) {
    // the marker reads this list only when no other value stands between them
    const [first, last] = [list[0]!, list[list.length - 1]!]
    const between = marker < first ? [marker, first] : [last, marker]
    let other = false
    for (let k = between[0]! + 1; k < between[1]!; k++) if (tokens[k]!.kind === 'num') other = true
    if (other) continue
    // the nearest member list on either side, counted in tokens; the speakers of a verb of saying
    // ("Nguyen and Tran said …") are no members, and two lists as near bind nothing
    let best: Run[] | undefined
    let distance = Infinity
    let tied = false
    for (const m of members) {
      if (speakers(tokens, m, first)) continue
      const d = m[0]!.from > last ? m[0]!.from - last : first - m[m.length - 1]!.to
      if (d < 0) continue
      if (d === distance) tied = true
      else if (d < distance) [best, distance, tied] = [m, d, false]
    }
    if (best === undefined || tied || best.length !== list.length) continue
    list.forEach((at, i) => {
      const others = best!.flatMap((r, j) => (j === i ? [] : [r.words]))
      out.set(at, { member: best![i]!.words, others })
    })
  }
  return out
}

/** The words around a figure that say whose it is: its clause's and the sentence's up to it. */
export interface FigureWords {
  readonly before: readonly string[]
  readonly after: readonly string[]
  readonly lead: readonly string[]
}

/** The words naming an unbound figure's member: the sentence up to it and its own clause ("lagging Danang" after a comma is not the figure's member). */
function figureWords(c: FigureWords): ReadonlySet<string> {
  return new Set([...c.lead, ...c.before, ...c.after])
}

/**
 * Why two figures are of different members, when either is bound by a respectively-list:
 * both bound to members sharing no word, or one bound to a member the other figure's words
 * (figureWords) never name while they name another member of the list. Undefined otherwise:
 * a member named only elsewhere in the sentence ("Sales in the capital rose 5%, lagging Danang")
 * says nothing of whose the figure is, so it neither sets the figure apart nor pairs it.
 */
export function respectiveApart(
  x: RespectiveMember | undefined,
  y: RespectiveMember | undefined,
  clauseX: FigureWords,
  clauseY: FigureWords,
): string | undefined {
  if (x === undefined && y === undefined) return undefined
  const why = (a: readonly string[], b: readonly string[]): string => `figures of different members of a list read respectively (${a.join(' ')} / ${b.join(' ')})`
  if (x !== undefined && y !== undefined) {
    if (sameMember(x.member, y.member)) return undefined
    // a member the other list never writes ("Britain" / "the UK"): its binding decides nothing
    const known = (m: RespectiveMember, list: RespectiveMember): boolean => sameMember(m.member, list.member) || list.others.some((o) => sameMember(m.member, o))
    return known(x, y) && known(y, x) ? why(x.member, y.member) : undefined
  }
  const [bound, clause] = x !== undefined ? [x, clauseY] : [y!, clauseX]
  const names = namer(clause)
  if (names(bound.member)) return undefined
  const named = bound.others.find(names)
  return named === undefined ? undefined : why(bound.member, named)
}

/**
 * Whether a run of name words is named by an unbound figure's words (figureWords), however written
 * (loose key), and not only inside a name a direction qualifies ("Sudan" in "South Sudan").
 */
function namer(clause: FigureWords): (run: readonly string[]) => boolean {
  const sentence = figureWords(clause)
  const loose = looseRuns(clause)
  const ordered = [...clause.lead, ...clause.after]
  return (run) => (run.every((w) => sentence.has(w)) && bareIn(run[0]!, ordered)) || loose.has(looseKey(run))
}

/**
 * Whether two figures are one member's by a list read "respectively": both bound to one member, or
 * one bound and the other figure's words name that member (however written: "Da Nang" / "Danang").
 */
export function respectiveOneMember(x: RespectiveMember | undefined, y: RespectiveMember | undefined, clauseX: FigureWords, clauseY: FigureWords): boolean {
  if (x === undefined && y === undefined) return false
  if (x !== undefined && y !== undefined) return sameMember(x.member, y.member)
  const [bound, clause] = x !== undefined ? [x, clauseY] : [y!, clauseX]
  return namer(clause)(bound.member)
}

/**
 * The member two figures share by a list read "respectively" when the other sentence writes it only
 * another way ("Da Nang" / "Danang"): the words the overlap of the two sentences then misses, which
 * the exact spelling would have given it as shared context. Undefined when no list binds one
 * member, or the other sentence writes the member's words as they are.
 */
export function respelledMember(x: RespectiveMember | undefined, y: RespectiveMember | undefined, clauseX: FigureWords & { sentence: ReadonlySet<string> }, clauseY: FigureWords & { sentence: ReadonlySet<string> }): readonly string[] | undefined {
  if (!respectiveOneMember(x, y, clauseX, clauseY)) return undefined
  const [bound, other] = x !== undefined ? [x, clauseY] : [y!, clauseX]
  return bound.member.every((w) => other.sentence.has(w)) ? undefined : bound.member
}

/** A member's loose key: its words run together, diacritics, spaces and hyphens folded ("Da Nang" = "Danang" = "Đà Nẵng"). */
const looseKey = (run: readonly string[]): string => nameSkeleton(run.join(''))

/** Whether two figures are bound to one member, however written: one slot, whatever their values. */
export function respectiveSame(x: RespectiveMember | undefined, y: RespectiveMember | undefined): boolean {
  return x !== undefined && y !== undefined && sameMember(x.member, y.member)
}

/**
 * One member written two ways: "Hà Nội" / "Nội" (one written shorter), "Da Nang" / "Danang" (one
 * loose key); never a name and the same name a direction qualifies ("Sudan" / "South Sudan").
 */
function sameMember(a: readonly string[], b: readonly string[]): boolean {
  if (directionDropped(a, b) || directionDropped(b, a)) return false
  const within = (p: readonly string[], q: readonly string[]): boolean => p.every((w) => q.includes(w))
  return within(a, b) || within(b, a) || looseKey(a) === looseKey(b)
}

/** The loose keys of every run of one to three words around an unbound figure (lead, then its clause). */
function looseRuns(c: FigureWords): ReadonlySet<string> {
  const out = new Set<string>()
  for (const words of [c.lead, c.before, c.after]) {
    for (let i = 0; i < words.length; i++) for (let n = 1; n <= 3 && i + n <= words.length; n++) out.add(looseKey(words.slice(i, i + n)))
  }
  return out
}
