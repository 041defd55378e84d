import { describe, expect, it } from 'vitest'
import { EventIndex } from '../../src/dedup/event'
import { eventFeatures } from '../../src/dedup/event-features'
import { HUB_K, eventCosine, eventVector, hubScore } from '../../src/dedup/event-score'
import { murmur3Utf8 } from '../../src/dedup/hash'

const has = (text: string, feature: string, title?: string) => {
  const f = eventFeatures(text, title)
  const i = Array.from(f.ids).indexOf(murmur3Utf8(feature))
  return i === -1 ? 0 : f.counts[i]!
}

describe('eventFeatures', () => {
  it.each([
    ['a word', 'Bão số 3 đổ bộ.', 'w:đổ', 1],
    ['a number', 'Bão số 3 đổ bộ.', 'w:3', 1],
    ['a word pair', 'Bão số 3 đổ bộ.', 'b:đổ bộ', 1],
    ['a name, counted double', 'Hôm nay ông Park Hyeong Jun phát biểu.', 'e:park hyeong jun', 2],
    ['no pair across a sentence break', 'Trời mưa. Gió to.', 'b:mưa gió', 0],
  ])('extracts %s', (_name, text, feature, count) => {
    expect(has(text, feature)).toBe(count)
  })

  it('counts the title twice', () => {
    expect(has('Bão đổ bộ.', 'w:bão', 'Bão')).toBe(3)
  })
})

describe('EventIndex', () => {
  const options = { maxTerms: 200, lookupTerms: 40, maxCandidates: 30, maxDocFrequency: 0.5, dfLimit: 1000 }
  const texts = [
    'Bão Wipha đổ bộ Thanh Hóa, 3 người chết, 12 người bị thương.',
    'Thời sự: bão Wipha làm 3 người chết ở Thanh Hóa và 12 người bị thương.',
    'Giá vàng SJC tăng mạnh lên 120 triệu đồng mỗi lượng.',
  ]
  const build = () => {
    const index = new EventIndex(options)
    for (const text of texts) {
      const f = eventFeatures(text)
      const { vector, candidates } = index.candidates(f, 1, () => true)
      index.add(f, vector, candidates)
    }
    return index
  }

  it('finds the report of the same event first', () => {
    const index = build()
    const { candidates } = index.candidates(eventFeatures('Bão Wipha: Thanh Hóa có 3 người chết.'), 1, () => true)
    expect(candidates[0]!.doc).toBeLessThan(2)
  })

  it('scores two reports of one event above unrelated ones', () => {
    const index = build()
    expect(index.pairCosine(0, 1)).toBeGreaterThan(index.pairCosine(0, 2))
  })

  it('round-trips through its state', () => {
    const index = build()
    const copy = EventIndex.fromState(JSON.parse(JSON.stringify(index.toState())), options)
    expect(copy.pairCosine(0, 1)).toBeCloseTo(index.pairCosine(0, 1), 6)
  })
  it.each([
    ['small whole counts (kept as bytes)', 'Lũ quét ở Lào Cai, 5 người mất tích.'],
    ['a count above 255', `Lào Cai ${'mưa '.repeat(300)}lũ quét, 5 người mất tích.`],
    ['a count in the hundreds from the title', 'Lào Cai mưa lũ.', 'mưa '.repeat(200)],
  ])('scores stored articles with %s as eventCosine() does, bit for bit', (_name, text, title?: string) => {
    const index = build()
    const f = eventFeatures(text, title)
    const { vector, candidates } = index.candidates(f, 1, () => true)
    index.add(f, vector, candidates)
    const state = index.toState()
    const df = new Map(state.df)
    const stats = { articles: state.articles, df: (id: number) => df.get(id) ?? 0 }
    for (const [a, b] of [[3, 0], [0, 3], [3, 1]] as const) {
      const query = eventVector(index.storedFeatures(a), stats, 0, options.maxTerms)
      expect(index.pairCosine(a, b)).toBe(eventCosine(query, index.storedFeatures(b), stats, 0))
    }
    // its counts survive as they were, whichever way they are kept
    expect(state.docs[3]!.counts).toEqual(Array.from(vector.counts))
  })

  it('keeps the rare features an article repeats over its one-offs (selection df floor)', () => {
    const index = new EventIndex({ ...options, maxTerms: 1 })
    const fillers = ['giá vàng tăng', 'mưa lớn kéo dài', 'đường ngập sâu', 'điện bị cắt', 'học sinh nghỉ học']
    for (const text of ['wipha', ...fillers, 'wipha wipha lũ']) {
      const f = eventFeatures(text)
      const { vector, candidates } = index.candidates(f, 1, () => true)
      index.add(f, vector, candidates)
    }
    // unfloored idf would keep a one-off (w:lũ, b:wipha lũ …: df 1); the floor keeps the shared, repeated word
    expect(Array.from(index.storedFeatures(6).ids)).toEqual([murmur3Utf8('w:wipha')])
  })
})

describe('hubScore', () => {
  it('is 0 when two articles are as alike as their usual neighbours', () => {
    expect(hubScore(0.3, 0.2, 0.4)).toBeCloseTo(0, 12)
  })

  it('does not depend on the cosine scale (a ratio, not a difference)', () => {
    expect(hubScore(0.1, 0.08, 0.12)).toBeCloseTo(hubScore(0.4, 0.32, 0.48), 12)
  })

  it('asks more of a generic article (one close to everything)', () => {
    expect(hubScore(0.3, 0.2, 0.5)).toBeLessThan(hubScore(0.3, 0.2, 0.25))
  })

  it('is bounded when neither article has neighbours yet', () => {
    expect(hubScore(0.5, 0, 0)).toBe(HUB_K - 1)
    expect(hubScore(0, 0, 0)).toBe(-1)
  })
})
