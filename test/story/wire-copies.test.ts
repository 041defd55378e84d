/**
 * Reports that write the same sentences word for word (wire copy): compareMany() reads each
 * distinct sentence once for the whole story, and what it shows between two outlets must still
 * be what compare() reports for that pair, the facts only one outlet gives included.
 */
import { describe, expect, it } from 'vitest'
import { compare, compareMany } from '../../src'
import type { Article, Story } from '../../src'
import { inconsistencies } from './consistency'
import { SEED_STORY } from './seed-story'

const seed = SEED_STORY[0]!.text
const paragraphs = seed.split(/\n\s*\n/)

/** `n` copies of the seed, copy k without paragraph `drop(k)`, with `edit` applied to copy 1. */
function copies(n: number, drop: (k: number) => number, edit: (text: string) => string): Article[] {
  return Array.from({ length: n }, (_, k) => {
    const text = paragraphs.filter((_, p) => p !== drop(k)).join('\n\n')
    return { text: k === 1 ? edit(text) : text, source: `Outlet ${k + 1}` }
  })
}

/** The facts one outlet states that compare() reports missing from every other outlet. */
function uniqueByPairs(articles: readonly Article[]): string[] {
  const missingFrom = new Map<string, number>()
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const seen = new Set<string>()
      for (const d of compare(articles[i]!, articles[j]!).divergences) {
        if (d.kind !== 'missing' || !d.factType) continue
        const [outlet, span] = d.a ? [i, d.a] : [j, d.b!]
        const key = `${outlet}:${span.start}:${span.end}`
        if (seen.has(key)) continue
        seen.add(key)
        missingFrom.set(key, (missingFrom.get(key) ?? 0) + 1)
      }
    }
  }
  return [...missingFrom].filter(([, count]) => count === articles.length - 1).map(([key]) => key).sort()
}

const uniqueShown = (story: Story): string[] => story.unique.facts.map((f) => `${f.outlet}:${f.start}:${f.end}`).sort()

describe('compareMany on wire copies, which share sentences word for word', () => {
  it.each([
    ['a number changed in one copy', 4, (k: number) => 3 + k, (t: string) => t.replace('Kỷ niệm 30 năm', 'Kỷ niệm 35 năm')],
    ['the same paragraph dropped by two copies', 4, (k: number) => 3 + (k % 2), (t: string) => t],
    ['a name respelt in one copy', 3, (k: number) => 4 + k, (t: string) => t.replaceAll('Park Heong-joon', 'Park Hyeong-jun')],
  ])('%s: contradictions, name variants and facts one outlet alone gives are those of compare()', (_case, n, drop, edit) => {
    const articles = copies(n, drop, edit)
    const story = compareMany(articles)
    expect(inconsistencies(story, articles)).toEqual([])
    expect(uniqueShown(story)).toEqual(uniqueByPairs(articles))
  })

  it('shows the number changed in one copy with that copy as its outlier', () => {
    const articles = copies(4, (k) => 3 + k, (t) => t.replace('Kỷ niệm 30 năm', 'Kỷ niệm 35 năm'))
    const fact = compareMany(articles).facts.find((f) => f.outliers.length > 0)
    expect(fact?.outliers).toEqual([1])
  })
})
