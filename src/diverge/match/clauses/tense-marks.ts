/**
 * A count of an event still to come against a count of one that happened: "Có 34.000 binh sĩ …
 * sẽ tham gia cuộc tập trận" (Japan's coming exercise) / "Cuộc tập trận được tổ chức hồi tháng 7
 * … với sự tham gia của 16.000 binh sĩ" (Russia's July one); "34,000 troops will take part" /
 * "16,000 troops took part in the exercise held in July". One report's future and the other's
 * past are two events, whatever words they share. A bare future against a sentence with no mark
 * of the past stays paired (a plan one outlet reports as done is the same plan).
 *
 * Read from the sentence's words around the figure: the marks are grammatical words
 * (Vietnamese tense particles, English auxiliaries and past forms of the verbs counts take).
 */
import { keys } from '../../extract/fact-tokens'

const FUTURE = keys('sẽ will')
const PAST = keys('đã hồi từng was were took held')
/** Words read after the figure: its clause's verb may follow a long subject ("34.000 binh sĩ cùng nhiều tàu khu trục và chiến đấu cơ sẽ"). */
const AFTER = 12
/** Words read before it. */
const BEFORE = 6
/**
 * The most words a clause's lead keeps (slot-qualifiers.ts reads no further back from a figure, so
 * each figure of a long sentence reads a bounded stretch); where the figure stands among the
 * sentence's words is `wordsBefore`, however long the sentence.
 */
export const LEAD_WORDS = 40

interface TenseWords {
  /** The sentence's folded words in order. */
  readonly words: readonly string[]
  /** The folded words of the sentence before the figure (its start, up to LEAD_WORDS words). */
  readonly lead: readonly string[]
  /** How many of `words` stand before the figure. */
  readonly wordsBefore: number
}

function around(c: TenseWords): readonly string[] {
  const at = c.wordsBefore
  return [...c.lead.slice(-BEFORE), ...c.words.slice(at + 1, at + 1 + AFTER)]
}

/** Which time the words around a figure mark: 'future', 'past', or undefined for none or both. */
export function tenseOf(c: TenseWords, lead: readonly string[] = c.lead): 'future' | 'past' | undefined {
  const near = around(c)
  const future = near.some((w) => FUTURE.has(w))
  const past = near.some((w) => PAST.has(w)) || lead.some((w) => PAST.has(w))
  if (future === past) return undefined
  return future ? 'future' : 'past'
}

/** A count of a coming event against one of a past event: why, else undefined. */
export function tensesApart(x: TenseWords, y: TenseWords): string | undefined {
  const tx = tenseOf(x)
  const ty = tenseOf(y)
  return tx !== undefined && ty !== undefined && tx !== ty ? 'a figure of a coming event against one of a past event' : undefined
}
