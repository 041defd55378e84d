/**
 * A name qualified by a direction is another entity than the bare name it ends with: *South Sudan*
 * / *Sudan*, *South Korea* / *Korea*, *North Carolina* / *Carolina*, *Nam Sudan* / *Sudan*,
 * *Đông Nam Á* / *Nam Á*. A shorter form that drops any other word stays one entity
 * (*TP Hồ Chí Minh* / *Hồ Chí Minh*, *Ho Chi Minh City* / *Ho Chi Minh*). The direction leads the
 * name in both languages; one trailing (*Việt Nam*, *Hà Nam*) is part of the name, not a qualifier.
 * Words are folded keys (lower case, Vietnamese marks kept).
 */

/** Directions that qualify a name written before it (English, Vietnamese). */
const DIRECTIONS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest bắc nam đông tây'.split(' '),
)

export const isDirection = (word: string): boolean => DIRECTIONS.has(word)

/** Whether `short` is `long` without leading words one of which is a direction ("sudan" of "south sudan"). */
export function directionDropped(short: readonly string[], long: readonly string[]): boolean {
  const extra = long.length - short.length
  if (extra <= 0 || short.length === 0) return false
  for (let k = 0; k < short.length; k++) if (short[k] !== long[extra + k]) return false
  for (let k = 0; k < extra; k++) if (DIRECTIONS.has(long[k]!)) return true
  return false
}

/**
 * The bare name words `words` qualify with a capitalised direction right before them: for each
 * direction followed by a name word in `words`, that name word. `capital(w, k)` tells a name word
 * of position k ("South Sudan", "Nam Sudan"; "in southern Sudan" is a region, not a name).
 */
export function qualifiedHeads(words: readonly string[], capital: (k: number) => boolean): ReadonlySet<string> {
  const out = new Set<string>()
  for (let k = 0; k + 1 < words.length; k++) {
    if (DIRECTIONS.has(words[k]!) && capital(k) && capital(k + 1) && !DIRECTIONS.has(words[k + 1]!)) out.add(words[k + 1]!)
    // "Đông Nam Á": the second direction is part of the qualifier, the head is "Á"
    else if (DIRECTIONS.has(words[k]!) && DIRECTIONS.has(words[k + 1]!) && capital(k) && capital(k + 1) && k + 2 < words.length && capital(k + 2)) out.add(`${words[k + 1]!} ${words[k + 2]!}`)
  }
  return out
}

/** Whether `name` occurs in `words` (in order) with no direction right before it: the bare name. */
export function bareIn(name: string, words: readonly string[]): boolean {
  const parts = name.split(' ')
  outer: for (let k = 0; k + parts.length <= words.length; k++) {
    for (let j = 0; j < parts.length; j++) if (words[k + j] !== parts[j]) continue outer
    if (k === 0 || !DIRECTIONS.has(words[k - 1]!)) return true
  }
  return false
}
