/**
 * The office a figure's clause names beside it, and its rank: "trở thành Phó Thị trưởng năm 2009
 * rồi Thị trưởng vào năm 2010", "was deputy mayor in 2009 and mayor from January 2010". A date or
 * a figure told of a deputy's or an acting holder's office is not the date or figure of the full
 * office, however alike the sentences: "Phó Thị trưởng năm 2009" states nothing about when he
 * became mayor, and "vice president's salary" is not the president's.
 *
 * Only a rank word standing right before the office (phó, quyền, vice, deputy, acting, interim)
 * sets a rank; *former* / *cựu* / *nguyên* tell what the person is at the time of writing, not
 * which office the date belongs to ("nguyên Thị trưởng … từ tháng Giêng năm 2010" is the start of
 * the mayoralty), so they are left to the clause qualifiers (slot-qualifiers.ts). Two offices of
 * different names (mayor / party secretary) say nothing here either: another rule's concern.
 */
import { Attached } from '../../../document/attached'
import { foldWord } from '../../../normalize/fold'
import type { Fact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'
import { sameFact } from './slots'

/** How many words before a figure the office may stand and still be the figure's. */
const WINDOW = 8

/** Offices, each a phrase of folded words; the longest phrase is tried first. */
export const OFFICES: ReadonlyArray<readonly string[]> = [
  'thị trưởng', 'chủ tịch', 'thủ tướng', 'tổng thống', 'bộ trưởng', 'giám đốc', 'tổng giám đốc', 'bí thư', 'chủ nhiệm',
  'thống đốc', 'đại sứ', 'tổng thư ký', 'hiệu trưởng', 'tư lệnh', 'chánh án', 'tỉnh trưởng', 'trưởng ban', 'trưởng phòng',
  'mayor', 'president', 'prime minister', 'premier', 'minister', 'secretary', 'director', 'governor', 'chairman', 'chairwoman',
  'chancellor', 'ambassador', 'commander', 'chief executive', 'speaker', 'principal',
]
  .map((p) => p.split(' ').map((w) => foldWord(w)))
  .sort((p, q) => q.length - p.length)

/** Words of rank before an office, by the rank they set. */
const RANKS = new Map<string, string>(
  [
    ['phó', 'deputy'], ['vice', 'deputy'], ['deputy', 'deputy'], ['assistant', 'deputy'],
    ['quyền', 'acting'], ['acting', 'acting'], ['interim', 'acting'],
  ].map(([w, r]) => [foldWord(w!), r!]),
)

export interface Office {
  /** The office's folded words ("thi truong" folded as foldWord folds). */
  readonly office: string
  /** 'deputy', 'acting', or 'full' when no rank word stands before it. */
  readonly rank: string
  /** The words read, for the evidence ("phó thị trưởng"). */
  readonly text: string
}

/** The office nearest before the figure, within `WINDOW` words of its sentence, with its rank; undefined when none. */
export function officeOf(clause: Clause): Office | undefined {
  // A clause is read once per fact and asked of by every pair the fact is a candidate in: its office is kept with it.
  let known = officeByClause.get(clause)
  if (known === undefined) officeByClause.set(clause, (known = readOffice(clause) ?? null))
  return known ?? undefined
}
// Attached, as the other per-fact caches: a module-level WeakMap keeps young values alive (attached.ts).
const officeByClause = new Attached<Clause, Office | null>('officeByClause')

/** OFFICES by their last word, each list in OFFICES' order: a position is tried only against the phrases that may end there. */
const OFFICES_BY_LAST = new Map<string, (readonly string[])[]>()
for (const phrase of OFFICES) {
  const last = phrase[phrase.length - 1]!
  OFFICES_BY_LAST.set(last, [...(OFFICES_BY_LAST.get(last) ?? []), phrase])
}

/** Do the words from `start` on read `phrase`? (A loop, not `every` with a closure: asked of every clause's last words, its closures were ~7% of a 1 MB comparison's allocations, issue 16.) */
function readsAt(words: readonly string[], start: number, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (words[start + i] !== phrase[i]) return false
  return true
}

function readOffice(clause: Clause): Office | undefined {
  const words = clause.lead
  const from = Math.max(0, words.length - WINDOW)
  for (let end = words.length; end > from; end--) {
    for (const phrase of OFFICES_BY_LAST.get(words[end - 1]!) ?? []) {
      const start = end - phrase.length
      if (start < from || !readsAt(words, start, phrase)) continue
      // A hyphenated "vice-president" is read as its parts; a rank word may also follow "phó" ("phó tổng giám đốc").
      const rank = start > 0 ? RANKS.get(words[start - 1]!) : undefined
      const text = (rank ? [words[start - 1]!] : []).concat(phrase).join(' ')
      return { office: phrase.join(' '), rank: rank ?? 'full', text }
    }
  }
  return undefined
}

/** Two figures told of one office at different ranks ("phó thị trưởng" / "thị trưởng"): the words read, else undefined. */
export function differentOffices(x: Clause, y: Clause): string | undefined {
  const ox = officeOf(x)
  if (!ox) return undefined
  const oy = officeOf(y)
  if (!oy || ox.office !== oy.office || ox.rank === oy.rank) return undefined
  return `${ox.text} / ${oy.text}`
}

/**
 * A date the other report states only beside another rank of the office its own clause names
 * ("thị trưởng … từ năm 2009" / "Phó Thị trưởng năm 2009"): that report does not state it in its
 * slot, so it stays free to meet the other report's date of the full office. `others`: the other
 * report's facts; `apart`: whether one of them is told of another rank of this fact's office.
 */
export function statedOnlyForOtherRank<F extends { readonly fact: Fact }>(own: F, others: readonly F[], apart: (other: F) => string | undefined): boolean {
  if (own.fact.type !== 'date') return false
  let found = false
  for (const other of others) {
    if (other.fact.type !== 'date' || !sameFact(own.fact, other.fact)) continue
    if (apart(other) === undefined) return false
    found = true
  }
  return found
}
