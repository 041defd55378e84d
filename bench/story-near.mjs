// What of a story's per-pair cost P is paid whatever two reports differ by: bench/story.mjs's cost
// model (t(n)/n = D + P (n − 1)/2, from 10 and 40 reports) on two kinds of story of the same seed,
//   - bench: bench/story.mjs's reports (each drops one or two paragraphs, one changes a number);
//   - near: every report the whole seed, each with one closing line of its own that states no fact
//     and names no one, so that a pair has nothing to find but that line.
// A near pair's P is work every pair of a story pays before it meets anything to judge (alignment,
// the stages' set-up, reading each fact of one side against the other). CPU time, each story's
// cheapest of `--rounds` (5) after warming; a shared host moves single figures by 20 % or more.
//   node bench/story-near.mjs [--dist=<dir>] [--rounds=5]
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { story } from './story-reports.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const dist = resolve(arg('dist') ?? resolve(root, 'dist'))
const rounds = Number(arg('rounds') ?? 5)
const { compareMany } = await import(pathToFileURL(resolve(dist, 'index.js')).href)

const seed = readFileSync(resolve(root, 'examples/seeds/thanhnien.txt'), 'utf8')
// A letter, not a number: a closing line with a figure gives every pair one fact pair to judge.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const near = (n) => Array.from({ length: n }, (_, k) => ({ text: `${seed}\n\nNguồn tin: báo ${LETTERS[k]}x.`, source: `Outlet ${k + 1}` }))

const cpu = (run) => {
  const t0 = process.cpuUsage()
  run()
  const { user, system } = process.cpuUsage(t0)
  return (user + system) / 1000
}
const rows = []
for (const [kind, make] of [['bench', story], ['near', near]]) {
  const [s10, s40] = [make(10), make(40)]
  for (let i = 0; i < 4; i++) {
    compareMany(s10)
    compareMany(s40)
  }
  let [t10, t40] = [Infinity, Infinity]
  for (let r = 0; r < rounds; r++) {
    t10 = Math.min(t10, cpu(() => compareMany(s10)))
    t40 = Math.min(t40, cpu(() => compareMany(s40)))
  }
  const P = (t40 / 40 - t10 / 10) / ((40 - 1) / 2 - (10 - 1) / 2)
  const D = t10 / 10 - (P * (10 - 1)) / 2
  const round = (v, d = 3) => Math.round(v * 10 ** d) / 10 ** d
  rows.push({ story: kind, ms10: round(t10, 1), ms40: round(t40, 1), D: round(D), P: round(P, 4), growth10to40: round(t40 / 40 / (t10 / 10), 2) })
}
console.table(rows)
const [bench, nearRow] = rows
console.log(`near-copy pairs cost ${Math.round((100 * nearRow.P) / bench.P)} % of the bench story's P`)
