/**
 * The name stage's caches kept between comparisons, and what they may hold.
 *
 * A story's pairs judge the same spellings again and again, so verdicts outlive one compare(). What
 * they must not outlive is the caller's text: in V8 a slice of 13 characters or more keeps its whole
 * parent string alive, so a key sliced from a 1 MB report kept that report until its table filled.
 * Keys are stored as copies that share no storage, and a table grown past what a story's pairs reuse
 * is emptied when the call that grew it ends (a long pair's verdicts are seldom asked again).
 */

import { ownText } from '../../../normalize/own-text'

// Entries a table holds before it starts again, during a call.
const KEPT_DURING = 10_000
// Entries a table may keep once a call ends: a story of short reports stays far below it.
const KEPT_AFTER = 2_048

const tables: Map<string, unknown>[] = []


/** A table of verdicts kept between calls, keyed by short strings. */
export function nameCache<V>(): Map<string, V> {
  const table = new Map<string, V>()
  tables.push(table)
  return table
}

/** Keeps `value` under a copy of `key`, starting the table again when full; returns `value`. */
export function remember<V>(table: Map<string, V>, key: string, value: V): V {
  if (table.size >= KEPT_DURING) table.clear()
  table.set(ownText(key), value)
  return value
}

/** At a call's end: empties the tables grown past what a story's pairs reuse. */
export function releaseNameCaches(): void {
  for (const table of tables) if (table.size > KEPT_AFTER) table.clear()
}
