/**
 * The event a date is the day of, read from the event word nearest to it: a tournament's start
 * ("khởi tranh từ 25.10", "diễn ra … vào ngày 23/10", "kicks off on Oct. 25"), its end, a
 * return home ("sẽ về TP.HCM" / "trở về … ngày 17-10"), a phone call.
 *
 * Independent reports date one event in sentences the aligner does not link, and one
 * sentence dates two events ("trở về TP.HCM ngày 17-10 … tổ chức tại Bình Dương từ ngày
 * 25-10"): the word of the event beside each date tells which day is which. Two dates beside
 * words of one event are evidence of one slot; beside words of two different events they are
 * the days of two events, however alike their sentences. A date with no event word near it
 * says nothing either way.
 */
import { foldWord } from '../../../normalize/fold'
import type { Clause } from '../clauses/clauses'

/** How many words on each side of a date an event word may stand and still be its event's. */
const WINDOW = 10

/** Event words by the event they name; a phrase is its words in order. */
const EVENTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'start',
    [
      'khai mạc', 'khai màn', 'khởi tranh', 'khởi động', 'bắt đầu', 'diễn ra', 'tổ chức', 'khởi công',
      'begin', 'begins', 'began', 'kick off', 'kicks off', 'kicked off', 'take place', 'takes place', 'took place', 'get under way', 'gets under way',
    ],
  ],
  ['end', ['kết thúc', 'bế mạc', 'ends', 'ended', 'concludes', 'concluded']],
  // English "returns" alone is as often a noun (tax returns) or another act (returned fire): only a return home counts.
  ['return', ['trở về', 'quay về', 'về nước', 'hồi hương', 'sẽ về', 'đã về', 'return home', 'returns home', 'returned home', 'fly home', 'flies home', 'flew home']],
  ['call', ['gọi điện', 'điện đàm', 'điện thoại', 'phone call', 'telephone call', 'phoned', 'telephoned']],
  // A talk between people who met, and a statement made to the press: "hội đàm ở Bắc Kinh ngày 23/10",
  // "Ngày 22-10, … khẳng định"; a statement's day is not the day of the meeting it tells of.
  ['meeting', ['hội đàm', 'hội kiến', 'cuộc gặp', 'gặp gỡ', 'tiếp kiến', 'họp báo', 'met with', 'held talks', 'summit']],
  ['statement', ['phát biểu', 'tuyên bố', 'khẳng định', 'thông báo', 'công bố', 'said in a statement', 'told reporters', 'announced']],
]

/** Words that make a date the last day of a period ("khởi tranh từ 25.10 đến 3.11", "runs from Oct. 25 to Nov. 3"). */
const PERIOD_END = new Set(['đến', 'tới', 'hết', 'to', 'until', 'till', 'through'].map((w) => foldWord(w)))

/**
 * A flight's or a ship's leaving and arriving: *khởi hành … tối 24/8* / *cất cánh lúc 22h ngày
 * 23/8*. Read by timed-days.ts only: in the shared table they let the leftover pairing claim a
 * flight's two days a time zone may join (the night of 31/12 and the evening of 1/1; review rdates55).
 */
const VOYAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['departure', ['khởi hành', 'cất cánh', 'xuất phát', 'took off', 'takes off', 'departed', 'departs', 'set sail', 'décollé', 'décolle']],
  ['landing', ['hạ cánh', 'cập cảng', 'landed', 'lands', 'touched down', 'atterri', 'atterrit']],
]

type Phrase = { readonly event: string; readonly words: readonly string[] }

// The phrases by their first word, in the table's order: a word opening none is passed over with one lookup.
function byFirstWord(table: ReadonlyArray<readonly [string, readonly string[]]>): ReadonlyMap<string, Phrase[]> {
  const out = new Map<string, Phrase[]>()
  for (const [event, phrases] of table) {
    for (const p of phrases) {
      const phrase = { event, words: p.split(' ').map((w) => foldWord(w)) }
      const list = out.get(phrase.words[0]!)
      if (list) list.push(phrase)
      else out.set(phrase.words[0]!, [phrase])
    }
  }
  return out
}
const PHRASES_BY_FIRST = byFirstWord(EVENTS)
const VOYAGES_BY_FIRST = byFirstWord(VOYAGES)

/** The event of the phrase that starts at `words[k]`, if one does. */
function phraseAt(words: readonly string[], k: number, table: ReadonlyMap<string, Phrase[]>): { event: string; length: number } | undefined {
  const opening = table.get(words[k]!)
  if (!opening) return undefined
  for (const { event, words: phrase } of opening) {
    if (phrase.every((w, i) => words[k + i] === w)) return { event, length: phrase.length }
  }
  return undefined
}

/**
 * The event named nearest to a date, within `WINDOW` words on either side in its sentence (a
 * comma may stand between: "Ngày 16.10, đội sẽ về TP."), and the words that name it; undefined
 * when none is near.
 */
export function dateEvent(clause: Clause): { event: string; text: string } | undefined {
  // A clause is read once per fact and asked of by every pair the fact is a candidate in: its event is kept with it.
  let known = EVENT_OF.get(clause)
  if (known === undefined) EVENT_OF.set(clause, (known = readDateEvent(clause) ?? null))
  return known ?? undefined
}
const EVENT_OF = new WeakMap<Clause, { event: string; text: string } | null>()

/** A flight's leaving or arriving named nearest to a date (`departure`, `landing`), as dateEvent reads events. */
export function voyageEvent(clause: Clause): string | undefined {
  return readDateEvent(clause, VOYAGES_BY_FIRST)?.event
}

function readDateEvent(clause: Clause, table: ReadonlyMap<string, Phrase[]> = PHRASES_BY_FIRST): { event: string; text: string } | undefined {
  // The words before the date end its clause's lead; the words after it are the sentence's from the
  // date on (`wordsBefore` places it among them, however long the sentence).
  const before = clause.lead.slice(-WINDOW - 2)
  const after = clause.words.slice(clause.wordsBefore, clause.wordsBefore + WINDOW + 2)
  const words = [...before, '', ...after]
  const at = before.length
  let best: { event: string; text: string; distance: number } | undefined
  for (let k = 0; k < words.length; k++) {
    const found = phraseAt(words, k, table)
    if (!found) continue
    // Distance from the date to the phrase's nearer end: before it, its last word; after, its first.
    const distance = k < at ? at - (k + found.length) : k - at - 1
    if (distance < 0 || distance >= WINDOW) continue
    if (!best || distance < best.distance) best = { event: found.event, text: words.slice(k, k + found.length).join(' '), distance }
  }
  if (!best) return undefined
  // The last day of a period that starts with the event is the day it ends.
  const last = before[before.length - 1]
  const event = best.event === 'start' && last !== undefined && PERIOD_END.has(last) ? 'end' : best.event
  return { event, text: best.text }
}

type DateEventRelation = { readonly relation: 'same' | 'different'; readonly text: string } | { readonly relation: 'unknown' }

/** Whether two dates are the days of one event, of two, or unknown (an event word missing beside either). */
export function dateEventRelation(x: Clause, y: Clause): DateEventRelation {
  const ex = dateEvent(x)
  const ey = dateEvent(y)
  if (!ex || !ey) return { relation: 'unknown' }
  const text = ex.text === ey.text ? ex.text : `${ex.text} / ${ey.text}`
  return { relation: ex.event === ey.event ? 'same' : 'different', text }
}
