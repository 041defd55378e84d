// The seed pair (Thanh Niên vs Ngày Nay, 13 Aug 2025) against the hand-made gold in
// test/fixtures/seed-gold.json. Skips when the gold file is absent.
//
// Gold format: { alignments: [{ a: string[], b: string[] }]   // sentence text prefixes
//                divergences: [{ kind, a?: string, b?: string }] // span texts
//                equivalences: [{ a: string, b: string }]
//                boilerplate: { a: string[], b: string[] } }   // prefixes of non-body sentences
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot, seedsDir, prf } from './metrics.mjs'

export const goldPath = path.join(repoRoot, 'test/fixtures/seed-gold.json')
export const seedFiles = { a: path.join(seedsDir, 'thanhnien.txt'), b: path.join(seedsDir, 'ngaynay.txt') }

const nfc = (s) => s.normalize('NFC')

/**
 * Indexes of the report sentences whose text starts with `prefix` (normally one). When none
 * does (the library may cut a sentence differently, e.g. split off an outlet tag), the
 * sentences overlapping the prefix's first occurrence in the text, body ones first.
 */
function byPrefix(sentences, prefix, text) {
  const p = nfc(prefix).trim()
  const exact = sentences.filter((s) => nfc(s.text).trim().startsWith(p)).map((s) => s.index)
  if (exact.length || !text) return exact
  const occ = occurrences(text, p)[0]
  if (!occ) return []
  const over = sentences.filter((s) => s.start < occ.end && occ.start < s.end)
  const body = over.filter((s) => s.role === 'body')
  return (body.length ? body : over).map((s) => s.index)
}

/**
 * NFC form of `text` with a map from its offsets back to offsets in `text`
 * (the seed files are not all NFC, and report spans index the original string).
 */
function nfcMapped(text) {
  let out = ''
  const map = []
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const piece = m[0].normalize('NFC')
    for (let k = 0; k < piece.length; k++) map.push(m.index)
    out += piece
  }
  map.push(text.length)
  return { text: out, map }
}

/** Every occurrence of `needle` (compared in NFC) in `text`, as ranges of the original `text`. */
function occurrences(text, needle) {
  const out = []
  if (!needle) return out
  const t = nfcMapped(text)
  const n = nfc(needle)
  for (let i = t.text.indexOf(n); i >= 0; i = t.text.indexOf(n, i + 1)) out.push({ start: t.map[i], end: t.map[i + n.length] })
  return out
}

const overlaps = (x, y) => x.start < y.end && y.start < x.end

export async function evalSeed({ lib, goldFile = goldPath } = {}) {
  if (!fs.existsSync(goldFile)) return { skipped: `no gold file at ${path.relative(repoRoot, goldFile)}` }
  if (!fs.existsSync(seedFiles.a) || !fs.existsSync(seedFiles.b)) return { skipped: `seed articles not found in ${path.relative(repoRoot, seedsDir)}` }
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'))
  const text = { a: fs.readFileSync(seedFiles.a, 'utf8'), b: fs.readFileSync(seedFiles.b, 'utf8') }
  const report = lib.compare({ text: text.a, source: 'Thanh Niên' }, { text: text.b, source: 'Ngày Nay' })
  const out = {}
  const unresolved = []

  // alignment over sentence pairs
  const goldPairs = new Set()
  for (const g of gold.alignments || []) {
    const as = g.a.flatMap((p) => { const x = byPrefix(report.a.sentences, p, text.a); if (!x.length) unresolved.push(`A: ${p}`); return x })
    const bs = g.b.flatMap((p) => { const x = byPrefix(report.b.sentences, p, text.b); if (!x.length) unresolved.push(`B: ${p}`); return x })
    for (const i of as) for (const j of bs) goldPairs.add(`${i},${j}`)
  }
  const predPairs = new Set()
  for (const al of report.alignments) for (const i of al.a) for (const j of al.b) predPairs.add(`${i},${j}`)
  let tp = 0
  for (const p of predPairs) if (goldPairs.has(p)) tp++
  out.alignment = prf(tp, predPairs.size - tp, goldPairs.size - tp)

  // divergences
  const golds = gold.divergences || []
  const used = new Set()
  let dtp = 0
  const missed = []
  for (const g of golds) {
    const occA = occurrences(text.a, g.a)
    const occB = occurrences(text.b, g.b)
    if (g.a && !occA.length) unresolved.push(`divergence A text: ${g.a}`)
    if (g.b && !occB.length) unresolved.push(`divergence B text: ${g.b}`)
    const hit = report.divergences.findIndex((d, i) => {
      if (used.has(i) || d.kind !== g.kind) return false
      if (g.a ? !(d.a && occA.some((o) => overlaps(o, d.a))) : g.kind === 'missing' && d.a) return false
      if (g.b ? !(d.b && occB.some((o) => overlaps(o, d.b))) : g.kind === 'missing' && d.b) return false
      return true
    })
    if (hit >= 0) { used.add(hit); dtp++ } else missed.push(g)
  }
  out.divergences = { ...prf(dtp, report.divergences.length - dtp, golds.length - dtp), gold: golds.length, predicted: report.divergences.length }
  out.divergencesMissed = missed.map((g) => `${g.kind}: ${g.a ?? '∅'} / ${g.b ?? '∅'}`)
  out.divergencesUnmatched = report.divergences.filter((_, i) => !used.has(i)).map((d) => `${d.kind}: ${d.a?.text ?? '∅'} / ${d.b?.text ?? '∅'}`)

  // equivalences (recall only: the gold need not list every trivial one)
  const eqs = gold.equivalences || []
  let eqFound = 0
  for (const g of eqs) {
    const occA = occurrences(text.a, g.a)
    const occB = occurrences(text.b, g.b)
    if (report.equivalences.some((e) => occA.some((o) => overlaps(o, e.a)) && occB.some((o) => overlaps(o, e.b)))) eqFound++
  }
  out.equivalences = { gold: eqs.length, found: eqFound, recall: eqs.length ? eqFound / eqs.length : NaN, reported: report.equivalences.length }

  // boilerplate: non-body roles
  if (gold.boilerplate) {
    let btp = 0, bfp = 0, bfn = 0
    for (const side of ['a', 'b']) {
      const goldIdx = new Set((gold.boilerplate[side] || []).flatMap((p) => { const x = byPrefix(report[side].sentences, p); if (!x.length) unresolved.push(`boilerplate ${side.toUpperCase()}: ${p}`); return x }))
      for (const s of report[side].sentences) {
        const pred = s.role !== 'body'
        if (pred && goldIdx.has(s.index)) btp++
        else if (pred) bfp++
        else if (goldIdx.has(s.index)) bfn++
      }
    }
    out.boilerplate = prf(btp, bfp, bfn)
  }
  out.overlap = report.overlap
  out.unresolvedGold = unresolved
  return out
}
