// VietnameseMDS: do two articles report the same event? Every article pair inside a split
// (tune = clusters 1–100, test = clusters 101–200) is scored by compare(a, b).overlap.score;
// a pair is positive when both articles are in the same cluster.
//
// Quick mode keeps every positive pair and a deterministic sample of negatives, each sampled
// negative weighted by (all negatives / sampled negatives), so AUC and F1 estimate the full run.
import os from 'node:os'
import path from 'node:path'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { loadLibrary, corporaDir, readJsonl, rng, hashSeed, rocAuc, bestThreshold, confusionAt, buildIdf, tfidfVector, cosine, wordTokens } from './metrics.mjs'

export const reference = { 'TF-IDF cosine': 'ROC-AUC 0.9986, best pair F1 0.823' }

export function loadVmds() {
  return readJsonl(path.join(corporaDir, 'vmds/articles.jsonl'))
}

/** All pairs of one split, or (quick) all positives plus `negatives` sampled negatives. */
export function splitPairs(articles, lo, hi, { quick = false, negatives = 3000, seed = 7 } = {}) {
  const docs = articles.filter((a) => a.cluster >= lo && a.cluster <= hi)
  const pos = [], neg = []
  for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) (docs[i].cluster === docs[j].cluster ? pos : neg).push([i, j])
  let negs = neg, w = 1
  if (quick && neg.length > negatives) {
    negs = rng(hashSeed('vmds-neg', seed, lo)).shuffle(neg).slice(0, negatives).sort((x, y) => x[0] - y[0] || x[1] - y[1])
    w = neg.length / negs.length
  }
  const pairs = [...pos.map((p) => ({ i: p[0], j: p[1], label: 1, w: 1 })), ...negs.map((p) => ({ i: p[0], j: p[1], label: 0, w }))]
  return { docs, pairs, allPositives: pos.length, allNegatives: neg.length }
}

function summarize(scores, labels, weights) {
  const best = bestThreshold(scores, labels, weights)
  return { auc: rocAuc(scores, labels, weights), bestF1: best.f1, bestThreshold: best.threshold, bestPrecision: best.precision, bestRecall: best.recall }
}

/**
 * compare(a, b).overlap [score, lexical] for each pair, in `workers` worker threads (each imports dist/).
 * The result does not depend on the number of workers.
 */
export async function scoreParallel(texts, pairs, workers, progress = () => {}) {
  if (workers <= 1) {
    const lib = await loadLibrary()
    return pairs.map(([i, j], k) => {
      if (k % 5000 === 4999) progress(k + 1)
      const { score, lexical } = lib.compare(texts[i], texts[j], { kinds: [] }).overlap
      return [score, lexical]
    })
  }
  const chunk = Math.ceil(pairs.length / workers)
  let done = 0
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { texts, pairs: pairs.slice(w * chunk, (w + 1) * chunk) } })
        worker.on('message', (m) => {
          if (m.progress) { done += m.progress; if (done % 5000 < m.progress) progress(done) } else resolve(m.scores)
        })
        worker.on('error', reject)
        worker.on('exit', (code) => code !== 0 && reject(new Error(`vmds worker exited with code ${code}`)))
      }),
    ),
  )
  return parts.flat()
}

if (!isMainThread && workerData?.pairs) {
  const lib = await loadLibrary()
  const { texts, pairs } = workerData
  const scores = []
  for (let k = 0; k < pairs.length; k++) {
    const { score, lexical } = lib.compare(texts[pairs[k][0]], texts[pairs[k][1]], { kinds: [] }).overlap
    scores.push([score, lexical])
    if (k % 500 === 499) parentPort.postMessage({ progress: 500 })
  }
  parentPort.postMessage({ scores })
}

export async function evalVmds({ lib, quick = false, negatives = 3000, workers = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length)), log = () => {} } = {}) {
  const articles = loadVmds()
  const out = { quick, articles: articles.length, clusters: new Set(articles.map((a) => a.cluster)).size }
  const splits = { tune: splitPairs(articles, 1, 100, { quick, negatives }), test: splitPairs(articles, 101, 200, { quick, negatives }) }
  const scored = {}
  for (const [name, sp] of Object.entries(splits)) {
    out[name] = { articles: sp.docs.length, positivePairs: sp.allPositives, negativePairs: sp.allNegatives, scoredPairs: sp.pairs.length }
    const labels = sp.pairs.map((p) => p.label)
    const weights = sp.pairs.map((p) => p.w)
    // baseline: TF-IDF cosine over lower-cased syllables, IDF from the split's own articles
    const toks = sp.docs.map((d) => wordTokens(d.text))
    const idf = buildIdf(toks)
    const vecs = toks.map((t) => tfidfVector(t, idf))
    const base = sp.pairs.map((p) => cosine(vecs[p.i], vecs[p.j]))
    scored[name] = { labels, weights, base }
    if (lib?.compare) {
      const t0 = performance.now()
      const both = await scoreParallel(sp.docs.map((d) => d.text), sp.pairs.map((p) => [p.i, p.j]), workers, (done) => log(`vmds ${name}: ${done}/${sp.pairs.length} pairs, ${((performance.now() - t0) / done).toFixed(2)} ms/pair wall`))
      scored[name].lib = both.map((x) => x[0])
      scored[name].lexical = both.map((x) => x[1])
      out[name]._msPerPairWall = (performance.now() - t0) / sp.pairs.length
    }
  }
  for (const sys of ['base', 'lib', 'lexical']) {
    if (!scored.tune[sys]) continue
    const key = { base: 'tfidfCosine', lib: 'overlapScore', lexical: 'overlapLexical' }[sys]
    const tune = summarize(scored.tune[sys], scored.tune.labels, scored.tune.weights)
    const testOracle = summarize(scored.test[sys], scored.test.labels, scored.test.weights)
    const atTune = confusionAt(scored.test[sys], scored.test.labels, tune.bestThreshold, scored.test.weights)
    out[key] = {
      tune,
      test: { auc: testOracle.auc, f1AtTuneThreshold: atTune.f1, precisionAtTuneThreshold: atTune.precision, recallAtTuneThreshold: atTune.recall, oracleBestF1: testOracle.bestF1, oracleThreshold: testOracle.bestThreshold },
    }
  }
  return out
}
