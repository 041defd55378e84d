// Throughput of the shared near-duplicate index on PostgreSQL (corroborate/postgres):
// N synthetic 3 KB articles, 10% of them light edits of an earlier one, added by
// 1 or 2 worker processes (interleaved shares), each with 1 or 4 adds in flight.
// Needs a server: `npm run build && bash .ci/postgres.sh node bench/dedup-pg.mjs [N]`.
// Writes bench/results/dedup-pg.json. Every run must give the same partition.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { syntheticArticle } from './dedup-corpus.mjs'

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..')
const url = process.env.CORROBORATE_PG_URL ?? process.env.DATABASE_URL
if (!url) {
  console.error('no server: set CORROBORATE_PG_URL, or run `bash .ci/postgres.sh node bench/dedup-pg.mjs`')
  process.exit(2)
}
const N = Number(process.argv[2] ?? 4000)

const articles = []
for (let i = 0; i < N; i++) {
  if (i % 10 === 9) {
    const { text } = articles[i - 5]
    const sentences = text.split('. ')
    articles.push({ id: `a${i}`, text: `Cập nhật: ${sentences.filter((_, k) => k !== 2).join('. ')}` })
  } else articles.push({ id: `a${i}`, text: syntheticArticle(i).text })
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-dedup-pg-'))
const worker = join(dir, 'worker.mjs')
writeFileSync(
  worker,
  `import { readFileSync } from 'node:fs'
  import { createInterface } from 'node:readline'
  import { createPgDedupIndex } from ${JSON.stringify(resolve(root, 'dist/postgres.js'))}
  const [url, schema, file, inFlight] = process.argv.slice(2)
  const articles = JSON.parse(readFileSync(file, 'utf8'))
  const index = createPgDedupIndex({ connectionString: url, schema })
  await index.init()
  process.stdout.write('ready\\n')
  for await (const _ of createInterface({ input: process.stdin })) break
  let next = 0
  const lane = async () => { while (next < articles.length) await index.add(articles[next++]) }
  await Promise.all(Array.from({ length: Number(inFlight) }, lane))
  await index.close()
  process.stdout.write('done\\n')`,
)

async function run(processes, inFlight) {
  const schema = `bench_${process.pid}_${processes}_${inFlight}`
  const children = Array.from({ length: processes }, (_, p) => {
    const file = join(dir, `${schema}-${p}.json`)
    writeFileSync(file, JSON.stringify(articles.filter((_, i) => i % processes === p)))
    const child = spawn(process.execPath, [worker, url, schema, file, String(inFlight)], { stdio: ['pipe', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.setEncoding('utf8')
    const done = new Promise((ok, fail) => child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`worker exited ${code}`)))))
    const ready = new Promise((ok, fail) => {
      child.stdout.on('data', (chunk) => ((out += chunk), out.startsWith('ready') && ok()))
      done.catch(fail)
    })
    return { child, ready, done }
  })
  await Promise.all(children.map((c) => c.ready))
  const start = performance.now()
  for (const c of children) c.child.stdin.end('go\n')
  await Promise.all(children.map((c) => c.done))
  const seconds = (performance.now() - start) / 1000
  const admin = new pg.Pool({ connectionString: url, max: 1 })
  const { rows } = await admin.query(`select string_agg(id, ' ' order by id) as members from "${schema}".articles group by root having count(*) > 1 order by 1`)
  await admin.query(`drop schema "${schema}" cascade`)
  await admin.end()
  return { processes, inFlight, articles: N, seconds: Number(seconds.toFixed(2)), perSecond: Math.round(N / seconds), partition: rows.map((r) => r.members).join('|') }
}

const results = []
for (const [processes, inFlight] of [[1, 1], [2, 1], [2, 4]]) {
  const r = await run(processes, inFlight)
  console.log(`${processes} process(es) × ${inFlight} in flight: ${r.articles} articles in ${r.seconds} s, ${r.perSecond} articles/s`)
  results.push(r)
}
const same = results.every((r) => r.partition === results[0].partition)
console.log(same ? `same partition in every run (${results[0].partition.split('|').length} clusters)` : 'PARTITIONS DIFFER')
const server = new pg.Pool({ connectionString: url, max: 1 })
const settings = (await server.query(`select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'server_version')`)).rows
await server.end()
writeFileSync(
  resolve(root, 'bench/results/dedup-pg.json'),
  JSON.stringify({ node: process.version, cpus: (await import('node:os')).cpus().length, server: Object.fromEntries(settings.map((s) => [s.name, s.setting])), samePartition: same, runs: results.map(({ partition, ...r }) => r) }, null, 2) + '\n',
)
if (!same) process.exit(1)
