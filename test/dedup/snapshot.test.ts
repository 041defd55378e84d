import { describe, expect, it } from 'vitest'
import { type DedupOptions, createDedupIndex, loadDedupIndex } from '../../src'
import { PERMUTATIONS } from '../../src/dedup'
import { corpusArticles } from '../helpers'

// one all-zero signature in base64, as a snapshot stores it
const SIGNATURE = Buffer.alloc(PERMUTATIONS * 4).toString('base64')

// 60 articles of the corpus and 20 lightly edited copies: near-duplicates and same-event matches to restore
const pages = corpusArticles().slice(0, 60)
const articles = pages.map((p, i) => ({ id: `a${i}`, text: p.sentences.join(' '), title: p.url, published: `2024-05-0${(i % 9) + 1}T08:00:00Z` }))
const copies = articles.slice(0, 20).map((a) => ({ ...a, id: `${a.id}-copy`, text: `Theo TTXVN: ${a.text}` }))

function built(options: DedupOptions) {
  const index = createDedupIndex(options)
  for (const a of articles.slice(0, 40)) index.add(a)
  return index
}

describe('snapshotLines / loadDedupIndex (version 2)', () => {
  it.each([
    ['near', { mode: 'near' }],
    ['event', { mode: 'event' }],
    ['both', { mode: 'both', window: '3d' }],
    ['both with verify (texts kept)', { mode: 'both', verify: true }],
  ] as const)('restores a %s index that decides exactly as the original', (_name, options) => {
    const index = built(options)
    const lines = [...index.snapshotLines()]
    expect(lines[0]).toMatch(/^\{"format":"corroborate-dedup-index","version":2,/)
    for (const loaded of [loadDedupIndex(lines), loadDedupIndex(lines.join(''))]) {
      expect(loaded.size).toBe(40)
      expect(loaded.options).toEqual(index.options)
      expect(loaded.clusters()).toEqual(index.clusters())
    }
    const loaded = loadDedupIndex(lines)
    for (const a of [...copies, ...articles.slice(40)]) expect(loaded.add(a)).toEqual(index.add(a))
  })

  it('writes no line longer than one article record: no giant string, whatever the index size', () => {
    const lines = [...built({ mode: 'both' }).snapshotLines()]
    const longestText = Math.max(...articles.map((a) => a.text.length))
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(longestText + 100_000)
  })

  it('still loads version 1 (toJSON())', () => {
    const index = built({ mode: 'both' })
    const loaded = loadDedupIndex(JSON.stringify(index.toJSON()))
    expect(loaded.clusters()).toEqual(index.clusters())
    expect(loaded.add(copies[0]!)).toEqual(index.add(copies[0]!))
  })
})

const v1 = (extra: Record<string, unknown>) => JSON.stringify({ format: 'corroborate-dedup-index', version: 1, options: createDedupIndex({ mode: 'near' }).options, ids: [], published: [], clusters: [], signatures: '', event: null, texts: null, ...extra })
const header = (extra: Record<string, unknown>) => JSON.stringify({ format: 'corroborate-dedup-index', version: 2, options: createDedupIndex({ mode: 'near' }).options, articles: 1, near: true, event: null, texts: false, ...extra })
const record = (extra: Record<string, unknown>) => JSON.stringify({ id: 'a', published: null, root: 0, signature: SIGNATURE, ...extra })

describe('loadDedupIndex on hostile or broken snapshots', () => {
  it.each([
    ['signatures that claim a length of 1e9', v1({ signatures: { length: 1e9 } }), 'json.signatures'],
    ['ids that claim a length of 1e9', v1({ ids: { length: 1e9 } }), 'json.ids'],
    ['an event document whose ids claim a length of 1e9', v1({ options: createDedupIndex({ mode: 'event' }).options, ids: ['a'], published: [null], clusters: [0], event: { articles: 1, df: [], docs: [{ ids: { length: 1e9 }, counts: [], neighbours: [] }] } }), 'json.event.docs: event'],
    ['signatures shorter than the ids need', v1({ ids: ['a'], published: [null], clusters: [0], signatures: 'AAAA' }), 'json.signatures'],
    ['a cluster root out of range', v1({ ids: ['a'], published: [null], clusters: [5], signatures: SIGNATURE }), 'json.clusters'],
    ['no options', v1({ options: undefined }), 'snapshot.options'],
    ['no ids', v1({ ids: undefined }), 'json.ids'],
    ['a header that claims 1e9 articles and has one', `${header({ articles: 1e9 })}\n${record({})}\n`, 'snapshot'],
    ['a record without a signature', `${header({})}\n${record({ signature: undefined })}\n`, 'snapshot line 2: signature'],
    ['a signature of the wrong length', `${header({})}\n${record({ signature: 'AAAA' })}\n`, 'snapshot line 2: signature'],
    ['a record that is not JSON', `${header({})}\n{"id": "a", \n`, 'snapshot line 2'],
    ['a truncated file (header only)', `${header({})}\n`, 'snapshot'],
    ['a root out of range', `${header({})}\n${record({ root: 3 })}\n`, 'snapshot: root'],
    ['a repeated id', `${header({ articles: 2 })}\n${record({})}\n${record({})}\n`, 'snapshot.ids'],
  ])('rejects %s with E_INPUT at once', (_name, snapshot, path) => {
    // no allocation sized by the snapshot's claims: one of 1e9 entries ran for 99 s, past any test's time limit
    let error: unknown
    try {
      loadDedupIndex(snapshot)
    } catch (caught) {
      error = caught
    }
    expect(error).toMatchObject({ name: 'CorroborateError', code: 'E_INPUT' })
    expect((error as { issues: Array<{ path: string }> }).issues[0]!.path).toBe(path)
  })
})
