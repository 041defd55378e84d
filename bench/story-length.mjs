// What a story's cost per pair of reports follows (docs/bench.md, story37): bench/story.mjs's variants
// of the seed, and the same variants with text every report prints word for word appended (the first
// 4 or 8 articles of VietnameseMDS clusters 1–3). P = (T40/40 − T10/10) / 15 and D from the 10-report
// story (reports 39 and 40 of the 40 leave out a third paragraph, which bench/story.mjs does not),
// each the cheapest of `rounds` runs taken in turn after 1.5 s of CPU warm-up per story.
//   node bench/story-length.mjs [dist dir] [rounds]
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { corporaDir } from './eval/metrics.mjs'
const root = resolve(fileURLToPath(import.meta.url), '../..')
const { compareMany } = await import(pathToFileURL(resolve(process.argv[2] ?? resolve(root, 'dist'), 'index.js')).href)
const seed = readFileSync(resolve(root, 'examples/seeds/thanhnien.txt'), 'utf8')
const vmds = readFileSync(resolve(corporaDir, 'vmds/articles.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse)
const extra = (k) => vmds.filter((a) => a.cluster <= 3).slice(0, k).map((a) => a.text).join('\n\n')
function storyOf(paragraphs, tail, n) {
  const droppable = paragraphs.map((_, p) => p).filter((p) => p >= 3 && paragraphs[p].trim() !== '' && paragraphs.indexOf(paragraphs[p]) === paragraphs.lastIndexOf(paragraphs[p]))
  return Array.from({ length: n }, (_, k) => {
    const first = k % droppable.length
    const round = Math.floor(k / droppable.length)
    const dropped = new Set([droppable[first]])
    if (round > 0) dropped.add(droppable[(first + round) % droppable.length])
    if (round > 1) dropped.add(droppable[(first + 2 * round) % droppable.length])
    const kept = paragraphs.filter((_, p) => !dropped.has(p))
    const text = kept.join('\n\n') + (tail ? '\n\n' + tail : '')
    return { text: k === 1 ? text.replace('Kỷ niệm 30 năm', 'Kỷ niệm 35 năm') : text, source: `Outlet ${k + 1}` }
  })
}
const paras = seed.split(/\n\s*\n/)
const bases = { full: [paras, ""], plus4: [paras, extra(4)], plus8: [paras, extra(8)] }
const time = (f) => { const t0 = process.cpuUsage(); f(); const u = process.cpuUsage(t0); return (u.user + u.system) / 1000 }
const stories = Object.entries(bases).map(([name, [p, tail]]) => ({ name, s10: storyOf(p, tail, 10), s40: storyOf(p, tail, 40), bytes: Buffer.byteLength(storyOf(p, tail, 1)[0].text) }))
for (const s of stories) { if (new Set(s.s40.map((a) => a.text)).size !== 40) console.log('repeats', s.name); for (let spent = 0; spent < 1500; ) spent += time(() => compareMany(s.s40)) + time(() => compareMany(s.s10)) }
const best = new Map()
for (let r = 0; r < Number(process.argv[3] ?? 6); r++) for (const s of stories) for (const n of [10, 40]) { const t = time(() => compareMany(n === 10 ? s.s10 : s.s40)); const k = s.name + n; if (!best.has(k) || t < best.get(k)) best.set(k, t) }
for (const s of stories) { const t10 = best.get(s.name + 10), t40 = best.get(s.name + 40); const P = (t40 / 40 - t10 / 10) / 15; const D = t10 / 10 - 4.5 * P; console.log(s.name.padEnd(6), 'bytes', s.bytes, 'T10', t10.toFixed(1), 'T40', t40.toFixed(1), 'P', P.toFixed(3), 'D', D.toFixed(2), 'growth', ((t40 / 40) / (t10 / 10)).toFixed(2)) }
