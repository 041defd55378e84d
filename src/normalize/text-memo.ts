/**
 * A bounded cache of one function of a text. Names, words and reports are judged against many
 * others, so each text is read once; the cache is cleared when full, so a long stream of texts
 * never grows it without bound. The values are shared, never mutated.
 */
const CACHE_LIMIT = 50_000

export function memo<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    let value = cache.get(text)
    if (value === undefined) {
      value = read(text)
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(text, value)
    }
    return value
  }
}
