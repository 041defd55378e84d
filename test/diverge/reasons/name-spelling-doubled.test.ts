import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { judgeSpelling } from '../../../src/diverge/reasons/name-spelling'

// Two neighbours swapped in a word with a doubled letter both spellings keep (Google / Goolge, vnPara
// line 2085): the doubled letter is two letters of the word, so the slip is weighed as in a six-letter
// word, not in the five letters left once the doubling is collapsed.
describe('judgeSpelling: neighbours swapped beside a doubled letter', () => {
  it.each([
    ['Google', 'Goolge', 0.85],
    ['Tottenham', 'Tottneham', 0.85],
    ['Mussolini', 'Musoslini', 0.85],
    // traps: a changed letter (two names), a doubling one side only, a word too short
    ['Hull', 'Hall', 0.6],
    ['Bell', 'Bill', 0.6],
    ['Kellie', 'Kelsie', 0.75],
    ['Moore', 'Mooer', 0.75],
  ])('%s / %s → %s', (a, b, score) => {
    const judgement = judgeSpelling(a, b)
    expect(judgement.kind).toBe('respelling')
    expect(judgement.kind === 'respelling' && judgement.score).toBe(score)
  })
})

const nameFlags = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'name')
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

describe('compare: a company respelt with neighbours swapped', () => {
  it.each([
    // vnPara 2085: B writes Google once right, once Goolge
    [
      'Tòa nhà mới nhất của Google được thiết kế theo chủ đề hàng hải .',
      'Larry và Sergey ( hai nhà đồng sáng lập Google ) nói chuyện về một nhân viên trả lời thông tin trên Orkut ( mạng giao lưu ảo của Goolge ) .',
      ['Google | Goolge'],
    ],
    ['Tòa nhà mới nhất của Google được thiết kế theo chủ đề hàng hải.', 'Anh trả lời thông tin trên Orkut ( mạng giao lưu ảo của Goolge ) .', ['Google | Goolge']],
    ['The newest building of Google has a nautical theme.', 'Larry and Sergey founded Google in a garage. Orkut is the social network of Goolge.', ['Google | Goolge']],
    ['Fans of Tottenham cheered the win on Sunday.', 'Fans of Tottneham cheered the win on Sunday.', ['Tottenham | Tottneham']],
    // traps: another name, not a slip of the pen
    ['Ông Hull phát biểu tại hội nghị ở Hà Nội.', 'Ông Hall phát biểu tại hội nghị ở Hà Nội.', []],
    ['Mr. Bell spoke to reporters on Monday.', 'Mr. Bill spoke to reporters on Monday.', []],
  ])('%s / %s', (a, b, expected) => {
    expect(nameFlags(a, b)).toEqual(expected)
  })
})
