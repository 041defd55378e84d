// What compareMany() runs per report and what per pair, counted, not timed: a shared host moves CPU
// profiles by more than a cut of 10 %, but not call counts. V8's precise coverage counts every call of
// every function of the build while compareMany() runs on bench/story.mjs's stories of 10, 20 and 40
// reports (each story's second run, so that module-level memos are as warm in every size), and each
// function's counts are solved for `calls = perReport × N + perPair × N(N−1)/2 + fixed`. A function
// whose perPair is 0 runs once a report (or less) however many pairs share the report; one with
// perPair > 0 runs again for each pair: the place to look for work one report could do once.
//   node bench/story-counts.mjs [--dist=<dir>] [--top=40] [--json]
import { Session } from 'node:inspector/promises'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { story } from './story-reports.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const dist = resolve(arg('dist') ?? resolve(root, 'dist'))
const top = Number(arg('top') ?? 40)
const { compareMany } = await import(pathToFileURL(resolve(dist, 'index.js')).href)

const SIZES = [10, 20, 40]
const pairs = (n) => (n * (n - 1)) / 2

// The source module of a line of the bundle: tsup heads each module's code with `// src/…`.
const modules = new Map()
function moduleAt(url, offset) {
  let heads = modules.get(url)
  if (!heads) {
    const text = readFileSync(fileURLToPath(url), 'utf8')
    heads = [...text.matchAll(/^\/\/ (src\/\S+)$/gm)].map((m) => ({ at: m.index, path: m[1] }))
    modules.set(url, heads)
  }
  let found = '?'
  for (const head of heads) if (head.at <= offset) found = head.path
  return found
}

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false })
const counts = new Map()
for (const n of SIZES) {
  const articles = story(n)
  compareMany(articles)
  await session.post('Profiler.takePreciseCoverage') // resets the counters
  compareMany(articles)
  const { result } = await session.post('Profiler.takePreciseCoverage')
  for (const script of result) {
    if (!script.url.startsWith(pathToFileURL(dist).href)) continue
    for (const fn of script.functions) {
      const { startOffset, count } = fn.ranges[0]
      if (count === 0) continue
      const key = `${fn.functionName || '(anonymous)'}\t${moduleAt(script.url, startOffset)}\t${script.url}:${startOffset}`
      let row = counts.get(key)
      if (!row) counts.set(key, (row = new Map()))
      row.set(n, (row.get(n) ?? 0) + count)
    }
  }
}
await session.post('Profiler.stopPreciseCoverage')

// Three sizes, three unknowns: solved exactly (Cramer's rule).
const det = (m) => m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
const system = SIZES.map((n) => [n, pairs(n), 1])
const solve = (y) => [0, 1, 2].map((c) => det(system.map((row, r) => row.map((v, k) => (k === c ? y[r] : v)))) / det(system))
const round = (v) => Math.round(v * 100) / 100
const rows = [...counts].map(([key, byN]) => {
  const [name, module] = key.split('\t')
  const y = SIZES.map((n) => byN.get(n) ?? 0)
  const [perReport, perPair, fixed] = solve(y)
  return { name, module, calls: Object.fromEntries(SIZES.map((n, k) => [n, y[k]])), perReport: round(perReport), perPair: round(perPair), fixed: round(fixed) }
})
const sum = (list, f) => list.reduce((s, r) => s + f(r), 0)
const byModule = new Map()
for (const row of rows) {
  const m = byModule.get(row.module) ?? { module: row.module, perReport: 0, perPair: 0, calls40: 0 }
  m.perReport += row.perReport
  m.perPair += row.perPair
  m.calls40 += row.calls[40]
  byModule.set(row.module, m)
}
const modulesByPair = [...byModule.values()].map((m) => ({ ...m, perReport: round(m.perReport), perPair: round(m.perPair) })).sort((x, y) => y.perPair - x.perPair)
const functionsByPair = [...rows].sort((x, y) => y.perPair - x.perPair)
const summary = {
  dist,
  calls: Object.fromEntries(SIZES.map((n) => [n, sum(rows, (r) => r.calls[n])])),
  perReport: round(sum(rows, (r) => r.perReport)),
  perPair: round(sum(rows, (r) => r.perPair)),
}
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ ...summary, modules: modulesByPair, functions: functionsByPair })}\n`)
} else {
  console.log(`calls of the build's functions: ${SIZES.map((n) => `${n} reports ${summary.calls[n]}`).join(', ')}; fitted ${summary.perReport} a report + ${summary.perPair} a pair`)
  console.log('\nModules by calls a pair:')
  console.table(modulesByPair.slice(0, top))
  console.log('\nFunctions by calls a pair:')
  console.table(functionsByPair.slice(0, top).map(({ name, module, calls, perReport, perPair }) => ({ name, module, perReport, perPair, 'calls at 40': calls[40] })))
}
