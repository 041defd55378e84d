// Whether a story's growth per report comes from its pairs or from what its later reports hold:
// bench/story.mjs reads growth from its first 10 reports against all 40, and its reports 20–40
// leave out two paragraphs where the first 10 leave out one, so a 40-report story holds other
// content as well as more pairs. Here the same 40 reports are also run as four 10-report stories
// (reports 1–10, 11–20, …) and as four strided ones (1, 5, 9, …; 2, 6, 10, …): the same reports,
// read once each, in 180 pairs instead of 780. P from the same reports, (T40 − T4×10) / 600, is
// then only the work between two reports; D = (T4×10 − 180 P) / 40.
// CPU milliseconds, each task's cheapest of `rounds` runs taken in turn after a second of warm-up each.
//   node bench/story-same.mjs [dist dir] [rounds]
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const dist = resolve(process.argv[2] ?? resolve(root, 'dist'))
const rounds = Number(process.argv[3] ?? 6)
const { compareMany } = await import(pathToFileURL(resolve(dist, 'index.js')).href)
import { story } from './story-reports.mjs' // bench/story.mjs's reports

const all = story(40)
const quarters = [0, 1, 2, 3]
const tasks = {
  first10: () => compareMany(all.slice(0, 10)),
  blocks10: () => quarters.forEach((q) => compareMany(all.slice(q * 10, q * 10 + 10))),
  strided10: () => quarters.forEach((q) => compareMany(all.filter((_, k) => k % 4 === q))),
  all40: () => compareMany(all),
}
const cpu = (run) => {
  const t0 = process.cpuUsage()
  run()
  const { user, system } = process.cpuUsage(t0)
  return (user + system) / 1000
}
for (const run of Object.values(tasks)) for (let spent = 0, runs = 0; runs < 2 || spent < 1000; runs++) spent += cpu(run)
const best = {}
for (let round = 0; round < rounds; round++) for (const [name, run] of Object.entries(tasks)) best[name] = Math.min(best[name] ?? Infinity, cpu(run))

const perReport = { first10: best.first10 / 10, blocks10: best.blocks10 / 40, strided10: best.strided10 / 40, all40: best.all40 / 40 }
const P = (best.all40 - best.blocks10) / 600
const round3 = (v) => Math.round(v * 1000) / 1000
console.log(
  JSON.stringify({
    dist,
    ms: Object.fromEntries(Object.entries(best).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    // the bench's figure: 40 reports against its first 10
    growthBench: round3(perReport.all40 / perReport.first10),
    // the same 40 reports, in 780 pairs against 4 × 45
    growthSameReports: round3(perReport.all40 / perReport.blocks10),
    growthStrided: round3(perReport.all40 / perReport.strided10),
    P: round3(P),
    D: round3((best.blocks10 - 180 * P) / 40),
  }),
)
