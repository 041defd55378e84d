// List candidate items for the real-disagreement gold (docs/eval.md, "real"): pairs of values
// worth reading by hand. A candidate is not an item — most are equivalences, other slots or
// noise; each must be read in context and judged before it enters test/fixtures/real-divergences.
//
//   node bench/eval/gold-candidates.mjs vi-names   [minSimilarity=0.75]
//   node bench/eval/gold-candidates.mjs vi-numbers [minOverlap=0.25] [maxOverlap=1]
//   node bench/eval/gold-candidates.mjs en         (MSRP train pairs whose numbers or names differ)
//
// Only VietnameseMDS clusters 1–100 and the MSRP train file are read: clusters 101–199 and the
// MSRP test file are the held-out golds and must stay unseen while the gold is built.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, readJsonl } from './metrics.mjs'
import { HELD_OUT_FROM_CLUSTER } from './check-gold.mjs'
import { loadRealGold } from './real.mjs'

/** Sentence starts after end punctuation (and closing quotes) followed by an upper-case letter or digit. */
function sentences(text) {
  const out = []
  let start = 0
  for (const m of text.matchAll(/(?<=[.!?…])["”’)]*\s+(?=[“"(]?[\p{Lu}\d])/gu)) {
    out.push({ start, text: text.slice(start, m.index + m[0].trimEnd().length) })
    start = m.index + m[0].length
  }
  out.push({ start, text: text.slice(start) })
  return out
}

const wordSet = (s) => new Set((s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^\d+$/.test(w)))
const jaccard = (a, b) => {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  return shared / (a.size + b.size - shared || 1)
}

/** Similarity of two strings in [0, 1]: 1 − Levenshtein distance / longer length. */
function similarity(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = up
    }
  }
  return 1 - prev[b.length] / Math.max(a.length, b.length, 1)
}

function developmentPairs() {
  const articles = readJsonl(path.join(corporaDir, 'vmds/articles.jsonl')).filter((a) => a.cluster < HELD_OUT_FROM_CLUSTER)
  const byCluster = new Map()
  for (const a of articles) byCluster.set(a.cluster, [...(byCluster.get(a.cluster) ?? []), a])
  const pairs = []
  for (const docs of byCluster.values())
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) if (docs[i].outlet !== docs[j].outlet) pairs.push([docs[i], docs[j]])
  return pairs
}

const around = (text, at, length) => text.slice(Math.max(0, at - 90), at + length + 90).replace(/\s+/g, ' ')

/** Capitalised runs of one report absent from the other, with a close spelling there. */
function viNames(minSimilarity) {
  const run = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu
  for (const [A, B] of developmentPairs()) {
    const namesOf = (t) => new Map([...t.matchAll(run)].filter((m) => m[0].length >= 4).map((m) => [m[0], m.index]))
    const inA = namesOf(A.text), inB = namesOf(B.text)
    for (const [x, ax] of inA) {
      if (B.text.includes(x)) continue
      for (const [y, by] of inB) {
        if (A.text.includes(y) || x.toLowerCase() === y.toLowerCase() || Math.abs(x.length - y.length) > 3) continue
        const s = similarity(x.toLowerCase(), y.toLowerCase())
        if (s < minSimilarity) continue
        console.log(`== c${A.cluster} ${A.id} (${A.outlet}) ~ ${B.id} (${B.outlet}) ${JSON.stringify(x)} | ${JSON.stringify(y)} ${s.toFixed(2)}`)
        console.log(`A: ${around(A.text, ax, x.length)}\nB: ${around(B.text, by, y.length)}`)
      }
    }
  }
}

/** Does an item or judged flag of the gold already sit in this sentence pair (either orientation)? */
function coveredBy(gold) {
  const entries = [...gold.items, ...(gold.judged ?? [])]
  const inside = (at, start, length) => at >= start && at < start + length
  return (A, B, a, b) =>
    entries.some((e) =>
      (e.a === A.id && e.b === B.id && inside(e.aStart, a.start, a.text.length) && inside(e.bStart, b.start, b.text.length)) ||
      (e.a === B.id && e.b === A.id && inside(e.bStart, a.start, a.text.length) && inside(e.aStart, b.start, b.text.length)))
}

/**
 * Sentence pairs with shared wording whose numbers (or d/m dates) differ on both sides, overlap in
 * [minOverlap, maxOverlap), leaving out pairs an item or judged flag already covers: a new round
 * declares its band of overlap and reads it in order.
 */
function viNumbers(minOverlap, maxOverlap) {
  const numbers = (s) => new Set(s.match(/\d+(?:[.,/:-]\d+)*/g) ?? [])
  const covered = coveredBy(loadRealGold().vi)
  for (const [A, B] of developmentPairs()) {
    const sb = sentences(B.text).map((s) => ({ ...s, words: wordSet(s.text), numbers: numbers(s.text) }))
    for (const a of sentences(A.text)) {
      const na = numbers(a.text)
      if (na.size === 0) continue
      const wa = wordSet(a.text)
      for (const b of sb) {
        if (b.numbers.size === 0) continue
        const onlyA = [...na].filter((n) => !b.numbers.has(n)), onlyB = [...b.numbers].filter((n) => !na.has(n))
        if (onlyA.length === 0 || onlyB.length === 0) continue
        const overlap = jaccard(wa, b.words)
        if (overlap < minOverlap || overlap >= maxOverlap || covered(A, B, a, b)) continue
        console.log(`== c${A.cluster} ${A.id} (${A.outlet}) ~ ${B.id} (${B.outlet}) overlap ${overlap.toFixed(2)} A-only ${onlyA.join(' ')} | B-only ${onlyB.join(' ')}`)
        console.log(`A@${a.start}: ${a.text}\nB@${b.start}: ${b.text}`)
      }
    }
  }
}

/** MSRP train pairs, not yet in the gold, whose numbers differ or whose capitalised words are close but not equal. */
function english() {
  const file = path.join(corporaDir, 'msrp/msr_paraphrase_train.txt')
  const inGold = new Set(loadRealGold().en.items.map((i) => `${i.id1}|${i.id2}`))
  const rows = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'))
  const numbers = (s) => new Set(s.match(/\d+(?:[.,]\d+)*/g) ?? [])
  const capitals = (s) => new Set(s.match(/\b[A-Z][A-Za-z'-]{3,}\b/g) ?? [])
  for (const [quality, id1, id2, s1, s2] of rows) {
    if (inGold.has(`${id1}|${id2}`)) continue
    const n1 = numbers(s1), n2 = numbers(s2)
    const numberDiff = [...n1].some((n) => !n2.has(n)) && [...n2].some((n) => !n1.has(n))
    const c1 = capitals(s1), c2 = capitals(s2)
    const close = [...c1].filter((x) => !c2.has(x)).flatMap((x) => [...c2].filter((y) => !c1.has(y) && x.toLowerCase() !== y.toLowerCase() && similarity(x.toLowerCase(), y.toLowerCase()) >= 0.75).map((y) => `${x}|${y}`))
    if (!numberDiff && close.length === 0) continue
    console.log(`== ${quality} ${id1} ${id2} ${numberDiff ? 'numbers' : ''} ${close.join(' ')}\nA: ${s1}\nB: ${s2}`)
  }
}

const [mode, arg] = process.argv.slice(2)
if (mode === 'vi-names') viNames(Number(arg ?? 0.75))
else if (mode === 'vi-numbers') viNumbers(Number(arg ?? 0.25), Number(process.argv[4] ?? 1))
else if (mode === 'en') english()
else {
  console.error('usage: node bench/eval/gold-candidates.mjs vi-names [minSimilarity] | vi-numbers [minOverlap] [maxOverlap] | en')
  process.exitCode = 2
}
