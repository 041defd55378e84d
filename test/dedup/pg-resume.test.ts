/**
 * The shared PostgreSQL index under restarts, overlapping workers, lost connections and
 * bad lines (issue 13). Runs with a server: `bash .ci/postgres.sh npx vitest run
 * test/dedup/pg-resume.test.ts`; without one it skips with a notice, unless CI is set.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type DedupArticle, createDedupIndex } from '../../src'
import { ROOT, corpusArticles } from '../helpers'
import { URL, partition, pgWorker, testServer } from './pg-server'

const { admin, skip: SKIP, schemaFor, close } = await testServer('resume tests', 'test/dedup/pg-resume.test.ts', 'r')

// the corpus pages and two light edits of each long one: near-duplicate groups that match nothing else
const articles: DedupArticle[] = corpusArticles().flatMap((page, i) => {
  const s = page.sentences
  const own = [{ id: `p${i}`, text: s.join(' ') }]
  return s.length < 8 ? own : [...own, { id: `p${i}-lead`, text: `Cập nhật: ${s.slice(0, -1).join(' ')}` }, { id: `p${i}-cut`, text: `${s.filter((_, k) => k !== 1).join(' ')} (Theo TTXVN)` }]
})
const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-resume-'))
const CLI = resolve(ROOT, 'dist/cli.js')
const count = async (schema: string) => Number((await admin.query(`select count(*) as n from "${schema}".articles`)).rows[0].n)

/** A worker process adding `input` one by one, started when `go` is called. */
const worker = (schema: string, input: DedupArticle[], name: string) => pgWorker<{ results: unknown[] }>(dir, schema, input, name)

afterAll(close)

describe.skipIf(SKIP)('the shared index: restarts and overlaps', () => {
  it('two workers with overlapping inputs and a worker restarted mid-file: every id once, the one-process partition', async () => {
    const schema = schemaFor('overlap')
    const third = Math.floor(articles.length / 3)
    const workers = [worker(schema, articles.slice(0, 2 * third), 'head'), worker(schema, articles.slice(third), 'tail'), worker(schema, articles, 'killed')]
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.go()
    // the third dies (kill -9) once the index holds some articles, and is started again on its whole file
    while ((await count(schema)) < 20) await new Promise((done) => setTimeout(done, 20))
    workers[2]!.child.kill('SIGKILL')
    const restarted = worker(schema, articles, 'restarted')
    await restarted.ready
    restarted.go()
    expect(await workers[0]!.closed, workers[0]!.stderr()).toBe(0)
    expect(await workers[1]!.closed, workers[1]!.stderr()).toBe(0)
    expect(await restarted.closed, restarted.stderr()).toBe(0)
    expect(workers[0]!.output().results).toHaveLength(2 * third)
    expect(workers[1]!.output().results).toHaveLength(articles.length - third)
    expect(restarted.output().results).toHaveLength(articles.length)
    const ids = (await admin.query(`select id from "${schema}".articles`)).rows.map((r: { id: string }) => r.id)
    expect(ids.sort()).toEqual(articles.map((a) => a.id).sort())
    const memory = createDedupIndex({ mode: 'near' })
    for (const article of articles) memory.add(article)
    const { createPgDedupIndex } = await import('../../src/postgres')
    const shared = createPgDedupIndex({ connectionString: URL, schema })
    expect(partition(await shared.clusters())).toEqual(partition(memory.clusters()))
    await shared.close()
  }, 120_000)
})

describe.skipIf(SKIP)('corroborate dedup --store when things go wrong', () => {
  const lines = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `a${i}`, text: articles[i % articles.length]!.text.slice(0, 600) + ` ${i}` }))

  // 400 lines, not the 2,000 of the in-memory test (test/dedup/cli-stream.test.ts): each add is a few round trips
  it('a bad line at line 101 of 400, --workers 2: the 399 others decided and committed, exit 3', async () => {
    const schema = schemaFor('badline')
    const input = join(dir, 'bad-line.jsonl')
    writeFileSync(input, [...lines.slice(0, 100), '{"id": "broken", ', ...lines.slice(101, 400)].join('\n') + '\n')
    const r = spawnSync(process.execPath, [CLI, 'dedup', input, '--store', URL, '--schema', schema, '--workers', '2'], { encoding: 'utf8' })
    expect(r.stderr).toMatch(/^corroborate: skipped .*bad-line\.jsonl line 101: expected one JSON object per line/)
    expect(r.status).toBe(3)
    const written = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)
    expect(written).toEqual(lines.slice(0, 400).filter((_, i) => i !== 100).map((l) => (JSON.parse(l) as { id: string }).id))
    expect(await count(schema)).toBe(399)
  }, 120_000)

  it('a lost connection ends in E_STORE naming the line, with output lines = committed rows', async () => {
    const schema = schemaFor('lost')
    const input = join(dir, 'lost.jsonl')
    writeFileSync(input, lines.join('\n') + '\n')
    const tag = `corroborate_lost_${process.pid}`
    const url = `${URL}${URL.includes('?') ? '&' : '?'}application_name=${tag}`
    const child = spawn(process.execPath, [CLI, 'dedup', input, '--store', url, '--schema', schema], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const closed = new Promise<number | null>((done) => child.on('close', done))
    let running = true
    void closed.then(() => (running = false))
    // once it is under way, cut its connections again and again until it stops
    while (running && stdout.split('\n').length < 200) await new Promise((done) => setTimeout(done, 20))
    while (running) {
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [tag])
      await new Promise((done) => setTimeout(done, 25))
    }
    const status = await closed
    expect(stderr).not.toMatch(/Error:|at .*\.js:\d+/)
    expect(stderr).toMatch(/^corroborate: .*lost\.jsonl line \d+: store: expected /)
    expect(status).toBe(2)
    const written = stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)
    const committed = (await admin.query(`select id from "${schema}".articles order by seq`)).rows.map((r: { id: string }) => r.id)
    expect(written).toEqual(committed)
    const stoppedAt = Number(/line (\d+)/.exec(stderr)![1])
    expect(stoppedAt).toBe(written.length + 1)
  }, 120_000)
})
