// Guard for changes to compareMany()'s pair step, which must not change a story's report: writes one
// line per story, `id <tab> JSON of the story report`, so two builds can be diffed line by line.
//   node bench/dump-story.mjs > before.tsv   (after `npx tsup`; CORROBORATE_DIST=<dir>/index.js for another build)
//   ... change the code, rebuild ...
//   node bench/dump-story.mjs > after.tsv && cmp before.tsv after.tsv
// The set: every planted story of the story eval (`bench/eval/story.mjs`, recorded as it runs them,
// so the dump follows the eval's stories as they change), then every VietnameseMDS cluster of
// clusters 1–100 (101 and up are held out) with 3 to 5 outlets, whole, in cluster order.
import { loadLibrary, missingCorpora, corporaDir } from './eval/metrics.mjs'
import { evalStory, storyArticles } from './eval/story.mjs'
import { loadVmds } from './eval/vmds.mjs'

const lib = await loadLibrary()
const out = (id, report) => process.stdout.write(`${id}\t${JSON.stringify(report)}\n`)

if (missingCorpora(['vmds/articles.jsonl']).length > 0) {
  process.stderr.write(`dump-story: no corpora in ${corporaDir}\n`)
  process.exit(1)
}

// The eval's stories, each dumped as the eval's own compareMany() call returns it.
let planted = 0
const recording = { ...lib, compareMany: (articles, options) => {
  const story = lib.compareMany(articles, options)
  out(`planted-${++planted}`, story)
  return story
} }
evalStory({ lib: recording, articles: storyArticles() })

const byCluster = new Map()
for (const article of loadVmds()) if (article.cluster <= 100) byCluster.set(article.cluster, [...(byCluster.get(article.cluster) ?? []), article])
for (const [cluster, articles] of [...byCluster].sort((x, y) => x[0] - y[0])) {
  const outlets = new Set(articles.map((a) => a.outlet)).size
  if (outlets >= 3 && outlets <= 5) out(`vmds-${cluster}`, lib.compareMany(articles.map((a) => ({ text: a.text, source: a.outlet }))))
}
process.stderr.write(`dump-story: ${planted} planted stories, ${[...byCluster.values()].filter((a) => { const n = new Set(a.map((x) => x.outlet)).size; return n >= 3 && n <= 5 }).length} VietnameseMDS clusters\n`)
