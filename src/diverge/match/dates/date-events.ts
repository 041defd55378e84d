/**
 * The event a date dates, as evidence that two dates fill one slot: "On July 3, Troy is expected
 * to be sentenced" / "at his July 30 sentencing"; "khởi công hôm 12/3" / "khởi công ngày 13/3".
 *
 * Names never tie two dates (a sentence that names an actor dates other events too, see
 * shared-actors.ts); the verb or event noun beside the date does. An event word is a content
 * word within a few content words of the date, in its sentence: not a name (capitalised), not a
 * function word, not a word of time itself (the day, the week), not a verb of saying (a statement's
 * day is not its event's) nor a helper ("expected", "will"). Two dates share an event when a word
 * beside one has the stem of a word beside the other: English words lose an inflection ending
 * ("sentenced" / "sentencing", "released" / "release"), Vietnamese syllables match whole.
 */
import type { PreparedDocument } from '../../../document'
import { factTokens } from '../../../document/words'
import { isAscii } from '../../../normalize/fold'
import { englishStem } from '../../../normalize/stem'
import type { Fact } from '../../extract/fact'
import { type Token, keys } from '../../extract/fact-tokens'
import { STOP } from '../../extract/numbers/number-words'
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../../../normalize/month-names'
import { SAYING_WORDS } from '../../../normalize/saying-verbs'
import { firstAfter } from '../../../normalize/sorted-offsets'

/** Event words read on each side of a date, and words (of any kind) looked through to find them. */
const REACH = 2
/** Vietnamese event syllables read on each side: a word is two or three of them. */
const VI_REACH = 4
const LOOK = 8

// Words of time (the date's own frame), saying (besides normalize/saying-verbs.ts' words), helpers and pronouns: beside any date, they tie none.
const TIME_HELPERS_PRONOUNS = keys(
  'day days week weeks month months year years today yesterday tomorrow morning afternoon evening night tonight early late earlier later last next this ' +
    `${ENGLISH_WEEKDAYS.join(' ')} ${[...ENGLISH_MONTHS.keys()].join(' ')} ` +
    'saying tell tells according expected expects expect will would could should can may might must ' +
    'be been being has have had having do does did he she it they we you his her its their our who which what when where there then also not no ' +
    'ngày hôm hồi tháng năm tuần nay qua mai vừa lúc giờ sáng chiều tối đêm thứ cho tin thông dự kiến sẽ đã đang ông bà anh chị',
)
const NOT_EVENTS: ReadonlySet<string> = new Set([...SAYING_WORDS, ...TIME_HELPERS_PRONOUNS])

// Light: a wrong tie here makes two dates one slot's (see ../../../normalize/stem).
const stem = (key: string): string => englishStem(key, 'light') ?? key

const isEvent = (key: string, raw: string): boolean =>
  key.length >= 2 && !/^\p{Lu}/u.test(raw) && !/\d/u.test(key) && !STOP.has(key) && !NOT_EVENTS.has(key)

/** The stems of the event words beside each date of one report, read when first asked. */
export class DateEvents {
  private readonly byFact = new Map<Fact, ReadonlyMap<string, string>>()
  // A sentence's tokens, made once: a giant sentence with many dates would copy them for each.
  private readonly tokens = new Map<number, readonly Token[]>()
  constructor(private readonly doc: PreparedDocument) {}

  /** Stem → the word as written, for the words beside `fact` in sentence `sentence`. */
  of(sentence: number, fact: Fact): ReadonlyMap<string, string> {
    let events = this.byFact.get(fact)
    if (events) return events
    let tokens = this.tokens.get(sentence)
    if (!tokens) this.tokens.set(sentence, (tokens = factTokens(this.doc, sentence)))
    const found = new Map<string, string>()
    // The first token of the date, by bisection: the sentence may be long.
    const first = firstAfter(tokens, fact.start, (t) => t.end)
    let last = first
    while (last < tokens.length && tokens[last]!.start < fact.end) last++
    // A syllable after a capitalised one ends a name ("Bộ Quốc phòng", "Biên giới"): no event of its own.
    const eventAt = (k: number): boolean => {
      const t = tokens[k]!
      const previous = tokens[k - 1]
      return t.kind === 'word' && isEvent(t.key, t.raw) && !(previous?.kind === 'word' && /^\p{Lu}/u.test(previous.raw) && !isAscii(t.key))
    }
    // English: the nearest event words, by stem. Vietnamese: one syllable says little ("phòng",
    // "nước"), so the nearest event syllables are read and two of them side by side make the word
    // ("khởi công", "xét xử").
    const near = new Set<number>()
    const read = (from: number, step: number): void => {
      let taken = 0
      let syllables = 0
      for (let k = from, seen = 0; k >= 0 && k < tokens.length && seen < LOOK; k += step) {
        const t = tokens[k]!
        if (t.kind !== 'word') continue
        seen++
        if (!eventAt(k)) continue
        if (!isAscii(t.key)) {
          if (syllables++ < VI_REACH) near.add(k)
          continue
        }
        if (taken++ >= REACH) break
        found.set(stem(t.key), t.key)
      }
    }
    read(first - 1, -1)
    read(last, 1)
    for (const k of near) if (near.has(k + 1)) found.set(`${tokens[k]!.key} ${tokens[k + 1]!.key}`, `${tokens[k]!.key} ${tokens[k + 1]!.key}`)
    this.byFact.set(fact, (events = found))
    return events
  }
}

export const dateEventsOf = (doc: PreparedDocument): DateEvents => new DateEvents(doc)

/** The event words two dates share ("sentenced / sentencing"), or undefined when none. */
export function sharedEvent(x: ReadonlyMap<string, string>, y: ReadonlyMap<string, string>): string | undefined {
  for (const [s, word] of x) {
    const other = y.get(s)
    if (other !== undefined) return word === other ? word : `${word} / ${other}`
  }
  return undefined
}
