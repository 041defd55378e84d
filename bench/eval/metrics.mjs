// Shared helpers for the evaluation harness: paths, seeded randomness, text utilities,
// classification metrics. Plain Node ESM, no dependencies.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
// The large corpora are not in the repository (their licences do not allow shipping them, and
// they are megabytes): CORROBORATE_CORPORA names their folder, else ../shared/corpora beside the
// checkout. A lone clone has neither; the tasks that need them are then skipped (bench/eval.mjs).
export const corporaDir = path.resolve(process.env.CORROBORATE_CORPORA || path.resolve(repoRoot, '../shared/corpora'))
// The seed pair is in the repository (copies of ../shared/seeds, see examples/seeds/SOURCE.md).
export const seedsDir = path.resolve(repoRoot, 'examples/seeds')

/** The entries of `needs` (paths relative to corporaDir) that are not there. */
export function missingCorpora(needs) {
  return needs.filter((entry) => !fs.existsSync(path.join(corporaDir, entry)))
}

/** Import the built library, with a clear message when it has not been built yet. */
export async function loadLibrary() {
  // CORROBORATE_DIST points at another build of the ESM entry (e.g. a scratch build of a branch)
  const entry = path.resolve(process.env.CORROBORATE_DIST || path.join(repoRoot, 'dist/index.js'))
  if (!fs.existsSync(entry)) throw new Error(`${entry} not found: run \`npm run build\` first`)
  return import(pathToFileURL(entry).href)
}

// ---------------------------------------------------------------- randomness

/** mulberry32: a small, fast, seedable 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0
  return function rand() {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a hash of any number of values, for deriving independent sub-seeds. */
export function hashSeed(...parts) {
  let h = 0x811c9dc5
  for (const ch of parts.map(String).join('\u0000')) {
    h ^= ch.codePointAt(0)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** A seeded RNG with a few conveniences. */
export function rng(seed) {
  const next = mulberry32(seed)
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    shuffle(arr) {
      const out = arr.slice()
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[out[i], out[j]] = [out[j], out[i]]
      }
      return out
    },
  }
}

// ---------------------------------------------------------------- data

export function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
}

const ABBREV = new Set(['tp', 'gs', 'pgs', 'ts', 'ths', 'bs', 'ks', 'q', 'p', 'st', 'mr', 'mrs', 'dr', 'ms', 'tt', 'tx', 'h', 'no', 'vs', 'co', 'inc', 'ltd', 'jr', 'sr'])

/**
 * A simple sentence splitter for running text: breaks after . ! ? … (and a closing quote)
 * when whitespace and an upper-case letter, digit or opening quote follow, except after
 * a known abbreviation or a single-letter initial.
 */
export function splitSentences(text) {
  const out = []
  const re = /[.!?…]+["”»’)]*\s+(?=(?:>>\s*)?["“«‘(]?[\p{Lu}\d])/gu
  let start = 0
  let m
  while ((m = re.exec(text))) {
    const before = text.slice(start, m.index)
    const lastWord = (before.match(/([\p{L}]+)$/u) || [, ''])[1]
    if (m[0].startsWith('.') && (ABBREV.has(lastWord.toLowerCase()) || (lastWord.length === 1 && /\p{Lu}/u.test(lastWord)))) continue
    const end = m.index + m[0].trimEnd().length
    const s = text.slice(start, end).trim()
    if (s) out.push(s)
    start = m.index + m[0].length
  }
  const rest = text.slice(start).trim()
  if (rest) out.push(rest)
  return out
}

/** Lower-cased word tokens (letters, marks, digits), NFC. */
export function wordTokens(text) {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) || []
}

export function jaccard(aTokens, bTokens) {
  const a = new Set(aTokens)
  const b = new Set(bTokens)
  if (a.size === 0 && b.size === 0) return 1
  let inter = 0
  for (const t of a) if (b.has(t)) inter++
  return inter / (a.size + b.size - inter)
}

/** Smoothed IDF table from a list of token lists (one per document). */
export function buildIdf(docs) {
  const df = new Map()
  for (const toks of docs) for (const t of new Set(toks)) df.set(t, (df.get(t) || 0) + 1)
  const n = docs.length
  const unseen = Math.log((1 + n) / 1) + 1
  const table = new Map()
  for (const [t, d] of df) table.set(t, Math.log((1 + n) / (1 + d)) + 1)
  const idf = (t) => table.get(t) ?? unseen
  idf.table = table
  return idf
}

/** L2-normalised TF-IDF vector (Map token -> weight). */
export function tfidfVector(tokens, idf) {
  const tf = new Map()
  for (const t of tokens) tf.set(t, (tf.get(t) || 0) + 1)
  let norm = 0
  for (const [t, c] of tf) {
    const w = c * idf(t)
    tf.set(t, w)
    norm += w * w
  }
  norm = Math.sqrt(norm) || 1
  for (const [t, w] of tf) tf.set(t, w / norm)
  return tf
}

export function cosine(u, v) {
  if (u.size > v.size) [u, v] = [v, u]
  let s = 0
  for (const [t, w] of u) {
    const x = v.get(t)
    if (x !== undefined) s += w * x
  }
  return s
}

// ---------------------------------------------------------------- metrics

export function prf(tp, fp, fn) {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

/** Confusion counts at a threshold (score >= threshold is positive); optional weights. */
export function confusionAt(scores, labels, threshold, weights) {
  let tp = 0, fp = 0, fn = 0, tn = 0
  for (let i = 0; i < scores.length; i++) {
    const w = weights ? weights[i] : 1
    const pos = scores[i] >= threshold
    if (labels[i]) pos ? (tp += w) : (fn += w)
    else pos ? (fp += w) : (tn += w)
  }
  const r = prf(tp, fp, fn)
  return { ...r, tn, accuracy: (tp + tn) / (tp + fp + fn + tn), threshold }
}

/**
 * The threshold that maximises F1 (ties: higher accuracy, then the lower threshold).
 * Candidate thresholds are the distinct scores themselves (score >= t is positive).
 */
export function bestThreshold(scores, labels, weights) {
  const idx = scores.map((_, i) => i).sort((i, j) => scores[j] - scores[i])
  let totalPos = 0, totalNeg = 0
  for (let i = 0; i < scores.length; i++) {
    const w = weights ? weights[i] : 1
    labels[i] ? (totalPos += w) : (totalNeg += w)
  }
  let tp = 0, fp = 0
  let best = null
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]
    const w = weights ? weights[i] : 1
    labels[i] ? (tp += w) : (fp += w)
    if (k + 1 < idx.length && scores[idx[k + 1]] === scores[i]) continue
    const fn = totalPos - tp
    const tn = totalNeg - fp
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
    const accuracy = (tp + tn) / (totalPos + totalNeg)
    if (!best || f1 > best.f1 + 1e-12 || (Math.abs(f1 - best.f1) <= 1e-12 && accuracy > best.accuracy + 1e-12)) {
      best = { threshold: scores[i], f1, accuracy }
    }
  }
  return best ? confusionAt(scores, labels, best.threshold, weights) : confusionAt(scores, labels, Infinity, weights)
}

/** ROC-AUC by the Mann–Whitney statistic, ties counted half; optional weights. */
export function rocAuc(scores, labels, weights) {
  const idx = scores.map((_, i) => i).sort((i, j) => scores[i] - scores[j])
  let negBelow = 0 // weight of negatives with strictly lower score
  let sum = 0, totalPos = 0, totalNeg = 0
  let k = 0
  while (k < idx.length) {
    let e = k
    while (e + 1 < idx.length && scores[idx[e + 1]] === scores[idx[k]]) e++
    let pos = 0, neg = 0
    for (let q = k; q <= e; q++) {
      const i = idx[q]
      const w = weights ? weights[i] : 1
      labels[i] ? (pos += w) : (neg += w)
    }
    sum += pos * (negBelow + neg / 2)
    negBelow += neg
    totalPos += pos
    totalNeg += neg
    k = e + 1
  }
  return totalPos && totalNeg ? sum / (totalPos * totalNeg) : NaN
}

export function mean(xs) {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN
}

/** Round numbers for stable, readable output (recursively). */
export function roundDeep(v, digits = 4) {
  if (typeof v === 'number') return Number.isFinite(v) ? Number(v.toFixed(digits)) : v
  if (Array.isArray(v)) return v.map((x) => roundDeep(x, digits))
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x, digits)]))
  return v
}

/** JSON with object keys sorted at every level (arrays keep their order). */
export function stableStringify(v, indent = 2) {
  const sortKeys = (x) => {
    if (Array.isArray(x)) return x.map(sortKeys)
    if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, sortKeys(x[k])]))
    return x
  }
  return JSON.stringify(sortKeys(v), null, indent) + '\n'
}
