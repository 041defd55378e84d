/**
 * The shared index on a real PostgreSQL server: `bash .ci/postgres.sh npx vitest run
 * test/dedup/postgres.test.ts` starts a throwaway one (CI does this for `npm test`).
 * Without a reachable server the database tests skip with a notice, unless CI is set.
 * Each run works in schemas of its own and drops them at the end.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { CorroborateError, type DedupArticle, createDedupIndex, signature } from '../../src'
import { estimateJaccard } from '../../src/dedup/minhash'
import { createPgDedupIndex } from '../../src/postgres'
import { ROOT, corpusArticles } from '../helpers'
import { URL, partition, testServer } from './pg-server'

const { admin, skip: SKIP, schemaFor, close } = await testServer('tests', 'test/dedup/postgres.test.ts', 't')

/**
 * Real Vietnamese articles; every one with 8 or more sentences gets two light edits
 * (a new lead-in with the last sentence dropped; the second sentence dropped and a
 * credit line added). Each planted group is a clique of near-duplicates and groups
 * do not match each other (asserted below), so the clusters cannot depend on the
 * order of arrival: the partition is the one thing every interleaving must agree on.
 */
function plantedCorpus(): { articles: DedupArticle[]; groups: string[][] } {
  const articles: DedupArticle[] = []
  const groups: string[][] = []
  corpusArticles().forEach((page, i) => {
    const s = page.sentences
    articles.push({ id: `p${i}`, text: s.join(' '), title: page.url })
    if (s.length < 8) return
    articles.push({ id: `p${i}-lead`, text: `Cập nhật từ ${page.outlet}: ${s.slice(0, -1).join(' ')}` })
    articles.push({ id: `p${i}-cut`, text: `${s.filter((_, k) => k !== 1).join(' ')} (Theo TTXVN)` })
    groups.push([`p${i}`, `p${i}-lead`, `p${i}-cut`])
  })
  return { articles, groups }
}

const { articles, groups } = plantedCorpus()

describe('the planted corpus', () => {
  it('has near-duplicate cliques that match nothing outside their group', () => {
    const sigs = new Map(articles.map((a) => [a.id, signature(a.text).minhash]))
    const group = new Map(groups.flatMap((g, n) => g.map((id) => [id, n])))
    for (const a of articles) {
      for (const b of articles) {
        if (a.id >= b.id) continue
        const j = estimateJaccard(sigs.get(a.id)!, sigs.get(b.id)!)
        if (group.has(a.id) && group.get(a.id) === group.get(b.id)) expect(j, `${a.id} ~ ${b.id}`).toBeGreaterThanOrEqual(0.6)
        else expect(j, `${a.id} ~ ${b.id}`).toBeLessThan(0.4)
      }
    }
    expect(groups.length).toBeGreaterThan(40)
  })
})

describe('createPgDedupIndex options (no server needed)', () => {
  const bad: Array<[string, unknown]> = [
    ['an unknown mode', { connectionString: URL, mode: 'story' }],
    ['verify (the shared index keeps no texts)', { connectionString: URL, verify: true }],
    ['no connection', {}],
    ['both connection kinds', { connectionString: URL, pool: new pg.Pool() }],
    ['a non-pool', { pool: { query: 1 } }],
    ['a bad schema', { connectionString: URL, schema: 'Robert"; drop table x' }],
    ['an unknown key', { connectionString: URL, threshold: 0 }],
    ['a bad event threshold', { connectionString: URL, mode: 'both', eventThreshold: 3 }],
    ['a bad threshold', { connectionString: URL, nearThreshold: 2 }],
    ['a bad window', { connectionString: URL, window: 'soon' }],
  ]
  it.each(bad)('rejects %s with E_OPTION', (_name, options) => {
    expect(() => createPgDedupIndex(options as never)).toThrow(expect.objectContaining({ name: 'CorroborateError', code: 'E_OPTION' }))
  })

  it('rejects with E_STORE when the server is unreachable', async () => {
    const index = createPgDedupIndex({ connectionString: 'postgresql://nobody@127.0.0.1:1/none' })
    const error = await index.add({ id: 'a', text: 'một hai ba bốn' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorroborateError)
    expect(error).toMatchObject({ code: 'E_STORE', issues: [{ path: 'store', expected: 'a reachable PostgreSQL server' }] })
    await index.close()
  })

  it('rejects a bad article with E_INPUT before connecting', async () => {
    const index = createPgDedupIndex({ connectionString: 'postgresql://nobody@127.0.0.1:1/none' })
    await expect(index.add({ id: '', text: 'x' })).rejects.toMatchObject({ code: 'E_INPUT' })
    // as in memory: a lone surrogate has no UTF-8 form (stored, it would become U+FFFD and collide)
    await expect(index.add({ id: 'a\ud800', text: 'x' })).rejects.toMatchObject({ code: 'E_INPUT', issues: [{ path: 'article.id', expected: 'a string of whole Unicode characters (no lone surrogate)' }] })
  })

  it('never loads pg in the main entry or in the CLI without --store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-'))
    const hook = join(dir, 'hook.cjs')
    writeFileSync(hook, "process.on('exit', () => { if (Object.keys(require.cache).some((f) => f.includes('/node_modules/pg/'))) process.stderr.write('PG LOADED') })")
    const input = join(dir, 'in.jsonl')
    writeFileSync(input, articles.slice(0, 5).map((a) => JSON.stringify(a)).join('\n'))
    const cli = spawnSync(process.execPath, ['-r', hook, resolve(ROOT, 'dist/cli.js'), 'dedup', input, '--mode', 'near'], { encoding: 'utf8' })
    expect(cli.status).toBe(0)
    expect(cli.stderr).not.toContain('PG LOADED')
    const lib = spawnSync(process.execPath, ['-r', hook, '-e', "require('./dist/index.cjs'); import('./dist/index.js')"], { cwd: ROOT, encoding: 'utf8' })
    expect(lib.status).toBe(0)
    expect(lib.stderr).not.toContain('PG LOADED')
    // and the check itself works: the postgres entry with a URL does load it
    const store = spawnSync(process.execPath, ['-r', hook, '-e', "require('./dist/postgres.cjs').createPgDedupIndex({ connectionString: 'postgresql://x@127.0.0.1:1/x' }).init().catch(() => {})"], { cwd: ROOT, encoding: 'utf8' })
    expect(store.stderr).toContain('PG LOADED')
  })
})

describe.skipIf(SKIP)('the shared index on PostgreSQL', () => {
  afterAll(close)

  it('gives the in-memory near-mode answers: add, query, clusters, size', async () => {
    const index = createPgDedupIndex({ connectionString: URL, schema: schemaFor('single') })
    const memory = createDedupIndex({ mode: 'near' })
    for (const article of articles) expect(await index.add(article)).toEqual(memory.add(article))
    for (const article of articles.slice(0, 12)) {
      expect(await index.query({ text: article.text })).toEqual(memory.query({ text: article.text }))
    }
    expect(await index.query({ id: 'new', text: 'Một văn bản chưa từng có trong chỉ mục này.' })).toEqual({ id: 'new', cluster: null, level: null, matches: [] })
    expect(await index.clusters()).toEqual(memory.clusters())
    expect(partition(await index.clusters())).toEqual(partition(groups.map((members) => ({ members }))))
    expect(await index.size()).toBe(articles.length)
    // an id stored again: the same text gets its stored decision back (its cluster named as it is now),
    // another text is refused; nothing is added twice
    const replay = createDedupIndex({ mode: 'near' })
    const decided = articles.map((article) => replay.add(article))
    const clusterNow = (id: string) => memory.clusters().find((c) => c.members.includes(id))?.id ?? id
    for (const n of [0, 1, 2, 5, articles.length - 1]) expect(await index.add(articles[n]!)).toEqual({ ...decided[n]!, cluster: clusterNow(articles[n]!.id) })
    await expect(index.add({ id: articles[0]!.id, text: 'Một văn bản khác hẳn.' })).rejects.toMatchObject({ code: 'E_INPUT', issues: [{ path: 'article.id' }] })
    expect(await index.size()).toBe(articles.length)
    await index.close()
  })

  it('keeps the time window and the empty text like the in-memory index', async () => {
    const index = createPgDedupIndex({ connectionString: URL, schema: schemaFor('window'), window: '48h' })
    const memory = createDedupIndex({ mode: 'near', window: '48h' })
    const text = articles[0]!.text
    const stream: DedupArticle[] = [
      { id: 'wire', text, published: '2025-07-21T10:00:00+07:00' },
      { id: 'late', text, published: '2025-07-25T10:00:00+07:00' },
      { id: 'soon', text, published: '2025-07-22T10:00:00+07:00' },
      { id: 'undated', text },
      { id: 'empty', text: '' },
      { id: 'empty-too', text: '…' },
      { id: 'signed', text: '', signature: signature(text).minhash },
    ]
    for (const article of stream) expect(await index.add(article)).toEqual(memory.add(article))
    expect(await index.clusters()).toEqual(memory.clusters())
    await index.close()
  })

  it('refuses options that differ from the ones the index was created with', async () => {
    const schema = schemaFor('options')
    const first = createPgDedupIndex({ connectionString: URL, schema })
    await first.init()
    const second = createPgDedupIndex({ connectionString: URL, schema, nearThreshold: 0.7 })
    await expect(second.init()).rejects.toMatchObject({ code: 'E_OPTION', issues: [{ path: 'options.nearThreshold' }] })
    await Promise.all([first.close(), second.close()])
  })

  it('two processes adding interleaved halves produce the same clusters as one process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-'))
    const worker = resolve(ROOT, 'test/dedup/pg-worker.mjs')
    // near-duplicates sit next to each other, so the two halves add them at about the same moment
    const halves = [articles.filter((_, i) => i % 2 === 0), articles.filter((_, i) => i % 2 === 1)]
    const runWorkers = async (schema: string, inputs: DedupArticle[][]) => {
      const children = inputs.map((input, n) => {
        const file = join(dir, `${schema}-${n}.json`)
        writeFileSync(file, JSON.stringify(input))
        const child = spawn(process.execPath, [worker, URL, schema, file], { stdio: ['pipe', 'pipe', 'inherit'] })
        let out = ''
        child.stdout.setEncoding('utf8')
        const done = new Promise<string>((resolveDone, reject) => child.on('close', (code) => (code === 0 ? resolveDone(out) : reject(new Error(`worker ${n} exited ${code}`)))))
        // a worker that dies before it is ready fails the test instead of leaving it waiting
        const ready = new Promise<void>((resolveReady, reject) => {
          child.stdout.on('data', (chunk: string) => ((out += chunk), out.startsWith('ready\n') && resolveReady()))
          done.catch(reject)
        })
        return { child, ready, done }
      })
      await Promise.all(children.map((c) => c.ready))
      for (const c of children) c.child.stdin.end('go\n')
      return (await Promise.all(children.map((c) => c.done))).map((out) => JSON.parse(out.split('\n')[1]!) as { started: number; finished: number; results: unknown[] })
    }
    const one = createPgDedupIndex({ connectionString: URL, schema: schemaFor('one') })
    const two = createPgDedupIndex({ connectionString: URL, schema: schemaFor('two') })
    await runWorkers(one.schema, [articles])
    const [a, b] = await runWorkers(two.schema, halves)
    expect(a!.results).toHaveLength(halves[0]!.length)
    expect(b!.results).toHaveLength(halves[1]!.length)
    // they did run at the same time
    expect(Math.min(a!.finished, b!.finished)).toBeGreaterThan(Math.max(a!.started, b!.started))
    const expected = partition(await one.clusters())
    expect(expected).toEqual(partition(groups.map((members) => ({ members }))))
    expect(partition(await two.clusters())).toEqual(expected)
    expect(await two.size()).toBe(articles.length)
    await Promise.all([one.close(), two.close()])
  })

  it('loses and doubles nothing under concurrent adds from one process', async () => {
    const pool = new pg.Pool({ connectionString: URL, max: 8 })
    const index = createPgDedupIndex({ pool, schema: schemaFor('concurrent') })
    // every article at once: the pool's 8 connections interleave them
    const results = await Promise.all(articles.map((article) => index.add(article)))
    expect(results.map((r) => r.id)).toEqual(articles.map((a) => a.id))
    const clusters = await index.clusters()
    const members = clusters.flatMap((c) => c.members)
    expect(new Set(members).size).toBe(members.length)
    for (const c of clusters) expect(c.members).toContain(c.id)
    expect(partition(clusters)).toEqual(partition(groups.map((g) => ({ members: g }))))
    expect(await index.size()).toBe(articles.length)
    // every planted near-duplicate saw the group members committed before it
    for (const group of groups) expect(results.filter((r) => group.includes(r.id) && r.level === 'near').length).toBeGreaterThanOrEqual(group.length - 1)
    // one id added twice at once: exactly one add wins
    const twice = await Promise.allSettled([index.add({ id: 'dup', text: articles[0]!.text }), index.add({ id: 'dup', text: 'Một văn bản khác hẳn, không trùng với bài nào.' })])
    expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(twice.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'E_INPUT' } })
    await index.close()
    expect((await pool.query('select 1 as ok')).rows).toEqual([{ ok: 1 }]) // a caller's pool stays open
    await pool.end()
  })

  it('does not lose an article that joins a cluster while another add merges that cluster away', async () => {
    // Crafted signatures (32 bands of 4 rows). A and B agree on rows 0–2 of every band:
    // J = 0.75 but no band key in common, so they stay apart. X copies A's bands 0–15
    // and B's bands 16–31: it matches both and merges their clusters. Y copies B's bands
    // 0–15: it joins B's cluster, and shares no band key with X, so only the cluster
    // lock orders X and Y. Either order ends in one cluster {A, B, X, Y}.
    let state = 12345
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0)
    const quads = Array.from({ length: 40 }, (_, q) => {
      const a = Array.from({ length: 128 }, random)
      const b = a.map((v, i) => (i % 4 === 3 ? random() : v))
      const x = a.map((v, i) => (i < 64 ? v : b[i]!))
      const y = b.map((v, i) => (i < 64 || i % 4 !== 3 ? v : random()))
      return ([['A', a], ['B', b], ['X', x], ['Y', y]] as const).map(([name, sig]) => ({ id: `${name}${q}`, text: '', signature: sig }))
    })
    const memory = createDedupIndex({ mode: 'near' })
    for (const quad of quads) for (const article of quad) memory.add(article)
    expect(memory.clusters().map((c) => c.members.length)).toEqual(quads.map(() => 4))
    const pool = new pg.Pool({ connectionString: URL, max: 8 })
    const index = createPgDedupIndex({ pool, schema: schemaFor('merge') })
    for (const quad of quads) for (const article of quad.slice(0, 2)) await index.add(article)
    await Promise.all(quads.flatMap((quad) => quad.slice(2).map((article) => index.add(article))))
    expect(partition(await index.clusters())).toEqual(partition(memory.clusters()))
    await index.close()
    await pool.end()
  })

  it('runs from the CLI with --store, as the in-memory near mode does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-pg-'))
    const input = join(dir, 'in.jsonl')
    writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n')
    const cli = (args: string[]) => spawnSync(process.execPath, [resolve(ROOT, 'dist/cli.js'), 'dedup', input, ...args], { encoding: 'utf8' })
    const schema = schemaFor('cli')
    const memory = cli(['--mode', 'near'])
    const shared = cli(['--store', URL, '--schema', schema, '--workers', '1'])
    expect(shared.stderr).toBe('')
    expect(shared.status).toBe(0)
    expect(shared.stdout).toBe(memory.stdout)
    const again = cli(['--store', URL, '--schema', schema, '--mode', 'event'])
    expect(again.status).toBe(2)
    // in the CLI's terms: the flag, not the API option; the index was made near-only
    expect(again.stderr).toMatch(/^corroborate: --mode: expected "near", the value index/)
  })
})
