import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

/** Every pairing of figures, weak ones too. */
const pairings = (a: string, b: string): string[] => figurePairings(a, b, ['number'])

describe('people counted by different outcomes (the dead, the injured, the missing, the living)', () => {
  it.each([
    ['vi: đã mất / còn sống', 'Cụ có 11 người con nhưng đến nay thì 6 người đã mất.', 'Cụ sinh được 11 người con nhưng đến nay chỉ 4 người còn sống.'],
    ['vi: chết / bị thương', 'Vụ tai nạn trên quốc lộ 1A khiến 5 người chết.', 'Vụ tai nạn trên quốc lộ 1A khiến 7 người bị thương.'],
    ['vi: tử vong / mất tích', 'Trận lũ ở Quảng Nam làm 12 người tử vong.', 'Trận lũ ở Quảng Nam làm 3 người mất tích.'],
    ['en: died / survived', 'Of the 11 passengers on the plane, 6 people died, officials said.', 'Of the 11 passengers on the plane, 4 people survived, officials said.'],
    ['en: killed / wounded', 'The blast in the market killed 14 people, police said.', 'The blast in the market wounded 30 people, police said.'],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })

  // Traps: one outcome written two ways, before or after the count, is one slot and still conflicts.
  it.each([
    ['vi: tử vong after / before', 'Từ đầu năm, cả nước xảy ra 98 vụ ngộ độc, trong đó 16 người tử vong.', 'Từ đầu năm, cả nước xảy ra 98 vụ ngộ độc, trong đó tử vong 19 người.', ['16 người | 19 người']],
    ['vi: chết / thiệt mạng', 'Vụ tai nạn trên quốc lộ 1A khiến 5 người chết.', 'Vụ tai nạn trên quốc lộ 1A khiến 6 người thiệt mạng.', ['5 người | 6 người']],
    ['en: killed / died', 'The blast in the market killed 14 people, police said.', 'The blast in the market left 16 people dead, police said.', ['14 people | 16 people']],
    ['en: no outcome on one side', 'The blast in the market killed 14 people, police said.', 'The blast in the market hit 16 people, police said.', ['14 people | 16 people']],
  ])('%s: still a conflict', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
