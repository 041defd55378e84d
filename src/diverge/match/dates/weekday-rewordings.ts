/**
 * One event told in two reworded sentences, its weekday changed: "American officials said
 * Thursday that the demand … had not changed" / "said Tuesday the demand …", "broke up over
 * Siberia on Thursday …, the agency said" / "on Saturday …, the agency told reporters", "cho biết
 * hôm thứ Năm rằng …" / "cho biết hôm thứ Ba …". weekday-events.ts compares a weekday in copies
 * of one sentence only when nothing else differs, and through an English verb only when no other
 * mention muddles the action; a rewording (a word dropped, "that" added, a clause moved) is neither.
 *
 * Two sentences nearly one in words tell one thing, so their two weekdays are one day told two
 * ways, when the slot matches: each weekday stands beside the same word (the word before it, past
 * "on", "hôm", "ngày", "vào", "early" …), the only weekday of its sentence, on the same side of a
 * quotation. A pair so matched is still a candidate, not a contradiction, when its words say it
 * may be two days (weekday-events.ts): another occurrence ("Another car bomb …"), two directions,
 * two weeks ("last Monday" / "next Thursday"), or a figure changed with the day ("as of Monday …
 * 40" / "as of Wednesday … 52", two snapshots of a rising count). Otherwise the two days may be
 * two events told in one frame: "was arrested Monday" / "was charged Thursday" (another word
 * beside the day), "said Thursday that the ship broke up" / "said the ship broke up on Friday"
 * (the statement's day against the event's), a plan quoted
 * ("“The vote will be held on Friday”") against what was done ("was held on Sunday"), or two
 * weekdays of one sentence beside one word ("closed on Monday and Tuesday"). Sentences reworded beyond a few words ("has expanded its policy …,
 * officials said Tuesday" / "will now include …, officials said Wednesday") are two tellings that
 * may be two days: a statement reported on the day each outlet wrote.
 */

/** What a weekday mention brings to this comparison (weekday-events.ts reads it). */
export interface RewordedMention {
  readonly sentence: number
  /** The day, as its English name. */
  readonly day: string
  /** The word the weekday stands beside ('^' opening its sentence): the slot it fills. */
  readonly anchor: string
  /** Inside a quotation. */
  readonly quoted: boolean
  /**
   * The only weekday of its sentence beside its anchor ("bế mạc hôm thứ Năm" beside "khai mạc hôm
   * thứ Ba" is; "on Monday and Tuesday" are not), and not the day of a date beside it ("Monday, May 19").
   */
  readonly lone: boolean
  /** The words of its sentence but the weekday, folded, in order, repeats kept. */
  readonly context: readonly string[]
  /** The week its words set it in: "last", "next", "tuần trước" …; '' when none. */
  readonly week: string
}

/**
 * At most this share of the two sentences' words may be one side's alone: "that" dropped, "said" /
 * "told reporters" pass; a statement told in other words does not. The share is the context's
 * only: the anchor must still match, so "cho biết hôm thứ Năm" / "thông báo hôm thứ Ba" (biết /
 * báo) is never one slot.
 */
const REWORDED_SHARE = 0.15
/** Sentences this short share too few words to be told apart from two statements of one frame. */
const MIN_WORDS = 6

/** How many words are one sentence's alone, counted with repeats (order aside: a clause moved is no change). */
function wordsApart(x: readonly string[], y: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1)
  let apart = 0
  for (const w of y) {
    const left = counts.get(w) ?? 0
    if (left > 0) counts.set(w, left - 1)
    else apart++
  }
  for (const left of counts.values()) apart += left
  return apart
}

/** Two sentences that tell one thing in nearly the same words. */
function reworded(x: RewordedMention, y: RewordedMention): boolean {
  const words = x.context.length + y.context.length
  if (x.context.length < MIN_WORDS || y.context.length < MIN_WORDS) return false
  return wordsApart(x.context, y.context) <= REWORDED_SHARE * words
}

/** Whether x of A and y of B give one slot of one event in a reworded sentence. */
const oneSlot = (x: RewordedMention, y: RewordedMention, related: (i: number, j: number) => boolean): boolean =>
  x.lone && y.lone && x.anchor === y.anchor && x.quoted === y.quoted && related(x.sentence, y.sentence) && reworded(x, y)

/**
 * The pairs of mentions, x of A and y of B, that give one event two weekdays: each the other's
 * only reworded telling in its slot (a sentence repeated with the same day elsewhere leaves it unsure).
 */
export function rewordedWeekdays<M extends RewordedMention>(
  mentionsA: readonly M[],
  mentionsB: readonly M[],
  related: (i: number, j: number) => boolean,
): Array<readonly [M, M]> {
  // By anchor: a slot is one anchor, so a mention is weighed only against the mentions beside the same word.
  const byAnchor = (mentions: readonly M[]): Map<string, M[]> => {
    const out = new Map<string, M[]>()
    for (const m of mentions) {
      if (!m.lone) continue
      const list = out.get(m.anchor)
      if (list) list.push(m)
      else out.set(m.anchor, [m])
    }
    return out
  }
  const anchorsA = byAnchor(mentionsA)
  const anchorsB = byAnchor(mentionsB)
  const out: Array<readonly [M, M]> = []
  for (const x of mentionsA) {
    if (!x.lone) continue
    const tellings = (anchorsB.get(x.anchor) ?? []).filter((y) => oneSlot(x, y, related))
    if (tellings.length !== 1) continue
    const y = tellings[0]!
    if (y.day === x.day || (anchorsA.get(y.anchor) ?? []).some((z) => z !== x && oneSlot(z, y, related))) continue
    out.push([x, y])
  }
  return out
}
