/**
 * The V8 flags of `compare --pairs`: V8's helper threads are kept while a core is free for
 * them (so one worker on two cores compiles on the other, as the main thread does), and
 * the work moves to each worker's own thread once the workers fill the cores.
 */
import { describe, expect, it } from 'vitest'
import { workerV8Flags } from '../src/cli-pairs-v8'

const OWN_THREAD = ['--no-concurrent-recompilation', '--no-parallel-scavenge', '--no-concurrent-marking', '--no-concurrent-sweeping']

describe('workerV8Flags', () => {
  it.each([
    [0, 2],
    [0, 1],
  ])('leaves V8 as it is for the main thread (workers %i, cores %i)', (workers, cores) => {
    expect(workerV8Flags(workers, cores)).toEqual([])
  })

  it.each([
    [1, 2],
    [1, 8],
    [3, 4],
  ])('keeps the helper threads while a core is free (workers %i, cores %i)', (workers, cores) => {
    const flags = workerV8Flags(workers, cores)
    for (const flag of OWN_THREAD) expect(flags).not.toContain(flag)
  })

  it.each([
    [2, 2],
    [1, 1],
    [4, 2],
  ])('moves compiling and collecting to the workers once they fill the cores (workers %i, cores %i)', (workers, cores) => {
    const flags = workerV8Flags(workers, cores)
    for (const flag of OWN_THREAD) expect(flags).toContain(flag)
  })

  it.each([
    [2, 2],
    [1, 1],
    [4, 2],
  ])('doubles the young generation of workers that collect on their own thread (workers %i, cores %i)', (workers, cores) => {
    expect(workerV8Flags(workers, cores)).toContain('--max-semi-space-size=32')
  })

  it.each([
    [0, 2],
    [1, 2],
    [3, 4],
  ])('leaves the young generation as it is while a core is free (workers %i, cores %i)', (workers, cores) => {
    expect(workerV8Flags(workers, cores).some((flag) => flag.startsWith('--max-semi-space-size'))).toBe(false)
  })

  it.each([
    [1, 2],
    [2, 2],
    [8, 4],
  ])('tunes the tier-up of every worker alike (workers %i, cores %i)', (workers, cores) => {
    const flags = workerV8Flags(workers, cores)
    expect(flags).toContain('--interrupt-budget=540672')
    expect(flags).toContain('--max-inlined-bytecode-size-cumulative=460')
  })
})
