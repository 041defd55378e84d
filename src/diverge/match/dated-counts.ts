/**
 * A count told to a named end at its clause head and the same count dated by another day word in
 * the other report's clause: *As of Wednesday, there were 65 probable cases* / *Toronto yesterday
 * had 64 probable cases*; *Tính đến ngày 30/9, cả nước ghi nhận 98 ca* / *Hôm qua, cả nước ghi nhận
 * 150 ca*. A count that runs on is read on a day; a day named one way on one side and another way
 * on the other (a weekday against yesterday, a date against today) is not shown to be the same
 * day, so the two are counts of two days, not a conflict (total-ends.ts reads the head ends when
 * both sides state one). The same day word on both sides, or no day word on the other side,
 * leaves one slot.
 */
import { foldWord } from '../../normalize/fold'
import { headEnd } from './total-ends'
import { runningSpan } from './running-totals'
import type { Clause } from './slot-qualifiers'

const phrase = (p: string): readonly string[] => p.split(' ').map(foldWord)

/** Words that date a clause to one day: relative days, parts of them, weekdays. */
const DAYS: ReadonlyArray<readonly string[]> = [
  'yesterday', 'today', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'hôm qua', 'hôm nay', 'hôm kia', 'sáng nay', 'trưa nay', 'chiều nay', 'tối nay', 'đêm nay',
  'sáng qua', 'chiều qua', 'tối qua', 'đêm qua', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật',
].map(phrase)

/** The figure's clause and the clause right before it ("Hôm qua, cả nước ghi nhận 150 ca"), in order, to the figure's clause end. */
function clauseWords(c: Clause): readonly string[] {
  let start = c.lead.length
  while (start > 0 && !c.leadBroken[start - 1]) start--
  if (start > 0) start--
  while (start > 0 && !c.leadBroken[start - 1]) start--
  return [...c.lead.slice(start), ...c.after]
}

/** The first day word of the clause, as its words joined, else undefined. */
function dayWord(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const day = DAYS.find((p) => p.every((w, k) => words[i + k] === w))
    if (day) return day.join(' ')
  }
  return undefined
}

/**
 * Two counts, one to a named end read at its clause head ("As of Wednesday"), the other dated by
 * another day word in its clause or the one before ("yesterday"): why they are two slots, else undefined.
 */
export function namedEndAgainstDay(x: Clause, y: Clause, counts: boolean): string | undefined {
  if (!counts || runningSpan(x) >= 0 || runningSpan(y) >= 0) return undefined
  const ex = headEnd(x)
  const ey = headEnd(y)
  // both ends at the head: total-ends.ts; neither: no end to compare
  if ((ex === undefined) === (ey === undefined)) return undefined
  const [end, other] = ex !== undefined ? [ex, y] : [ey!, x]
  if (end === 'now') return undefined
  const day = dayWord(clauseWords(other))
  if (day === undefined || end === day || end.startsWith(`${day} `)) return undefined
  return `a count to a named end against one dated otherwise (${end} / ${day})`
}
