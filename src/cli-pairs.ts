/**
 * `corroborate compare --pairs pairs.jsonl`: one report per line, in input order, through
 * compareBatch() (on --workers threads). A pair line is `{a, b}` (each a file path, or an
 * article object `{text, source?, url?, published?}`) or `{aId, bId}` naming articles of
 * `--articles articles.jsonl` (dedup's input format). Bad lines are reported with their
 * line number and skipped (exit 3), or with --strict end the run (exit 2), as in dedup.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { UsageError, inCliTerms } from './cli-args'
import { maxLength } from './cli-compare'
import { readReport } from './cli-input'
import { EXIT_SKIPPED, inputError, parseArticleLine } from './cli-article-lines'
import { NOT_WITH_PAIRS } from './cli-pairs-args'
import { workerV8Flags } from './cli-pairs-v8'
import { inputLines } from './cli-lines'
import { ProgressLine, safeMessage, writeStdout } from './cli-output'
import { type Article, type BatchPair, CorroborateError, type DedupArticle, compareBatchJson } from './index.js'

/** A pair line, or where the line is and why it was refused. */
type Entry = { readonly where: string } | { readonly where: string; readonly refused: CorroborateError }

/** The articles of --articles by id; a bad line there is reported (or, with --strict, fatal) like a bad pair line. */
async function readArticles(path: string, report: (error: CorroborateError) => void): Promise<Map<string, DedupArticle>> {
  const articles = new Map<string, DedupArticle>()
  for await (const line of inputLines(createReadStream(path))) {
    const where = `${path} line ${line.number}`
    if ('invalidAt' in line) {
      report(inputError(where, 'UTF-8 text', `an invalid UTF-8 sequence at byte ${line.invalidAt} of the line`))
      continue
    }
    if (!line.text.trim()) continue
    try {
      const article = parseArticleLine(line.text, where)
      if (articles.has(article.id)) throw inputError(`${where}: id`, 'an id not used on an earlier line', JSON.stringify(article.id))
      articles.set(article.id, article)
    } catch (error) {
      if (!(error instanceof CorroborateError)) throw error
      report(error)
    }
  }
  return articles
}

function checkFile(path: string, flag: string): void {
  if (!existsSync(path)) throw new UsageError(`${flag} ${path}: no such file`)
  if (statSync(path).isDirectory()) throw new UsageError(`${flag} ${path}: is a directory, expected a JSONL file`)
}

/**
 * One side of a pair line: a file path (read now, relative to `base`; a .html/.htm file as a
 * page, as `compare a.html b.html` reads it) or an article object.
 */
async function side(value: unknown, key: 'a' | 'b', where: string, base: string): Promise<string | Article> {
  if (typeof value === 'string' && value) {
    const path = resolve(base, value)
    try {
      return await readReport(path, undefined, basename(value))
    } catch (error) {
      // readReport's message names the path and the problem (no such file, binary, invalid UTF-8, a bad page)
      throw inputError(`${where}: ${key}`, 'a readable UTF-8 text file or HTML page', (error as Error).message.replace(`${path}: `, `${JSON.stringify(value)}: `))
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as Article).text === 'string') return value as Article
  throw inputError(`${where}: ${key}`, 'a file path or an article {text, source?, url?, published?}', JSON.stringify(value) ?? 'nothing')
}

async function parsePairLine(text: string, where: string, base: string, articles: Map<string, DedupArticle> | null): Promise<BatchPair> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw inputError(where, 'one JSON object per line', `invalid JSON (${(error as Error).message})`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw inputError(where, 'a JSON object {a, b} or {aId, bId}', Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value)
  const line = value as Record<string, unknown>
  if ('aId' in line || 'bId' in line) {
    if (!articles) throw inputError(where, '{a, b}, or --articles for {aId, bId}', '{aId, bId} without --articles')
    const article = (key: 'aId' | 'bId'): Article => {
      const id = line[key]
      const found = (typeof id === 'string' || typeof id === 'number') && articles.get(String(id))
      if (!found) throw inputError(`${where}: ${key}`, 'the id of an article in --articles', JSON.stringify(id) ?? 'nothing')
      return { text: found.text, source: found.id, ...(found.published ? { published: found.published } : {}) }
    }
    return [article('aId'), article('bId')]
  }
  return [await side(line.a, 'a', where, base), await side(line.b, 'b', where, base)]
}

/** Progress on stderr (a terminal only): pairs compared and the rate. */
function progress(enabled: boolean): { tick(count: number, force?: boolean): void; done(count: number): void } {
  const start = Date.now()
  const line = new ProgressLine(enabled)
  const tick = (count: number, force = false): void =>
    line.show(() => `compare: ${count} pairs, ${(count / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(1)}/s`, force)
  return { tick, done: (count) => (tick(count, true), line.done()) }
}

interface PairsRun {
  readonly pairs: string
  readonly articles?: string
  readonly workers: number
  readonly strict: boolean
  readonly maxLength?: number
}

/** Runs the batch; returns how many pairs were compared and how many lines skipped. */
async function runPairs({ pairs, articles: articlesPath, workers, strict, maxLength }: PairsRun): Promise<{ compared: number; skipped: number }> {
  if (pairs === '-' && process.stdin.isTTY) throw new UsageError('--pairs -: no input: pipe the pairs into stdin, or give a file', 'compare')
  if (pairs !== '-') checkFile(pairs, '--pairs')
  const name = pairs === '-' ? 'stdin' : pairs
  const base = pairs === '-' ? process.cwd() : dirname(resolve(pairs))
  let skipped = 0
  /** A bad line: reported and skipped, or with --strict the end of the run. */
  const refuse = (error: CorroborateError): void => {
    if (strict) throw error
    skipped++
    process.stderr.write(`corroborate: skipped ${safeMessage(inCliTerms(error, { flags: { maxLength: '--max-length' } }).message)}\n`)
  }
  if (articlesPath !== undefined) checkFile(articlesPath, '--articles')
  let articles: Map<string, DedupArticle> | null = null

  // Lines in read order; a pair's entry is taken off when its result comes (results keep input order).
  const entries: Entry[] = []
  async function* readPairs(): AsyncGenerator<BatchPair> {
    // read when the batch asks for its first pair, once its workers are starting: loading the
    // library in each worker then overlaps the reading instead of following it
    if (articlesPath !== undefined) articles = await readArticles(articlesPath, refuse)
    for await (const line of inputLines(pairs === '-' ? process.stdin : createReadStream(pairs))) {
      const where = `${name} line ${line.number}`
      if ('invalidAt' in line) {
        entries.push({ where, refused: inputError(where, 'UTF-8 text', `an invalid UTF-8 sequence at byte ${line.invalidAt} of the line`) })
        continue
      }
      if (!line.text.trim()) continue
      let pair: BatchPair
      try {
        pair = await parsePairLine(line.text, where, base, articles)
      } catch (error) {
        if (!(error instanceof CorroborateError)) throw error
        entries.push({ where, refused: error })
        continue
      }
      entries.push({ where })
      yield pair
    }
  }
  /** Report the refused lines that come before the next pair, in line order. */
  const refuseUpToNextPair = (): void => {
    while (entries.length > 0 && 'refused' in entries[0]!) refuse((entries.shift() as { refused: CorroborateError }).refused)
  }

  // before the workers start: V8 reads its flags when it creates an isolate
  for (const flag of workerV8Flags(workers, availableParallelism())) setFlagsFromString(flag)
  const shown = progress(Boolean(process.stderr.isTTY))
  let compared = 0
  try {
    // the workers make each line's JSON text, so this thread only reads pairs and writes lines
    for await (const result of compareBatchJson(readPairs(), { workers, ...(maxLength === undefined ? {} : { maxLength }) })) {
      refuseUpToNextPair()
      const { where } = entries.shift()!
      if (!result.success) {
        refuse(new CorroborateError(result.error.code, result.error.issues.map((issue) => ({ ...issue, path: `${where}: ${issue.path}` }))))
        continue
      }
      const pending = writeStdout(result.json + '\n')
      if (pending) await pending
      shown.tick(++compared)
    }
    refuseUpToNextPair()
  } finally {
    shown.done(compared)
  }
  if (skipped > 0) process.stderr.write(`corroborate: compare: ${compared} pairs compared, ${skipped} ${skipped === 1 ? 'line' : 'lines'} skipped (exit status ${EXIT_SKIPPED})\n`)
  return { compared, skipped }
}

/** Whether compare's arguments ask for the batch mode (before any `--`). */
export function wantsPairs(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).some((arg) => /^--pairs(=|$)/.test(arg))
}

/**
 * `compare --pairs …`, its flags already checked against compare's table by checkArgs
 * (`given`: the flags present); returns the exit status.
 */
export async function pairsCompare(args: readonly string[], given: ReadonlySet<string>): Promise<number> {
  for (const flag of NOT_WITH_PAIRS) if (given.has(flag)) throw new UsageError(`--${flag} names or renders one pair; --pairs writes one JSON report per line`, 'compare')
  const string = { type: 'string' } as const
  const { values } = parseArgs({ args: [...args], strict: false, allowPositionals: true, options: { pairs: string, articles: string, workers: string, format: string, 'max-length': string, strict: { type: 'boolean' }, json: { type: 'boolean' } } })
  if (values.format !== undefined && values.format !== 'json') throw new UsageError(`--format ${String(values.format)}: --pairs writes JSON lines; give --format json or leave it out`, 'compare')
  const pairs = String(values.pairs)
  if (!pairs) throw new UsageError('--pairs: expected a JSONL file, or - for stdin', 'compare')
  const workers = values.workers === undefined ? 0 : Number(values.workers)
  if (!/^\d+$/.test(String(values.workers ?? '0')) || workers > 64) throw new UsageError(`--workers: expected a whole number from 0 to 64, received ${JSON.stringify(values.workers)}`, 'compare')
  const limit = maxLength(values['max-length'])
  const { skipped } = await runPairs({ pairs, workers, strict: values.strict === true, ...(typeof values.articles === 'string' ? { articles: values.articles } : {}), ...(limit === undefined ? {} : { maxLength: limit }) })
  return skipped > 0 ? EXIT_SKIPPED : 0
}
