// Dedup evaluation (issue 6). `evalDedup({ lib })` returns plain metrics:
//
// - vmds: same-event pair F1 on VietnameseMDS. Articles are added to a fresh
//   createDedupIndex({ mode: 'event' }) in publication order; a pair is predicted
//   positive when both end in one cluster (after the anti-chaining guard), and
//   positive in truth when both are in one gold cluster. `clusters` is index.clusters()
//   at defaults (the consolidated, batch answer); `streaming` is clusters({ consolidate:
//   false }) (add()'s answers); `matches` the direct matches add() reported. The default threshold
//   (DEDUP_DEFAULTS in src/dedup/options.ts) was chosen by the sweep below on
//   clusters 1–100 (`tune`); clusters 101–200 (`test`) are reported at it.
// - planted: near-duplicates. Light edits of corpus articles (headline swapped, a
//   sentence cut, a byline added, a few words changed, punctuation and case changed)
//   among thousands of distinct synthetic articles and the corpus itself, in
//   createDedupIndex({ mode: 'near' }): precision and recall of the reported
//   near-duplicate pairs against the planted ones.
//
//   node bench/eval/dedup.mjs [--sweep | --sweep-verify]      (sweeps: clusters 1–100 only) prints a table, writes bench/results/dedup-eval.json
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { corporaDir, loadLibrary, prf, readJsonl, repoRoot, rng, roundDeep, stableStringify } from './metrics.mjs'
import { syntheticArticle } from '../dedup-corpus.mjs'

/** VMDS time "23/10/2013 11:39" (Vietnam, UTC+7) → ISO 8601. */
export function vmdsTime(s) {
  const m = /^(\d+)\/(\d+)\/(\d+)\s+(\d+):(\d+)/.exec(s)
  if (!m) return undefined
  const p = (x) => String(x).padStart(2, '0')
  return `${m[3]}-${p(m[2])}-${p(m[1])}T${p(m[4])}:${p(m[5])}:00+07:00`
}

function pairF1(docs, clusterOf) {
  let tp = 0, fp = 0, fn = 0
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const p = clusterOf.get(docs[i].id) === clusterOf.get(docs[j].id)
      const g = docs[i].cluster === docs[j].cluster
      if (p && g) tp++
      else if (p) fp++
      else if (g) fn++
    }
  return { ...prf(tp, fp, fn), tp, fp, fn }
}

/** Run one split through an event index; returns cluster pair metrics and direct-match pair metrics. */
export function runVmdsSplit(lib, articles, lo, hi, options = {}) {
  const docs = articles.filter((a) => a.cluster >= lo && a.cluster <= hi).map((a) => ({ ...a, published: vmdsTime(a.time) }))
  docs.sort((x, y) => Date.parse(x.published) - Date.parse(y.published) || Number(x.id) - Number(y.id))
  const index = lib.createDedupIndex({ mode: 'event', ...options })
  const matched = new Set()
  for (const d of docs) {
    const r = index.add({ id: d.id, text: d.text, title: d.title, source: d.outlet, published: d.published })
    for (const m of r.matches) matched.add(`${m.id}\u0000${d.id}`).add(`${d.id}\u0000${m.id}`)
  }
  const clusterOf = new Map(docs.map((d) => [d.id, d.id]))
  for (const c of index.clusters()) for (const m of c.members) clusterOf.set(m, c.id)
  // clusters() consolidates by default; `consolidated` (explicit) is kept for bench/eval.mjs
  const consolidatedOf = new Map(docs.map((d) => [d.id, d.id]))
  for (const c of index.clusters({ consolidate: true })) for (const m of c.members) consolidatedOf.set(m, c.id)
  const streamingOf = new Map(docs.map((d) => [d.id, d.id]))
  for (const c of index.clusters({ consolidate: false })) for (const m of c.members) streamingOf.set(m, c.id)
  let tp = 0, fp = 0, fn = 0
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const p = matched.has(`${docs[i].id}\u0000${docs[j].id}`)
      const g = docs[i].cluster === docs[j].cluster
      if (p && g) tp++
      else if (p) fp++
      else if (g) fn++
    }
  return { articles: docs.length, clusters: pairF1(docs, clusterOf), consolidated: pairF1(docs, consolidatedOf), streaming: pairF1(docs, streamingOf), matches: { ...prf(tp, fp, fn), tp, fp, fn } }
}

export function sweepVmds(lib, articles, { window } = {}) {
  const rows = []
  for (const eventMinCosine of [0, 0.02, 0.04])
    for (let t = -0.25; t <= 0.1001; t += 0.05) {
      const eventThreshold = Math.round(t * 100) / 100
      const r = runVmdsSplit(lib, articles, 1, 100, { eventThreshold, eventMinCosine, ...(window ? { window } : {}) })
      rows.push({ eventThreshold, eventMinCosine, f1: r.clusters.f1, streaming: r.streaming.f1 })
    }
  return rows.sort((a, b) => b.f1 - a.f1)
}

/** Light edits a wire desk makes when republishing. Deterministic for a seed. */
export function lightEdit(article, r) {
  const sentences = article.text.split(/(?<=[.!?])\s+/)
  const edits = []
  let out = sentences.slice()
  if (out.length > 4 && r.chance(0.6)) {
    out.splice(r.int(1, out.length - 2), 1)
    edits.push('cut a sentence')
  }
  if (r.chance(0.5)) {
    out.unshift(r.pick(['(TTXVN) -', 'Theo Reuters,', 'PV:', 'Nguồn: VnExpress.']))
    edits.push('byline')
  }
  if (r.chance(0.5)) {
    out.push(r.pick(['Xem thêm tin tức trên trang chủ.', '(Theo báo điện tử)', 'Bài viết được cập nhật lúc 10 giờ.']))
    edits.push('footer')
  }
  let text = out.join(' ')
  const words = text.split(' ')
  const changes = r.int(1, Math.max(1, Math.round(words.length / 60)))
  for (let k = 0; k < changes; k++) {
    const i = r.int(0, words.length - 1)
    words[i] = r.pick(['rất', 'đã', 'cũng', 'vừa', 'những', 'mới'])
  }
  if (changes) edits.push(`${changes} words changed`)
  text = words.join(' ')
  if (r.chance(0.3)) {
    text = text.replace(/,/g, ' ,').replace(/“|”/g, '"')
    edits.push('punctuation')
  }
  if (r.chance(0.2)) {
    text = text.toUpperCase()
    edits.push('upper case')
  }
  return { text, title: r.chance(0.7) ? `${article.title} (cập nhật)` : article.title, edits }
}

export function evalPlanted(lib, articles, { distinct = 3000, planted = 300, seed = 11 } = {}) {
  const r = rng(seed)
  const vocabulary = [...new Set(articles.flatMap((a) => a.text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []))].sort()
  const stream = articles.map((a) => ({ id: `vmds-${a.id}`, text: a.text, title: a.title }))
  for (let i = 0; i < distinct; i++) stream.push({ id: `syn-${i}`, ...syntheticArticle(i, { vocabulary, bytes: 3000, seed }) })
  const originals = r.shuffle(articles).slice(0, planted)
  const truth = new Set()
  for (const [k, a] of originals.entries()) {
    const edited = lightEdit(a, r)
    stream.push({ id: `copy-${k}`, text: edited.text, title: edited.title })
    truth.add(`vmds-${a.id}\u0000copy-${k}`)
  }
  // natural near-duplicates inside the corpus (outlets republishing one wire story) count as true too
  const order = r.shuffle(stream)
  const index = lib.createDedupIndex({ mode: 'near' })
  const found = new Set()
  for (const a of order) for (const m of index.add(a).matches) found.add([m.id, a.id].sort().join('\u0000'))
  const plantedPairs = new Set([...truth].map((p) => p.split('\u0000').sort().join('\u0000')))
  const natural = [...found].filter((p) => !plantedPairs.has(p) && p.split('\u0000').every((id) => id.startsWith('vmds-')))
  let tp = 0
  for (const p of plantedPairs) if (found.has(p)) tp++
  const fp = [...found].filter((p) => !plantedPairs.has(p) && !natural.includes(p)).length
  return { articles: order.length, planted: plantedPairs.size, naturalCorpusPairs: natural.length, ...prf(tp, fp, plantedPairs.size - tp), tp, fp, fn: plantedPairs.size - tp }
}

export async function evalDedup({ lib, quick = false, log = () => {} } = {}) {
  lib ??= await loadLibrary()
  const articles = readJsonl(path.join(corporaDir, 'vmds/articles.jsonl'))
  const t0 = performance.now()
  const out = {
    vmds: {
      reference: 'TF-IDF cosine, oracle threshold: pair F1 0.823',
      defaults: { tune: runVmdsSplit(lib, articles, 1, 100), test: runVmdsSplit(lib, articles, 101, 200) },
      window48h: { tune: runVmdsSplit(lib, articles, 1, 100, { window: '48h' }), test: runVmdsSplit(lib, articles, 101, 200, { window: '48h' }) },
    },
  }
  log(`dedup eval: vmds ${(performance.now() - t0).toFixed(0)} ms`)
  if (!quick) {
    const v0 = performance.now()
    // verify: compare()'s overlap.lexical ≥ DEDUP_DEFAULTS.verifyThreshold (chosen on 1–100 with --sweep-verify)
    out.vmds.verify = { tune: runVmdsSplit(lib, articles, 1, 100, { verify: true }), test: runVmdsSplit(lib, articles, 101, 200, { verify: true }) }
    log(`dedup eval: vmds --verify ${(performance.now() - v0).toFixed(0)} ms`)
  }
  const p0 = performance.now()
  out.planted = evalPlanted(lib, articles, quick ? { distinct: 1000, planted: 150 } : {})
  log(`dedup eval: planted ${(performance.now() - p0).toFixed(0)} ms`)
  return roundDeep(out)
}

const pct = (x) => (100 * x).toFixed(1)
export function table(m) {
  const rows = [['metric', 'value', 'target / reference']]
  for (const [name, v] of Object.entries(m.vmds)) {
    if (!v.test) continue
    rows.push([`VMDS same-event pair F1 (clusters), ${name}: tune 1–100 / test 101–200`, `${pct(v.tune.clusters.f1)} / ${pct(v.test.clusters.f1)} (P ${pct(v.test.clusters.precision)}, R ${pct(v.test.clusters.recall)})`, name === 'defaults' ? '≥ 90.0 (TF-IDF oracle 82.3)' : ''])
    rows.push([`  … streaming clusters (clusters({ consolidate: false }), add()'s answers): tune / test`, `${pct(v.tune.streaming.f1)} / ${pct(v.test.streaming.f1)} (P ${pct(v.test.streaming.precision)}, R ${pct(v.test.streaming.recall)})`, ''])
    rows.push([`  … direct matches reported by add(), ${name}: tune / test`, `${pct(v.tune.matches.f1)} / ${pct(v.test.matches.f1)}`, ''])
  }
  const p = m.planted
  rows.push([`planted near-dups: P / R (${p.planted} planted among ${p.articles}; tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`, `${pct(p.precision)} / ${pct(p.recall)}`, '≥ 98 / ≥ 98'])
  rows.push(['natural near-duplicate pairs found inside VMDS (not counted)', String(p.naturalCorpusPairs), ''])
  const w = rows.map((r) => r.map((c) => c.length)).reduce((a, b) => a.map((x, i) => Math.max(x, b[i])))
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ')).join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lib = await loadLibrary()
  if (process.argv.includes('--sweep')) {
    const articles = readJsonl(path.join(corporaDir, 'vmds/articles.jsonl'))
    const rows = sweepVmds(lib, articles)
    console.log(rows.slice(0, 15))
  } else if (process.argv.includes('--sweep-verify')) {
    // tune only (clusters 1–100): the verify threshold on compare()'s overlap.lexical
    const articles = readJsonl(path.join(corporaDir, 'vmds/articles.jsonl'))
    for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) {
      const r = runVmdsSplit(lib, articles, 1, 100, { verify: { threshold } })
      console.log({ threshold, f1: r.clusters.f1, precision: r.clusters.precision, recall: r.clusters.recall })
    }
  } else {
    const m = await evalDedup({ lib, quick: process.argv.includes('--quick'), log: (s) => process.stderr.write(s + '\n') })
    fs.mkdirSync(path.join(repoRoot, 'bench/results'), { recursive: true })
    fs.writeFileSync(path.join(repoRoot, 'bench/results/dedup-eval.json'), stableStringify(m) + '\n')
    console.log(table(m))
  }
}
