/**
 * The hand-judged gold of real disagreements (test/fixtures/real-divergences, copied from
 * the shared corpora (corpora/real-divergences) and extended; protocol in docs/eval.md) is only worth
 * its metrics if every item points exactly at the values it judges. This runs the same
 * validation as `node bench/eval/check-gold.mjs` on the fixtures.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers'

interface VietnameseEntry {
  cluster: number
  a: string
  b: string
  aText: string
  bText: string
  aStart: number
  aEnd: number
  bStart: number
  bEnd: number
  verdict: string
  aSentence: string
  aSentenceStart?: number
}
interface EnglishEntry {
  id1: string
  verdict: string
}
interface Gold {
  vi: { items: VietnameseEntry[]; judged: VietnameseEntry[] }
  en: { items: EnglishEntry[]; judged: EnglishEntry[] }
  articles: { id: string; cluster: number; text: string }[]
}
interface Checker {
  checkRealGold: (gold?: Gold) => string[]
  HELD_OUT_FROM_CLUSTER: number
}
interface Harness {
  loadRealGold: () => Gold
}

const load = async <T>(path: string): Promise<T> => import(pathToFileURL(resolve(ROOT, path)).href) as Promise<T>
const checker = () => load<Checker>('bench/eval/check-gold.mjs')
const gold = async () => (await load<Harness>('bench/eval/real.mjs')).loadRealGold()
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T
const first = <T>(xs: T[]): T => {
  const x = xs[0]
  if (x === undefined) throw new Error('the gold is empty')
  return x
}

describe('real-disagreement gold', () => {
  it('validates: offsets, substrings, fields, counts, clusters 1–100 only', async () => {
    const { checkRealGold } = await checker()
    expect(checkRealGold()).toEqual([])
  })

  it.each([
    ['vi', 80, 80],
    ['en', 80, 80],
  ] as const)('%s holds at least %i real disagreements and %i traps', async (lang, divergences, traps) => {
    const items = (await gold())[lang].items as { verdict: string }[]
    expect(items.filter((i) => i.verdict === 'divergence').length).toBeGreaterThanOrEqual(divergences)
    expect(items.filter((i) => i.verdict !== 'divergence').length).toBeGreaterThanOrEqual(traps)
  })

  // The checker must catch the mistakes that would silently skew the metrics.
  it.each([
    ['an offset one character off', (g: Gold) => { first(g.vi.items).aStart += 1 }, 'aText is not text.slice'],
    ['a sentence that drifted from the article', (g: Gold) => { first(g.vi.items).aSentence += ' x' }, 'aSentence is not the text'],
    ['a held-out cluster', (g: Gold) => { first(g.vi.items).cluster = 150 }, 'held out'],
    ['an unknown verdict', (g: Gold) => { first(g.en.items).verdict = 'maybe' }, 'verdict must be'],
    ['a judged flag with an item verdict', (g: Gold) => { first(g.vi.judged).verdict = 'divergence' }, 'verdict must be correct|wrong'],
    ['an item listed twice', (g: Gold) => { g.vi.items.push(first(g.vi.items)) }, 'duplicate'],
  ])('reports %s', async (_what, spoil, expected) => {
    const { checkRealGold } = await checker()
    const spoilt = clone(await gold())
    spoil(spoilt)
    expect(checkRealGold(spoilt).join('\n')).toContain(expected)
  })
})
