/**
 * Which unmatched minute of one report is which of the other's, by the order of the match alone
 * (match-minutes.ts weighs the events each pair tells; minute-readings.ts keeps other pairings off
 * the minutes left undecided).
 */

/** The farthest apart two reports put one event's minute (measured: 1 or 2 on the real gold). */
export const MAX_GAP = 3
/** A lone minute against several close ones takes the nearest only when the next is this much farther. */
const NEAREST_MARGIN = 2

/** Can x of one side and y of the other be one event: close, and no minute both reports state between them. */
const closeEnough = (x: number, y: number, fixed: readonly number[]): boolean => x !== y && Math.abs(x - y) <= MAX_GAP && !fixed.some((f) => f > Math.min(x, y) && f < Math.max(x, y))

/**
 * Which unmatched minute of A is which of B, by the order of the match. Values close to each other
 * form runs; a run with as many minutes on each side pairs them in order (15, 19 / 14, 18), a lone
 * minute against several takes the nearest when it is clearly nearest (19 of 15, 19 against 18), and
 * any other run stays apart: which is which cannot be told. Each side holds at most one value a
 * minute of the match (≤ 130), so the runs are small.
 */
export function orderedPairs(valuesA: readonly number[], valuesB: readonly number[], fixed: readonly number[]): { pairs: Array<[number, number]>; undecided: Set<number>[] } {
  const sortedA = [...valuesA].sort((p, q) => p - q)
  const sortedB = [...valuesB].sort((p, q) => p - q)
  const seenA = new Set<number>()
  const seenB = new Set<number>()
  const out: Array<[number, number]> = []
  // Values of runs left apart because which is which cannot be told: no other pairing may guess it either.
  const undecided = [new Set<number>(), new Set<number>()]
  const leave = (values: readonly number[], side: 0 | 1): void => values.forEach((v) => undecided[side]!.add(v))
  for (const start of sortedA) {
    if (seenA.has(start)) continue
    // The run holding `start`: every value reachable by close pairs.
    const runA = new Set([start])
    const runB = new Set<number>()
    const queue: Array<['a' | 'b', number]> = [['a', start]]
    while (queue.length > 0) {
      const [side, v] = queue.pop()!
      for (const w of side === 'a' ? sortedB : sortedA) {
        const run = side === 'a' ? runB : runA
        if (run.has(w) || !closeEnough(v, w, fixed)) continue
        run.add(w)
        queue.push([side === 'a' ? 'b' : 'a', w])
      }
    }
    for (const v of runA) seenA.add(v)
    for (const v of runB) seenB.add(v)
    const a = [...runA].sort((p, q) => p - q)
    const b = [...runB].sort((p, q) => p - q)
    // A minute with no close partner on the other side: nothing to pair, and nothing to leave undecided.
    if (b.length === 0) continue
    if (a.length === b.length) {
      const pairs = a.map((x, i): [number, number] => [x, b[i]!])
      if (pairs.every(([x, y]) => closeEnough(x, y, fixed))) out.push(...pairs)
      else [leave(a, 0), leave(b, 1)]
    } else if (a.length === 1 || b.length === 1) {
      const [lone, many] = a.length === 1 ? [a[0]!, b] : [b[0]!, a]
      const [nearest, next] = [...many].sort((p, q) => Math.abs(p - lone) - Math.abs(q - lone))
      if (nearest !== undefined && next !== undefined && Math.abs(next - lone) - Math.abs(nearest - lone) >= NEAREST_MARGIN) out.push(a.length === 1 ? [lone, nearest] : [nearest, lone])
      else [leave(a, 0), leave(b, 1)]
    } else [leave(a, 0), leave(b, 1)]
  }
  return { pairs: out, undecided }
}

