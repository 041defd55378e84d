/**
 * How many edits and swaps of neighbours turn one word into another, up to a limit: the
 * measure of a near spelling shared by the name judgement (name-spelling.ts) and the match
 * rooms that ask whether two labels, places or words are one written twice.
 */
/**
 * Optimal string alignment distance (edits and swaps of neighbours), or
 * `limit + 1` as soon as it must exceed `limit`.
 *
 * Code units are read with charCodeAt into three reused rows of small integers: indexing a
 * string (`a[i]`) compiled checks of the string's representation that failed on the next kind
 * of string (flat, sliced, one- or two-byte), and each batch worker recompiled this function
 * twice over for it ("wrong instance type"); the distances are the same.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const n = a.length
  const m = b.length
  let prev2 = new Int32Array(m + 1)
  let prev = new Int32Array(m + 1)
  let row = new Int32Array(m + 1)
  for (let j = 0; j <= m; j++) prev[j] = j
  for (let i = 1; i <= n; i++) {
    const x = a.charCodeAt(i - 1)
    // -1 before the first code unit: no swap there
    const before = i > 1 ? a.charCodeAt(i - 2) : -1
    row[0] = i
    let best = i
    for (let j = 1; j <= m; j++) {
      const y = b.charCodeAt(j - 1)
      let d = prev[j]! + 1
      if (row[j - 1]! + 1 < d) d = row[j - 1]! + 1
      if (prev[j - 1]! + (x === y ? 0 : 1) < d) d = prev[j - 1]! + (x === y ? 0 : 1)
      if (j > 1 && before === y && x === b.charCodeAt(j - 2) && prev2[j - 2]! + 1 < d) d = prev2[j - 2]! + 1
      row[j] = d
      if (d < best) best = d
    }
    if (best > limit) return limit + 1
    const spare = prev2
    prev2 = prev
    prev = row
    row = spare
  }
  return prev[m]!
}
