/**
 * `corroborate dedup [files…|-]`: JSONL articles in, one JSONL result per article out,
 * in input order. Streams: lines are read as they are needed (readline's async
 * iterator), at most a few batches are in flight to the signature workers, and
 * output waits for 'drain' when stdout is full. Memory beyond the index is constant.
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs'
import { defineCommand } from 'citty'
import { type Positionals, UsageError } from './cli-args'
import { EXIT_SKIPPED, checkJsonlInputs, inputError, parseArticleLine } from './cli-article-lines'
import { inputLines } from './cli-lines'
import { ProgressLine, safeMessage, writeStdout } from './cli-output'
import { SignaturePool } from './cli-dedup-pool'
import { checkSavePath, loadIndex, saveIndex } from './cli-snapshot'
import { resolveDedupOptions } from './dedup/options'
import { CorroborateError, type DateFormat, type DedupArticle, type DedupCluster, type ResolvedDedupOptions, type DedupOptions, type DedupResult, createDedupIndex } from './index.js'

const BATCH = 64
const IN_FLIGHT_PER_WORKER = 4

/** Progress on stderr (TTY only): articles, rate, and an ETA when the input size is known. */
class Progress {
  private readonly start = Date.now()
  private readonly line: ProgressLine
  articles = 0
  bytes = 0

  constructor(
    enabled: boolean,
    private readonly totalBytes: number | null,
  ) {
    this.line = new ProgressLine(enabled)
  }

  tick(force = false): void {
    this.line.show(() => this.compose(), force)
  }

  private compose(): string {
    const seconds = Math.max(0.001, (Date.now() - this.start) / 1000)
    const rate = this.articles / seconds
    let line = `dedup: ${this.articles} articles, ${rate.toFixed(0)}/s`
    if (this.totalBytes) {
      const share = Math.min(1, this.bytes / this.totalBytes)
      const width = 24
      const filled = Math.round(share * width)
      const eta = share > 0 ? (seconds * (1 - share)) / share : 0
      line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${line}, ETA ${eta.toFixed(0)} s`
    }
    return line
  }

  done(): void {
    this.tick(true)
    this.line.done()
  }
}

interface DedupCliOptions {
  readonly files: readonly string[]
  readonly options: DedupOptions
  readonly workers: number
  readonly load?: string
  readonly save?: string
  /** A PostgreSQL URL: add to the shared index there (corroborate/postgres); with --window and mode event or both, pruned to the window at the end. */
  readonly store?: string
  /** The schema of the shared index in that database. @default 'corroborate' */
  readonly schema?: string
  /** Write the final clusters here at the end, one JSON line `{id, members}` each: the batch answer of `clusters()`, which the per-article lines (decided as the stream goes) can only approach. */
  readonly clusters?: string
  /** Stop at the first bad line (after writing every article before it) instead of skipping it. */
  readonly strict?: boolean
  /** How to read a numeric `published` that is not ISO 8601. @default 'dmy' */
  readonly dateFormat?: DateFormat
}

type ClusterList = DedupCluster[]

/** The in-memory index, or the shared one in PostgreSQL (whose add() is async). */
interface Adder {
  add(article: DedupArticle): DedupResult | Promise<DedupResult>
  clusters(): ClusterList | Promise<ClusterList>
  /** `completed`: the whole input was decided (a run that failed or was stopped leaves the store as it is). */
  finish(save: string | undefined, completed: boolean): Promise<void>
}

/**
 * Options given on the command line with --load must agree with the ones the index was
 * saved with (its decisions were made with those): a difference is an error naming both.
 */
function checkLoadedOptions(given: DedupOptions, loaded: ResolvedDedupOptions, path: string): void {
  const wanted = resolveDedupOptions({ ...given, mode: given.mode ?? loaded.mode })
  for (const key of Object.keys(given) as Array<keyof DedupOptions & keyof ResolvedDedupOptions>) {
    if (JSON.stringify(wanted[key]) !== JSON.stringify(loaded[key])) {
      throw new CorroborateError('E_OPTION', [{ path: `options.${key}`, expected: `${JSON.stringify(loaded[key])}, the value the index in ${path} was saved with (or no --load)`, received: JSON.stringify(wanted[key]) }])
    }
  }
}

async function openIndex(options: DedupOptions, load: string | undefined, store: string | undefined, schema: string | undefined): Promise<Adder> {
  if (store !== undefined) {
    if (load !== undefined) throw inputError('--load', 'no --load with --store (the database holds the index)', JSON.stringify(load))
    // loaded only here, so that pg is never imported unless --store is given
    const { createPgDedupIndex } = await import('./postgres.js')
    const { mode, nearThreshold, eventThreshold, window } = options
    if (options.verify !== undefined) throw inputError('--verify', 'no --verify with --store (the shared index keeps no texts)', 'true')
    const shared = createPgDedupIndex({
      connectionString: store,
      ...(schema !== undefined ? { schema } : {}),
      ...(mode ? { mode } : {}),
      ...(nearThreshold !== undefined ? { nearThreshold } : {}),
      ...(eventThreshold !== undefined ? { eventThreshold } : {}),
      ...(window !== undefined ? { window } : {}),
    })
    try {
      await shared.init()
    } catch (error) {
      await shared.close()
      throw error
    }
    // retention: with a window, the same-event tables keep the window, not the history
    const retain = window !== undefined && mode !== undefined && mode !== 'near'
    return {
      add: (article) => shared.add(article),
      clusters: () => shared.clusters(),
      finish: async (_save, completed) => {
        try {
          if (retain && completed) await shared.prune()
        } finally {
          await shared.close()
        }
      },
    }
  }
  const index = load ? loadIndex(load) : createDedupIndex(options)
  if (load) checkLoadedOptions(options, index.options, load)
  return {
    add: (article) => index.add(article),
    clusters: () => index.clusters(),
    finish: async (save) => {
      if (save) saveIndex(index, save)
    },
  }
}

/** An article and where it was read, so that any failure names its file and line. */
interface Located {
  /** Null for a line refused as it was read: it waits its turn so that notices come in line order. */
  readonly article: DedupArticle | null
  readonly where: string
  readonly refused?: unknown
}

/** `error` re-addressed to the input line it happened at (its code and cause kept). */
function atLine(error: unknown, where: string): unknown {
  if (!(error instanceof CorroborateError)) return error
  return new CorroborateError(error.code, error.issues.map((issue) => ({ ...issue, path: `${where}: ${issue.path}` })), { cause: error.cause ?? error })
}

async function runDedup({ files, options, workers, load, save, store, schema, clusters, strict = false, dateFormat = 'dmy' }: DedupCliOptions): Promise<{ decided: number; skipped: number; signal: NodeJS.Signals | null }> {
  const inputs = files.length === 0 ? ['-'] : files
  checkJsonlInputs(inputs)
  if (store !== undefined && save !== undefined) throw inputError('--save', 'no --save with --store (the database holds the index)', JSON.stringify(save))
  if (store === undefined && schema !== undefined) throw inputError('--schema', '--store as well', JSON.stringify(schema))
  if (save !== undefined) checkSavePath(save)
  const index = await openIndex(options, load, store, schema)
  const totalBytes = inputs.includes('-') ? null : inputs.reduce((s, f) => s + statSync(f).size, 0)
  const progress = new Progress(Boolean(process.stderr.isTTY), totalBytes)
  const pool = workers > 0 ? new SignaturePool(workers) : null
  const queue: Array<{ items: Located[]; sigs: Promise<number[][]> | null }> = []
  let skipped = 0
  let decided = 0

  /** A bad line or article: reported with its place and skipped, or, with --strict, the end of the run. */
  const reject = (error: unknown, where: string | null): void => {
    if (strict || !(error instanceof CorroborateError) || error.code !== 'E_INPUT') throw where === null ? error : atLine(error, where)
    skipped++
    process.stderr.write(`corroborate: skipped ${safeMessage(where === null ? error.message : `${where}: ${error.message}`)}\n`)
  }

  const drainOne = async (): Promise<void> => {
    const batch = queue.shift()!
    const sigs = batch.sigs ? await batch.sigs : null
    for (let i = 0; i < batch.items.length; i++) {
      const { article, where, refused } = batch.items[i]!
      if (article === null) {
        reject(refused, null)
        continue
      }
      let result: DedupResult
      try {
        const added = index.add(sigs ? { ...article, signature: sigs[i]! } : article)
        result = added instanceof Promise ? await added : added
      } catch (error) {
        // the index checks an article before it changes anything: a rejected one left no trace
        reject(error, where)
        continue
      }
      const { id, cluster, level, matches } = result
      const pending = writeStdout(JSON.stringify({ id, cluster, level, matches: matches.map((m) => ({ id: m.id, similarity: m.similarity, level: m.level })) }) + '\n')
      if (pending) await pending
      decided++
      progress.articles++
    }
    progress.tick()
  }
  // a failure inside drainOne leaves undecidable work behind; any other failure (reading, a bad line with --strict) does not
  let draining = false
  const drainAll = async (limit: number): Promise<void> => {
    draining = true
    while (queue.length > limit) await drainOne()
    draining = false
  }
  const enqueue = (items: Located[]): void => {
    const needsSignatures = pool && (options.mode ?? 'both') !== 'event'
    queue.push({ items, sigs: needsSignatures ? pool.sign(items.map((item) => item.article?.text ?? '')) : null })
  }
  const dispatch = async (items: Located[]): Promise<void> => {
    enqueue(items)
    await drainAll(pool ? workers * IN_FLIGHT_PER_WORKER : 0)
  }

  // Ctrl-C or a TERM stops reading; what was read is still decided, written and saved. A second one exits at once.
  let stoppedBy: NodeJS.Signals | null = null
  let stopReading = (): void => {}
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stoppedBy) process.exit(128 + (signal === 'SIGINT' ? 2 : 15))
    stoppedBy = signal
    stopReading()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  let batch: Located[] = []
  let failure: { error: unknown } | null = null
  let completed = false
  try {
    for (const file of inputs) {
      if (stoppedBy) break
      const name = file === '-' ? 'stdin' : file
      const stream = file === '-' ? process.stdin : createReadStream(file)
      stopReading = () => stream.destroy()
      for await (const line of inputLines(stream)) {
        progress.bytes += line.bytes
        const where = `${name} line ${line.number}`
        let article: DedupArticle | null = null
        let refused: unknown = null
        if ('invalidAt' in line) refused = inputError(where, 'UTF-8 text', `an invalid UTF-8 sequence at byte ${line.invalidAt} of the line`)
        else if (!line.text.trim()) continue
        else {
          try {
            article = parseArticleLine(line.text, where, dateFormat)
          } catch (error) {
            refused = error
          }
        }
        // its message names the file and line already; with --strict it ends the reading here
        if (refused !== null && strict) reject(refused, null)
        batch.push(article ? { article, where } : { article: null, where, refused })
        if (batch.length >= BATCH) {
          const full = batch
          batch = []
          await dispatch(full)
        }
      }
    }
  } catch (error) {
    // a stream destroyed by Ctrl-C may end its iteration with a premature-close error: that is the stop asked for
    if (!stoppedBy) failure = { error }
  }
  try {
    // everything read before a failure is still decided and written, unless deciding itself failed
    if (!failure || !draining) {
      if (batch.length > 0) enqueue(batch)
      batch = []
      await drainAll(0)
    }
    progress.done()
    if (failure) throw failure.error
    if (clusters !== undefined) writeFileSync(clusters, (await index.clusters()).map((cluster) => JSON.stringify(cluster) + '\n').join(''))
    completed = !stoppedBy
    if (skipped > 0) process.stderr.write(`corroborate: dedup: ${decided} articles decided, ${skipped} ${skipped === 1 ? 'line' : 'lines'} skipped (exit status ${EXIT_SKIPPED})\n`)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    await pool?.close()
    // the index holds exactly the articles written out: save it even when the run stops early
    await index.finish(save, completed)
  }
  if (stoppedBy) process.stderr.write(`corroborate: dedup: stopped by ${stoppedBy} after ${decided} articles${save ? `; index saved to ${safeMessage(save)}` : ''}\n`)
  return { decided, skipped, signal: stoppedBy }
}

export const dedupPositionals: Positionals = { min: 0, max: Infinity, what: 'JSONL files (or - for stdin)' }
/** Sections of `corroborate dedup --help` after the flags. */
export const dedupHelp: readonly string[] = [
  `INPUT

  One JSON object per line: {id, text, title?, source?, published?}. Without files (or with -)
  the articles come from stdin, which must then be a pipe or a file, not a terminal.

  published: ISO 8601 (2013-10-23T11:39:00+07:00), RFC 2822, or a newsroom date read day
  first (--date-format dmy): 23/10/2013, 23-10-2013, 23.10.2013, with an optional time before
  or after it (11:39, 11:39:05, 11h39) and zone (GMT+7, +07:00). --date-format mdy reads
  10/23/2013 (and 11:39 AM); iso accepts ISO 8601 only. A time without a zone is read as UTC.`,
]

export const dedupCommand = defineCommand({
  meta: { name: 'dedup', description: 'Cluster JSONL articles ({id, text, title?, source?, published?}) into near-duplicates and same-event groups' },
  args: {
    files: { type: 'positional', required: false, description: 'JSONL files, read in order (default, or -: stdin)' },
    mode: { type: 'string', description: 'near, event or both (default: both; near with --store)' },
    threshold: { type: 'string', description: 'Decision threshold: Jaccard estimate in near mode, hub-corrected event score in event/both mode' },
    'near-threshold': { type: 'string', description: 'Jaccard estimate for near-duplicates in both mode (default 0.5)' },
    window: { type: 'string', description: "Only match articles published this close together, e.g. '48h'" },
    'date-format': { type: 'string', description: 'How to read a numeric published date: dmy (day first, 23/10/2013; default), mdy (month first) or iso (ISO 8601 only)', valueHint: 'dmy|mdy|iso' },
    verify: { type: 'boolean', description: 'Confirm same-event matches with compare() (slower; keeps texts in memory)' },
    workers: { type: 'string', description: 'Worker threads computing signatures (default 0: main thread)', default: '0' },
    load: { type: 'string', description: 'Start from an index saved with --save' },
    save: { type: 'string', description: 'Save the index (JSON) at the end' },
    store: { type: 'string', description: 'Add to the shared index in this PostgreSQL database (postgres://…; needs the pg package); with --window and --mode event|both, articles older than the window are pruned at the end' },
    schema: { type: 'string', description: "Schema of the shared index in the --store database (default 'corroborate')" },
    strict: { type: 'boolean', description: `Stop at the first bad line (malformed JSON, a missing field, a duplicate id, an unreadable date) instead of skipping it; without it, skipped lines are reported and the exit status is ${EXIT_SKIPPED}` },
    clusters: { type: 'string', description: 'At the end, write the final clusters ({id, members} per line) to this file: the batch answer, better than the per-article lines decided as the stream goes' },
    debug: { type: 'boolean', description: 'Print the stack trace of an internal error' },
  },
  async run({ args }) {
    const files = (args._ as string[] | undefined) ?? []
    // Waiting silently for a terminal to type JSONL helps nobody.
    if (files.length === 0 && process.stdin.isTTY) throw new UsageError('no input: give JSONL files, or pipe articles into stdin', 'dedup')
    const mode = String(args.mode ?? (args.store !== undefined ? 'near' : 'both'))
    if (!['near', 'event', 'both'].includes(mode)) throw inputError('--mode', 'near, event or both', JSON.stringify(mode))
    const number = (flag: string, value: unknown, lo: number, hi: number): number | undefined => {
      if (value === undefined) return undefined
      const n = Number(value)
      if (value === '' || !Number.isFinite(n) || n < lo || n > hi) throw inputError(flag, `a number in [${lo}, ${hi}]`, JSON.stringify(value))
      return n
    }
    const threshold = number('--threshold', args.threshold, -1, 1)
    const nearThreshold = number('--near-threshold', args['near-threshold'], 0, 1)
    const workers = number('--workers', args.workers, 0, 64)!
    if (!Number.isInteger(workers)) throw inputError('--workers', 'a whole number', String(args.workers))
    // the mode only when chosen: a loaded index keeps its own unless the command line asks otherwise
    const options: { -readonly [K in keyof DedupOptions]: DedupOptions[K] } = args.mode !== undefined || args.store !== undefined ? { mode: mode as DedupOptions['mode'] } : {}
    if (threshold !== undefined) {
      if (mode === 'near') options.nearThreshold = threshold
      else options.eventThreshold = threshold
    }
    if (nearThreshold !== undefined) options.nearThreshold = nearThreshold
    if (args.window !== undefined) options.window = String(args.window)
    if (args.verify) options.verify = true
    const dateFormat = String(args['date-format'] ?? 'dmy')
    if (!['dmy', 'mdy', 'iso'].includes(dateFormat)) throw inputError('--date-format', 'dmy, mdy or iso', JSON.stringify(dateFormat))
    const { skipped, signal } = await runDedup({ files, options, workers, strict: Boolean(args.strict), dateFormat: dateFormat as DateFormat, ...(typeof args.load === 'string' ? { load: args.load } : {}), ...(typeof args.save === 'string' ? { save: args.save } : {}), ...(typeof args.store === 'string' ? { store: args.store } : {}), ...(typeof args.schema === 'string' ? { schema: args.schema } : {}), ...(typeof args.clusters === 'string' ? { clusters: args.clusters } : {}) })
    if (signal) process.exitCode = 128 + (signal === 'SIGINT' ? 2 : 15)
    else if (skipped > 0) process.exitCode = EXIT_SKIPPED
  },
})
