// Guard for dedup refactors that must not change decisions: adds a fixed stream of articles to
// fresh indexes and writes one line per add() result, query() and clusters() answer, so two builds
// can be diffed line by line.
//   node bench/dump-dedup.mjs > before.tsv   (after `npx tsup`)
//   ... change the code, rebuild ...
//   node bench/dump-dedup.mjs > after.tsv && diff before.tsv after.tsv
// The streams: all of VietnameseMDS in publication order (modes event and both, and event with a
// one-day window and with verify), and 2,000 synthetic articles (bench/dedup-corpus.mjs) with a few
// near copies, in event mode with a small eventTerms. Each index is also saved and reloaded, and
// the reloaded one is asked the same queries.
import path from 'node:path'
import { corporaDir, loadLibrary, readJsonl } from './eval/metrics.mjs'
import { vmdsTime } from './eval/dedup.mjs'
import { syntheticArticle } from './dedup-corpus.mjs'

const lib = await loadLibrary()
const out = (id, value) => process.stdout.write(`${id}\t${JSON.stringify(value)}\n`)

const vmds = readJsonl(path.join(corporaDir, 'vmds/articles.jsonl'))
  .map((a) => ({ id: String(a.id), text: a.text, title: a.title, source: a.outlet, published: vmdsTime(a.time) }))
  .sort((x, y) => Date.parse(x.published) - Date.parse(y.published) || Number(x.id) - Number(y.id))
const synthetic = []
for (let i = 0; i < 2000; i++) synthetic.push({ id: `s${i}`, ...syntheticArticle(i, { bytes: 1500 }) })
for (let i = 0; i < 40; i++) synthetic.push({ id: `copy${i}`, text: synthetic[i * 37].text.replace(/\.\s/, '. Theo TTXVN. '), title: synthetic[i * 37].title })

function run(name, articles, options) {
  const index = lib.createDedupIndex(options)
  const queries = articles.filter((_, i) => i % 50 === 0).map((a) => ({ text: a.text.slice(0, Math.floor(a.text.length * 0.8)), title: a.title }))
  articles.forEach((a, i) => {
    out(`${name} add ${i}`, index.add(a))
    if (i % 97 === 0) out(`${name} query ${i}`, index.query(queries[(i / 97) % queries.length | 0]))
  })
  out(`${name} clusters`, index.clusters())
  out(`${name} streaming`, index.clusters({ consolidate: false }))
  const reloaded = lib.loadDedupIndex(index.toJSON())
  for (const [k, q] of queries.entries()) out(`${name} reloaded query ${k}`, reloaded.query(q))
  out(`${name} reloaded clusters`, reloaded.clusters())
}

run('vmds-event', vmds, { mode: 'event' })
run('vmds-both', vmds, { mode: 'both' })
run('vmds-window', vmds, { mode: 'event', window: 24 * 3600 * 1000 })
run('vmds-verify', vmds.slice(0, 200), { mode: 'event', verify: true })
run('synthetic-event', synthetic, { mode: 'event', eventTerms: 60 })
run('synthetic-both', synthetic, { mode: 'both' })
