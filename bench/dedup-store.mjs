// The shared index's same-event level on PostgreSQL (corroborate/postgres, mode 'both'), run by
// `npm run bench:dedup -- --store postgres://…` (or `bash .ci/postgres.sh npm run bench:dedup -- --store "$CORROBORATE_PG_URL"`):
//
// - throughput: the whole of VietnameseMDS (../shared/corpora/vmds, publication order) added by
//   1, 2 and 4 worker processes (interleaved shares, one add in flight each) against one server;
//   articles/s, and the database size per article (every table and index of the schema);
// - agreement: each run's clusters() against one in-memory index fed the same articles in the
//   order the server committed them (must be equal), and against the publication order (pairs);
// - accuracy: same-event pair F1 on VietnameseMDS clusters 101–200 (the dedup benchmark's test
//   split, bench/eval/dedup.mjs) added by 2 workers, next to the in-memory figure.
//
// Writes bench/results/dedup-store.json.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { runVmdsSplit, vmdsTime } from './eval/dedup.mjs'
import { corporaDir, readJsonl } from './eval/metrics.mjs'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')

const WORKER = `import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createPgDedupIndex } from ${JSON.stringify(resolve(root, 'dist/postgres.js'))}
const [url, schema, file] = process.argv.slice(2)
const articles = JSON.parse(readFileSync(file, 'utf8'))
const index = createPgDedupIndex({ connectionString: url, schema, mode: 'both' })
await index.init()
process.stdout.write('ready\\n')
for await (const _ of createInterface({ input: process.stdin })) break
const before = process.cpuUsage()
for (const article of articles) await index.add(article)
const cpu = process.cpuUsage(before)
await index.close()
process.stdout.write('done ' + (cpu.user + cpu.system) / 1000 + '\\n')
`

/** Pair precision, recall and F1 of a clustering against the gold clusters. */
function pairF1(docs, clusters) {
  const of = new Map(docs.map((d) => [d.id, d.id]))
  for (const c of clusters) for (const m of c.members) of.set(m, c.id)
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const p = of.get(docs[i].id) === of.get(docs[j].id)
      const g = docs[i].cluster === docs[j].cluster
      if (p && g) tp++
      else if (p) fp++
      else if (g) fn++
    }
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  return { precision: +precision.toFixed(4), recall: +recall.toFixed(4), f1: +((2 * precision * recall) / (precision + recall || 1)).toFixed(4) }
}

/** Share of the co-clustered pairs on which two clusterings disagree. */
function disagreement(x, y) {
  const pairs = (clusters) => new Set(clusters.flatMap((c) => c.members.flatMap((a, i) => c.members.slice(i + 1).map((b) => [a, b].sort().join(' ')))))
  const a = pairs(x)
  const b = pairs(y)
  const differ = [...a].filter((p) => !b.has(p)).length + [...b].filter((p) => !a.has(p)).length
  return +(differ / Math.max(1, new Set([...a, ...b]).size)).toFixed(4)
}

/**
 * CPU milliseconds used so far by the PostgreSQL server's processes on this machine (Linux
 * /proc; 0 elsewhere). Under a loaded machine wall time says little; CPU per add does.
 */
function serverCpuMs() {
  let ticks = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      if (!stat.includes('(postgres)')) continue
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      // utime, stime, and (for the postmaster) cutime, cstime: the backends that have exited
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    } catch {}
  }
  return ticks * 10
}

async function addWithWorkers(url, schema, docs, workers, dir) {
  const worker = join(dir, 'worker.mjs')
  writeFileSync(worker, WORKER)
  const children = Array.from({ length: workers }, (_, w) => {
    const file = join(dir, `${schema}-${w}.json`)
    writeFileSync(file, JSON.stringify(docs.filter((_, i) => i % workers === w)))
    const child = spawn(process.execPath, [worker, url, schema, file], { stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.setEncoding('utf8')
    const done = new Promise((ok, fail) => child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`worker exited ${code}`)))))
    const ready = new Promise((ok, fail) => {
      child.stdout.on('data', (chunk) => ((out += chunk), out.startsWith('ready') && ok()))
      done.catch(fail)
    })
    return { child, ready, done, out: () => out }
  })
  await Promise.all(children.map((c) => c.ready))
  const start = performance.now()
  const server = serverCpuMs()
  for (const c of children) c.child.stdin.end('go\n')
  await Promise.all(children.map((c) => c.done))
  const seconds = (performance.now() - start) / 1000
  return { seconds, serverCpuMs: serverCpuMs() - server, workerCpuMs: children.reduce((sum, c) => sum + Number(/done (\S+)/.exec(c.out())?.[1] ?? 0), 0) }
}

export async function benchStore(url) {
  const lib = await import(resolve(root, 'dist/index.js'))
  const { createPgDedupIndex } = await import(resolve(root, 'dist/postgres.js'))
  const all = readJsonl(join(corporaDir, 'vmds/articles.jsonl'))
  const toArticle = (d) => ({ id: d.id, text: d.text, title: d.title, published: vmdsTime(d.time) })
  const ordered = (docs) => docs.map((d) => ({ ...d, published: vmdsTime(d.time) })).sort((x, y) => Date.parse(x.published) - Date.parse(y.published) || Number(x.id) - Number(y.id))
  const docs = ordered(all)
  const articles = docs.map(toArticle)
  const byId = new Map(articles.map((a) => [a.id, a]))
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-dedup-store-'))
  const admin = new pg.Pool({ connectionString: url, max: 1 })
  const inMemory = (stream) => {
    const index = lib.createDedupIndex({ mode: 'both' })
    for (const a of stream) index.add(a)
    return index
  }
  // the in-memory index on the same machine at the same moment: the scale for the rows below
  const t0 = performance.now()
  const publicationOrder = inMemory(articles).clusters()
  const inMemorySeconds = (performance.now() - t0) / 1000
  const measure = async (name, stream, workers) => {
    const schema = `bench_store_${process.pid}_${name}`
    await admin.query(`drop schema if exists "${schema}" cascade`)
    process.stderr.write(`bench:dedup --store ${name}: ${stream.length} articles, ${workers} worker(s)…\n`)
    const load = loadavg()[0]
    const { seconds, serverCpuMs: server, workerCpuMs: worker } = await addWithWorkers(url, schema, stream, workers, dir)
    const order = (await admin.query(`select id from "${schema}".articles order by seq`)).rows.map((r) => byId.get(r.id))
    const shared = createPgDedupIndex({ connectionString: url, schema, mode: 'both' })
    const t0 = performance.now()
    const clusters = await shared.clusters()
    const clustersSeconds = (performance.now() - t0) / 1000
    const streaming = await shared.clusters({ consolidate: false })
    await shared.close()
    const sizes = (await admin.query(`select c.relname as name, pg_total_relation_size(c.oid)::float8 as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relkind = 'r' order by 2 desc`, [schema])).rows
    const bytes = sizes.reduce((s, r) => s + r.bytes, 0)
    await admin.query(`drop schema "${schema}" cascade`)
    return {
      name,
      workers,
      articles: stream.length,
      seconds: +seconds.toFixed(2),
      perSecond: +(stream.length / seconds).toFixed(1),
      loadAverage: +load.toFixed(1),
      // CPU per article: the server's processes, and the workers' (features, signature, scoring, pg)
      serverCpuMsPerArticle: +(server / stream.length).toFixed(1),
      workerCpuMsPerArticle: +(worker / stream.length).toFixed(1),
      clustersSeconds: +clustersSeconds.toFixed(2),
      bytesPerArticle: Math.round(bytes / stream.length),
      tables: Object.fromEntries(sizes.map((r) => [r.name, Math.round(r.bytes / stream.length)])),
      sameAsInMemoryInCommitOrder: JSON.stringify(clusters) === JSON.stringify(inMemory(order).clusters()),
      clusters,
      streaming,
    }
  }
  const runs = []
  for (const workers of [1, 2, 4]) {
    const r = await measure(`w${workers}`, articles, workers)
    runs.push({ ...r, pairsDifferingFromPublicationOrder: disagreement(r.clusters, publicationOrder) })
  }
  // accuracy on the test split, added concurrently
  const test = ordered(all.filter((d) => d.cluster >= 101 && d.cluster <= 200))
  const split = await measure('test', test.map(toArticle), 2)
  const memory = runVmdsSplit(lib, all, 101, 200, { mode: 'both' })
  const accuracy = {
    split: 'VietnameseMDS clusters 101–200',
    articles: test.length,
    inMemory: { clusters: +memory.clusters.f1.toFixed(4), streaming: +memory.streaming.f1.toFixed(4) },
    store2Workers: { clusters: pairF1(test, split.clusters).f1, streaming: pairF1(test, split.streaming).f1, sameAsInMemoryInCommitOrder: split.sameAsInMemoryInCommitOrder },
  }
  const settings = (await admin.query(`select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'server_version')`)).rows
  await admin.end()
  const result = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    server: Object.fromEntries(settings.map((s) => [s.name, s.setting])),
    corpus: 'VietnameseMDS (all 628 articles, publication order), mode both',
    inMemory: { perSecond: +(articles.length / inMemorySeconds).toFixed(1), loadAverage: +loadavg()[0].toFixed(1), note: 'createDedupIndex({ mode: both }) adds and clusters(), one thread' },
    runs: runs.map(({ clusters, streaming, ...r }) => r),
    accuracy,
  }
  writeFileSync(resolve(root, 'bench/results/dedup-store.json'), JSON.stringify(result, null, 2) + '\n')
  const table = [['workers', 'articles', 'articles/s', 'load avg', 'server CPU ms/article', 'worker CPU ms/article', 'bytes/article', 'clusters() s', '= in-memory (commit order)']]
  for (const r of result.runs) table.push([String(r.workers), String(r.articles), String(r.perSecond), String(r.loadAverage), String(r.serverCpuMsPerArticle), String(r.workerCpuMsPerArticle), String(r.bytesPerArticle), String(r.clustersSeconds), String(r.sameAsInMemoryInCommitOrder)])
  const w = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)))
  console.log(table.map((r) => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ')).join('\n'))
  console.log(`in memory, same corpus: ${result.inMemory.perSecond} articles/s (adds and clusters())`)
  console.log(`pair F1, ${accuracy.split}: in memory ${accuracy.inMemory.clusters}, shared index with 2 workers ${accuracy.store2Workers.clusters} (streaming ${accuracy.inMemory.streaming} / ${accuracy.store2Workers.streaming})`)
  return result
}
