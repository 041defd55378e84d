import { ownText } from './own-text'

/**
 * A bounded cache of one function of a text. Names, words and reports are judged against many
 * others, so each text is read once; the cache is cleared when full, so a long stream of texts
 * never grows it without bound. The values are shared, never mutated.
 *
 * The cache keeps its keys alive: 50,000 short names cost little, 50,000 whole reports of a
 * newsroom stream would hold every article read. A cache of whole texts passes a small `limit`.
 */
export function memo<T>(read: (text: string) => T, limit = 50_000): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    // `has`, not `get() === undefined`: a reading that answers `undefined` (no language, no
    // match) is an answer too, and re-reading it on every call costs as much as a miss.
    if (cache.has(text)) return cache.get(text) as T
    const value = read(text)
    if (cache.size >= limit) cache.clear()
    cache.set(ownText(text), value)
    return value
  }
}
