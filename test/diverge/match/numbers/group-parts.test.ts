/**
 * A bare count after a count of its group (issue 11, counts34): "Police arrested 12 protesters.
 * Four were later released." The four are a part of the twelve, no rival of the other report's
 * "Twelve people were arrested". Traps: a count the other report gives of the part's own slot still
 * rivals it, the group's two figures still meet, and no noun crosses the sentence.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const vi = (...lines: string[]): string => ['Hàng trăm người tụ tập trước trụ sở chính quyền tỉnh hôm thứ Hai.', ...lines, 'Cuộc biểu tình kết thúc vào buổi tối.'].join(' ')
const en = (...lines: string[]): string => ['Protesters gathered outside the parliament in the capital on Monday.', ...lines, 'The rally ended in the evening.'].join(' ')

const contradictions = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a?.text, d.b?.text])

describe('a part counted out of the group of the sentence before', () => {
  it.each([
    ['en: the group told with the part in one sentence', en('Police arrested 12 protesters.', 'Four were later released.'), en('Twelve people were arrested by police and several were later released.')],
    ['vi: the group told with the part in one sentence', vi('Cảnh sát bắt 12 người biểu tình.', '4 người sau đó được thả.'), vi('Cảnh sát đã bắt giữ 12 người và sau đó thả một số người.')],
  ])('%s: the part is no rival of the group', (_why, a, b) => {
    expect(contradictions(a, b)).toEqual([])
    expect(contradictions(b, a)).toEqual([])
  })

  it.each([
    // the other report gives the part's own slot another value: still a contradiction
    ['en trap: the part against another part', en('Police arrested 12 protesters.', 'Four were later released.'), en('Police arrested 12 protesters.', 'Five were later released.'), ['Four', 'Five']],
    ['vi trap: the part against another part', vi('Cảnh sát bắt 12 người biểu tình.', '4 người sau đó được thả.'), vi('Cảnh sát bắt 12 người biểu tình.', '5 người sau đó được thả.'), ['4 người', '5 người']],
    // the group told apart in its own linked sentence, then all twelve released: the part's rival
    ['vi trap: all of the group released', vi('Cảnh sát bắt 12 người biểu tình.', '4 người sau đó được thả.'), vi('Cảnh sát bắt 12 người biểu tình.', 'Sau đó 12 người được thả.'), ['4 người', '12 người']],
    // the other report restates the group, then gives a figure of the group's value for the part's own slot (review rcounts34 1–3)
    ['vi trap: a toll of the group\'s value beside the group', vi('Tàu chở 40 người di cư bị lật ngoài khơi Lampedusa.', '10 người chết đuối.'), vi('Tàu chở 40 người di cư bị lật ngoài khơi Lampedusa khiến 40 người chết đuối.'), ['10 người', '40 người']],
    ['vi trap: all of the group released, in the group\'s sentence', vi('Cảnh sát bắt 12 người biểu tình.', '4 người sau đó được thả.'), vi('Cảnh sát bắt 12 người biểu tình, sau đó 12 người được thả.'), ['4 người', '12 người']],
    ['en trap: all of the group released, in the group\'s sentence', en('Police arrested 12 protesters.', '4 people were later released.'), en('Police arrested 12 protesters, and 12 people were later released.'), ['4 people', '12 people']],
    // the groups still meet
    ['vi trap: two groups', vi('Cảnh sát bắt 12 người biểu tình.', '4 người sau đó được thả.'), vi('Cảnh sát đã bắt giữ 14 người.'), ['12 người', '14 người']],
  ])('%s', (_why, a, b, pair) => {
    expect(contradictions(a, b)).toEqual([pair])
  })

  // the injured 30 beside the restated group: the pair is weighed (a candidate), the part is not missing
  it.each([
    ['vi trap: all of the group injured, in the group\'s sentence', vi('Một xe khách chở 30 hành khách bị lật trên quốc lộ 1A.', '4 người bị thương.'), vi('Một xe khách chở 30 hành khách bị lật trên quốc lộ 1A, 30 người bị thương.'), ['4 người', '30 người']],
  ])('%s', (_why, a, b, pair) => {
    const report = compare(a, b)
    expect(report.divergences.filter((d) => d.kind === 'missing')).toEqual([])
    expect([...report.divergences, ...report.candidates].filter((d) => d.kind === 'number').map((d) => [d.a?.text, d.b?.text])).toEqual([pair])
  })
})
