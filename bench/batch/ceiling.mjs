// node bench/batch/ceiling.mjs: how much faster two worker threads can compare than one on
// this machine, measured in CPU time, which neighbours on a shared machine do not distort the
// way they distort wall time.
//
// Method. The same compare work as a batch worker (safeCompare() and the report's JSON line,
// on the pairs of bench:batch) runs in plain worker threads, with no pool and no messages.
// Each thread first compares the N pairs once, cold (timed: warm-up J = this pass less the
// warm one), then, from a barrier:
//   - alone: one thread compares the N pairs again;
//   - together: two threads compare the same N pairs at the same time, the second starting
//     half-way round the list (so that they are on different pairs, as in a batch), until the
//     first has done all N.
// Each pair of the warm pass is timed in its thread's own CPU time (/proc/thread-self/schedstat,
// ns). The per-thread slowdown s is the CPU of the pairs done together over the CPU of the same
// pairs done alone. The process's other threads (V8's helpers: concurrent marking, parallel
// scavenges, sweeping) are read from /proc too: o, per CPU of the workers. Rounds alternate
// alone/together; medians are reported, each round with the 1-minute load average and how busy
// the whole machine was while the thread ran alone (1.0: both vCPUs; then neighbours shared the
// cores with it and s is measured against them, not against idle cores). Two controls run the
// same way: `alu` (integer work in registers) and `memory` (random reads and writes over a
// 64 MB array): whether two busy vCPUs slow each other whatever the work, or through memory.
//
// The ceiling on idle cores. With one worker, its thread bounds the batch (the main thread and
// V8's helpers run on the other core); with two, both cores are busy, and each worker pays its
// own warm-up J (a worker is an isolate: compiled code is not shared). For N pairs, with w a
// warm pair's CPU alone, m the main thread's CPU per pair (from bench:batch) and S the serial
// start-up (the same on both sides, left out here, so this is an upper bound):
//   one worker:  N·w + J        two workers:  N·w·(s + (m + o)/w)/2 + J
//   speedup ≤ (N·w + J) / (N·w·(s + (m + o)/w)/2 + J)  →  2 / (s + (m + o)/w) as N grows.
//
//   node [--v8-flag …] bench/batch/ceiling.mjs [--pairs 150] [--rounds 3] [--young default,8,64] [--controls]
//
// --young: worker young-generation sizes (MB, resourceLimits.maxYoungGenerationSizeMb) to try:
// whether garbage collection pressure is what two threads share. Writes bench/results/batch-ceiling.json.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Worker } from 'node:worker_threads'
import { missingCorpora, repoRoot } from '../eval/metrics.mjs'
import { vmdsArticles, vmdsPairs } from './pairs.mjs'

const args = { pairs: 150, rounds: 3, young: ['default'], controls: false }
for (let i = 2; i < process.argv.length; i++) {
  const flag = process.argv[i]
  if (flag === '--controls') {
    args.controls = true
    continue
  }
  const value = process.argv[++i]
  if (['--pairs', '--rounds'].includes(flag) && /^\d+$/.test(value ?? '')) args[flag.slice(2)] = Number(value)
  else if (flag === '--young' && /^(default|\d+)(,(default|\d+))*$/.test(value ?? '')) args.young = value.split(',')
  else {
    process.stderr.write('usage: node bench/batch/ceiling.mjs [--pairs N] [--rounds N] [--young default,8,64] [--controls]\n')
    process.exit(2)
  }
}
const missing = missingCorpora(['vmds/articles.jsonl'])
if (missing.length > 0) {
  process.stderr.write(`notice: skipped batch ceiling: ${missing.join(', ')} not found\n`)
  process.exit(0)
}
if (!existsSync('/proc/thread-self/schedstat')) {
  process.stderr.write('notice: skipped batch ceiling: needs /proc/thread-self/schedstat (Linux) for per-thread CPU time\n')
  process.exit(0)
}

const articles = vmdsArticles()
const byId = new Map(articles.map((a) => [a.id, a]))
// as compare --pairs hands them to compare(): {text, source: id}
const pairs = vmdsPairs(articles, args.pairs).map(({ aId, bId }) => [byId.get(aId), byId.get(bId)].map((a) => ({ text: a.text, source: a.id })))
const lib = pathToFileURL(resolve(repoRoot, 'dist/index.js')).href
// as compare --pairs does before starting its workers
setFlagsFromString('--no-concurrent-recompilation')

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round3 = (x) => +x.toFixed(3)

/** CPU ns of each thread of this process. */
function threadNs() {
  const out = new Map()
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      out.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]))
    } catch {}
  }
  return out
}

/** The machine's CPU counters (/proc/stat): busy and stolen (by the host) jiffies over all vCPUs. */
function machineTicks() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number)
  return { busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal, steal }
}

/** Runs `threads` threads at once from a barrier; each thread's report, and the CPU of the process's other threads (V8's helpers, the main thread). */
async function runThreads(threads, { young, control }) {
  const flags = new SharedArrayBuffer(12)
  const view = new Int32Array(flags)
  const workers = Array.from({ length: threads }, (_, k) => {
    const workerData = { lib, pairs, offset: Math.floor((k * pairs.length) / threads), count: pairs.length, flags, control }
    return new Worker(new URL('./ceiling-worker.mjs', import.meta.url), { workerData, ...(young === 'default' ? {} : { resourceLimits: { maxYoungGenerationSizeMb: Number(young) } }) })
  })
  const reports = workers.map((worker) => new Promise((res, rej) => (worker.once('message', res), worker.once('error', rej))))
  while (Atomics.load(view, 0) < threads) await new Promise((res) => setTimeout(res, 5))
  const before = threadNs()
  const ticks = machineTicks()
  Atomics.store(view, 1, 1)
  Atomics.notify(view, 1)
  const out = await Promise.all(reports)
  const after = threadNs()
  const ticksAfter = machineTicks()
  await Promise.all(workers.map((w) => w.terminate()))
  const ours = new Set(out.map((r) => r.tid))
  let otherNs = 0
  let mainNs = 0
  for (const [tid, ns] of after) {
    if (ours.has(tid)) continue
    const delta = ns - (before.get(tid) ?? 0)
    if (tid === String(process.pid)) mainNs += delta
    else otherNs += delta
  }
  const total = ticksAfter.total - ticks.total
  return { reports: out, otherMs: otherNs / 1e6, mainMs: mainNs / 1e6, machineBusy: (ticksAfter.busy - ticks.busy) / total, steal: (ticksAfter.steal - ticks.steal) / total }
}

const results = { date: new Date().toISOString(), node: process.version, nodeOptions: process.execArgv, pairs: pairs.length, rounds: args.rounds, young: {}, controls: {} }

// rounds outermost, so that every young-generation size meets the same neighbours
const roundsOf = Object.fromEntries(args.young.map((young) => [young, []]))
for (let round = 0; round < args.rounds; round++) {
  for (const young of args.young) {
    const rounds = roundsOf[young]
    const row = { round }
    for (const threads of round % 2 === 0 ? [1, 2] : [2, 1]) {
      const load = loadavg()[0]
      row[threads] = { load: +load.toFixed(2), ...(await runThreads(threads, { young })) }
    }
    const alone = new Map(row[1].reports[0].done)
    // pairs done together, against the same pairs alone
    const together = row[2].reports.flatMap((r) => r.done)
    const sum = (list) => list.reduce((s, x) => s + x, 0)
    const slowdown = sum(together.map(([, ns]) => ns)) / sum(together.map(([i]) => alone.get(i)))
    const aloneMs = sum([...alone.values()]) / 1e6
    const perPair = (r) => r.gcCount / (r.done.length + pairs.length)
    const summary = {
      round,
      load: [row[1].load, row[2].load],
      aloneMsPerPair: round3(aloneMs / alone.size),
      togetherMsPerPair: round3(sum(together.map(([, ns]) => ns)) / together.length / 1e6),
      slowdown: round3(slowdown),
      pairsTogether: together.length,
      // one isolate's warm-up over the list: its cold pass less its warm pass
      warmUpMs: Math.round(row[1].reports[0].coldMs - aloneMs),
      gcPerPairAlone: round3(perPair(row[1].reports[0])),
      // V8's helper threads (concurrent marking, parallel scavenges) per worker CPU
      otherPerWorkerAlone: round3(row[1].otherMs / (row[1].reports[0].coldMs + row[1].reports[0].cpuMs)),
      otherPerWorkerTogether: round3(row[2].otherMs / sum(row[2].reports.map((r) => r.coldMs + r.cpuMs))),
      // how busy the whole machine was (2 vCPUs = 1.0) while one thread ran alone: above 0.5, neighbours shared the cores with it
      machineBusyAlone: round3(row[1].machineBusy),
      machineBusyTogether: round3(row[2].machineBusy),
      steal: round3(Math.max(row[1].steal, row[2].steal)),
    }
    rounds.push(summary)
    process.stderr.write(`ceiling young=${young} ${JSON.stringify(summary)}\n`)
  }
}
for (const [young, rounds] of Object.entries(roundsOf)) {
  results.young[young] = {
    slowdown: round3(median(rounds.map((r) => r.slowdown))),
    aloneMsPerPair: round3(median(rounds.map((r) => r.aloneMsPerPair))),
    warmUpMs: Math.round(median(rounds.map((r) => r.warmUpMs))),
    gcPerPairAlone: round3(median(rounds.map((r) => r.gcPerPairAlone))),
    otherPerWorkerAlone: round3(median(rounds.map((r) => r.otherPerWorkerAlone))),
    otherPerWorkerTogether: round3(median(rounds.map((r) => r.otherPerWorkerTogether))),
    machineBusyAlone: round3(median(rounds.map((r) => r.machineBusyAlone))),
    rounds,
  }
}

if (args.controls) {
  for (const kind of ['alu', 'memory']) {
    const rounds = []
    for (let round = 0; round < args.rounds; round++) {
      const row = {}
      for (const threads of round % 2 === 0 ? [1, 2] : [2, 1]) {
        row[threads] = { load: +loadavg()[0].toFixed(2), ...(await runThreads(threads, { young: 'default', control: { kind, rounds: kind === 'alu' ? 400 : 40 } })) }
      }
      const slowdown = median(row[2].reports.map((r) => r.cpuMs)) / row[1].reports[0].cpuMs
      rounds.push({ round, load: [row[1].load, row[2].load], aloneMs: Math.round(row[1].reports[0].cpuMs), slowdown: round3(slowdown), machineBusyAlone: round3(row[1].machineBusy) })
      process.stderr.write(`ceiling control=${kind} ${JSON.stringify(rounds.at(-1))}\n`)
    }
    results.controls[kind] = { slowdown: round3(median(rounds.map((r) => r.slowdown))), rounds }
  }
}

// m/w from bench:batch's last 1-worker runs when there are some (the main thread is not in this bench); o/w from this bench's helper threads
const batchFile = resolve(repoRoot, 'bench/results/batch.json')
const batch = existsSync(batchFile) ? JSON.parse(readFileSync(batchFile, 'utf8')) : null
const oneWorker = batch?.runs?.filter((r) => r.workers === 1 && r.cpuMsPerPair) ?? []
const mainPerWorker = oneWorker.length ? median(oneWorker.map((r) => r.cpuMsPerPair.main / r.cpuMsPerPair.workers)) : 0.04
const base = results.young.default ?? Object.values(results.young)[0]
const { slowdown: s, aloneMsPerPair: w, warmUpMs: warm, otherPerWorkerTogether: other } = base
/** Wall ms of a batch of `n` pairs on idle cores: one worker bounds it alone; two share both cores with the main and helper threads. Each worker pays its warm-up. */
const oneWorkerMs = (n) => n * w + warm
const twoWorkersMs = (n) => (n * w * (s + mainPerWorker + other)) / 2 + warm
results.ceiling = {
  slowdown: s,
  mainPerWorkerCpu: round3(mainPerWorker),
  otherPerWorkerCpu: other,
  warmUpMs: warm,
  // the most two workers can give over one on two idle cores, for a long batch: 2 / (s + (m + o)/w)
  speedup: round3(2 / (s + mainPerWorker + other)),
  // what the cores alone allow (no main-thread or helper CPU)
  speedupCoresOnly: round3(2 / s),
  // for a batch of these N pairs, each worker paying the warm-up J measured over them
  speedupAtPairs: round3(oneWorkerMs(pairs.length) / twoWorkersMs(pairs.length)),
}
mkdirSync(resolve(repoRoot, 'bench/results'), { recursive: true })
writeFileSync(resolve(repoRoot, 'bench/results/batch-ceiling.json'), JSON.stringify(results, null, 2) + '\n')
console.log(JSON.stringify({ young: Object.fromEntries(Object.entries(results.young).map(([k, v]) => [k, { ...v, rounds: undefined }])), controls: Object.fromEntries(Object.entries(results.controls).map(([k, v]) => [k, v.slowdown])), ceiling: results.ceiling }, null, 2))
