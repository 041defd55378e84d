/**
 * A value paired with the other report's value of the same slot, too weakly to be reported as a
 * contradiction, is a candidate, not two `missing` facts (issue 11: "a conflict must be a
 * conflict"); a weak pairing doubted as two moments leaves each value missing. Sentences after
 * real pairs of the shared corpora (MSRP train), and Vietnamese written alike.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const report = (a: string, b: string) => {
  const r = compare({ text: a }, { text: b })
  return {
    missing: r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text),
    candidates: r.candidates.map((d) => [d.a?.text, d.b?.text]),
  }
}

describe('a weak contradiction of one named thing is a candidate, never two missing facts', () => {
  it.each([
    [
      // more than twice apart, so the same counted noun adds nothing (counted-slot.ts): 393 / 668 is now a contradiction
      'en: deaths in sentences worded apart',
      // no accident counts (45 / 47): their confident conflict would corroborate the deaths (corroboration.ts)
      'Since being drafted into service in 1971, it has racked up a record of accidents, with 393 deaths.',
      'It has a chequered safety record, including accidents that resulted in 868 deaths.',
      ['393 deaths', '868 deaths'],
    ],
    [
      'vi: người chết in sentences worded apart',
      'Chiếc máy bay thuộc dòng có 393 người chết trong các sự cố.',
      'Hồ sơ an toàn của dòng máy bay này ghi nhận 668 người tử nạn.',
      ['393 người', '668 người'],
    ],
  ])('%s', (_why, a, b, [x, y]) => {
    const { missing, candidates } = report(a, b)
    expect(missing).not.toContain(x)
    expect(missing).not.toContain(y)
    expect(candidates).toContainEqual([x, y])
  })
})

describe('a weak pairing across two moments leaves each value missing', () => {
  it.each([
    ['en: counts as of two weekdays', 'As of Wednesday, there were 65 probable SARS cases in the Toronto region.', 'As of Monday, there were 66 probable cases in and around Toronto.', ['65 probable', '66 probable']],
    ['vi: counts as of two dates', 'Tính đến ngày 10/5, Toronto có 65 ca nghi nhiễm SARS.', 'Tính đến ngày 12/5, có 66 ca nghi nhiễm ở Toronto và vùng lân cận.', ['65 ca', '66 ca']],
  ])('%s', (_why, a, b, [x, y]) => {
    const { missing } = report(a, b)
    expect(missing).toContain(x)
    expect(missing).toContain(y)
  })
})

describe('a weak pairing of values that name no counted thing leaves each value missing', () => {
  it.each([
    // "49 percent" of cable-modem lines, "45 percent" of all high-speed lines: a percentage says nothing of its base.
    ['en: two percentages', 'For the full 12-month period, high-speed cable modem connections increased by 49 percent.', 'For the full year period ending June 30, 2003, high-speed lines increased by 45 percent.', ['49 percent', '45 percent']],
    ['vi: two percentages', 'Trong cả năm, số thuê bao cáp quang tăng 49%, theo báo cáo.', 'Tính đến cuối tháng 6, số đường truyền tốc độ cao đã tăng 45%.', ['49%', '45%']],
  ])('%s', (_why, a, b, [x, y]) => {
    const { missing } = report(a, b)
    expect(missing).toContain(x)
    expect(missing).toContain(y)
  })
})
