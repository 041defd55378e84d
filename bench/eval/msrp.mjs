// MSRP (Microsoft Research Paraphrase Corpus): sentence-pair paraphrase identification.
// The threshold on corroborate's `similarity` is chosen on TRAIN (max F1), applied to TEST.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, buildIdf, jaccard, wordTokens, bestThreshold, confusionAt } from './metrics.mjs'

export const reference = {
  'test F1': 'Mihalcea 2006 81.3; Wan 2006 83.0; tuned Jaccard ~81',
  'test accuracy': 'Wan 2006 75.6',
}

/** Rows of one MSRP file: [{label, id1, id2, s1, s2}]. Split on tabs only: the strings contain quotes. */
export function loadMsrp(which) {
  const raw = fs.readFileSync(path.join(corporaDir, `msrp/msr_paraphrase_${which}.txt`), 'utf8').replace(/^\uFEFF/, '')
  const lines = raw.split(/\r?\n/).filter((l) => l.trim())
  const header = lines.shift().split('\t')
  if (header[0] !== 'Quality') throw new Error(`unexpected MSRP header: ${header.join(' | ')}`)
  return lines.map((l) => {
    const [q, id1, id2, s1, s2] = l.split('\t')
    return { label: q === '1' ? 1 : 0, id1, id2, s1, s2 }
  })
}

function evaluate(train, test, score) {
  const trS = train.map(score)
  const trL = train.map((r) => r.label)
  const best = bestThreshold(trS, trL)
  const te = confusionAt(test.map(score), test.map((r) => r.label), best.threshold)
  return { threshold: best.threshold, trainF1: best.f1, testAccuracy: te.accuracy, testF1: te.f1, testPrecision: te.precision, testRecall: te.recall }
}

export async function evalMsrp({ lib } = {}) {
  const train = loadMsrp('train')
  const test = loadMsrp('test')
  const out = { trainPairs: train.length, testPairs: test.length, positiveRateTest: test.filter((r) => r.label).length / test.length }
  // baseline: plain word Jaccard (lower-cased letter/digit runs)
  out.jaccard = evaluate(train, test, (r) => jaccard(wordTokens(r.s1), wordTokens(r.s2)))
  if (lib && typeof lib.similarity === 'function' && typeof lib.tokens === 'function') {
    // IDF from the train sentences (each distinct sentence id once)
    const seen = new Map()
    for (const r of train) { seen.set(r.id1, r.s1); seen.set(r.id2, r.s2) }
    const idf = buildIdf([...seen.values()].map((s) => lib.tokens(s)))
    out.similarityIdf = evaluate(train, test, (r) => lib.similarity(r.s1, r.s2, { idf }))
    out.similarityNoIdf = evaluate(train, test, (r) => lib.similarity(r.s1, r.s2))
  } else {
    out.skipped = 'library has no similarity()/tokens() export'
  }
  return out
}
