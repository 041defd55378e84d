/**
 * A weak number conflict of two sentences that already disagree confidently on another figure is
 * a conflict (issue 11, "divergences on real reports": PeopleSoft's 5.5 / 6.3 percent beside its
 * 94 cents / $1.09). English sentences from MSRP train pairs of the real gold, Vietnamese written
 * alike; traps: compatible values, conflicts doubted as two moments, weak conflicts with no
 * confident neighbour.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { CORROBORATION, type Conflict, corroborated } from '../../../../src/diverge/match/pairing/corroboration'
import type { Fact } from '../../../../src/diverge/extract/fact'

const conflicts = (a: string, b: string) => {
  const r = compare({ text: a }, { text: b })
  const pairs = (list: typeof r.divergences) => list.filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])
  return { flagged: pairs(r.divergences), candidates: pairs(r.candidates), missing: r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text) }
}

describe('a weak conflict beside a confident one of the same two sentences is flagged', () => {
  it.each([
    ['en: a move in percent beside the move in dollars', 'PeopleSoft gained 94 cents, or 5.5 percent, to $18.09.', "PeopleSoft gained $1.09, or 6.3 percent, to $18.24 and was Nasdaq's most active issue.", ['5.5 percent', '6.3 percent']],
    ['en: a level beside the move that reached it', 'The Dow Jones industrial average closed down 18.06, or 0.2 per cent, at 9266.51.', 'The blue-chip Dow Jones industrial average <.DJI> slipped 44.32 points, or 0.48 percent, to 9,240.25.', ['9266.51', '9,240.25']],
    ['en: a fall in percent beside the price', 'Freddie Mac shares were down more than 16 per cent at $50.18 at midday yesterday.', 'Freddie Mac shares were off $7.87, or 13.2 percent, at $52 in midday trading on the New York Stock Exchange.', ['16 per cent', '13.2 percent']],
    ['vi: mức tăng theo phần trăm bên mức tăng theo đồng', 'Phiên hôm qua, cổ phiếu FPT tăng 940 đồng, tương đương 5,5%, lên 18.090 đồng.', 'FPT là mã sôi động nhất sàn HOSE, tăng 1.090 đồng, hay 6,3%, lên 18.240 đồng.', ['5,5%', '6,3%']],
  ])('%s', (_why, a, b, pair) => {
    const { flagged, missing } = conflicts(a, b)
    expect(flagged).toContainEqual(pair)
    expect(missing).not.toContain(pair[0])
    expect(missing).not.toContain(pair[1])
  })
})

describe('what a confident neighbour does not lift', () => {
  it.each([
    // "about 6 percent" is 6.3 rounded: compatible values stay an equivalence, whatever the dollars say
    ['en: a hedged percentage that meets the other', 'PeopleSoft gained 94 cents, or about 6 percent, to $18.09.', "PeopleSoft gained $1.09, or 6.3 percent, to $18.24 and was Nasdaq's most active issue.", ['6 percent', '6.3 percent']],
    ['vi: phần trăm làm tròn', 'Phiên hôm qua, cổ phiếu FPT tăng 940 đồng, tương đương khoảng 6%, lên 18.090 đồng.', 'FPT là mã sôi động nhất sàn HOSE, tăng 1.090 đồng, hay 6,3%, lên 18.240 đồng.', ['6%', '6,3%']],
    // no figure of the two sentences conflicts confidently: moves of 2 % and 1.1 % in opposite directions stay two moments
    ['en: no confident neighbour', 'Oracle shares fell 27 cents, or 2 percent, to $13.09.', 'Oracle shares also rose on the news, up 15 cents to $13.51 on the Nasdaq.', ['27 cents', '15 cents']],
    ['vi: không có con số nào vênh chắc chắn', 'Chỉ số VN-Index giảm 18,06 điểm, tương đương 0,2%, xuống 926,51 điểm.', 'Chỉ số VN-Index mất 44,32 điểm, hay 0,48%, còn 924,02 điểm.', ['18,06 điểm', '44,32 điểm']],
  ])('%s', (_why, a, b, pair) => {
    expect(conflicts(a, b).flagged).not.toContainEqual(pair)
  })
})

// Conflicts as index.ts records them: the spans' sentences tell which two sentences disagree.
const span = (sentence: number, text: string) => ({ sentence, start: 0, end: text.length, text })
const fact = { type: 'number', start: 0, end: 1, text: '1', value: 1, kind: 'plain', unit: '', before: [], after: [] } as Fact
const conflict = (confidence: number, sentences: [number, number], more: Partial<Conflict<unknown>> & { evidence?: string[] } = {}) => ({
  divergence: { a: span(sentences[0], 'x'), b: span(sentences[1], 'y'), confidence, evidence: more.evidence ?? [] },
  kind: more.kind ?? 'number',
  apart: more.apart ?? false,
  facts: [fact, fact] as const,
})

describe('corroborated', () => {
  it.each([
    ['a weak conflict beside a confident one', [conflict(0.8, [0, 0]), conflict(0.4, [0, 0])], 1],
    ['doubted as two moments', [conflict(0.8, [0, 0]), conflict(0.4, [0, 0], { apart: true })], 0],
    ['a date conflict', [conflict(0.8, [0, 0]), conflict(0.4, [0, 0], { kind: 'date' })], 0],
    ['linked sentences already count the link', [conflict(0.8, [0, 0]), conflict(0.4, [0, 0], { evidence: ['linked sentences'] })], 0],
    ['another pair of sentences', [conflict(0.8, [0, 0]), conflict(0.4, [0, 1])], 0],
    ['no confident conflict', [conflict(0.45, [0, 0]), conflict(0.4, [0, 0])], 0],
    ['a confident date conflict lifts nothing', [conflict(0.8, [0, 0], { kind: 'date' }), conflict(0.4, [0, 0])], 0],
  ])('%s', (_why, list, lifted) => {
    expect(corroborated(list).size).toBe(lifted)
  })

  it('adds what a sentence link adds, with its reason', () => {
    const weak = conflict(0.4, [0, 0])
    const out = corroborated([conflict(0.8, [0, 0]), weak]).get(weak.divergence)!
    expect(out.confidence).toBe(Math.round((0.4 + CORROBORATION) * 100) / 100)
    expect(out.evidence).toContain('another figure of the two sentences conflicts')
  })
})

describe('a lifted confidence does not depend on the threshold asked for', () => {
  const a = 'PeopleSoft gained 94 cents, or 5.5 percent, to $18.09.'
  const b = "PeopleSoft gained $1.09, or 6.3 percent, to $18.24 and was Nasdaq's most active issue."
  const confidenceAt = (minConfidence: number) => {
    const r = compare({ text: a }, { text: b }, { minConfidence })
    return [...r.divergences, ...r.candidates].find((d) => d.a?.text === '5.5 percent')?.confidence
  }
  it.each([0, 0.3, 0.9])('minConfidence %s', (minConfidence) => {
    expect(confidenceAt(minConfidence)).toBe(confidenceAt(0.5))
  })
})
