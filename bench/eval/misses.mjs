// Where each missed figure or date of the real golds fails (issue 11), so a rule can aim at the
// largest class and later sessions can rerun the count:
//   npx tsx bench/eval/misses.mjs [--list] [--only fakes,basil,…]
// (tsx, not node: the extraction stage is read from src/, which the public build does not export.)
//
// For every gold item judged `divergence` whose kind is `number` or `date` (names are another
// helper's) and that no default contradiction covers, the first class that holds:
//   d  candidate      a weaker contradiction below `minConfidence` covers both spans;
//   c  equivalent     an equivalence covers both spans (rounding, approximation, …);
//   a  not-extracted  one span holds no extracted number or date (`a-A`, `a-B`, `a-AB`: which side);
//   c  linked         both values extracted and their sentences linked, yet no flag: the pairing
//                     judged them one value or two slots;
//   e  elsewhere      the same two values flagged at another occurrence (a headline's copy, a quote);
//   b  unlinked       both extracted, sentences not linked, no flag: never compared;
// and, for b, whether both values are then reported `missing` (the symptom).
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { repoRoot, readJsonl } from './metrics.mjs'
import { articleInput, covers, locateEnglish, oriented } from './real.mjs'
import { compare } from '../../src/compare.ts'
import { prepare } from '../../src/document/index.ts'
import { collectFacts } from '../../src/diverge/extract/collect.ts'
import { resolveOptions } from '../../src/options.ts'

// src/language.ts loads franc with require(), which an ES module run by tsx lacks.
globalThis.require ??= createRequire(import.meta.url)
const goldDir = path.join(repoRoot, 'test/fixtures/real-divergences')
const argv = process.argv.slice(2)
const list = argv.includes('--list')
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined
const resolved = resolveOptions(undefined)

/** Fresh golds: file stem → fixture articles. */
const FRESH = {
  ecbplus: 'ecbplus', danes: 'danes', gunviolence: 'gunviolence', vims: 'vims', mcgill: 'mcgill', abmusu: 'abmusu',
  cstnews: 'cstnews', rpm2: 'rpm2', indosum: 'indosum', fakes: 'fakes', basil: 'basil', allsides: 'allsides',
  newswcl50: 'newswcl50', tgnews: 'tgnews-ru', 'semeval8-de': 'semeval8-de', 'semeval8-tr': 'semeval8-tr',
  'semeval8-en': 'semeval8-en', 'semeval8-es': 'semeval8-es', 'semeval8-pl': 'semeval8-pl', 'semeval8-ar': 'semeval8-ar',
}

const overlaps = (span, start, end) => span.start < end && span.end > start
const isValue = (it) => it.verdict === 'divergence' && (it.kind === 'number' || it.kind === 'date')

/** The extracted number and date spans of one report (every sentence, captions included). */
function factSpans(article) {
  const doc = prepare(typeof article === 'string' ? { text: article } : article, resolved)
  const spans = []
  for (const list of collectFacts(doc, resolved.titles).factsBySentence.values()) for (const f of list) spans.push({ ...f.span, value: f.fact.value })
  return spans
}

/** Which class a missed item falls in, given its pair's report and the two reports. */
function classify(report, where, A, B) {
  if (report.candidates.some((f) => f.kind !== 'missing' && covers(f, where))) return 'd-candidate'
  if (report.equivalences.some((e) => overlaps(e.a, where.aStart, where.aEnd) && overlaps(e.b, where.bStart, where.bEnd))) return 'c-equivalent'
  const factA = A.spans.find((s) => overlaps(s, where.aStart, where.aEnd))
  const factB = B.spans.find((s) => overlaps(s, where.bStart, where.bEnd))
  if (!factA || !factB) return `a-not-extracted-${!factA && !factB ? 'AB' : !factA ? 'A' : 'B'}`
  // The same two values flagged at another place of the reports (a headline's copy, a quote's): the
  // contradiction is found, only not at the occurrence the gold points at.
  const valueAt = (spans, span) => spans.find((s) => s.sentence === span.sentence && overlaps(s, span.start, span.end))?.value
  const flaggedAlike = (f) => f.kind !== 'missing' && f.a && f.b && valueAt(A.spans, f.a) === factA.value && valueAt(B.spans, f.b) === factB.value
  if (factA.value !== undefined && report.divergences.some(flaggedAlike)) return 'e-flagged-elsewhere'
  const linked = report.alignments.some((l) => l.a.includes(factA.sentence) && l.b.includes(factB.sentence))
  if (linked) return 'c-linked'
  const missingA = report.divergences.some((d) => d.kind === 'missing' && d.a && overlaps(d.a, where.aStart, where.aEnd))
  const missingB = report.divergences.some((d) => d.kind === 'missing' && d.b && overlaps(d.b, where.bStart, where.bEnd))
  return `b-unlinked${missingA && missingB ? '-both-missing' : missingA || missingB ? '-one-missing' : ''}`
}

/** One gold row: its pairs as [A, B, items-in-run-orientation]. */
function pairsOf(row) {
  if (row === 'vi') {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, 'vi-dev.json'), 'utf8'))
    const byId = new Map(readJsonl(path.join(goldDir, 'vi-articles.jsonl')).map((a) => [a.id, a]))
    const pairs = new Map()
    for (const it of gold.items.filter(isValue)) {
      if (it.file === 'vnpara') {
        const k = `vnpara ${it.line}`
        if (!pairs.has(k)) pairs.set(k, { A: it.aSentence, B: it.bSentence, items: [] })
        pairs.get(k).items.push({ ...it, where: it })
        continue
      }
      // real.mjs runs a VietnameseMDS pair with the smaller id first
      const [x, y] = it.a < it.b ? [it.a, it.b] : [it.b, it.a]
      const k = `${x}~${y}`
      if (!pairs.has(k)) pairs.set(k, { A: articleInput(byId.get(x)), B: articleInput(byId.get(y)), items: [] })
      pairs.get(k).items.push({ ...it, where: oriented(it, x !== it.a) })
    }
    return pairs
  }
  if (row === 'en') {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, 'en-dev.json'), 'utf8'))
    const pairs = new Map()
    for (const it of gold.items.filter(isValue)) {
      const k = `msrp ${it.id1}|${it.id2}`
      if (!pairs.has(k)) pairs.set(k, { A: it.aSentence, B: it.bSentence, items: [] })
      pairs.get(k).items.push({ ...it, where: locateEnglish(it) })
    }
    return pairs
  }
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, `${row}-dev.json`), 'utf8'))
  const byId = new Map(readJsonl(path.join(repoRoot, 'test/fixtures', FRESH[row], 'articles.jsonl')).map((a) => [a.id, a]))
  const pairs = new Map()
  for (const it of gold.items.filter(isValue)) {
    const k = `${it.a}~${it.b}`
    if (!pairs.has(k)) pairs.set(k, { A: articleInput(byId.get(it.a)), B: articleInput(byId.get(it.b)), items: [] })
    pairs.get(k).items.push({ ...it, where: { aStart: it.aStart, aEnd: it.aEnd, bStart: it.bStart, bEnd: it.bEnd } })
  }
  return pairs
}

const rows = ['vi', 'en', ...Object.keys(FRESH)].filter((r) => !only || only.includes(r))
const table = []
for (const row of rows) {
  const counts = { values: 0, found: 0 }
  for (const [label, { A, B, items }] of pairsOf(row)) {
    const report = compare(A, B)
    const facts = { A: { spans: factSpans(A) }, B: { spans: factSpans(B) } }
    for (const it of items) {
      counts.values++
      if (report.divergences.some((f) => f.kind !== 'missing' && covers(f, it.where))) { counts.found++; continue }
      const cls = classify(report, it.where, facts.A, facts.B)
      counts[cls] = (counts[cls] ?? 0) + 1
      if (list) console.log(`${row}\t${label}\t${it.kind}\t${cls}\t${it.aText} | ${it.bText}`)
    }
  }
  table.push({ row, ...counts })
}
const classes = [...new Set(table.flatMap((r) => Object.keys(r).filter((k) => !['row', 'values', 'found'].includes(k))))].sort()
console.log(['row', 'values', 'found', ...classes].join('\t'))
for (const r of table) console.log([r.row, r.values, r.found, ...classes.map((c) => r[c] ?? 0)].join('\t'))
