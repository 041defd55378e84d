// vnPara: Vietnamese sentence-pair paraphrase identification, 3,083 pairs.
// No official split: 5 deterministic folds (seeded shuffle); on each fold the threshold is
// chosen on the other four (max F1) and applied to the held-out fold; IDF from the training folds.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, buildIdf, jaccard, wordTokens, bestThreshold, confusionAt, rng, mean } from './metrics.mjs'

export const reference = {
  'mean F1': 'published best 95.4; syllable Jaccard ~97 (floor)',
}

export function loadVnpara() {
  const read = (f) => fs.readFileSync(path.join(corporaDir, 'vnpara', f), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)
  const s1 = read('Sentences1.txt')
  const s2 = read('Sentences2.txt')
  const lab = read('Labels.txt')
  const rows = []
  for (let i = 0; i < lab.length; i++) {
    if (!lab[i].trim()) continue
    rows.push({ s1: s1[i].trim(), s2: s2[i].trim(), label: lab[i].trim() === '1' ? 1 : 0 })
  }
  return rows
}

export function folds(n, k = 5, seed = 20151) {
  const order = rng(seed).shuffle([...Array(n).keys()])
  const fold = new Array(n)
  order.forEach((idx, pos) => (fold[idx] = pos % k))
  return fold
}

function crossValidate(rows, fold, k, makeScore) {
  const accs = [], f1s = [], ths = []
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => fold[i] !== f)
    const test = rows.filter((_, i) => fold[i] === f)
    const score = makeScore(train)
    const best = bestThreshold(train.map(score), train.map((r) => r.label))
    const te = confusionAt(test.map(score), test.map((r) => r.label), best.threshold)
    accs.push(te.accuracy); f1s.push(te.f1); ths.push(best.threshold)
  }
  return { meanAccuracy: mean(accs), meanF1: mean(f1s), thresholds: ths }
}

export async function evalVnpara({ lib, k = 5 } = {}) {
  const rows = loadVnpara()
  const fold = folds(rows.length, k)
  const out = { pairs: rows.length, positiveRate: rows.filter((r) => r.label).length / rows.length, folds: k }
  out.jaccard = crossValidate(rows, fold, k, () => (r) => jaccard(wordTokens(r.s1), wordTokens(r.s2)))
  if (lib && typeof lib.similarity === 'function' && typeof lib.tokens === 'function') {
    out.similarityIdf = crossValidate(rows, fold, k, (train) => {
      const idf = buildIdf(train.flatMap((r) => [lib.tokens(r.s1), lib.tokens(r.s2)]))
      return (r) => lib.similarity(r.s1, r.s2, { idf })
    })
    out.similarityNoIdf = crossValidate(rows, fold, k, () => (r) => lib.similarity(r.s1, r.s2))
  } else {
    out.skipped = 'library has no similarity()/tokens() export'
  }
  return out
}
