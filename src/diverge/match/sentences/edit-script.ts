/**
 * The edit script jsdiff's `diffArrays` finds (Myers's greedy algorithm with
 * jsdiff's choice between equal paths and its pruning of diagonals that have
 * hit an edge), over arrays of small integers.
 *
 * jsdiff builds a linked list of change objects per step; on the rewordings
 * the divergence stage diffs (a hundred words, half of them changed) that
 * allocation is most of its cost. Here the paths live in typed arrays. A
 * property test holds the result to `diffArrays`'s on random inputs.
 */

/** Runs of the script, flat: `[op, count, op, count, …]` with op 0 common, 1 removed, 2 added. */
type EditRuns = number[]

export const COMMON = 0
export const REMOVED = 1
export const ADDED = 2

const NONE = -1

class Paths {
  parent: Int32Array
  op: Uint8Array
  snake: Int32Array
  oldPos: Int32Array
  size = 0

  constructor(capacity: number) {
    this.parent = new Int32Array(capacity)
    this.op = new Uint8Array(capacity)
    this.snake = new Int32Array(capacity)
    this.oldPos = new Int32Array(capacity)
  }

  add(parent: number, op: number, oldPos: number): number {
    if (this.size === this.parent.length) this.grow()
    const id = this.size++
    this.parent[id] = parent
    this.op[id] = op
    this.snake[id] = 0
    this.oldPos[id] = oldPos
    return id
  }

  private grow(): void {
    const n = this.parent.length * 2
    const parent = new Int32Array(n)
    parent.set(this.parent)
    this.parent = parent
    const op = new Uint8Array(n)
    op.set(this.op)
    this.op = op
    const snake = new Int32Array(n)
    snake.set(this.snake)
    this.snake = snake
    const oldPos = new Int32Array(n)
    oldPos.set(this.oldPos)
    this.oldPos = oldPos
  }
}

// One set of arrays for every call (calls never overlap): allocating them per diff cost more than the diff.
const scratch = new Paths(4096)

export function editRuns(older: ArrayLike<number>, newer: ArrayLike<number>): EditRuns {
  const oldLen = older.length
  const newLen = newer.length
  const paths = scratch
  paths.size = 0
  // Follow equal elements from path `id` on its diagonal; returns the new position in `newer`.
  const extend = (id: number, diagonal: number): number => {
    let oldPos = paths.oldPos[id]!
    let newPos = oldPos - diagonal
    const start = oldPos
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && older[oldPos + 1] === newer[newPos + 1]) {
      newPos++
      oldPos++
    }
    paths.snake[id] = oldPos - start
    paths.oldPos[id] = oldPos
    return newPos
  }

  const root = paths.add(NONE, COMMON, -1)
  let newPos = extend(root, 0)
  if (paths.oldPos[root]! + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(paths, root)

  const maxEdit = oldLen + newLen
  const offset = maxEdit + 1
  // Best path on each diagonal (by id), as jsdiff keeps them: entries of diagonals it
  // skips stay as they were, entries it clears become NONE.
  const best = new Int32Array(2 * maxEdit + 3).fill(NONE)
  best[offset] = root
  let minDiagonal = -Infinity
  let maxDiagonal = Infinity
  for (let edit = 1; edit <= maxEdit; edit++) {
    for (let diagonal = Math.max(minDiagonal, -edit); diagonal <= Math.min(maxDiagonal, edit); diagonal += 2) {
      const removePath = best[offset + diagonal - 1]!
      const addPath = best[offset + diagonal + 1]!
      if (removePath !== NONE) best[offset + diagonal - 1] = NONE
      let canAdd = false
      if (addPath !== NONE) {
        const addNewPos = paths.oldPos[addPath]! - diagonal
        canAdd = addNewPos >= 0 && addNewPos < newLen
      }
      const canRemove = removePath !== NONE && paths.oldPos[removePath]! + 1 < oldLen
      if (!canAdd && !canRemove) {
        best[offset + diagonal] = NONE
        continue
      }
      const id =
        !canRemove || (canAdd && paths.oldPos[removePath]! < paths.oldPos[addPath]!)
          ? paths.add(addPath, ADDED, paths.oldPos[addPath]!)
          : paths.add(removePath, REMOVED, paths.oldPos[removePath]! + 1)
      newPos = extend(id, diagonal)
      const oldPos = paths.oldPos[id]!
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runsOf(paths, id)
      best[offset + diagonal] = id
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1)
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1)
    }
  }
  // Unreachable: an edit script of oldLen + newLen steps always exists.
  throw new Error('editRuns: no edit script found')
}

/** The script of the path ending in `id`, consecutive steps of one kind merged into a run. */
function runsOf(paths: Paths, id: number): EditRuns {
  const steps: number[] = []
  for (let at = id; at !== NONE; at = paths.parent[at]!) {
    // Reversed: the path's common tail first, then its own step.
    if (paths.snake[at]! > 0) steps.push(COMMON, paths.snake[at]!)
    if (paths.parent[at] !== NONE) steps.push(paths.op[at]!, 1)
  }
  const runs: EditRuns = []
  for (let k = steps.length - 2; k >= 0; k -= 2) {
    const op = steps[k]!
    const count = steps[k + 1]!
    if (runs.length > 0 && runs[runs.length - 2] === op) runs[runs.length - 1]! += count
    else runs.push(op, count)
  }
  return runs
}
