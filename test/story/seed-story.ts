/** The seed story: the seed pair plus the third report written for the example (examples/seeds/third-outlet.txt). */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Article } from '../../src'
import { ROOT } from '../helpers'

const read = (name: string): string => readFileSync(resolve(ROOT, 'examples/seeds', `${name}.txt`), 'utf8')

export const SEED_STORY: readonly Article[] = [
  { text: read('thanhnien'), source: 'Thanh Niên' },
  { text: read('ngaynay'), source: 'Ngày Nay' },
  { text: read('third-outlet'), source: 'Third outlet' },
]

export interface ClusterArticle {
  readonly cluster: number
  readonly id: string
  readonly outlet: string
  readonly text: string
}

const jsonl = (path: string): ClusterArticle[] =>
  readFileSync(resolve(ROOT, path), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ClusterArticle)

/**
 * Every VietnameseMDS cluster of 3–5 outlets among clusters 1–100, by cluster
 * (test/fixtures/story/vmds-cluster-ids.json). The texts come from the real-divergence
 * fixture where it has them, else from test/fixtures/story/vmds-clusters.jsonl.
 */
export function vmdsClusters(): Map<number, Article[]> {
  const byId = new Map<string, ClusterArticle>()
  for (const path of ['test/fixtures/real-divergences/vi-articles.jsonl', 'test/fixtures/story/vmds-clusters.jsonl']) {
    for (const article of jsonl(path)) byId.set(article.id, article)
  }
  const ids = JSON.parse(readFileSync(resolve(ROOT, 'test/fixtures/story/vmds-cluster-ids.json'), 'utf8')) as Record<string, string[]>
  const clusters = new Map<number, Article[]>()
  for (const [cluster, members] of Object.entries(ids)) {
    clusters.set(
      Number(cluster),
      members.map((id) => {
        const article = byId.get(id)
        if (!article) throw new Error(`VietnameseMDS article ${id} of cluster ${cluster} is in no fixture`)
        return { text: article.text, source: article.outlet || article.id }
      }),
    )
  }
  return clusters
}
