// Which functions a story pays per pair, in microseconds, by regression rather than by stack.
// bench/story-stages.mjs puts a sample where its stack says, so a value a report keeps but builds
// on first demand (an Attached cache, a lazy table, a module memo) is charged to the pair stage
// that first asks: judge/weigh, the missing-name passes and the name indexes look like pair work
// there although they run once a report. Here each function's inclusive CPU time is measured on
// bench/story.mjs's stories of 10 and 40 reports (sampled profiles, scaled to each run's CPU time)
// and solved for t(n) = perReport × n + perPair × n(n − 1)/2, as bench/story.mjs's cost model is:
// a function whose perPair is about 0 is no lever for the growth from 10 to 40 reports, however
// large its share of a profile. The medians of `--rounds` solves are printed (a shared host moves
// one solve's figures by several microseconds a pair).
//   node bench/story-solve.mjs [--dist=<dir>] [--rounds=3] [--top=40]
import { Session } from 'node:inspector/promises'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { story } from './story-reports.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const dist = resolve(arg('dist') ?? resolve(root, 'dist'))
const rounds = Number(arg('rounds') ?? 3)
const top = Number(arg('top') ?? 40)
const { compareMany } = await import(pathToFileURL(resolve(dist, 'index.js')).href)

// Runs profiled per size: about the same CPU for each, so that both sizes hold enough samples.
const SIZES = [
  { n: 10, runs: 40 },
  { n: 40, runs: 6 },
]
const pairs = (n) => (n * (n - 1)) / 2
// A function by its name and its line in the bundle: two closures of one name stay apart.
const keyOf = (node) => `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 100 })

/** Each function's inclusive CPU milliseconds in one compareMany() of `n` reports. */
async function inclusive(n, runs) {
  const articles = story(n)
  for (let i = 0; i < 4; i++) compareMany(articles)
  await session.post('Profiler.start')
  const t0 = process.cpuUsage()
  for (let i = 0; i < runs; i++) compareMany(articles)
  const { user, system } = process.cpuUsage(t0)
  const { profile } = await session.post('Profiler.stop')
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const msPerSample = (user + system) / 1000 / runs / profile.samples.length
  const samples = new Map()
  for (const id of profile.samples) {
    // A recursive function counts once a sample.
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = keyOf(byId.get(at))
      if (seen.has(key)) continue
      seen.add(key)
      samples.set(key, (samples.get(key) ?? 0) + 1)
    }
  }
  return { ms: new Map([...samples].map(([key, count]) => [key, count * msPerSample])), perRunMs: (user + system) / 1000 / runs }
}

const solves = []
for (let round = 0; round < rounds; round++) {
  const [small, large] = [await inclusive(SIZES[0].n, SIZES[0].runs), await inclusive(SIZES[1].n, SIZES[1].runs)]
  const [n1, n2] = [SIZES[0].n, SIZES[1].n]
  // Two sizes, two unknowns: t1 = r n1 + p P1, t2 = r n2 + p P2.
  const solve = (t1, t2) => {
    const p = (t2 - (n2 / n1) * t1) / (pairs(n2) - (n2 / n1) * pairs(n1))
    return { perReportMs: (t1 - p * pairs(n1)) / n1, perPairUs: p * 1000 }
  }
  const byKey = new Map()
  for (const key of new Set([...small.ms.keys(), ...large.ms.keys()])) byKey.set(key, { ...solve(small.ms.get(key) ?? 0, large.ms.get(key) ?? 0), at40Ms: large.ms.get(key) ?? 0 })
  solves.push({ byKey, whole: solve(small.perRunMs, large.perRunMs) })
  process.stderr.write(`round ${round + 1}: whole story D ${solves.at(-1).whole.perReportMs.toFixed(3)} ms, P ${solves.at(-1).whole.perPairUs.toFixed(1)} µs\n`)
}
session.disconnect()

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const P = median(solves.map((s) => s.whole.perPairUs))
const D = median(solves.map((s) => s.whole.perReportMs))
console.log(`compareMany(), bench/story.mjs's reports, ${rounds} solves of 10 and 40 reports: D ${D.toFixed(3)} ms a report, P ${P.toFixed(1)} µs a pair (medians)`)
const keys = new Set(solves.flatMap((s) => [...s.byKey.keys()]))
const rows = [...keys].map((key) => {
  const of = (field) => median(solves.map((s) => s.byKey.get(key)?.[field] ?? 0))
  return { function: key, perPairUs: +of('perPairUs').toFixed(1), shareOfP: +((100 * of('perPairUs')) / P).toFixed(1), perReportMs: +of('perReportMs').toFixed(3), at40Ms: +of('at40Ms').toFixed(1) }
})
rows.sort((x, y) => y.perPairUs - x.perPairUs)
console.table(rows.slice(0, top))
