/**
 * Two short sentences that differ in one respelt word: *Forte said.* / *Frote said.*,
 * *Smith said.* / *Smitth said.* In so short a sentence the word they do not share weighs more
 * than the rest, so Dice alone never links them, though a reader sees one sentence.
 */
import { EN_NUMBERS, EN_ORDINALS, MULTIPLIERS, VI_AFTER_TENS } from '../normalize/number-words'
import { foldWord } from '../normalize/fold'
import { functionWords } from '../normalize/function-words'
import type { Link } from './link'
import { type Bag, dice } from './bags'
import type { Weighting } from './weights'

// Longer sentences that differ in one word share enough to link by Dice.
const SHORT = 8
// A shorter word respelt by one edit is as often another word (*won* / *own*, *Lee* / *Lei*).
const MIN_LETTERS = 4

// Number words sit one letter from another word (*eight* / *eighty*, *nine* / *none*, *mười* /
// *mươi*, *seven* / *Steven*): the two say different things, and a link would hide the figure.
const NEVER_RESPELT: ReadonlySet<string> = new Set([
  ...EN_NUMBERS.keys(),
  ...EN_ORDINALS.keys(),
  ...VI_AFTER_TENS.keys(),
  ...MULTIPLIERS.keys(),
  ...'one zero none nobody nothing never neither either many much few several half twice mười mươi chục'.split(' '),
].map(foldWord))

// Closed-class words sit one letter from another of their own kind (*những* / *nhưng*, *there* /
// *these*, *then* / *than*): two of them are two words. One beside a word of another kind may
// still be a respelt name (*Moore* / *More*, *Nhung* / *Nhưng*).
const CLOSED_CLASS: ReadonlySet<string> = new Set([...functionWords('und')].map(foldWord))

const neverRespelt = (x: string, y: string): boolean =>
  NEVER_RESPELT.has(x) || NEVER_RESPELT.has(y) || (CLOSED_CLASS.has(x) && CLOSED_CLASS.has(y))

/** Whether the bags hold the same tokens, counts alike, but one on each side, and those two are one word respelt. */
export function oneWordRespelt(a: Bag, b: Bag, keys: readonly string[], w: Weighting): boolean {
  if (a.ids.length !== b.ids.length || a.ids.length > SHORT || a.ids.length < 2) return false
  let onlyA = -1
  let onlyB = -1
  for (let x = 0; x < a.ids.length; x++) {
    const y = b.ids.indexOf(a.ids[x]!)
    if (y === -1) {
      if (onlyA !== -1) return false
      onlyA = x
    } else if (b.counts[y] !== a.counts[x]) return false
  }
  for (let y = 0; y < b.ids.length && onlyA !== -1; y++) {
    if (a.ids.indexOf(b.ids[y]!) !== -1) continue
    if (onlyB !== -1) return false
    onlyB = y
  }
  if (onlyA === -1 || onlyB === -1 || a.counts[onlyA] !== b.counts[onlyB]) return false
  const idA = a.ids[onlyA]!
  const idB = b.ids[onlyB]!
  if (neverRespelt(keys[idA] ?? '', keys[idB] ?? '')) return false
  if (w.loose[idA] !== -1 && w.loose[idA] === w.loose[idB]) return true
  return spelledAlike(keys[idA] ?? '', keys[idB] ?? '')
}

const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase()

const SPELLED_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

/** German umlauts and ß as written without them (*Müller* / *Mueller*): two letters for one. */
const umlautsSpelledOut = (word: string): string => word.replace(/[äöüß]/gu, (c) => SPELLED_OUT[c] ?? c)

/** German umlauts and ß spelled out; or one letter changed, added, dropped, or two neighbours swapped, in words of letters of at least MIN_LETTERS. */
export function spelledAlike(x: string, y: string): boolean {
  if (x === y || Math.min(x.length, y.length) < MIN_LETTERS || Math.abs(x.length - y.length) > 2) return false
  if (![...x].every(isLetter) || ![...y].every(isLetter) || neverRespelt(x, y)) return false
  if (x.length !== y.length && umlautsSpelledOut(x) === umlautsSpelledOut(y)) return true
  if (Math.abs(x.length - y.length) > 1) return false
  let head = 0
  while (head < x.length && head < y.length && x[head] === y[head]) head++
  let tailX = x.length
  let tailY = y.length
  while (tailX > head && tailY > head && x[tailX - 1] === y[tailY - 1]) {
    tailX--
    tailY--
  }
  const restX = tailX - head
  const restY = tailY - head
  if (restX + restY === 1) return true // one letter added or dropped
  if (restX === 1 && restY === 1) return true // one letter changed
  return restX === 2 && restY === 2 && x[head] === y[head + 1] && x[head + 1] === y[head] // two neighbours swapped
}

// Sentences with no weight ("…" alone on its line) skipped on the way to a neighbour: a few at most.
const WEIGHTLESS_SKIPPED = 3

/** The first sentence with weight from `k` on, walking by `step`, or -1 past the text's edge. */
function weighted(bags: readonly Bag[], k: number, step: number): number {
  for (let skipped = 0; k >= 0 && k < bags.length; k += step, skipped++) {
    if (bags[k]!.weight !== 0) return k
    if (skipped === WEIGHTLESS_SKIPPED) return -1
  }
  return -1
}

/**
 * Links each unlinked short sentence of A to the B sentence in the same place beside the link of
 * its neighbour, when the two differ in one respelt word. Every link is still 1–1 here. One sweep
 * each way: a run of respelt sentences links from the link it touches, whichever side that is on.
 */
export function linkRespelt(
  a: readonly Bag[],
  b: readonly Bag[],
  w: Weighting,
  keys: readonly string[],
  linkOfA: ReadonlyArray<Link | undefined>,
  linkOfB: ReadonlyArray<Link | undefined>,
  addLink: (i: number, j: number, similarity: number) => void,
): void {
  const tryLink = (i: number): void => {
    if (linkOfA[i] !== undefined || a[i]!.weight === 0) return
    for (const step of [-1, 1]) {
      const n = weighted(a, i + step, step)
      const neighbour = n === -1 ? undefined : linkOfA[n]
      if (!neighbour) continue
      const j = weighted(b, neighbour.b[0]! - step, -step)
      if (j === -1 || linkOfB[j] !== undefined || !oneWordRespelt(a[i]!, b[j]!, keys, w)) continue
      addLink(i, j, dice(a[i]!, b[j]!, w))
      return
    }
  }
  for (let i = 0; i < a.length; i++) tryLink(i)
  for (let i = a.length - 1; i >= 0; i--) tryLink(i)
}
