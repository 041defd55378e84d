/**
 * The weights a pairing of two facts is judged by (pair-facts.ts): the confidence floor, and how
 * much each kind of evidence adds or how far each doubt caps it. One table, so that a change of
 * weight is one line here and its reason sits beside it.
 */
/** Pairs below this confidence are not even candidates. */
export const FLOOR = 0.3
/** Consecutive days or years in sentences worded apart: even perfect evidence (1) stays below the default `minConfidence` of 0.5. */
export const ADJACENT_FACTOR = 0.45
/**
 * Two years that each end a span from one start both sentences state: the start is an anchor both
 * sentences state alike (0.15, as `anchorsOf` weighs one) and says which end of which span each is (0.15).
 */
export const SAME_SPAN_START = 0.3
/** A span's stated length ("suốt hơn 17 năm") is that of the span both ends close, not another period. */
export const NO_PERIODS: readonly [undefined, undefined] = [undefined, undefined]
/** Share of the larger sentence's rare-word weight two sentences share when one is a copy of the other. */
export const NEAR_COPY = 0.8
/** Share of rare words two unlinked sentences share when they speak of one thing. */
export const RELATED_OVERLAP = 0.3
/** Clock times that differ: even perfect evidence (1) stays below the default `minConfidence` of 0.5. */
export const CLOCK_FACTOR = 0.45
/** Figures in sentences dated differently: as doubtful as figures of consecutive days. */
export const MOMENT_FACTOR = 0.45
/** Two moves from one starting level, no other moment named on either side: as strong as a sentence link. */
export const SAME_START_UNNAMED = 0.35
/** The same event word beside two dates (date-events.ts): as strong as the same words beside two figures. */
export const SAME_EVENT_WORD = 0.15
/** Figures with a sign of two slots (slot-doubts.ts) in sentences worded apart: a candidate, not a flag. */
export const DOUBT_FACTOR = 0.45
/** Two dates beside words of one kind of event (date-occasions.ts): as strong a tie as a shared actor is for figures. */
export const SAME_OCCASION = 0.2
/** Events between parties (a call, a meeting): their dates are one event's when both sentences name this many of the same parties. */
export const MIN_PARTIES = 2
export const PARTY_EVENTS = new Set(['call', 'meeting'])
/** A respelled list member as shared context: what one rare name both sentences write adds (`actors`). */
export const RESPELLED_MEMBER = 0.2
