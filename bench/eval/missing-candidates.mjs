// Draw `missing` facts of compare() for the missing-facts gold (docs/eval.md, "real", precision
// of missing facts): a seeded sample over every different-outlet pair of VietnameseMDS clusters
// 1–100 and the MSRP train pairs of the English real gold. A candidate is not an item: each must
// be read with both reports and judged before it enters test/fixtures/real-divergences/missing-dev.json.
//
//   node bench/eval/missing-candidates.mjs [viCount=100] [enCount=40] [seed=11]
//
// Clusters 101–199 and the MSRP test file are the held-out golds and are never read here.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, loadLibrary, mulberry32, readJsonl } from './metrics.mjs'
import { HELD_OUT_FROM_CLUSTER } from './check-gold.mjs'
import { loadRealGold } from './real.mjs'

const [viCount = 100, enCount = 40, seed = 11] = process.argv.slice(2).map(Number)
const lib = await loadLibrary()
const rand = mulberry32(seed)
const sample = (list, n) => {
  const pool = [...list]
  const out = []
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0])
  return out
}
const around = (text, span, width = 160) => text.slice(Math.max(0, span.start - width), span.start) + '⟦' + text.slice(span.start, span.end) + '⟧' + text.slice(span.end, span.end + width)

const articles = readJsonl(path.join(corporaDir, 'vmds/articles.jsonl')).filter((a) => a.cluster < HELD_OUT_FROM_CLUSTER)
const byCluster = new Map()
for (const a of articles) byCluster.set(a.cluster, [...(byCluster.get(a.cluster) ?? []), a])
const vi = []
for (const docs of byCluster.values())
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const [A, B] = [docs[i], docs[j]]
      if (A.outlet === B.outlet) continue
      const report = lib.compare({ text: A.text, source: A.outlet ?? undefined }, { text: B.text, source: B.outlet ?? undefined })
      for (const d of report.divergences.filter((x) => x.kind === 'missing')) {
        const side = d.a ? 'a' : 'b'
        const [own, other] = side === 'a' ? [A, B] : [B, A]
        vi.push({ lang: 'vi', cluster: A.cluster, a: A.id, b: B.id, side, factType: d.factType, text: d[side].text, start: d[side].start, end: d[side].end, context: around(own.text, d[side]), otherId: other.id })
      }
    }
const gold = loadRealGold()
const en = []
const seen = new Set()
for (const it of [...gold.en.items, ...(gold.en.judged ?? [])]) {
  const k = `${it.id1}|${it.id2}`
  if (seen.has(k)) continue
  seen.add(k)
  const report = lib.compare(it.aSentence, it.bSentence)
  for (const d of report.divergences.filter((x) => x.kind === 'missing')) {
    const side = d.a ? 'a' : 'b'
    en.push({ lang: 'en', id1: it.id1, id2: it.id2, side, factType: d.factType, text: d[side].text, start: d[side].start, end: d[side].end, aSentence: it.aSentence, bSentence: it.bSentence })
  }
}
console.error(`missing facts: vi ${vi.length} over ${articles.length} articles, en ${en.length}`)
console.log(JSON.stringify({ vi: sample(vi, viCount), en: sample(en, enCount) }, null, 1))
