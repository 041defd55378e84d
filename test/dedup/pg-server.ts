/**
 * What the PostgreSQL tests share: the server (CORROBORATE_PG_URL, which .ci/postgres.sh sets),
 * skipping with a notice when there is none (never in CI), schemas of their own that are dropped
 * at the end, and worker processes (pg-worker.mjs) that add articles to one shared index.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import pg from 'pg'
import type { DedupArticle } from '../../src'
import { ROOT } from '../helpers'

export const URL = process.env.CORROBORATE_PG_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@localhost:5432/postgres'

/**
 * The test server for one test file (`file`, named in the notice; `what` its tests), or `skip`.
 * Schemas from `schemaFor()` start with `prefix`, the process and the time, so that test files
 * run side by side never share one.
 */
export async function testServer(what: string, file: string, prefix: string) {
  const admin = new pg.Pool({ connectionString: URL, max: 2, connectionTimeoutMillis: 3000 })
  const why = await admin.query('select 1').then(
    () => null,
    (error: Error) => error.message || String(error),
  )
  const skip = why !== null && !process.env.CI
  if (skip) console.warn(`\n  SKIPPED PostgreSQL ${what}: no server at ${URL} (${why}). Run them with: bash .ci/postgres.sh npx vitest run ${file}\n`)
  const run = `${prefix}${process.pid}_${Date.now().toString(36)}`
  const schemas: string[] = []
  return {
    admin,
    skip,
    schemaFor(name: string): string {
      schemas.push(`${run}_${name}`)
      return `${run}_${name}`
    },
    /** Drop this file's schemas and close the pool (for afterAll). */
    async close(): Promise<void> {
      if (!skip) for (const schema of schemas) await admin.query(`drop schema if exists "${schema}" cascade`)
      await admin.end().catch(() => {})
    },
  }
}

/** A partition as sorted lines of sorted members, to compare two of them. */
export const partition = (clusters: ReadonlyArray<{ members: readonly string[] }>): string[] => clusters.map((c) => [...c.members].sort().join(' ')).sort()

/**
 * A worker process (pg-worker.mjs) adding `input` in order to the index in `schema` (with
 * `options`), started by `go()`; `output()` is what it printed when done. `dir` holds its input.
 */
export function pgWorker<Output>(dir: string, schema: string, input: readonly DedupArticle[], name: string, options?: object) {
  const file = join(dir, `${schema}-${name}.json`)
  writeFileSync(file, JSON.stringify(input))
  const child = spawn(process.execPath, [resolve(ROOT, 'test/dedup/pg-worker.mjs'), URL, schema, file, ...(options ? [JSON.stringify(options)] : [])], { stdio: ['pipe', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
  const closed = new Promise<number | null>((done) => child.on('close', done))
  const ready = new Promise<void>((done, fail) => {
    child.stdout.on('data', () => out.startsWith('ready\n') && done())
    void closed.then((code) => fail(new Error(`worker ${name} exited ${code} before it was ready: ${err}`)))
  })
  return { child, ready, go: () => child.stdin.end('go\n'), closed, output: () => JSON.parse(out.split('\n')[1]!) as Output, stderr: () => err }
}
