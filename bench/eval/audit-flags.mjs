// Audit listing (issue 11, round audit27-1): every flag (a divergence but `missing`) compare(a, b)
// reports at default options on every different-outlet pair of VietnameseMDS clusters 1–95 (whole
// articles), every MSRP train pair and every vnPara pair, each marked with the gold item or judged
// flag that covers it (matched as bench/eval/real.mjs matches), `covered: null` when none does:
// the flags still to read and judge.
//
//   node bench/eval/audit-flags.mjs [out.json] [vi,en,vp]
//
// Only clusters 1–95 and the MSRP train file are read (the held-out sets stay unseen).
import fs from 'node:fs'
import path from 'node:path'
import { loadLibrary, readJsonl, corporaDir } from './metrics.mjs'
import { loadRealGold } from './real.mjs'
import { loadVnpara } from './vnpara.mjs'
const out = process.argv[2] ?? 'audit-flags.json'
const lib = await loadLibrary()
const gold = loadRealGold()
const overlaps = (span, s, e) => span != null && span.start < e && span.end > s
function covers(flag, w) {
  if (overlaps(flag.a, w.aStart, w.aEnd) && overlaps(flag.b, w.bStart, w.bEnd)) return true
  const occ = flag.occurrences
  return !!occ && occ.a.some((s) => overlaps(s, w.aStart, w.aEnd)) && occ.b.some((s) => overlaps(s, w.bStart, w.bEnd))
}
const oriented = (j, swap) => (swap ? { aStart: j.bStart, aEnd: j.bEnd, bStart: j.aStart, bEnd: j.aEnd } : j)
const rows = []
const ctx = (t, sp) => sp ? t.slice(Math.max(0, sp.start - 160), sp.end + 160).replace(/\s+/g, ' ') : ''
const which = process.argv[3] ?? 'vi,en,vp'
// Vietnamese
if (which.includes('vi')) {
  const pool = readJsonl(path.join(corporaDir, 'vmds/articles.jsonl')).filter((a) => a.cluster <= 95)
  const byCluster = new Map()
  for (const a of pool) byCluster.set(a.cluster, [...(byCluster.get(a.cluster) ?? []), a])
  const entries = [...gold.vi.items.filter((i) => i.file !== 'vnpara').map((i) => ({ ...i, src: 'item:' + i.verdict })), ...(gold.vi.judged ?? []).map((j) => ({ ...j, src: 'judged:' + j.verdict }))]
  let n = 0
  for (const docs of byCluster.values())
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) {
        const A = docs[i], B = docs[j]
        if (A.outlet === B.outlet) continue
        n++
        const rep = lib.compare({ text: A.text, source: A.outlet ?? undefined }, { text: B.text, source: B.outlet ?? undefined })
        const mine = entries.filter((e) => (e.a === A.id && e.b === B.id) || (e.a === B.id && e.b === A.id)).map((e) => ({ e, w: oriented(e, e.a !== A.id) }))
        for (const f of rep.divergences) {
          if (f.kind === 'missing') continue
          const hit = mine.find((m) => covers(f, m.w))
          rows.push({ set: 'vi', pair: `c${A.cluster} ${A.id}~${B.id}`, cluster: A.cluster, a: A.id, b: B.id, kind: f.kind, aText: f.a?.text, bText: f.b?.text, aStart: f.a?.start, aEnd: f.a?.end, bStart: f.b?.start, bEnd: f.b?.end, conf: f.confidence, message: f.message, covered: hit?.e.src ?? null, aCtx: ctx(A.text, f.a), bCtx: ctx(B.text, f.b) })
        }
      }
  console.error('vi pairs', n)
}
if (which.includes('en')) {
  const file = path.join(corporaDir, 'msrp/msr_paraphrase_train.txt')
  const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean).map((l) => l.replace(/\r$/, '').split('\t'))
  const byKey = new Map()
  for (const e of [...gold.en.items.map((i) => ({ ...i, src: 'item:' + i.verdict })), ...(gold.en.judged ?? []).map((j) => ({ ...j, src: 'judged:' + j.verdict }))]) {
    const k = `${e.id1}|${e.id2}`
    const aS = e.aSentence.indexOf(e.aText), bS = e.bSentence.indexOf(e.bText)
    byKey.set(k, [...(byKey.get(k) ?? []), { e, w: { aStart: aS, aEnd: aS + e.aText.length, bStart: bS, bEnd: bS + e.bText.length } }])
  }
  let n = 0
  for (const [q, id1, id2, s1, s2] of lines) {
    n++
    const rep = lib.compare(s1, s2)
    const mine = byKey.get(`${id1}|${id2}`) ?? []
    for (const f of rep.divergences) {
      if (f.kind === 'missing') continue
      const hit = mine.find((m) => covers(f, m.w))
      rows.push({ set: 'en', pair: `msrp ${id1}|${id2}`, id1, id2, quality: q, kind: f.kind, aText: f.a?.text, bText: f.b?.text, aStart: f.a?.start, aEnd: f.a?.end, bStart: f.b?.start, bEnd: f.b?.end, conf: f.confidence, message: f.message, covered: hit?.e.src ?? null, aCtx: s1, bCtx: s2 })
    }
  }
  console.error('en pairs', n)
}
if (which.includes('vp')) {
  const vp = loadVnpara()
  const byLine = new Map()
  for (const it of gold.vi.items.filter((i) => i.file === 'vnpara')) byLine.set(it.line, [...(byLine.get(it.line) ?? []), it])
  vp.forEach((r, i) => {
    const line = i + 1
    const rep = lib.compare(r.s1, r.s2)
    for (const f of rep.divergences) {
      if (f.kind === 'missing') continue
      const hit = (byLine.get(line) ?? []).find((it) => covers(f, it))
      rows.push({ set: 'vp', pair: `vnpara ${line}`, line, label: r.label, kind: f.kind, aText: f.a?.text, bText: f.b?.text, aStart: f.a?.start, aEnd: f.a?.end, bStart: f.b?.start, bEnd: f.b?.end, conf: f.confidence, message: f.message, covered: hit ? 'item:' + hit.verdict : null, aCtx: r.s1, bCtx: r.s2 })
    }
  })
  console.error('vp pairs', vp.length)
}
fs.writeFileSync(out, JSON.stringify(rows, null, 1))
const un = rows.filter((r) => !r.covered)
console.error('flags', rows.length, 'uncovered', un.length, ['vi','en','vp'].map((k) => k + ':' + un.filter((r) => r.set === k).length).join(' '))
