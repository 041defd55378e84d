// What a story's pair costs once every report's own readings are built, apart from what a report
// costs. bench/story.mjs fits D (ms a report) and P (ms a pair) to whole compareMany() calls, and
// bench/story-stages.mjs / story-solve.mjs profile whole calls, where a value a report builds on
// first demand (an Attached cache, a lazy getter such as a sentence's `inert`, a session table) is
// charged to the pair that asks first. Here bench/story.mjs's reports are read as compareMany()
// reads them (prepared, shared sentences read once, one session) and every pair is compared twice:
// the first pass over the pairs builds each report's lazy readings, the second (warm) pass is work
// done per pair alone (a report's readings asked only on side A are built in the first pass too).
//   node bench/story-warm.mjs [--root=<repository>] [--rounds=6]
//     the split, for 10 and 40 reports, each part the cheapest of the rounds (CPU ms): reading the
//     reports, the first pass, the warm pass; first − warm is what the reports' lazy readings cost.
//   node bench/story-warm.mjs --profile [--reports=40] [--passes=3] [--top=50] [--callers=once,get]
//     a CPU profile of warm passes, µs a pair by function (inclusive, own; --callers: the time under
//     each function named, by its three calling frames). On a loaded host read it for ranking only:
//     samples land where the thread resumes, and a function run 0.4 times a pair (matchSlots, in
//     the 40-report story) was charged 33–64 µs a pair where running it 20 times more in place
//     cost 3–10 µs a run (story59).
//   node bench/story-warm.mjs --alloc [--reports=40] [--top=50]
//     bytes allocated a pair by function (sampled heap profile of one warm pass).
// comparePrepared is not exported, so src is bundled with esbuild (as tsup bundles it; tsx's
// per-module transform adds a naming call to every function, a tenth of a pair's profile) into a
// temporary file. --root reads another checkout's src (a worktree of main, to race a change).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Session } from 'node:inspector/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import { story } from './story-reports.mjs'

const here = resolve(fileURLToPath(import.meta.url), '../..')
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const root = resolve(arg('root') ?? here)
const top = Number(arg('top') ?? 50)

const entry = [
  "export { comparePrepared, createSession } from './compare'",
  "export { prepare } from './document'",
  "export { shareSentenceTexts } from './document/shared-texts'",
  "export { shareSentenceFacts } from './diverge/extract/collect'",
  "export { resolveOptions } from './options'",
].join('\n')
const out = mkdtempSync(join(tmpdir(), 'story-warm-'))
const bundle = join(out, 'pairs.mjs')
await build({ stdin: { contents: entry, resolveDir: resolve(root, 'src'), loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'error' })
const { comparePrepared, createSession, prepare, shareSentenceTexts, shareSentenceFacts, resolveOptions } = await import(pathToFileURL(bundle).href)
rmSync(out, { recursive: true })

const resolved = resolveOptions({})
const pairsOf = (n) => (n * (n - 1)) / 2
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** A story of `n` reports read as compareMany() reads it, and a pass comparing all its pairs. */
function storyOf(n) {
  const prepared = story(n).map((article) => prepare(article, resolved))
  shareSentenceFacts(prepared)
  shareSentenceTexts(prepared)
  const session = createSession()
  return () => {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) comparePrepared(prepared[i], prepared[j], resolved, session)
  }
}

/** CPU ms of reading `n` reports, of the first pass over their pairs, and of a second (warm) pass. */
function split(n) {
  const start = cpuMs()
  const everyPair = storyOf(n)
  const read = cpuMs()
  everyPair()
  const first = cpuMs()
  everyPair()
  const warm = cpuMs()
  return { read: read - start, first: first - read, warm: warm - first }
}

const keyOf = (frame) => `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}`
const table = (byKey, scale, k) =>
  [...byKey]
    .sort((x, y) => y[1] - x[1])
    .slice(0, k)
    .map(([fn, n]) => `${(n * scale).toFixed(1).padStart(9)}  ${fn}`)
    .join('\n')

if (process.argv.includes('--profile') || process.argv.includes('--alloc')) {
  const reports = Number(arg('reports') ?? 40)
  const pairs = pairsOf(reports)
  const everyPair = storyOf(reports)
  everyPair()
  everyPair()
  const inspector = new Session()
  inspector.connect()
  if (process.argv.includes('--alloc')) {
    await inspector.post('HeapProfiler.enable')
    await inspector.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
    everyPair()
    const { profile } = await inspector.post('HeapProfiler.stopSampling')
    const own = new Map()
    const inclusive = new Map()
    let total = 0
    const walk = (node, path) => {
      const key = keyOf(node.callFrame)
      total += node.selfSize
      own.set(key, (own.get(key) ?? 0) + node.selfSize)
      const below = [...path, key]
      for (const k of new Set(below)) inclusive.set(k, (inclusive.get(k) ?? 0) + node.selfSize)
      for (const child of node.children) walk(child, below)
    }
    walk(profile.head, [])
    console.log(`${reports} reports, one warm pass: ${(total / pairs).toFixed(0)} bytes allocated a pair`)
    console.log(`--- bytes a pair, inclusive\n${table(inclusive, 1 / pairs, top)}`)
    console.log(`--- bytes a pair, own\n${table(own, 1 / pairs, 40)}`)
  } else {
    const passes = Number(arg('passes') ?? 3)
    await inspector.post('Profiler.enable')
    await inspector.post('Profiler.setSamplingInterval', { interval: 100 })
    await inspector.post('Profiler.start')
    const times = []
    for (let p = 0; p < passes; p++) {
      const before = cpuMs()
      everyPair()
      times.push(cpuMs() - before)
    }
    const { profile } = await inspector.post('Profiler.stop')
    const byId = new Map(profile.nodes.map((node) => [node.id, node]))
    const parent = new Map()
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
    const own = new Map()
    const inclusive = new Map()
    const callers = new Map((arg('callers') ?? '').split(',').filter(Boolean).map((name) => [name, new Map()]))
    for (const id of profile.samples) {
      const stack = []
      for (let at = id; at !== undefined; at = parent.get(at)) stack.push(keyOf(byId.get(at).callFrame))
      own.set(stack[0], (own.get(stack[0]) ?? 0) + 1)
      for (const key of new Set(stack)) inclusive.set(key, (inclusive.get(key) ?? 0) + 1)
      for (const [name, byChain] of callers) {
        const at = stack.findIndex((key) => key.startsWith(`${name} `))
        if (at === -1) continue
        const chain = stack.slice(at + 1, at + 4).join(' < ')
        byChain.set(chain, (byChain.get(chain) ?? 0) + 1)
      }
    }
    // Samples scaled to the passes' CPU time, per pair: µs a pair.
    const scale = (times.reduce((sum, t) => sum + t, 0) * 1000) / profile.samples.length / passes / pairs
    console.log(`${reports} reports, ${passes} warm passes over ${pairs} pairs: CPU ms ${times.map((t) => t.toFixed(0)).join(', ')}; cheapest ${((Math.min(...times) * 1000) / pairs).toFixed(1)} µs a pair`)
    console.log(`--- µs a pair, inclusive\n${table(inclusive, scale, top)}`)
    console.log(`--- µs a pair, own\n${table(own, scale, 40)}`)
    for (const [name, byChain] of callers) console.log(`--- µs a pair under ${name}, by caller\n${table(byChain, scale, 15)}`)
  }
  inspector.disconnect()
} else {
  const rounds = Number(arg('rounds') ?? 6)
  const sizes = [10, 40]
  // Two rounds unmeasured, so both sizes run compiled code.
  for (let r = 0; r < 2; r++) for (const n of sizes) split(n)
  const best = new Map(sizes.map((n) => [n, { read: Infinity, first: Infinity, warm: Infinity }]))
  for (let r = 0; r < rounds; r++) {
    for (const n of sizes) {
      const parts = split(n)
      const kept = best.get(n)
      for (const part of ['read', 'first', 'warm']) kept[part] = Math.min(kept[part], parts[part])
    }
  }
  const rows = sizes.map((n) => {
    const { read, first, warm } = best.get(n)
    return {
      reports: n,
      readMsPerReport: +(read / n).toFixed(2),
      firstPassMs: +first.toFixed(0),
      warmPassMs: +warm.toFixed(0),
      warmMsPerPair: +(warm / pairsOf(n)).toFixed(3),
      lazyMsPerReport: +((first - warm) / n).toFixed(2),
    }
  })
  console.log(`cheapest of ${rounds} rounds, CPU; lazy = (first pass − warm pass) / reports`)
  console.table(rows)
}
