import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every pairing of numbers, weak ones too, with its confidence and evidence. */
const pairings = (a: string, b: string) => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates]
    .filter((d) => d.kind === 'number')
    .map((d) => ({ pair: `${d.a!.text} | ${d.b!.text}`, confidence: d.confidence, evidence: d.evidence ?? [] }))
}
const anchorOf = (evidence: readonly string[]) => evidence.find((e) => e.startsWith('both sentences state'))

// After VietnameseMDS cluster 4: a total and its part, the total rounded to a bound on one side.
const FIRES_VI = 'Tổng cộng, 71 vụ cháy rừng đã xảy ra trên khắp bang New South Wales kể từ tuần trước và 29 vụ trong số đó vẫn chưa được kiểm soát.'
const fires_vi = (total: string) =>
  `Khi cháy rừng đã bước vào ngày thứ bảy, có ${total} vụ cháy đã hoành hành trên khắp bang New South Wales (NSW) với 18 đám cháy vẫn nằm ngoài tầm kiểm soát.`
const FIRES_EN = 'In all, 71 bushfires have broken out across New South Wales since last week, and 29 fires are still not under control.'
const fires_en = (total: string) => `As the fires entered their seventh day, ${total} bushfires were burning across New South Wales, with 18 fires still out of control.`

describe('a total one sentence bounds and the other meets anchors the two as one account', () => {
  it.each([
    ['vi: ít nhất 65 / 71', FIRES_VI, fires_vi('ít nhất 65'), '29 vụ | 18 đám', 'both sentences state 71 vụ / 65 vụ'],
    ['vi: hơn 65 / 71', FIRES_VI, fires_vi('hơn 65'), '29 vụ | 18 đám', 'both sentences state 71 vụ / 65 vụ'],
    ['en: at least 65 / 71', FIRES_EN, fires_en('at least 65'), '29 fires | 18 fires', 'both sentences state 71 bushfires / 65 bushfires'],
  ])('%s: the parts are paired with the totals as an anchor', (_name, a, b, pair, anchor) => {
    const found = pairings(a, b).find((p) => p.pair === pair)
    expect(found?.evidence).toContain(anchor)
    expect(found!.confidence).toBeGreaterThanOrEqual(0.5)
  })

  it.each([
    ['vi: a bound the other total does not meet (ít nhất 80 / 71)', FIRES_VI, fires_vi('ít nhất 80'), '29 vụ | 18 đám'],
    ['vi: two bare totals disagree, they anchor nothing (65 / 71)', FIRES_VI, fires_vi('65'), '29 vụ | 18 đám'],
    ['vi: an approximation is no bound (khoảng 65 / 71)', FIRES_VI, fires_vi('khoảng 65'), '29 vụ | 18 đám'],
    ['en: at least 80 / 71', FIRES_EN, fires_en('at least 80'), '29 fires | 18 fires'],
    ['en: 65 / 71', FIRES_EN, fires_en('65'), '29 fires | 18 fires'],
    ['en: about 65 / 71', FIRES_EN, fires_en('about 65'), '29 fires | 18 fires'],
  ])('%s: no anchor', (_name, a, b, pair) => {
    const found = pairings(a, b).find((p) => p.pair === pair)
    expect(found && anchorOf(found.evidence)).toBeUndefined()
  })

  it.each([
    ['vi', FIRES_VI, fires_vi('ít nhất 65')],
    ['en', FIRES_EN, fires_en('at least 65')],
  ])('%s: the totals compared are no anchor of their own pairing', (_name, a, b) => {
    for (const p of pairings(a, b)) {
      if (/71/.test(p.pair)) expect(anchorOf(p.evidence)).toBeUndefined()
    }
  })
})
