/**
 * The same-event level of the shared PostgreSQL index (mode 'event' and 'both', issue 18)
 * on a real server: `bash .ci/postgres.sh npx vitest run test/dedup/pg-event.test.ts`
 * (CI does this for `npm test`); without one it skips with a notice, unless CI is set.
 * The articles are the 187 VietnameseMDS articles (69 same-event clusters from clusters
 * 1–100) of test/fixtures/real-divergences/vi-articles.jsonl, in publication order.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type DedupArticle, type DedupResult, createDedupIndex } from '../../src'
import { createPgDedupIndex } from '../../src/postgres'
import { ROOT } from '../helpers'
import { URL, pgWorker, testServer } from './pg-server'

const { admin, skip: SKIP, schemaFor, close } = await testServer('same-event tests', 'test/dedup/pg-event.test.ts', 'e')

/** VietnameseMDS times ("23/10/2013 11:39", Vietnam) as ISO 8601. */
const iso = (time: string): string => {
  const [, d, m, y, hh, mm] = /^(\d+)\/(\d+)\/(\d+)\s+(\d+):(\d+)/.exec(time)!
  const two = (x: string) => x.padStart(2, '0')
  return `${y}-${two(m!)}-${two(d!)}T${two(hh!)}:${mm}:00+07:00`
}
const articles: DedupArticle[] = readFileSync(resolve(ROOT, 'test/fixtures/real-divergences/vi-articles.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string; time: string })
  .map((a) => ({ id: a.id, title: a.title, text: a.text, published: iso(a.time) }))
  .sort((x, y) => Date.parse(x.published!) - Date.parse(y.published!) || Number(x.id) - Number(y.id))

/** The pairs of articles a partition puts together. */
const pairs = (clusters: ReadonlyArray<{ members: readonly string[] }>): Set<string> => new Set(clusters.flatMap((c) => c.members.flatMap((x, i) => c.members.slice(i + 1).map((y) => [x, y].sort().join(' ')))))
/**
 * Share of the co-clustered pairs on which two partitions disagree. The batch answer is the
 * in-memory index's, which depends a little on the order of arrival even in memory (the
 * features an article keeps are chosen with the idf of its moment), so two orders of the
 * same articles agree on nearly all pairs, not necessarily all. The racing order changes from
 * run to run with the scheduler: 0 to 2.1% of the pairs differed in the runs seen, so the bound
 * is 5%; the exact guarantee is the equality on the commit order, asserted beside it.
 */
const disagreement = (x: ReadonlyArray<{ members: readonly string[] }>, y: ReadonlyArray<{ members: readonly string[] }>): number => {
  const a = pairs(x)
  const b = pairs(y)
  const differ = [...a].filter((p) => !b.has(p)).length + [...b].filter((p) => !a.has(p)).length
  return differ / Math.max(1, new Set([...a, ...b]).size)
}
const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-event-'))
const byId = new Map(articles.map((a) => [a.id, a]))
/** The articles in the order the shared index committed them. */
const committed = async (schema: string): Promise<DedupArticle[]> => (await admin.query(`select id from "${schema}".articles order by seq`)).rows.map((r: { id: string }) => byId.get(r.id)!)
const inMemory = (mode: 'event' | 'both', stream: readonly DedupArticle[]) => {
  const index = createDedupIndex({ mode })
  const results = stream.map((a) => index.add(a))
  return { index, results }
}

/** A worker process adding `input` in order in mode 'both', started by `go()`. */
const worker = (schema: string, input: readonly DedupArticle[], name: string) => pgWorker<{ started: number; finished: number; results: DedupResult[] }>(dir, schema, input, name, { mode: 'both' })

/** Rows that belong to no article, and statistics that disagree with the articles stored. */
async function inconsistencies(schema: string): Promise<Record<string, number>> {
  const s = `"${schema}"`
  const one = async (sql: string) => Number((await admin.query(sql)).rows[0].n)
  return {
    eventRowsWithoutArticle: await one(`select count(*) as n from ${s}.event_docs e where not exists (select 1 from ${s}.articles a where a.seq = e.seq)`),
    articlesWithoutEventRow: await one(`select count(*) as n from ${s}.articles a where not exists (select 1 from ${s}.event_docs e where e.seq = a.seq)`),
    postingsWithoutArticle: await one(`select count(*) as n from ${s}.postings p where not exists (select 1 from ${s}.event_docs e where e.seq = p.seq)`),
    bandsWithoutArticle: await one(`select count(*) as n from ${s}.bands b where not exists (select 1 from ${s}.articles a where a.seq = b.seq)`),
    rootsNotStored: await one(`select count(*) as n from ${s}.articles a where not exists (select 1 from ${s}.articles r where r.seq = a.root)`),
    articleCountOff: await one(`select abs((select articles from ${s}.event_stats) - (select count(*) from ${s}.articles)) as n`),
    // df and posting-list lengths recounted from the stored articles
    dfOff: await one(`select count(*) as n from ${s}.df d full join (select f, count(*) as c from ${s}.event_docs, unnest(features) as f group by f) x on x.f = d.feature where d.df is distinct from x.c`),
    keptOff: await one(`select count(*) as n from ${s}.df d full join (select feature, count(*) as c from ${s}.postings group by feature) x on x.feature = d.feature where d.kept is distinct from coalesce(x.c, 0)`),
  }
}
const consistent = { eventRowsWithoutArticle: 0, articlesWithoutEventRow: 0, postingsWithoutArticle: 0, bandsWithoutArticle: 0, rootsNotStored: 0, articleCountOff: 0, dfOff: 0, keptOff: 0 }

afterAll(close)

describe.skipIf(SKIP)('the same-event level on PostgreSQL', () => {
  it.each([['event' as const], ['both' as const]])('decides every add, query and clusters() as the in-memory index does (mode %s)', async (mode) => {
    const stream = articles.slice(0, 70)
    const index = createPgDedupIndex({ connectionString: URL, schema: schemaFor(`single_${mode}`), mode })
    const memory = createDedupIndex({ mode })
    for (const article of stream) expect(await index.add(article)).toEqual(memory.add(article))
    expect(await index.clusters()).toEqual(memory.clusters())
    expect(await index.clusters({ consolidate: false })).toEqual(memory.clusters({ consolidate: false }))
    for (const article of articles.slice(70, 76)) expect(await index.query({ text: article.text, title: article.title, published: article.published })).toEqual(memory.query({ text: article.text, title: article.title, published: article.published }))
    expect(await index.size()).toBe(stream.length)
    // stored again: the decision it got, its cluster named as it is now; another text under its id is refused
    const first = inMemory(mode, stream).results
    const streamingCluster = (id: string) => memory.clusters({ consolidate: false }).find((c) => c.members.includes(id))?.id ?? id
    for (const n of [0, 17, 69]) expect(await index.add(stream[n]!)).toEqual({ ...first[n]!, cluster: streamingCluster(stream[n]!.id) })
    await expect(index.add({ id: stream[0]!.id, text: 'Một văn bản khác hẳn.' })).rejects.toMatchObject({ code: 'E_INPUT', issues: [{ path: 'article.id' }] })
    expect(await inconsistencies(index.schema)).toEqual(consistent)
    await index.close()
  }, 300_000)

  it.each([['event' as const], ['both' as const]])('keeps the window, undated and empty articles as the in-memory index does (mode %s)', async (mode) => {
    const index = createPgDedupIndex({ connectionString: URL, schema: schemaFor(`window_${mode}`), mode, window: '48h' })
    const memory = createDedupIndex({ mode, window: '48h' })
    const text = articles[0]!.text
    const stream: DedupArticle[] = [
      { id: 'wire', text, published: '2013-10-21T10:00:00+07:00' },
      { id: 'late', text, published: '2013-10-25T10:00:00+07:00' },
      { id: 'soon', text: articles[1]!.text, published: '2013-10-22T10:00:00+07:00' },
      { id: 'undated', text },
      { id: 'empty', text: '' },
      { id: 'empty-too', text: '…' },
      { id: 'title-only', text: '', title: articles[0]!.title },
    ]
    for (const article of stream) expect(await index.add(article)).toEqual(memory.add(article))
    expect(await index.clusters()).toEqual(memory.clusters())
    expect(await index.clusters({ consolidate: false })).toEqual(memory.clusters({ consolidate: false }))
    await index.close()
  }, 120_000)

  it('two processes adding interleaved halves in both mode: the clusters() of one in-memory index, the streaming answers of one PostgreSQL process', async () => {
    const schema = schemaFor('halves')
    const workers = [worker(schema, articles.filter((_, i) => i % 2 === 0), 'even'), worker(schema, articles.filter((_, i) => i % 2 === 1), 'odd')]
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.go()
    for (const w of workers) expect(await w.closed, w.stderr()).toBe(0)
    const [even, odd] = workers.map((w) => w.output())
    expect(Math.min(even!.finished, odd!.finished)).toBeGreaterThan(Math.max(even!.started, odd!.started))
    const order = await committed(schema)
    expect(order.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort())
    const shared = createPgDedupIndex({ connectionString: URL, schema, mode: 'both' })
    // the batch answer: the in-memory index's on the same articles in the same order
    const memory = inMemory('both', order)
    expect(await shared.clusters()).toEqual(memory.index.clusters())
    // the streaming answers: what one process adding in that order was told, article by article
    const one = createPgDedupIndex({ connectionString: URL, schema: schemaFor('halves_one'), mode: 'both' })
    const told = new Map([...even!.results, ...odd!.results].map((r) => [r.id, r]))
    for (const article of order) expect(await one.add(article)).toEqual(told.get(article.id))
    expect(await shared.clusters({ consolidate: false })).toEqual(await one.clusters({ consolidate: false }))
    expect(await shared.clusters()).toEqual(await one.clusters())
    // and next to the publication order (the interleaving changes which features were kept). How
    // far depends on the race: over 40 fair random interleavings of the two halves, the in-memory
    // index on these 270 articles disagrees with publication order on a share of pairs of median
    // 0.052, 90th percentile 0.078, at most 0.094 (the former bound of 0.05 passed by luck of the
    // race and failed at 0.061). Far above that would mean the interleaving, not the order, broke something.
    expect(disagreement(await shared.clusters(), inMemory('both', articles).index.clusters())).toBeLessThan(0.15)
    expect(await inconsistencies(schema)).toEqual(consistent)
    await Promise.all([shared.close(), one.close()])
  }, 600_000)

  it('four workers, one killed with -9 midway and restarted on its file: every article once, no orphan rows, the clusters of one in-memory index on the same order', async () => {
    const schema = schemaFor('killed')
    const quarters = [0, 1, 2, 3].map((q) => articles.filter((_, i) => i % 4 === q))
    const workers = quarters.map((input, q) => worker(schema, input, `q${q}`))
    await Promise.all(workers.map((w) => w.ready))
    for (const w of workers) w.go()
    const count = async () => Number((await admin.query(`select count(*) as n from "${schema}".articles`)).rows[0].n)
    while ((await count()) < articles.length / 3) await new Promise((done) => setTimeout(done, 20))
    workers[3]!.child.kill('SIGKILL')
    const restarted = worker(schema, quarters[3]!, 'q3-again')
    await restarted.ready
    restarted.go()
    for (const w of [...workers.slice(0, 3), restarted]) expect(await w.closed, w.stderr()).toBe(0)
    expect(restarted.output().results.map((r) => r.id)).toEqual(quarters[3]!.map((a) => a.id))
    const ids = (await admin.query(`select id from "${schema}".articles`)).rows.map((r: { id: string }) => r.id)
    expect(ids.sort()).toEqual(articles.map((a) => a.id).sort())
    expect(await inconsistencies(schema)).toEqual(consistent)
    const shared = createPgDedupIndex({ connectionString: URL, schema, mode: 'both' })
    // No bound against publication order here: the restarted worker commits its quarter last, and how
    // far that moves the clusters depends on where the kill fell (a CI run gave 10.7%).
    expect(await shared.clusters()).toEqual(inMemory('both', await committed(schema)).index.clusters())
    await shared.close()
  }, 600_000)

  it('prune takes the articles before the window out of every table and out of the document frequencies', async () => {
    const stream = articles.slice(0, 60)
    const index = createPgDedupIndex({ connectionString: URL, schema: schemaFor('prune'), mode: 'both', window: '72h' })
    for (const article of stream) await index.add(article)
    const newest = Math.max(...stream.map((a) => Date.parse(a.published!)))
    const kept = stream.filter((a) => Date.parse(a.published!) >= newest - 72 * 3_600_000)
    expect(kept.length).toBeGreaterThan(5)
    expect(kept.length).toBeLessThan(stream.length)
    expect(await index.prune()).toBe(stream.length - kept.length)
    expect(await index.size()).toBe(kept.length)
    expect(await inconsistencies(index.schema)).toEqual(consistent)
    // the document frequencies are those of an index that only ever saw the window
    const fresh = createPgDedupIndex({ connectionString: URL, schema: schemaFor('prune_fresh'), mode: 'both', window: '72h' })
    for (const article of kept) await fresh.add(article)
    const dfOf = async (schema: string) => (await admin.query(`select feature, df from "${schema}".df order by feature`)).rows
    expect(await dfOf(index.schema)).toEqual(await dfOf(fresh.schema))
    // every remaining cluster is named by a member
    for (const c of await index.clusters({ consolidate: false })) expect(c.members).toContain(c.id)
    expect(await index.prune()).toBe(0)
    await expect(index.prune({ before: 'yesterday' })).rejects.toMatchObject({ code: 'E_INPUT' })
    await Promise.all([index.close(), fresh.close()])
  }, 300_000)

  it('refuses a worker whose mode differs from the index', async () => {
    const schema = schemaFor('modes')
    const near = createPgDedupIndex({ connectionString: URL, schema })
    await near.init()
    const both = createPgDedupIndex({ connectionString: URL, schema, mode: 'both' })
    await expect(both.init()).rejects.toMatchObject({ code: 'E_OPTION', issues: [{ path: 'options.mode' }] })
    await expect(near.prune({ before: 0 })).rejects.toMatchObject({ code: 'E_OPTION' })
    await Promise.all([near.close(), both.close()])
  })

  it('runs from the CLI: --store --mode both writes what the in-memory --mode both writes', () => {
    const input = join(dir, 'in.jsonl')
    writeFileSync(input, articles.slice(0, 40).map((a) => JSON.stringify(a)).join('\n') + '\n')
    const cli = (args: string[]) => spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'dedup', input, ...args], { encoding: 'utf8' })
    const memoryClusters = join(dir, 'memory-clusters.jsonl')
    const sharedClusters = join(dir, 'shared-clusters.jsonl')
    const memory = cli(['--mode', 'both', '--clusters', memoryClusters])
    const shared = cli(['--store', URL, '--schema', schemaFor('cli'), '--mode', 'both', '--workers', '1', '--clusters', sharedClusters])
    expect(shared.stderr).toBe('')
    expect(shared.status).toBe(0)
    expect(shared.stdout).toBe(memory.stdout)
    expect(readFileSync(sharedClusters, 'utf8')).toBe(readFileSync(memoryClusters, 'utf8'))
  }, 300_000)
})
