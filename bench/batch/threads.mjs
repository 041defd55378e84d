// What each thread of `compare --pairs` does and waits on, from one CPU profile per thread
// (`node --cpu-prof` profiles the main thread and every worker): time sampled busy, of it loading
// modules and collecting garbage, and time idle (the thread waiting for a message). bench/batch.mjs
// reads each thread's CPU total from /proc; this says what the main thread spends it on after its
// start-up, and whether a worker ever waits for the main thread (idle between pairs).
// Samples are wall-clock: on a loaded host a thread that is runnable but not running is sampled
// where it stands, so read shares, not milliseconds.
//   node bench/batch/threads.mjs [--pairs 400] [--workers 2]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { missingCorpora, repoRoot } from '../eval/metrics.mjs'
import { vmdsArticles, vmdsPairs } from './pairs.mjs'

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const count = option('pairs', 400)
const workers = option('workers', 2)
if (missingCorpora(['vmds/articles.jsonl']).length > 0) {
  process.stderr.write('notice: skipped: vmds/articles.jsonl not found (set CORROBORATE_CORPORA)\n')
  process.exit(0)
}
const articles = vmdsArticles()
const pairs = vmdsPairs(articles, count)
const dir = mkdtempSync(join(tmpdir(), 'corroborate-threads-'))
writeFileSync(join(dir, 'articles.jsonl'), articles.map((a) => JSON.stringify({ id: a.id, text: a.text, source: a.outlet })).join('\n') + '\n')
writeFileSync(join(dir, 'pairs.jsonl'), pairs.map((p) => JSON.stringify(p)).join('\n') + '\n')
const profiles = join(dir, 'profiles')
const cli = [`--cpu-prof`, `--cpu-prof-dir=${profiles}`, resolve(repoRoot, 'dist/cli.js'), 'compare', '--pairs', join(dir, 'pairs.jsonl'), '--articles', join(dir, 'articles.jsonl'), '--workers', String(workers)]
const run = spawnSync(process.execPath, cli, { stdio: ['ignore', 'ignore', 'inherit'] })
if (run.status !== 0) process.exit(run.status ?? 1)

const rows = []
// Node numbers a process's profiles in the order its threads start: the main thread first.
for (const [k, file] of readdirSync(profiles).sort().entries()) {
  const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8'))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const loading = (id) => {
    for (let at = id; at !== undefined; at = parent.get(at)) if (/modules\/(esm|cjs)/.test(byId.get(at).callFrame.url)) return true
    return false
  }
  const ms = { busy: 0, loading: 0, gc: 0, idle: 0 }
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const name = byId.get(id).callFrame.functionName
    if (name === '(idle)') return void (ms.idle += dt)
    ms.busy += dt
    if (name === '(garbage collector)') ms.gc += dt
    else if (loading(id)) ms.loading += dt
  })
  const wall = (profile.endTime - profile.startTime) / 1000
  const share = (x) => +((100 * x) / wall).toFixed(1)
  rows.push({ thread: k === 0 ? 'main' : `worker ${k}`, wallMs: Math.round(wall), busyPct: share(ms.busy), loadingPct: share(ms.loading), gcPct: share(ms.gc), idlePct: share(ms.idle), busyAfterLoadingMsPerPair: +((ms.busy - ms.loading) / count).toFixed(3) })
}
rmSync(dir, { recursive: true, force: true })
console.log(`compare --pairs, ${count} VietnameseMDS pairs, --workers ${workers}`)
console.table(rows)
