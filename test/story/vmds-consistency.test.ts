/**
 * Pairwise consistency on real stories: every VietnameseMDS cluster of 3–5
 * outlets among clusters 1–100 (97 clusters; clusters 101 and up are held out).
 * Its own file, so the ~300 compare() calls run beside the other test files.
 */
import { describe, expect, it } from 'vitest'
import { compareMany } from '../../src'
import { inconsistencies } from './consistency'
import { vmdsClusters } from './seed-story'

const clusters = vmdsClusters()

describe('pairwise consistency on VietnameseMDS clusters of 3–5 outlets', () => {
  it('has every such cluster of clusters 1–100', () => {
    expect(clusters.size).toBe(97)
    for (const articles of clusters.values()) {
      expect(articles.length).toBeGreaterThanOrEqual(3)
      expect(articles.length).toBeLessThanOrEqual(5)
    }
  })

  it.each([...clusters.entries()])('holds on cluster %i', (_cluster, articles) => {
    const story = compareMany(articles)
    expect(story.outlets).toHaveLength(articles.length)
    expect(inconsistencies(story, articles)).toEqual([])
  })
})
