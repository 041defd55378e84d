/**
 * The V8 flags `compare --pairs` sets before it starts its workers (flags apply to isolates
 * created after them, and are process-wide). Apart from the runner so that the choice, which
 * depends on the worker count and the cores, is a plain function a test can read.
 *
 * The rule: V8's helper threads (optimising compilation, parallel and concurrent GC) are worth
 * keeping while a core is free for them, and cost once the workers fill the cores. So
 * - any worker count: smaller optimised graphs and later optimisation (INLINING_BUDGET,
 *   TIER_UP_BUDGET), which cut each isolate's warm-up;
 * - once the workers fill the cores (workers ≥ cores): compilation and garbage collection on
 *   each worker's own thread, as the helpers would otherwise wait for a core a worker holds,
 *   and a young generation twice V8's default, so that a worker stops for half as many of
 *   those collections.
 * With fewer workers than cores the helpers have a core to themselves: `--workers 1` on two
 * cores compiles on the other core, as `--workers 0` (the main thread, V8's defaults) does.
 */

/**
 * Half V8's default cumulative inlining budget (920 bytes of bytecode per optimised function):
 * each worker compiles compare()'s largest functions (alignBags, matchSlots, collectFacts …)
 * several times as its warm-up, and smaller graphs cost less to compile (single-thread passes
 * over 200 pairs: cold 5.6–6.7 s against 6.5–7.4, warm 3.0–3.6 against 3.3–3.9). One worker's
 * CPU for the 1,000 pairs of bench:batch: 26.5 → 24.6 s and 26.6 → 24.9 s, run side by side
 * with the default under load 22–26, output identical.
 */
const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=460'

/**
 * Eight times V8's interrupt budget (67,584 bytes of bytecode run before a function is weighed
 * for optimisation): only the functions that stay hot get TurboFan code. Each worker is an isolate
 * that warms up on its own, and its warm-up is mostly TurboFan compiling and recompiling compare()'s
 * functions (1,000 bench:batch pairs on one worker: 957 compilations of ~500 functions, ~4 s of
 * the worker's ~12 s); with two workers both pay it. With this budget: 467 compilations and 54
 * deoptimisations instead of 210, the same output (docs/scaling.md).
 */
const TIER_UP_BUDGET = '--interrupt-budget=540672'

/**
 * Optimising compilation on the isolate's own thread. With the cores full, V8's recompilation
 * threads only wait for a core a worker holds (about 45 % of a batch's CPU went to them before
 * this flag). With a core free it would be a loss: one worker of the 1,000 bench:batch pairs on
 * two cores spends 5.3–5.6 s of its own thread's CPU with it off against 6.4–6.8 s with it on
 * (its helpers 1.2–1.3 s on the other core), the same total (docs/scaling.md).
 */
const COMPILE_ON_OWN_THREAD = '--no-concurrent-recompilation'

/**
 * --single-threaded-gc's flags less --no-parallel-marking, which V8 does not accept after its
 * start: parallel scavenges, concurrent marking and sweeping would run on helper threads that
 * wait for a core another worker is using, and the collecting worker waits for them.
 */
const SINGLE_THREADED_GC = ['--no-parallel-scavenge', '--no-concurrent-marking', '--no-concurrent-sweeping', '--no-parallel-compaction', '--no-parallel-pointer-update', '--no-concurrent-array-buffer-sweeping']

/**
 * Semi-spaces of 32 MB instead of V8's 16 (a worker's young generation 64 MB instead of 32): a pair
 * allocates ~4 MB, so a worker scavenged ~0.26 times a pair; with this 0.15 (1,000 bench:batch pairs
 * on two workers: 128–134 scavenges and 4 mark-compacts per worker → 73–77 and 3). Only where the
 * worker collects on its own thread; workers' CPU per pair 18.64 → 18.28 ms (median of three
 * alternated rounds under load 17–28, 1.9 %; 4 of 5 rounds lower), for 32 MB more per worker.
 */
const YOUNG_GENERATION = '--max-semi-space-size=32'

/** The flags for `workers` worker threads on `cores` cores (none for the main thread: V8's defaults). */
export function workerV8Flags(workers: number, cores: number): string[] {
  if (workers === 0) return []
  const flags = [TIER_UP_BUDGET, INLINING_BUDGET]
  return workers < cores ? flags : [...flags, COMPILE_ON_OWN_THREAD, ...SINGLE_THREADED_GC, YOUNG_GENERATION]
}
