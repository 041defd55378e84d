/**
 * One calendar day at two parts of it: *khởi hành … tối 24/8* / *một chuyến bay khác … vào sáng
 * 24/8*, *took off on the evening of Aug. 23* / *a replacement flight on the morning of Aug. 23*
 * (AbMuSu 1-1~1-2, round fresh40-1). A follow-up is often told on the morning after an event of
 * the evening, and a report that gives the event's day at night and the follow-up's in the morning
 * of one date states two moments. Read as one statement, the evening's date had its partner in
 * the other report's morning and was neither compared with the other report's own day of the
 * event nor reported missing. A day is stated at another moment only when every mention of it in
 * the other report names a part of the day (or a clock time) that cannot overlap its own: a
 * mention without one may be either moment, and *chiều* / *tối* (afternoon / evening) touch.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { foldWord } from '../../../normalize/fold'

/**
 * Which readers know a word of the table. They grew apart: a date's own cue (`dayPartHours`,
 * the extractor's phrase before the day: *sáng nay*, *this morning*), a part named with *of* /
 * *du* or after the day (timed-days.ts: *the evening of Aug. 24*, *au soir*) and a word near a
 * day telling which side of midnight it is on (retold-days.ts: *rạng*, *late*, *noite*). Each
 * word keeps the readers it had, so no reading changed when the three lists became this table.
 */
const CUE = 1
const NAMED = 2
const SIDE = 4

type Words = Readonly<Partial<Record<'vi' | 'en' | 'fr' | 'pt' | 'es' | 'de', ReadonlyArray<readonly [string, number]>>>>

interface DayPart {
  /** Hours of the day, [from, to), a night running past midnight (to > 24). */
  readonly hours: readonly [number, number]
  /** The side of midnight a night's retelling reads (retold-days.ts): its evening or its early hours. */
  readonly side?: 'night' | 'early'
  /** Its words by language, each with the readers that know it. */
  readonly words: Words
}

/** The parts of the day, for every reader of one. */
const DAY_PARTS: readonly DayPart[] = [
  {
    hours: [0, 6],
    side: 'early',
    words: { vi: [['rạng sáng', CUE], ['rạng', SIDE]], en: [['dawn', SIDE]], fr: [['aube', SIDE]], pt: [['madrugada', SIDE], ['amanhecer', SIDE]] },
  },
  { hours: [4, 9], side: 'early', words: { vi: [['sáng sớm', CUE], ['sớm', SIDE]], en: [['early', SIDE]] } },
  {
    hours: [4, 12],
    words: {
      vi: [['sáng', CUE], ['sáng nay', CUE], ['sáng qua', CUE], ['sáng mai', CUE]],
      en: [['this morning', CUE], ['morning', CUE | NAMED]],
      fr: [['matin', CUE | NAMED], ['matinée', CUE | NAMED]],
    },
  },
  { hours: [10, 14], words: { vi: [['trưa', CUE], ['trưa nay', CUE], ['trưa qua', CUE]] } },
  { hours: [12, 19], words: { vi: [['chiều', CUE], ['chiều nay', CUE], ['chiều qua', CUE], ['chiều mai', CUE]], en: [['afternoon', CUE | NAMED]] } },
  {
    hours: [17, 24],
    side: 'night',
    words: {
      vi: [['tối', CUE | SIDE], ['tối nay', CUE], ['tối qua', CUE], ['tối mai', CUE]],
      en: [['evening', CUE | NAMED | SIDE]],
      fr: [['soir', CUE | NAMED | SIDE], ['soirée', CUE | NAMED | SIDE]],
      de: [['abend', SIDE]],
    },
  },
  { hours: [17, 29], side: 'night', words: { en: [['tonight', CUE | SIDE]] } },
  {
    hours: [19, 30],
    side: 'night',
    words: {
      vi: [['đêm', CUE | SIDE], ['đêm nay', CUE], ['đêm qua', CUE]],
      en: [['night', CUE | NAMED | SIDE], ['last night', CUE]],
      fr: [['nuit', CUE | NAMED | SIDE]],
      pt: [['noite', SIDE]],
      es: [['noche', SIDE]],
      de: [['nacht', SIDE]],
    },
  },
  { hours: [21, 30], side: 'night', words: { vi: [['khuya', CUE | SIDE]], en: [['late', SIDE]] } },
]

const fold = (phrase: string): string => phrase.split(' ').map(foldWord).join(' ')

/** Each part's words (folded) a reader knows, with the part. */
function wordsFor(reader: number): ReadonlyArray<readonly [string, DayPart]> {
  return DAY_PARTS.flatMap((part) => Object.values(part.words).flatMap((list) => list.filter(([, readers]) => readers & reader).map(([w]) => [fold(w), part] as const)))
}

const HOURS: ReadonlyMap<string, readonly [number, number]> = new Map(wordsFor(CUE).map(([w, part]) => [w, part.hours]))

/** A part of the day said by its name with *of* / *du* before the day or after it (*the evening of Aug. 24*, *le 23 août au soir*). */
export const NAMED_DAY_PARTS: ReadonlySet<string> = new Set(wordsFor(NAMED).map(([w]) => w))

/** Words near a day that tell the side of midnight it is on: a night's evening or its early hours. */
export const MIDNIGHT_SIDES: ReadonlyMap<string, 'night' | 'early'> = new Map(wordsFor(SIDE).map(([w, part]) => [w, part.side!]))

/** The hours a date's own words place it in: its clock time's hour, else its part of day; undefined for a day alone. */
export function dayPartHours(fact: Fact): readonly [number, number] | undefined {
  if (fact.type !== 'date') return undefined
  if (fact.minutes !== undefined) {
    const hour = Math.floor(fact.minutes / 60)
    return [hour, hour + 1]
  }
  return fact.cue === undefined ? undefined : HOURS.get(fact.cue)
}

/** Whether two mentions of one day name parts of it that cannot meet (a morning and an evening). */
export function dayPartsApart(x: Fact, y: Fact): boolean {
  const hx = dayPartHours(x)
  const hy = dayPartHours(y)
  if (!hx || !hy) return false
  return hx[1] <= hy[0] || hy[1] <= hx[0]
}

/**
 * Whether `own` (a day at a part of it) is stated in the other report only at other moments: it
 * mentions the day (`sameDay`, its dates of this day) and every mention names a part of the day
 * apart from own's. A day alone, or a mention without a part, is one statement as before.
 */
export function statedOnlyAtOtherDayPart(own: Located<Fact>, sameDay: readonly Located<Fact>[]): boolean {
  const fact = own.fact
  if (fact.type !== 'date' || fact.day === undefined || sameDay.length === 0 || dayPartHours(fact) === undefined) return false
  return sameDay.every((o) => dayPartsApart(fact, o.fact))
}
