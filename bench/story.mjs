// npm run bench:story: compareMany() on stories of 5, 10, 20 and 40 reports of ~5 KB
// (variants of the Thanh Niên seed: each drops one paragraph, one changes a number),
// against the N(N−1)/2 pairwise compare() calls it makes, measured in the same run.
// Times are CPU milliseconds. This first increment calls compare() per pair, so time per report grows with N.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compare, compareMany } from '../dist/index.js'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const seed = readFileSync(resolve(root, 'examples/seeds/thanhnien.txt'), 'utf8')
const paragraphs = seed.split(/\n\s*\n/)

/** `n` reports: report k leaves out paragraph k (mod the count); report 1 says 35 where the others say 30. */
function story(n) {
  return Array.from({ length: n }, (_, k) => {
    const kept = paragraphs.filter((_, p) => p !== 3 + (k % (paragraphs.length - 3)))
    const text = kept.join('\n\n')
    return { text: k === 1 ? text.replace('Kỷ niệm 30 năm', 'Kỷ niệm 35 năm') : text, source: `Outlet ${k + 1}` }
  })
}

/** CPU time (user + system) of `run`: the machines are shared, so wall time mostly measures the neighbours. */
function time(run) {
  const t0 = process.cpuUsage()
  const value = run()
  const { user, system } = process.cpuUsage(t0)
  return { ms: (user + system) / 1000, value }
}

const sizes = process.argv.includes('--quick') ? [5, 10] : [5, 10, 20, 40]
compareMany(story(3)) // warm up
const results = []
for (const n of sizes) {
  const articles = story(n)
  const many = time(() => compareMany(articles))
  const pairwise = time(() => {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) compare(articles[i], articles[j])
  })
  const outlier = many.value.facts.find((f) => f.outliers.length > 0)
  const row = {
    reports: n,
    bytesPerReport: Math.round(articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / n),
    compareManyMs: Math.round(many.ms),
    msPerReport: Math.round(many.ms / n),
    pairwiseCompareMs: Math.round(pairwise.ms),
    pairs: (n * (n - 1)) / 2,
    plantedOutlierFound: Boolean(outlier && outlier.outliers.length === 1 && outlier.outliers[0] === 1),
  }
  results.push(row)
  process.stderr.write(`bench:story ${JSON.stringify(row)}\n`)
}
mkdirSync(resolve(root, 'bench/results'), { recursive: true })
writeFileSync(resolve(root, 'bench/results/story.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n')
console.table(results)
