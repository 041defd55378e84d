// npm run bench: corroborate's compare() against jsdiff and a naive all-pairs aligner,
// on the seed pair and on 10 KB, 100 KB and 1 MB report pairs. Medians, growth per 10×,
// peak memory at 1 MB, and the floor (NFC + tokenising both inputs once).
//
//   node bench/bench.mjs [--quick] [--only seed,10KB,100KB,1MB]
//
// The 10 KB–1 MB pairs are built from VietnameseMDS (CORROBORATE_CORPORA or ../shared/corpora).
// Without it only the seed pair runs, with a notice, and bench/results is left as it was; naming
// a size with --only then fails (exit 2).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { diffSentences, diffWords } from 'diff'
import { Bench } from 'tinybench'
import { compare, tokens } from '../dist/index.js'
import { corporaDir, missingCorpora } from './eval/metrics.mjs'
import { DOCUMENT_CORPUS, documentPair, seedPair } from './documents.mjs'
import { naiveAlign } from './naive.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const USAGE = 'usage: node bench/bench.mjs [--quick] [--only seed,10KB,100KB,1MB]'
const SIZES = { seed: 'seed pair', '10KB': '10 KB', '100KB': '100 KB', '1MB': '1 MB' }
const BYTES = { '10 KB': 10_000, '100 KB': 100_000, '1 MB': 1_000_000 }

let quick = false
let only
for (let i = 2; i < process.argv.length; i++) {
  const [flag, inline] = process.argv[i].split('=')
  if (flag === '--quick') quick = true
  else if (flag === '--only') only = (inline ?? process.argv[++i] ?? '').split(',').filter(Boolean)
  else if (flag === '--help' || flag === '-h') {
    console.log(USAGE)
    process.exit(0)
  } else fail(`unknown argument ${process.argv[i]}`)
}
for (const key of only ?? []) if (!SIZES[key]) fail(`unknown input ${key} (inputs: ${Object.keys(SIZES).join(', ')})`)

function fail(message) {
  console.error(`bench: ${message}\n${USAGE}`)
  process.exit(2)
}

let wanted = (only ?? Object.keys(SIZES)).map((key) => SIZES[key])
const haveCorpus = missingCorpora([DOCUMENT_CORPUS]).length === 0
if (!haveCorpus && wanted.some((input) => BYTES[input])) {
  const where = `${DOCUMENT_CORPUS} not found in ${corporaDir}; put the corpora there or set CORROBORATE_CORPORA to their folder`
  if (only) fail(`cannot build the ${wanted.filter((input) => BYTES[input]).join(', ')} pairs: ${where}`)
  process.stderr.write(`bench: notice: only the seed pair runs, and bench/results is left as it was: ${where}\n`)
  wanted = ['seed pair']
}
// A partial run prints its table but does not overwrite the recorded full one.
const complete = wanted.length === Object.keys(SIZES).length

const inputs = wanted.map((input) => [input, BYTES[input] ? documentPair(BYTES[input]) : seedPair()])
// Quadratic peers would take minutes to hours beyond these sizes; they are marked, not run.
const limits = { 'diffWords': 10_000, 'naive all-pairs': 100_000, 'diffSentences': 100_000 }
const contenders = {
  'corroborate compare()': ({ a, b }) => compare(a, b),
  'floor: NFC + tokens()': ({ a, b }) => {
    tokens(a)
    tokens(b)
  },
  'naive all-pairs': ({ a, b }) => naiveAlign(a, b),
  diffWords: ({ a, b }) => diffWords(a, b),
  diffSentences: ({ a, b }) => diffSentences(a, b),
}

const results = []
for (const [input, pair] of inputs) {
  const size = Buffer.byteLength(pair.a)
  // Warm means optimised: a second of warm-up lets V8 tier the whole pipeline up before
  // timing (tinybench's default 250 ms left the first contender half-compiled).
  const bench = new Bench({ time: quick ? 200 : size > 500_000 ? 3000 : 1000, iterations: 3, warmup: true, warmupTime: quick ? 250 : 1000 })
  for (const [name, run] of Object.entries(contenders)) {
    if (input !== 'seed pair' && size > (limits[name] ?? Infinity) * 1.5) continue
    bench.add(name, () => run(pair))
  }
  await bench.run()
  for (const task of bench.tasks) {
    const latency = task.result?.latency
    results.push({ input, bytes: size, contender: task.name, medianMs: latency ? Number(latency.p50.toFixed(3)) : null, samples: latency?.samplesCount ?? 0 })
  }
  process.stderr.write(`bench: ${input} done\n`)
}

// Peak memory of one compare() on the 1 MB and 10 MB pairs, each in a fresh process that reads
// the two texts from files, as a user comparing two files would: building them from the corpus
// in that process kept the whole parsed corpus (some 13 MiB) alive through compare(), memory of
// the harness, not of the library. Peak RSS counts Node and the loaded library as well
// (`beforeMiB`: RSS once the inputs are read); bytes per input character count only the growth.
// Two readings say where the peak sits: the V8 heap committed when the call returns (the old space
// grows to about 1.6 times the live set between full collections, so a peak far above the live set
// is the collector's room, not the library's data), and the heap still held once the call's inputs
// and report are dropped and collected (module-level caches: what a long-running process keeps).
const peak = (bytes) => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'))
  try {
    const { a, b } = documentPair(bytes)
    writeFileSync(join(dir, 'a.txt'), a)
    writeFileSync(join(dir, 'b.txt'), b)
    return JSON.parse(
      execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', `
        import { readFileSync } from 'node:fs'
        import { getHeapStatistics } from 'node:v8'
        import { compare } from '${resolve(here, '../dist/index.js')}'
        globalThis.gc()
        const heapBefore = process.memoryUsage().heapUsed
        let a = readFileSync(${JSON.stringify(join(dir, 'a.txt'))}, 'utf8')
        let b = readFileSync(${JSON.stringify(join(dir, 'b.txt'))}, 'utf8')
        const chars = a.length + b.length
        const before = process.memoryUsage().rss
        compare(a, b, { maxLength: Math.max(a.length, b.length) })
        const maxRss = process.resourceUsage().maxRSS * 1024
        const committed = getHeapStatistics().total_heap_size
        a = b = undefined
        globalThis.gc()
        const retained = process.memoryUsage().heapUsed - heapBefore
        console.log(JSON.stringify({ peakRssMiB: maxRss / 2 ** 20, beforeMiB: before / 2 ** 20, bytesPerInputChar: (maxRss - before) / chars, heapCommittedMiB: committed / 2 ** 20, retainedAfterMiB: retained / 2 ** 20 }))`], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim(),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
// measured only when the 1 MB pair is run (it is built from the corpus too)
const memory = wanted.includes('1 MB') ? { '1 MB': peak(1_000_000), '10 MB': quick ? null : peak(10_000_000) } : {}
const rss = memory['1 MB']?.peakRssMiB ?? null

const median = (input, contender) => results.find((r) => r.input === input && r.contender === contender)?.medianMs
const growth = {}
for (const contender of Object.keys(contenders)) {
  const steps = [['10 KB', '100 KB'], ['100 KB', '1 MB']].map(([from, to]) => {
    const x = median(from, contender)
    const y = median(to, contender)
    return x && y ? Number((y / x).toFixed(2)) : null
  })
  growth[contender] = { '10KB→100KB': steps[0], '100KB→1MB': steps[1] }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const seedCompare = median('seed pair', 'corroborate compare()')
const seedDiffWords = median('seed pair', 'diffWords')
const report = {
  machine,
  results,
  growth,
  peakRssMiB1MB: rss === null ? null : Number(rss.toFixed(1)),
  memory: Object.fromEntries(Object.entries(memory).filter(([, m]) => m).map(([k, m]) => [k, { peakRssMiB: Number(m.peakRssMiB.toFixed(1)), beforeMiB: Number(m.beforeMiB.toFixed(1)), bytesPerInputChar: Number(m.bytesPerInputChar.toFixed(1)), heapCommittedMiB: Number(m.heapCommittedMiB.toFixed(1)), retainedAfterMiB: Number(m.retainedAfterMiB.toFixed(1)) }])),
  seedSpeedupOverDiffWords: seedCompare && seedDiffWords ? Number((seedDiffWords / seedCompare).toFixed(1)) : null,
}

const fmt = (ms) => (ms === undefined || ms === null ? 'not run (quadratic)' : ms < 1 ? `${ms.toFixed(3)} ms` : `${ms.toFixed(1)} ms`)
const lines = [
  `| contender | ${inputs.map(([input]) => input).join(' | ')} | growth 100 KB→1 MB |`,
  `| --- | ${inputs.map(() => '---').join(' | ')} | --- |`,
  ...Object.keys(contenders).map((c) => `| ${c} | ${inputs.map(([input]) => fmt(median(input, c))).join(' | ')} | ${growth[c]['100KB→1MB'] ?? '—'}× |`),
]
const peakText = Object.keys(report.memory).length === 0 ? '' : ` Peak RSS for one compare(): ${Object.entries(report.memory).map(([k, m]) => `${k} pair ${m.peakRssMiB} MiB (${m.beforeMiB} MiB before compare() starts; ${m.bytesPerInputChar} bytes per input character; V8 heap committed at its end ${m.heapCommittedMiB} MiB; ${m.retainedAfterMiB} MiB still held once its inputs and report are collected)`).join(', ')}.`
const markdown = `Medians (tinybench), ${machine}.${peakText} compare() on the seed pair is ${report.seedSpeedupOverDiffWords}× faster than diffWords.\n\n${lines.join('\n')}\n`
if (complete) {
  mkdirSync(resolve(here, 'results'), { recursive: true })
  writeFileSync(resolve(here, 'results/bench.json'), JSON.stringify(report, null, 2) + '\n')
  writeFileSync(resolve(here, 'results/bench.md'), markdown)
}
process.stdout.write(markdown)
