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

const STORM_A = `Storm kills 35 in coastal province

A tropical storm killed 35 people in the coastal province on Tuesday, officials said. Governor Sergei Mikhailov said 1,200 homes were destroyed. Rescue teams reached the worst-hit villages on Wednesday morning. The storm weakened as it moved inland.`
const STORM_B = `Storm kills 38 in coastal province

A tropical storm killed 38 people in the coastal province on Tuesday, officials said. Governor Sergai Mikhailov said 1,200 homes were destroyed. Rescue teams reached the worst-hit villages on Wednesday morning. About 4,000 people were moved to shelters.`

/** Four outlets: A, B, a copy of B, a copy of A (each pair of copies compared once, the last pair B-copy/A-copy the other way round). */
function withCopies(a: string, b: string): Article[] {
  return [a, b, b, a].map((text, k) => ({ text, source: `Outlet ${k + 1}` }))
}

describe('compareMany on outlets that run another outlet’s report unchanged', () => {
  it.each([
    ['Vietnamese (the seed pair)', withCopies(SEED_STORY[0]!.text, SEED_STORY[1]!.text)],
    ['English (a number and a name changed)', withCopies(STORM_A, STORM_B)],
  ])('%s: every pair shows what compare() reports for it, each copy in its own column', (_case, articles) => {
    const story = compareMany(articles)
    expect(inconsistencies(story, articles)).toEqual([])
    expect(uniqueShown(story)).toEqual(uniqueByPairs(articles))
    expect(story.documents.map((d) => d.source)).toEqual(articles.map((a) => a.source))
    // A copy states what its original states, in the same places, in every fact and name row.
    for (const row of [...story.facts, ...story.names]) {
      expect(row.cells[3]).toEqual(row.cells[0])
      expect(row.cells[2]).toEqual(row.cells[1])
    }
    expect(story.facts.length + story.names.length).toBeGreaterThan(0)
  })
})
