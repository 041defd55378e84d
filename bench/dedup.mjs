#!/usr/bin/env node
// npm run bench:dedup — dedup throughput on synthetic ~3 KB articles (bench/dedup-corpus.mjs).
//
//   node bench/dedup.mjs [--count 100000] [--event-count 20000] [--quick]
//   node bench/dedup.mjs --store postgres://…   the shared index on PostgreSQL instead (bench/dedup-store.mjs)
//
// Each measurement runs in a fresh process: articles/s and peak RSS (maxRSS). Memory per indexed
// article is the slope of the streaming CLI's peak RSS between a small and a large run (the CLI holds
// only the index and a few batches, so the growth is the index).
// The CLI rows are end to end: JSONL parse, index, JSONL out to /dev/null.
// Writes bench/results/dedup.json and prints a table.
import { execFileSync, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { syntheticArticle } from './dedup-corpus.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = resolve(here, '..')
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
if (process.argv.includes('--store')) {
  const url = process.argv[process.argv.indexOf('--store') + 1]
  if (!url) {
    console.error('usage: node bench/dedup.mjs --store postgres://… (or: bash .ci/postgres.sh npm run bench:dedup -- --store "$CORROBORATE_PG_URL")')
    process.exit(2)
  }
  const { benchStore } = await import('./dedup-store.mjs')
  await benchStore(url)
  process.exit(0)
}
const quick = process.argv.includes('--quick')
const COUNT = arg('--count', quick ? 10_000 : 100_000)
const EVENT_COUNT = arg('--event-count', quick ? 3_000 : 20_000)

async function corpus(count) {
  const file = join(tmpdir(), `corroborate-dedup-synthetic-${count}.jsonl`)
  if (existsSync(file)) return file
  const out = createWriteStream(file)
  for (let i = 0; i < count; i++) {
    if (!out.write(JSON.stringify({ id: `s${i}`, ...syntheticArticle(i, { bytes: 3000 }) }) + '\n')) await new Promise((r) => out.once('drain', r))
  }
  await new Promise((r) => out.end(r))
  return file
}

/** Run `body` (module code with `file`, `count`, `lib` in scope) in a fresh node; it must set `result`. */
function inProcess(file, count, body) {
  const code = `
    import { createReadStream } from 'node:fs'
    import { createInterface } from 'node:readline'
    const lib = await import(${JSON.stringify(resolve(root, 'dist/index.js'))})
    const file = ${JSON.stringify(file)}, count = ${count}
    const lines = []
    for await (const line of createInterface({ input: createReadStream(file) })) { if (lines.length < count) lines.push(line) }
    const articles = lines.map((l) => JSON.parse(l))
    lines.length = 0
    let result
    const t0 = performance.now()
    ${body}
    const seconds = (performance.now() - t0) / 1000
    void result
    console.log(JSON.stringify({ articles: count, seconds, perSecond: count / seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, bytesPerArticle: null }))
  `
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim())
}

function cli(file, count, args) {
  const t0 = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, resolve(root, 'dist/cli.js'), 'dedup', file, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
  const seconds = (performance.now() - t0) / 1000
  if (r.status !== 0) throw new Error(`dedup ${args.join(' ')} failed: ${r.stderr}`)
  const kb = Number(r.stderr.trim().split('\n').at(-1))
  return { articles: count, seconds, perSecond: count / seconds, maxRssMB: kb / 1024, bytesPerArticle: null }
}

const SMALL = Math.round(COUNT / 10)
const EVENT_SMALL = Math.round(EVENT_COUNT / 5)
const file = await corpus(COUNT)
const eventFile = await corpus(EVENT_COUNT)
const smallFile = await corpus(SMALL)
const eventSmallFile = await corpus(EVENT_SMALL)
const rows = []
const run = (name, fn) => {
  process.stderr.write(`bench:dedup ${name}…\n`)
  rows.push({ name, ...fn() })
}
run('floor: tokens() only', () => inProcess(file, COUNT, `for (const a of articles) lib.tokens(a.text)`))
run('floor: signature() (tokens + shingle hashing + 128 MinHash)', () => inProcess(file, COUNT, `for (const a of articles) lib.signature(a.text)`))
run('API near, 1 thread: add()', () => inProcess(file, COUNT, `const index = lib.createDedupIndex({ mode: 'near' }); for (const a of articles) index.add(a); globalThis.keep = index`))
run('CLI near --workers 0', () => cli(file, COUNT, ['--mode', 'near']))
run('CLI near --workers 2', () => cli(file, COUNT, ['--mode', 'near', '--workers', '2']))
{
  const small = cli(smallFile, SMALL, ['--mode', 'near'])
  const large = rows.find((r) => r.name === 'CLI near --workers 0')
  large.bytesPerArticle = ((large.maxRssMB - small.maxRssMB) * 1024 * 1024) / (COUNT - SMALL)
}
run('API event, 1 thread: add()', () => inProcess(eventFile, EVENT_COUNT, `const index = lib.createDedupIndex({ mode: 'event' }); for (const a of articles) index.add(a); globalThis.keep = index`))
run('CLI event', () => cli(eventFile, EVENT_COUNT, ['--mode', 'event']))
{
  const small = cli(eventSmallFile, EVENT_SMALL, ['--mode', 'event'])
  const large = rows.find((r) => r.name === 'CLI event')
  large.bytesPerArticle = ((large.maxRssMB - small.maxRssMB) * 1024 * 1024) / (EVENT_COUNT - EVENT_SMALL)
}
run('CLI both --workers 2', () => cli(eventFile, EVENT_COUNT, ['--mode', 'both', '--workers', '2']))

const result = { machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version }, articleBytes: 3000, rows: rows.map((r) => ({ ...r, seconds: +r.seconds.toFixed(2), perSecond: Math.round(r.perSecond), maxRssMB: Math.round(r.maxRssMB), bytesPerArticle: r.bytesPerArticle === null ? null : Math.round(r.bytesPerArticle) })) }
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results', quick ? 'dedup.quick.json' : 'dedup.json'), JSON.stringify(result, null, 2) + '\n')
const table = [['measurement', 'articles', 'articles/s', 'peak RSS MB', 'bytes/article']]
for (const r of result.rows) table.push([r.name, String(r.articles), String(r.perSecond), String(r.maxRssMB), r.bytesPerArticle === null ? '' : String(r.bytesPerArticle)])
const w = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)))
console.log(table.map((r) => r.map((c, i) => (i ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ')).join('\n'))
