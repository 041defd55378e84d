// npm run bench:batch: `corroborate compare --pairs` on 1,000 pairs of VietnameseMDS
// same-event reports (both directions of every pair within a cluster, in cluster order),
// with --workers 1 and --workers 2: pairs per second and whether the outputs are
// byte-identical. Rounds alternate 1 and 2 workers so that a neighbour's burst does not fall
// on one side only; the best round of each is kept, with the 1-minute load average.
//
// On a shared machine wall time cannot show parallelism: Linux groups CPU time by session
// (sched_autogroup), so a process gets its session's share however many threads it runs.
// So the CPU time of every thread of the CLI is also read from /proc while it runs, and the
// wall time the run would take on otherwise idle cores is estimated from it (`idleSeconds`):
//   S + max(the busiest worker's CPU time, (all CPU time − S) / cores)
// where S is the serial start-up, the main thread's CPU time in a run of the same command on
// an empty pairs file (starting node, loading the library, reading --articles): nothing else
// runs while it does, and after it the workers bound the batch (one worker, whose V8 helpers
// compile and collect on the other core) or both cores are busy (two). The main thread's CPU per pair is counted after S (`cpuMsPerPair.main`).
// What two workers can reach at best on this hardware (the per-thread slowdown of two threads
// comparing at once, and each worker's warm-up) is measured by bench/batch/ceiling.mjs.
//
//   node bench/batch.mjs [--pairs 1000] [--rounds 2] [--workers 1,2] [--node '--v8-flag …'] [--sliced]
//
// --node passes options to the node running the CLI (to measure V8 flags).
// --sliced (root only) runs the CLI in real-time slices with both vCPUs to itself (see
// bench/batch/slices.mjs): CPU times as on an idle machine while other sessions keep it busy. Wall
// times are then meaningless; read idlePairsPerSecond and idleSpeedup.
//
// Needs vmds/articles.jsonl in CORROBORATE_CORPORA or ../shared/corpora; without it the bench
// is skipped with a notice (exit 0) and bench/results/batch.json is left as it was.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { corporaDir, missingCorpora, repoRoot } from './eval/metrics.mjs'
import { vmdsArticles, vmdsPairs } from './batch/pairs.mjs'
import { cannotSlice, prepareSlicing, slice, spawnSliced } from './batch/slices.mjs'

const USAGE = "usage: node bench/batch.mjs [--pairs N] [--rounds N] [--workers 1,2] [--node '--v8-flag …'] [--sliced]"
const args = { pairs: 1000, rounds: 2, workers: [1, 2], node: [], sliced: false }
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i]
  if (flag === '--sliced') {
    args.sliced = true
    continue
  }
  const value = process.argv[++i]
  if (flag === '--pairs' && /^\d+$/.test(value ?? '')) args.pairs = Number(value)
  else if (flag === '--rounds' && /^\d+$/.test(value ?? '')) args.rounds = Number(value)
  else if (flag === '--workers' && /^\d+(,\d+)*$/.test(value ?? '')) args.workers = value.split(',').map(Number)
  else if (flag === '--node' && value?.startsWith('--')) args.node = value.split(' ')
  else {
    process.stderr.write(`${USAGE}\n`)
    process.exit(2)
  }
}

const missing = missingCorpora(['vmds/articles.jsonl'])
if (missing.length > 0) {
  process.stderr.write(`notice: skipped bench:batch: ${missing.join(', ')} not found in ${corporaDir}; put the corpora there or set CORROBORATE_CORPORA (see docs/eval.md)\n`)
  process.exit(0)
}

if (args.sliced && cannotSlice()) {
  process.stderr.write(`bench:batch --sliced: ${cannotSlice()}\n`)
  process.exit(2)
}
const SLICES = { run: 300, rest: 500, cpus: cpus().length }
const slicerDir = args.sliced ? prepareSlicing() : null

const articles = vmdsArticles()
const pairs = vmdsPairs(articles, args.pairs)
if (!pairs) {
  process.stderr.write(`bench:batch: VietnameseMDS gives fewer same-event pairs than --pairs ${args.pairs}\n`)
  process.exit(2)
}

const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-batch-'))
const articlesFile = join(dir, 'articles.jsonl')
const pairsFile = join(dir, 'pairs.jsonl')
writeFileSync(articlesFile, articles.map((a) => JSON.stringify({ id: a.id, text: a.text, source: a.outlet })).join('\n') + '\n')
writeFileSync(pairsFile, pairs.map((p) => JSON.stringify(p)).join('\n') + '\n')
const emptyFile = join(dir, 'empty.jsonl')
writeFileSync(emptyFile, '')
const used = new Set(pairs.flatMap((p) => [p.aId, p.bId]))
const bytes = articles.filter((a) => used.has(a.id)).reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / used.size

const CLOCK_TICKS = 100 // USER_HZ on Linux

/** CPU seconds (user + system) of each thread of process `pid`, from /proc; {} once it is gone. */
function threadSeconds(pid) {
  const out = {}
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      out[tid] = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
    }
  } catch {}
  return out
}

/** Runs the CLI on `workers` threads; its output, wall time, and the last CPU reading of each of its threads. */
function runCli(workers, file = pairsFile) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now()
    const command = [...args.node, resolve(repoRoot, 'dist/cli.js'), 'compare', '--pairs', file, '--articles', articlesFile, '--workers', String(workers)]
    const child = args.sliced ? spawnSliced(process.execPath, command, { stdio: ['ignore', 'pipe', 'pipe'] }, SLICES) : spawn(process.execPath, command, { stdio: ['ignore', 'pipe', 'pipe'] })
    if (args.sliced) slice(child, SLICES)
    const stdout = []
    let stderr = ''
    let threads = {}
    // every 20 ms: a thread's CPU after the last reading is lost when the process exits. Read every
    // 100 ms, the one-worker start-up run on the empty pairs file (0.11-0.13 s of main-thread CPU)
    // was read as 0.09 s or, when it ended before the first reading, 0 (3 of 10 runs, 3 December
    // 22:30-22:50 UTC): S is counted in full in the one-worker estimate, which came out too fast
    const poll = setInterval(() => {
      const now = threadSeconds(child.pid)
      if (Object.keys(now).length > 0) threads = { ...threads, ...now }
    }, 20)
    child.stdout.on('data', (chunk) => stdout.push(chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(poll)
      const seconds = (performance.now() - t0) / 1000
      if (code !== 0) reject(new Error(`--workers ${workers} exited ${code}: ${stderr}`))
      else resolvePromise({ seconds, output: Buffer.concat(stdout), threads: Object.entries(threads).map(([tid, cpu]) => ({ main: Number(tid) === child.pid, cpu })) })
    })
  })
}

const cores = cpus().length
const canReadThreads = existsSync('/proc/self/task')
const runs = []
const startups = []
try {
  for (let round = 0; round < args.rounds; round++) {
    for (const workers of round % 2 === 0 ? args.workers : [...args.workers].reverse()) {
      // the serial start-up S of this command: the same run on an empty pairs file
      const empty = await runCli(workers, emptyFile)
      const startup = empty.threads.find((t) => t.main)?.cpu ?? 0
      startups.push({ round, workers, mainCpuSeconds: startup, cpuSeconds: +empty.threads.reduce((sum, t) => sum + t.cpu, 0).toFixed(2), seconds: +empty.seconds.toFixed(2) })
      const load = loadavg()[0]
      const { seconds, output, threads } = await runCli(workers)
      const lines = output.toString('utf8').split('\n').filter(Boolean).length
      const cpu = threads.reduce((sum, t) => sum + t.cpu, 0)
      const main = threads.find((t) => t.main)?.cpu ?? 0
      // the workers: the busiest threads other than the main one (V8's helpers and libuv's pool use little)
      const workerCpu = threads.filter((t) => !t.main).map((t) => t.cpu).sort((a, b) => b - a).slice(0, workers)
      const workerTotal = workerCpu.reduce((sum, c) => sum + c, 0)
      const idleSeconds = canReadThreads ? startup + Math.max(workerCpu[0] ?? 0, (cpu - startup) / cores) : null
      const run = {
        round,
        workers,
        seconds: +seconds.toFixed(2),
        pairsPerSecond: +(lines / seconds).toFixed(1),
        loadBefore: +load.toFixed(2),
        loadAfter: +loadavg()[0].toFixed(2),
        cpuSeconds: +cpu.toFixed(2),
        startupCpuSeconds: +startup.toFixed(2),
        mainThreadCpuSeconds: +main.toFixed(2),
        workerCpuSeconds: workerCpu.map((c) => +c.toFixed(2)),
        // the design evidence, steadier than wall time on a shared machine: what each pair costs each kind of thread (the main thread's after its start-up)
        cpuMsPerPair: { main: +((1000 * (main - startup)) / lines).toFixed(2), workers: +((1000 * workerTotal) / lines).toFixed(2), other: +((1000 * (cpu - main - workerTotal)) / lines).toFixed(2) },
        mainThreadShare: +(main / cpu).toFixed(3),
        idleSeconds: idleSeconds && +idleSeconds.toFixed(2),
        idlePairsPerSecond: idleSeconds && +(lines / idleSeconds).toFixed(1),
        reports: lines,
        sha256: createHash('sha256').update(output).digest('hex'),
      }
      runs.push(run)
      process.stderr.write(`bench:batch ${JSON.stringify(run)}\n`)
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
  if (slicerDir) rmSync(slicerDir, { recursive: true, force: true })
}

const bestOf = (key) => Object.fromEntries(args.workers.map((w) => [w, runs.filter((r) => r.workers === w).reduce((a, b) => (b[key] > a[key] ? b : a))[key]]))
const medianOf = (pick) =>
  Object.fromEntries(
    args.workers.map((w) => {
      const values = runs.filter((r) => r.workers === w).map(pick).sort((a, b) => a - b)
      const mid = values.length >> 1
      return [w, +(values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2).toFixed(3)]
    }),
  )
const identical = new Set(runs.map((r) => r.sha256)).size === 1 && runs.every((r) => r.reports === args.pairs)
const [one, two] = args.workers
const wall = bestOf('pairsPerSecond')
const idle = canReadThreads ? bestOf('idlePairsPerSecond') : null
const summary = {
  date: new Date().toISOString(),
  nodeOptions: args.node,
  sliced: args.sliced,
  machine: { cpus: cores, node: process.version, sharedCpuBySession: readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1' },
  pairs: args.pairs,
  meanBytesPerArticle: Math.round(bytes),
  identicalOutput: identical,
  pairsPerSecond: wall,
  speedup: two === undefined ? null : +(wall[two] / wall[one]).toFixed(2),
  idlePairsPerSecond: idle,
  idleSpeedup: two === undefined || !idle ? null : +(idle[two] / idle[one]).toFixed(2),
  // medians over the rounds: CPU per pair of the workers together and of the main thread, and the main thread's share of all
  workerCpuMsPerPair: canReadThreads ? medianOf((r) => r.cpuMsPerPair.workers) : null,
  mainCpuMsPerPair: canReadThreads ? medianOf((r) => r.cpuMsPerPair.main) : null,
  mainThreadShare: canReadThreads ? medianOf((r) => r.mainThreadShare) : null,
  startupCpuSeconds: canReadThreads ? medianOf((r) => r.startupCpuSeconds) : null,
  startups,
  runs,
}
mkdirSync(resolve(repoRoot, 'bench/results'), { recursive: true })
writeFileSync(resolve(repoRoot, `bench/results/batch${args.sliced ? '-sliced' : ''}.json`), JSON.stringify(summary, null, 2) + '\n')
console.table(runs.map(({ sha256, workerCpuSeconds, cpuMsPerPair, ...run }) => ({ ...run, 'main ms/pair': cpuMsPerPair.main, 'workers ms/pair': cpuMsPerPair.workers, 'helpers ms/pair': cpuMsPerPair.other })))
console.log(`identical output: ${identical}; --workers ${two} vs ${one}: ×${summary.speedup} wall time (best rounds; load averages above), ×${summary.idleSpeedup} estimated on idle cores from each thread's CPU time`)
if (!identical) process.exitCode = 1
