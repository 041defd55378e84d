/**
 * A copy of a string that shares no storage with it, for what a cache keeps between calls.
 *
 * In V8 a slice of 13 characters or more points into its parent string and keeps all of it alive:
 * a word sliced from a 1 MB report, kept as a cache key, keeps the report after compare() returns.
 * Joining its code units builds a new flat string; `(' ' + s).slice(1)` may hand back a slice of s.
 */
export function ownText(text: string): string {
  return text.length < 13 ? text : text.split('').join('')
}
