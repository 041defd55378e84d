// The pairs of bench:batch: both directions of every pair of VietnameseMDS reports within a
// cluster, in cluster order, the first `count` of them. Shared by bench/batch.mjs (through the
// CLI) and bench/batch/ceiling.mjs (in plain threads), so both measure the same work.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { corporaDir } from '../eval/metrics.mjs'

export function vmdsArticles() {
  return readFileSync(join(corporaDir, 'vmds/articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
}

/** `{aId, bId}` pairs, or null when the corpus gives fewer than `count`. */
export function vmdsPairs(articles, count) {
  const byCluster = new Map()
  for (const article of articles) byCluster.set(article.cluster, [...(byCluster.get(article.cluster) ?? []), article])
  const pairs = []
  for (const members of byCluster.values()) {
    for (let i = 0; i < members.length; i++) for (let j = 0; j < members.length; j++) if (i !== j) pairs.push({ aId: members[i].id, bId: members[j].id })
  }
  return pairs.length < count ? null : pairs.slice(0, count)
}
