// Where one and two batch workers spend their CPU, by phase: `compare --pairs` on the 1,000
// bench:batch pairs with the built CLI, whose worker is wrapped (in a temporary copy of dist/)
// to read its own thread's CPU from /proc/thread-self/schedstat when the thread starts, once the
// library is loaded, and around each pair (compare, JSON, postMessage). Each thread's total comes
// from /proc/<pid>/task/*/stat. Runs alternate the worker counts; with --sliced (root) each run
// has both vCPUs to itself in slices, as in bench/batch.mjs.
//
//   node bench/batch/phases.mjs [--rounds 2] [--workers 1,2] [--sliced] [--node '--v8-flag …']
//
// schedstat is brought up to date only at a tick or a switch, so a pair's own figure can lag by a
// tick (4 ms here): read sums over many pairs (first 100, first 300, the rest), and read the CPU
// "between pairs" as the lag's share plus the message handling (docs/scaling.md, 4 December).
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { missingCorpora, repoRoot } from '../eval/metrics.mjs'
import { vmdsArticles, vmdsPairs } from './pairs.mjs'
import { cannotSlice, prepareSlicing, slice, spawnSliced } from './slices.mjs'

const args = { rounds: 2, workers: [1, 2], sliced: false, node: [] }
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i]
  if (flag === '--sliced') args.sliced = true
  else if (flag === '--rounds') args.rounds = Number(process.argv[++i])
  else if (flag === '--workers') args.workers = process.argv[++i].split(',').map(Number)
  else if (flag === '--node') args.node = process.argv[++i].split(' ').filter(Boolean)
  else {
    process.stderr.write("usage: node bench/batch/phases.mjs [--rounds N] [--workers 1,2] [--sliced] [--node '--v8-flag …']\n")
    process.exit(2)
  }
}
const missing = missingCorpora(['vmds/articles.jsonl'])
if (missing.length > 0) {
  process.stderr.write(`notice: skipped: ${missing.join(', ')} not found\n`)
  process.exit(0)
}
if (args.sliced && cannotSlice()) {
  process.stderr.write(`--sliced: ${cannotSlice()}\n`)
  process.exit(2)
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-phases-'))
// the build, its worker wrapped; node_modules beside it so that the CLI finds its dependencies
const dist = join(dir, 'dist')
cpSync(resolve(repoRoot, 'dist'), dist, { recursive: true })
symlinkSync(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'))
renameSync(join(dist, 'compare-worker.js'), join(dist, 'compare-worker-measured.js'))
writeFileSync(
  join(dist, 'compare-worker.js'),
  `import { appendFileSync, readFileSync } from 'node:fs'
import { parentPort, threadId } from 'node:worker_threads'
const cpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
const out = process.env.PHASES_DIR + '/' + threadId + '.tsv'
const started = cpu()
const on = parentPort.on.bind(parentPort)
parentPort.on = (event, listener) => on(event, event !== 'message' ? listener : (message) => {
  const before = cpu()
  listener(message)
  appendFileSync(out, 'pair\\t' + before + '\\t' + cpu() + '\\n')
})
await import('./compare-worker-measured.js')
appendFileSync(out, 'ready\\t' + started + '\\t' + cpu() + '\\n')
`,
)
const articles = vmdsArticles()
const pairs = vmdsPairs(articles, 1000)
const articlesFile = join(dir, 'articles.jsonl')
const pairsFile = join(dir, 'pairs.jsonl')
writeFileSync(articlesFile, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, source: a.outlet })).join('\n') + '\n')
writeFileSync(pairsFile, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n')

const SLICES = { run: 300, rest: 500, cpus: cpus().length }
if (args.sliced) prepareSlicing()

function threadSeconds(pid) {
  const out = {}
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out[tid] = (Number(fields[11]) + Number(fields[12])) / 100
    }
  } catch {}
  return out
}

function run(workers, phasesDir) {
  return new Promise((done, fail) => {
    const command = [...args.node, join(dist, 'cli.js'), 'compare', '--pairs', pairsFile, '--articles', articlesFile, '--workers', String(workers)]
    const options = { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PHASES_DIR: phasesDir } }
    const child = args.sliced ? spawnSliced(process.execPath, command, options, SLICES) : spawn(process.execPath, command, options)
    if (args.sliced) slice(child, SLICES)
    let threads = {}
    const output = []
    const poll = setInterval(() => {
      const now = threadSeconds(child.pid)
      if (Object.keys(now).length > 0) threads = { ...threads, ...now }
    }, 20)
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.on('close', (code) => {
      clearInterval(poll)
      if (code !== 0) fail(new Error(`--workers ${workers} exited ${code}`))
      else done({ pid: child.pid, threads, sha256: createHash('sha256').update(Buffer.concat(output)).digest('hex') })
    })
  })
}

const s = (ms) => +(ms / 1000).toFixed(2)
const rows = []
try {
  for (let round = 0; round < args.rounds; round++) {
    for (const workers of round % 2 === 0 ? args.workers : [...args.workers].reverse()) {
      const phasesDir = join(dir, `run-${round}-${workers}`)
      mkdirSync(phasesDir)
      const load = loadavg()[0]
      const { pid, threads, sha256 } = await run(workers, phasesDir)
      const measured = readdirSync(phasesDir).map((file) => {
        const lines = readFileSync(join(phasesDir, file), 'utf8').trim().split('\n').map((line) => line.split('\t'))
        const ready = lines.find((l) => l[0] === 'ready').slice(1).map(Number)
        const each = lines.filter((l) => l[0] === 'pair').map((l) => Number(l[2]) - Number(l[1]))
        const sum = (from, to) => each.slice(from, to).reduce((a, b) => a + b, 0)
        const last = Number(lines.filter((l) => l[0] === 'pair').at(-1)[2])
        return { pairs: each.length, startup: s(ready[0]), library: s(ready[1] - ready[0]), first100: s(sum(0, 100)), first300: s(sum(0, 300)), rest: s(sum(300)), between: s(last - ready[1] - sum(0)) }
      })
      const workerTids = new Set(Object.keys(threads).filter((tid) => Number(tid) !== pid).sort((a, b) => threads[b] - threads[a]).slice(0, workers))
      const helpers = Object.entries(threads).filter(([tid]) => Number(tid) !== pid && !workerTids.has(tid)).reduce((sum, [, c]) => sum + c, 0)
      for (const [k, m] of measured.entries()) {
        rows.push({ round, workers, worker: k, load: +load.toFixed(1), main: threads[pid], workerThreads: [...workerTids].map((t) => threads[t]).join(' / '), helpers: +helpers.toFixed(2), ...m, sha256: sha256.slice(0, 8) })
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.table(rows)
console.log(`output identical across runs: ${new Set(rows.map((r) => r.sha256)).size === 1}`)
