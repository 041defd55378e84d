// Guard for refactors that must not change behaviour: runs compare() on a fixed set of pairs and
// writes one line per pair, `id <tab> JSON of the report`, so two builds can be diffed line by line.
//   node bench/dump-compare.mjs > before.tsv   (after `npx tsup`)
//   ... change the code, rebuild ...
//   node bench/dump-compare.mjs > after.tsv && diff before.tsv after.tsv
// The set: the seed pair (both orders) and with the third outlet, the planted benchmark's 300 dev
// pairs (seed 1, as `bench/eval.mjs --only planted` runs them), 20 of its page pairs, and 120
// same-cluster VietnameseMDS pairs (the first two or three pairs of each cluster from 1 up).
// compareMany() is dumped too: on the three seed reports, on stories of 10 variants of the seed
// (as bench/story.mjs builds them) and on the first 30 VietnameseMDS clusters, whole.
// Options: --only seed|planted|vmds|story.
import fs from 'node:fs'
import path from 'node:path'
import { corporaDir, loadLibrary, missingCorpora, seedsDir } from './eval/metrics.mjs'
import { generatePairs } from './eval/planted.mjs'
import { loadVmds } from './eval/vmds.mjs'

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
const lib = await loadLibrary()
const out = (id, report) => process.stdout.write(`${id}\t${JSON.stringify(report)}\n`)

if (!only || only === 'seed') {
  const read = (name) => ({ text: fs.readFileSync(path.join(seedsDir, name), 'utf8'), source: name })
  const [tn, nn, third] = ['thanhnien.txt', 'ngaynay.txt', 'third-outlet.txt'].map(read)
  out('seed', lib.compare(tn, nn))
  out('seed-reversed', lib.compare(nn, tn))
  out('seed-third', lib.compare(tn, third))
  out('seed-story', lib.compareMany([tn, nn, third]))
}

if (!only || only === 'planted') {
  if (missingCorpora(['vi-news-sentences.jsonl', 'vmds/articles.jsonl']).length === 0) {
    for (const pair of generatePairs({ seed: 1, count: 300, split: 'dev' })) {
      out(`planted-${pair.id}`, lib.compare({ text: pair.a, source: 'A' }, { text: pair.b, source: 'B' }))
    }
    for (const pair of generatePairs({ seed: 1, count: 20, split: 'dev', page: true })) {
      out(`planted-${pair.id}`, lib.compare({ text: pair.a, source: 'A' }, { text: pair.b, source: 'B' }))
    }
  } else process.stderr.write(`planted pairs skipped: no corpora in ${corporaDir}\n`)
}

if (!only || only === 'vmds') {
  if (missingCorpora(['vmds/articles.jsonl']).length === 0) {
    const byCluster = new Map()
    for (const article of loadVmds()) byCluster.set(article.cluster, [...(byCluster.get(article.cluster) ?? []), article])
    let count = 0
    for (const [cluster, articles] of [...byCluster].sort((x, y) => x[0] - y[0])) {
      for (let i = 0; i + 1 < articles.length && i < 3 && count < 120; i++, count++) {
        out(`vmds-${cluster}-${i}`, lib.compare(articles[i].text, articles[i + 1].text))
      }
      if (count >= 120) break
    }
  } else process.stderr.write(`VietnameseMDS pairs skipped: no corpora in ${corporaDir}\n`)
}

if (!only || only === 'story') {
  const seedText = fs.readFileSync(path.join(seedsDir, 'thanhnien.txt'), 'utf8')
  const paragraphs = seedText.split(/\n\s*\n/)
  const variants = Array.from({ length: 10 }, (_, k) => {
    const kept = paragraphs.filter((_, p) => p !== 3 + (k % (paragraphs.length - 3))).join('\n\n')
    return { text: k === 1 ? kept.replace('Kỷ niệm 30 năm', 'Kỷ niệm 35 năm') : kept, source: `Outlet ${k + 1}` }
  })
  out('story-variants', lib.compareMany(variants))
  if (missingCorpora(['vmds/articles.jsonl']).length === 0) {
    const byCluster = new Map()
    for (const article of loadVmds()) if (article.cluster <= 30) byCluster.set(article.cluster, [...(byCluster.get(article.cluster) ?? []), article])
    for (const [cluster, articles] of byCluster) {
      if (articles.length >= 2) out(`story-vmds-${cluster}`, lib.compareMany(articles.map((a) => ({ text: a.text, source: a.outlet }))))
    }
  }
}
