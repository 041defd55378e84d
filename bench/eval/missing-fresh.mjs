// Draw `missing` facts of compare() from the pairs of the fresh report golds no `missing` round
// had read (AllSides, ECB+, McGill, GVC, ViMs, AbMuSu, …): a held-out round for the precision of
// `missing` (round missing51-1, docs/eval.md). Each pair is run as the eval runs it (the gold
// item's a against its b), so a judged item scores in `npm run eval` under its gold's row. A
// candidate is not an item: read both reports and judge it before it enters missing-dev.json.
//
//   node bench/eval/missing-fresh.mjs seed gold:prefix:lang:count …
//   e.g. node bench/eval/missing-fresh.mjs 51 allsides:allsides:en:20 ecbplus:ecb+:en:20
import fs from 'node:fs'
import path from 'node:path'
import { loadLibrary, mulberry32, readJsonl, repoRoot } from './metrics.mjs'

const [seed, ...specs] = process.argv.slice(2)
const lib = await loadLibrary()
const rand = mulberry32(Number(seed))
const around = (text, span, width = 200) => text.slice(Math.max(0, span.start - width), span.start) + '⟦' + text.slice(span.start, span.end) + '⟧' + text.slice(span.end, span.end + width)

const out = []
for (const spec of specs) {
  const [gold, prefix, lang, count] = spec.split(':')
  const items = JSON.parse(fs.readFileSync(path.join(repoRoot, `test/fixtures/real-divergences/${gold}-dev.json`), 'utf8')).items
  const byId = new Map(readJsonl(path.join(repoRoot, `test/fixtures/${gold}/articles.jsonl`)).map((a) => [a.id, a]))
  const pairs = [...new Map(items.map((it) => [`${it.a}|${it.b}`, [it.a, it.b]])).values()]
  const pool = []
  for (const [ia, ib] of pairs) {
    const A = byId.get(ia), B = byId.get(ib)
    const report = lib.compare({ text: A.text, source: A.outlet }, { text: B.text, source: B.outlet })
    for (const d of report.divergences.filter((x) => x.kind === 'missing')) {
      const side = d.a ? 'a' : 'b'
      const own = side === 'a' ? A : B
      pool.push({ lang, file: prefix, id1: ia, id2: ib, side, factType: d.factType, text: d[side].text, start: d[side].start, end: d[side].end, role: d.role, context: around(own.text, d[side]) })
    }
  }
  console.error(`${gold}: ${pool.length} missing facts over ${pairs.length} pairs`)
  for (let n = 0; n < Number(count) && pool.length > 0; n++) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0])
}
console.log(JSON.stringify(out, null, 1))
