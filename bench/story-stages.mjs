// Where a story's pair time goes, by stage, from a CPU profile: bench/story.mjs times the story and
// bench/story-counts.mjs counts calls, but neither says which stage of a pair holds the CPU, which is
// what a cut of P (bench/story.mjs's cost model) has to pick from. The story of N reports (default 40,
// bench/story.mjs's reports) is warmed, then profiled over several runs in this process. Each sample
// is put where its stack says:
//   - per report: under prepare(), or under a value a report keeps (a builder called by once()),
//     which runs once a report however many pairs share it;
//   - pair, by stage: under comparePrepared() otherwise, named by the first stage frame from the
//     root (alignment's parts, then the divergence stage's), the rest of the pair as "other";
//   - GC and the rest of the call (statements, facts and names tables) apart.
// Shares are of all samples; a loaded host slows every stage alike, so shares move less than times.
//   node bench/story-stages.mjs [--dist=<dir>] [--reports=40] [--runs=3]
import { Session } from 'node:inspector/promises'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { story } from './story-reports.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const dist = resolve(arg('dist') ?? resolve(root, 'dist'))
const reports = Number(arg('reports') ?? 40)
const runs = Number(arg('runs') ?? 3)
const { compareMany } = await import(pathToFileURL(resolve(dist, 'index.js')).href)

// Stage frames, the outermost first met from the root naming the sample. The bundle suffixes a
// name with a digit when two modules share it (`build2`), so names are read without their digits.
const STAGES = ['captionBodyLinks', 'alignRoles', 'alignBags', 'scoreOverlap', 'pairNumbers', 'findNameVariants', 'missingFacts', 'alignPrepared', 'findDivergences']
const nameOf = (node) => node.callFrame.functionName.replace(/\d+$/, '')

const articles = story(reports)
for (let i = 0; i < 4; i++) compareMany(articles)
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 200 })
await session.post('Profiler.start')
for (let i = 0; i < runs; i++) compareMany(articles)
const { profile } = await session.post('Profiler.stop')
session.disconnect()

const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const where = new Map()
function placeOf(id) {
  const stack = []
  for (let at = id; at !== undefined; at = parent.get(at)) stack.push(nameOf(byId.get(at)))
  stack.reverse()
  if (stack.at(-1) === '(garbage collector)') return 'GC'
  if (stack.includes('prepare')) return 'per report'
  const once = stack.indexOf('once')
  // a builder below once() is a value a report keeps; once()'s own look-up is pair work
  if (once !== -1 && once < stack.length - 1 && !['get', 'set'].includes(stack[once + 1])) return 'per report'
  if (!stack.includes('comparePrepared')) return stack.includes('compareMany') ? 'story tables' : 'outside compareMany'
  return `pair: ${STAGES.find((stage) => stack.includes(stage)) ?? 'other'}`
}
let total = 0
profile.samples.forEach((id) => {
  if (!where.has(id)) where.set(id, placeOf(id))
  total++
})
const counts = new Map()
for (const id of profile.samples) counts.set(where.get(id), (counts.get(where.get(id)) ?? 0) + 1)
const pairTotal = [...counts].filter(([k]) => k.startsWith('pair')).reduce((sum, [, v]) => sum + v, 0)
const rows = [...counts].sort((x, y) => y[1] - x[1]).map(([place, n]) => ({ place, shareOfAll: +((100 * n) / total).toFixed(1), shareOfPair: place.startsWith('pair') ? +((100 * n) / pairTotal).toFixed(1) : undefined }))
console.log(`compareMany() of ${reports} reports, ${runs} runs profiled after 4 warm: ${total} samples, pair work ${((100 * pairTotal) / total).toFixed(1)} %`)
console.table(rows)
