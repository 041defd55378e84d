#!/usr/bin/env node
// Why each judged name divergence of the real golds is missed (issue 11, names59).
//
//   npx tsx bench/eval/name-misses.mjs [--list]
//
// Reads src/ through tsx (the name mentions of a report are not public API). For every gold item
// judged `divergence` of kind `name`, not covered by a default flag, one class:
//   a  a side's span holds no name mention the extractor read (lowercase script, cut short, inside a compound)
//   b  both sides read as names, and nothing (flag, candidate, equivalence) covers the pair: never compared
//   c  both read and an equivalence covers the pair: compared and judged the same / a format variant
//   d  only a weaker candidate (below minConfidence) covers the pair
//   e  other (a flag of another reading; an item whose spans cannot be placed)
// Per row: items, found, and the misses per class; --list prints every miss with its class.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { repoRoot, readJsonl } from './metrics.mjs'
import { covers, locateEnglish, articleInput } from './real.mjs'
import { compare } from '../../src/compare.ts'
import { prepare } from '../../src/document/index.ts'
import { collectFacts } from '../../src/diverge/extract/collect.ts'
import { resolveOptions } from '../../src/options.ts'
import { isNameVariant } from '../../src/diverge/match/names/name-match.ts'

const goldDir = path.join(repoRoot, 'test/fixtures/real-divergences')
const ROWS = [
  ['vie (dev)', 'vi-dev.json', 'vi'], ['eng (dev)', 'en-dev.json', 'en'],
  ['ECB+', 'ecbplus-dev.json', 'test/fixtures/ecbplus'], ['DANeS', 'danes-dev.json', 'test/fixtures/danes'],
  ['GVC', 'gunviolence-dev.json', 'test/fixtures/gunviolence'], ['ViMs', 'vims-dev.json', 'test/fixtures/vims'],
  ['McGill', 'mcgill-dev.json', 'test/fixtures/mcgill'], ['AbMuSu', 'abmusu-dev.json', 'test/fixtures/abmusu'],
  ['CSTNews', 'cstnews-dev.json', 'test/fixtures/cstnews'], ['RPM2', 'rpm2-dev.json', 'test/fixtures/rpm2'],
  ['IndoSum', 'indosum-dev.json', 'test/fixtures/indosum'], ['FA-KES', 'fakes-dev.json', 'test/fixtures/fakes'],
  ['BASIL', 'basil-dev.json', 'test/fixtures/basil'], ['AllSides', 'allsides-dev.json', 'test/fixtures/allsides'],
  ['NewsWCL50', 'newswcl50-dev.json', 'test/fixtures/newswcl50'], ['TGNews', 'tgnews-dev.json', 'test/fixtures/tgnews-ru'],
  ['SemEval8-de', 'semeval8-de-dev.json', 'test/fixtures/semeval8-de'], ['SemEval8-tr', 'semeval8-tr-dev.json', 'test/fixtures/semeval8-tr'],
  ['SemEval8-en', 'semeval8-en-dev.json', 'test/fixtures/semeval8-en'], ['SemEval8-es', 'semeval8-es-dev.json', 'test/fixtures/semeval8-es'],
  ['SemEval8-pl', 'semeval8-pl-dev.json', 'test/fixtures/semeval8-pl'], ['SemEval8-ar', 'semeval8-ar-dev.json', 'test/fixtures/semeval8-ar'],
]
// src/language.ts loads franc with require(), which an ES module run by tsx lacks.
globalThis.require ??= createRequire(import.meta.url)
const list = process.argv.includes('--list')
const resolved = resolveOptions(undefined)
const overlaps = (s, start, end) => s != null && s.start < end && s.end > start

/** The two inputs of an item and where its spans are, as the eval runs them. */
function placed(item, where, byId) {
  if (where === 'en') return { a: item.aSentence, b: item.bSentence, at: locateEnglish(item) }
  const at = { aStart: item.aStart, aEnd: item.aEnd, bStart: item.bStart, bEnd: item.bEnd }
  if (item.file === 'vnpara') return { a: item.aSentence, b: item.bSentence, at }
  const A = byId.get(item.a), B = byId.get(item.b)
  return A && B ? { a: articleInput(A), b: articleInput(B), at } : undefined
}

/** Is a span covered by a name mention the extractor reads (names or sentence-opening names)? */
function readAsName(input, start, end) {
  const doc = prepare(typeof input === 'string' ? { text: input } : input, resolved)
  const facts = collectFacts(doc, resolved.titles)
  return [...facts.names, ...facts.openingNames].some((n) => overlaps(n.span, start, end))
}

const cache = new Map()
function run(a, b) {
  const k = JSON.stringify([a, b])
  if (!cache.has(k)) cache.set(k, compare(a, b))
  return cache.get(k)
}

function classify(p) {
  const report = run(p.a, p.b)
  const w = p.at
  if (report.divergences.some((d) => d.kind !== 'missing' && covers(d, w))) return 'found'
  if (report.candidates.some((d) => covers(d, w))) return 'd'
  const aRead = readAsName(p.a, w.aStart, w.aEnd), bRead = readAsName(p.b, w.bStart, w.bEnd)
  if (!aRead || !bRead) return 'a'
  if (report.equivalences.some((e) => covers(e, w))) return 'c'
  return 'b'
}

const totals = { items: 0, found: 0, a: 0, b: 0, c: 0, d: 0, e: 0 }
console.log('row\titems\tfound\ta not read\tb never compared\tc judged same\td candidate\te other')
for (const [label, file, where] of ROWS) {
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8'))
  const articles = where === 'vi' ? readJsonl(path.join(goldDir, 'vi-articles.jsonl')) : where === 'en' ? [] : readJsonl(path.join(repoRoot, where, 'articles.jsonl'))
  const byId = new Map(articles.map((a) => [a.id, a]))
  const row = { items: 0, found: 0, a: 0, b: 0, c: 0, d: 0, e: 0 }
  for (const item of gold.items) {
    if (item.verdict !== 'divergence' || item.kind !== 'name') continue
    row.items++
    const p = placed(item, where, byId)
    const cls = p ? classify(p) : 'e'
    row[cls]++
    if (list && cls !== 'found') {
      console.log(`  ${label} ${cls}: ${item.aText} | ${item.bText} (spellings: ${isNameVariant(item.aText, item.bText)})`)
    }
  }
  for (const k of Object.keys(totals)) totals[k] += row[k]
  console.log([label, row.items, row.found, row.a, row.b, row.c, row.d, row.e].join('\t'))
}
console.log(['all', totals.items, totals.found, totals.a, totals.b, totals.c, totals.d, totals.e].join('\t'))
