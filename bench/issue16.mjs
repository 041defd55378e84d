// Issue 16's three figures for one or more builds, read alternately in the same minutes: on a
// loaded host a build measured an hour after another is measured against another load, and the
// 1 MB pair's peak RSS is bimodal (mem54: 204–249 MiB for one build), so one reading of each says
// nothing. Each reading is a fresh process:
//   - peak: one cold compare() of the 1 MB pair read from files (as bench/bench.mjs's peak),
//     its peak RSS, the V8 heap committed at its end and the call's CPU time;
//   - pace: CPU time (process.cpuUsage, not wall time, which the load bends most) of warm calls,
//     medians: compare() and diffWords on the seed pair, compare() and the floor (NFC + tokens() of
//     both) on the 1 MB pair.
//   node bench/issue16.mjs --dist=<dir> [--dist=<dir> …] [--rounds=3] [--only=peak|pace]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { documentPair, seedPair } from './documents.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const args = process.argv.slice(2)
const dists = args.filter((a) => a.startsWith('--dist=')).map((a) => resolve(a.slice(7)))
if (dists.length === 0) dists.push(resolve(here, '../dist'))
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3)
const only = args.find((a) => a.startsWith('--only='))?.slice(7)

const dir = mkdtempSync(join(tmpdir(), 'corroborate-issue16-'))
const files = {}
for (const [name, pair] of [['1mb', documentPair(1_000_000)], ['seed', seedPair()]]) {
  for (const side of ['a', 'b']) writeFileSync((files[`${name}-${side}`] = join(dir, `${name}-${side}.txt`)), pair[side])
}
const diffUrl = import.meta.resolve('diff')

const PEAK = `
  import { readFileSync } from 'node:fs'
  import { getHeapStatistics } from 'node:v8'
  const { compare } = await import(process.env.LIB)
  const a = readFileSync(process.env.A, 'utf8'), b = readFileSync(process.env.B, 'utf8')
  const cpu = process.cpuUsage()
  compare(a, b, { maxLength: Math.max(a.length, b.length) })
  const used = process.cpuUsage(cpu)
  console.log(JSON.stringify({ peakMiB: process.resourceUsage().maxRSS / 1024, committedMiB: getHeapStatistics().total_heap_size / 2 ** 20, cpuMs: (used.user + used.system) / 1000 }))`

const PACE = `
  import { readFileSync } from 'node:fs'
  const { compare, tokens } = await import(process.env.LIB)
  const { diffWords } = await import(process.env.DIFF)
  const read = (k) => readFileSync(process.env[k], 'utf8')
  const seed = { a: read('SA'), b: read('SB') }, big = { a: read('A'), b: read('B') }
  const median = (run, n) => {
    for (let i = 0; i < Math.min(n, 5); i++) run()
    const times = []
    for (let i = 0; i < n; i++) { const t = process.cpuUsage(); run(); const u = process.cpuUsage(t); times.push((u.user + u.system) / 1000) }
    times.sort((x, y) => x - y)
    return times[n >> 1]
  }
  const seedCompare = median(() => compare(seed.a, seed.b), 60)
  const seedDiff = median(() => diffWords(seed.a, seed.b), 20)
  const floor = median(() => { tokens(big.a); tokens(big.b) }, 5)
  const bigCompare = median(() => compare(big.a, big.b, { maxLength: 2e6 }), 3)
  console.log(JSON.stringify({ seedCompare, seedDiff, seedRatio: seedDiff / seedCompare, floor, bigCompare, bigRatio: bigCompare / floor }))`

const run = (script, dist) =>
  JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, LIB: pathToFileURL(join(dist, 'index.js')).href, DIFF: diffUrl, A: files['1mb-a'], B: files['1mb-b'], SA: files['seed-a'], SB: files['seed-b'] },
    }).trim(),
  )

const fixed = (x, d = 1) => x.toFixed(d)
try {
  for (let round = 0; round < rounds; round++) {
    // Alternated: the first build of one round is the last of the next.
    const order = round % 2 === 0 ? dists : [...dists].reverse()
    for (const dist of order) {
      const out = [`round ${round + 1}`, dist]
      if (only !== 'pace') {
        const p = run(PEAK, dist)
        out.push(`peak ${fixed(p.peakMiB)} MiB, committed ${fixed(p.committedMiB)} MiB, cold call ${fixed(p.cpuMs, 0)} ms CPU`)
      }
      if (only !== 'peak') {
        const q = run(PACE, dist)
        out.push(`seed ${fixed(q.seedCompare, 2)} ms vs diffWords ${fixed(q.seedDiff, 2)} ms = ${fixed(q.seedRatio)}×; 1 MB ${fixed(q.bigCompare, 0)} ms vs floor ${fixed(q.floor, 0)} ms = ${fixed(q.bigRatio)}×`)
      }
      console.log(out.join(' | '))
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
