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

/** The VietnameseMDS clusters of test/fixtures/story/vmds-clusters.jsonl, by cluster. */
export function vmdsClusters(): Map<number, Article[]> {
  const clusters = new Map<number, Article[]>()
  for (const line of readFileSync(resolve(ROOT, 'test/fixtures/story/vmds-clusters.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const row = JSON.parse(line) as ClusterArticle
    const list = clusters.get(row.cluster) ?? []
    list.push({ text: row.text, source: row.outlet || row.id })
    clusters.set(row.cluster, list)
  }
  return clusters
}
