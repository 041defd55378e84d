// Two builds' story figures under the same load: node bench/story-ab.mjs <distA> <distB> [rounds]
// runs bench/story.mjs on each build in turn, each run a process of its own (a process that imported
// one build first reads the other differently, session 20), for `rounds` rounds (5 unless told), and
// prints each build's median and range of D (ms a report), P (ms a pair), the growth of time per
// report from 10 to 40 reports and the 10-report story in compare() calls, and the paired P ratio
// B/A by round. On a shared host single runs move by more than a change of 10 %: read the medians
// and the paired ratios, not one run against the target.
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const [distA, distB, roundsArg] = process.argv.slice(2)
if (!distA || !distB) {
  process.stderr.write('usage: node bench/story-ab.mjs <distA> <distB> [rounds]\n')
  process.exit(2)
}
const rounds = Number(roundsArg ?? 5)
const story = resolve(fileURLToPath(import.meta.url), '../story.mjs')

function run(dist) {
  const out = execFileSync(process.execPath, [story, `--dist=${dist}`, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  const figures = JSON.parse(out.split('\n').find((line) => line.startsWith('{"dist"')))
  const ten = figures.results.find((r) => r.reports === 10)
  return { D: figures.model.perReportMs, P: figures.model.perPairMs, growth: figures.growthPerReport10to40, worth10: ten.comparesWorth, many40: figures.results.find((r) => r.reports === 40).compareManyMs }
}

const runs = { a: [], b: [] }
for (let round = 0; round < rounds; round++) {
  // Which build goes first alternates, so that neither always meets the load of the other's tail.
  const order = round % 2 === 0 ? ['a', 'b'] : ['b', 'a']
  for (const side of order) {
    const figures = run(side === 'a' ? distA : distB)
    runs[side].push(figures)
    process.stderr.write(`round ${round + 1} ${side}: ${JSON.stringify(figures)}\n`)
  }
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const summary = (list, key) => {
  const values = list.map((r) => r[key])
  return `${median(values).toFixed(3)} (${Math.min(...values).toFixed(3)}–${Math.max(...values).toFixed(3)})`
}
for (const key of ['D', 'P', 'growth', 'worth10', 'many40']) {
  console.log(`${key.padEnd(7)} A ${summary(runs.a, key).padEnd(24)} B ${summary(runs.b, key)}`)
}
const ratios = runs.a.map((a, k) => runs.b[k].P / a.P)
console.log(`P ratio B/A by round: median ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`)
