import { describe, expect, it } from 'vitest'
import { CorroborateError, createDedupIndex, loadDedupIndex, signature } from '../../src'

const WIRE =
  'Bão Wipha đổ bộ vào Thanh Hóa chiều 21/7, làm 3 người chết và 12 người bị thương. Theo Ban chỉ đạo phòng chống thiên tai, hơn 2.000 ngôi nhà bị tốc mái. ' +
  'Ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh, cho biết lực lượng cứu hộ đã sơ tán 15.000 người dân khỏi vùng ven biển trước khi bão vào. ' +
  'Mưa lớn kéo dài khiến nhiều tuyến đường ở huyện Quảng Xương bị ngập sâu, giao thông bị chia cắt. Ngành điện cho biết 40.000 hộ bị mất điện.'
const COPY = 'TTXVN: ' + WIRE.replace('hơn 2.000', 'khoảng 2.000').replace(' Ngành điện cho biết 40.000 hộ bị mất điện.', '')
const OTHER =
  'Giá vàng miếng SJC sáng nay tăng thêm 500.000 đồng mỗi lượng, lên 120 triệu đồng. Các doanh nghiệp kinh doanh vàng cho biết nhu cầu mua vào tăng mạnh. ' +
  'Trên thị trường thế giới, giá vàng giao ngay đứng ở mức 2.400 USD mỗi ounce sau phiên giảm nhẹ.'

const REPORT =
  'Thanh Hóa: bão Wipha làm 3 người chết, 12 người bị thương; 15.000 dân ven biển được sơ tán. Huyện Quảng Xương ngập sâu, 40.000 hộ mất điện, hơn 2.000 nhà tốc mái.'

describe('createDedupIndex', () => {
  it('reports a lightly edited copy as a near-duplicate', () => {
    const index = createDedupIndex({ mode: 'near' })
    index.add({ id: 'wire', text: WIRE })
    const result = index.add({ id: 'copy', text: COPY })
    expect(result).toMatchObject({ id: 'copy', cluster: 'wire', level: 'near', matches: [{ id: 'wire', level: 'near' }] })
    expect(result.matches[0]!.similarity).toBeGreaterThan(0.5)
  })

  it('reports nothing for an unrelated article', () => {
    const index = createDedupIndex()
    index.add({ id: 'wire', text: WIRE })
    expect(index.add({ id: 'gold', text: OTHER })).toEqual({ id: 'gold', cluster: 'gold', level: null, matches: [] })
  })

  it('uses a precomputed signature', () => {
    const index = createDedupIndex({ mode: 'near' })
    index.add({ id: 'wire', text: WIRE, signature: signature(WIRE).minhash })
    expect(index.add({ id: 'copy', text: '', signature: signature(WIRE).minhash }).level).toBe('near')
  })

  it('respects the time window', () => {
    const index = createDedupIndex({ mode: 'near', window: '48h' })
    index.add({ id: 'wire', text: WIRE, published: '2025-07-21T10:00:00+07:00' })
    expect(index.add({ id: 'late', text: COPY, published: '2025-07-25T10:00:00+07:00' }).level).toBe(null)
    expect(index.add({ id: 'soon', text: COPY, published: '2025-07-22T10:00:00+07:00' }).level).toBe('near')
  })

  it('queries without adding', () => {
    const index = createDedupIndex({ mode: 'near' })
    index.add({ id: 'wire', text: WIRE })
    expect(index.query({ text: COPY })).toMatchObject({ id: null, cluster: 'wire', level: 'near' })
    expect(index.size).toBe(1)
  })

  it('lists clusters of two or more', () => {
    const index = createDedupIndex()
    for (const [id, text] of [['wire', WIRE], ['gold', OTHER], ['copy', COPY]]) index.add({ id: id!, text: text! })
    expect(index.clusters()).toEqual([{ id: 'wire', members: ['wire', 'copy'] }])
  })

  it('saves to JSON and loads back with the same answers', () => {
    const index = createDedupIndex({ window: '2d' })
    index.add({ id: 'wire', text: WIRE, title: 'Bão Wipha', published: '2025-07-21T10:00:00Z' })
    index.add({ id: 'gold', text: OTHER })
    const saved = JSON.stringify(index.toJSON())
    const loaded = loadDedupIndex(saved)
    expect(loaded.size).toBe(2)
    expect(loaded.query({ text: COPY })).toEqual(index.query({ text: COPY }))
    expect(loaded.add({ id: 'copy', text: COPY })).toEqual(index.add({ id: 'copy', text: COPY }))
    expect(loaded.clusters()).toEqual(index.clusters())
  })

  it.each([
    ['an unknown mode', { mode: 'fuzzy' }, 'options.mode'],
    ['a threshold above 1', { nearThreshold: 1.5 }, 'options.nearThreshold'],
    ['a bad window', { window: 'two days' }, 'options.window'],
    ['an unknown option', { colour: true }, 'options.colour'],
  ])('rejects %s with E_OPTION', (_name, options, path) => {
    const error = (() => {
      try {
        createDedupIndex(options as never)
      } catch (e) {
        return e as CorroborateError
      }
    })()
    expect(error).toBeInstanceOf(CorroborateError)
    expect(error).toMatchObject({ code: 'E_OPTION', issues: [{ path }] })
  })

  it.each([
    ['no id', { text: 'x' }, 'article.id'],
    ['no text', { id: 'a' }, 'article.text'],
    ['a bad date', { id: 'a', text: 'x', published: 'yesterday' }, 'article.published'],
    ['a short signature', { id: 'a', text: 'x', signature: [1, 2, 3] }, 'article.signature'],
  ])('rejects an article with %s with E_INPUT', (_name, article, path) => {
    expect(() => createDedupIndex().add(article as never)).toThrow(expect.objectContaining({ code: 'E_INPUT', issues: [expect.objectContaining({ path })] }))
  })

  it('rejects a duplicate id', () => {
    const index = createDedupIndex()
    index.add({ id: 'a', text: WIRE })
    expect(() => index.add({ id: 'a', text: OTHER })).toThrow(expect.objectContaining({ code: 'E_INPUT' }))
  })

  it.each([['a lone high surrogate', '\ud800'], ['a lone low surrogate', 'x\udfff'], ['a reversed pair', '\udc00\ud800']])('rejects an id with %s (no UTF-8 form: PostgreSQL would merge such ids)', (_name, id) => {
    expect(() => createDedupIndex().add({ id, text: WIRE })).toThrow(expect.objectContaining({ code: 'E_INPUT', issues: [expect.objectContaining({ path: 'article.id', expected: 'a string of whole Unicode characters (no lone surrogate)' })] }))
    // a proper pair (an emoji) is a whole character
    expect(createDedupIndex().add({ id: 'a😀', text: WIRE }).id).toBe('a😀')
  })

  it('rejects a snapshot that is not one', () => {
    expect(() => loadDedupIndex('{"format":"other"}')).toThrow(expect.objectContaining({ code: 'E_INPUT' }))
  })
  it('verifies same-event matches with compare()\'s lexical overlap', () => {
    // WIRE and REPORT: overlap.lexical ≈ 0.66, overlap.score ≈ 0.15
    const run = (threshold: number) => {
      const index = createDedupIndex({ mode: 'event', verify: { threshold } })
      index.add({ id: 'gold', text: OTHER })
      index.add({ id: 'wire', text: WIRE })
      return index.add({ id: 'report', text: REPORT }).matches.map((m) => m.id)
    }
    expect(run(0.5)).toEqual(['wire'])
    expect(run(0.7)).toEqual([])
  })

  it('consolidates clusters by default when same-event matching is on, streams otherwise', () => {
    const index = createDedupIndex({ mode: 'event' })
    index.add({ id: 'gold', text: OTHER })
    index.add({ id: 'wire', text: WIRE })
    index.add({ id: 'report', text: REPORT })
    expect(index.clusters()).toEqual(index.clusters({ consolidate: true }))
    expect(index.clusters({ consolidate: false })).toEqual([{ id: 'wire', members: ['wire', 'report'] }])
    // the batch answer is recomputed after an add
    index.add({ id: 'copy', text: COPY })
    expect(index.clusters().flatMap((c) => c.members)).toContain('copy')
    const near = createDedupIndex({ mode: 'near' })
    near.add({ id: 'wire', text: WIRE })
    near.add({ id: 'copy', text: COPY })
    expect(near.clusters()).toEqual(near.clusters({ consolidate: false }))
    // asking for the batch answer in near mode gives the same (there is nothing to re-decide)
    expect(near.clusters({ consolidate: true })).toEqual([{ id: 'wire', members: ['wire', 'copy'] }])
  })
})
