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
    // the outcome written as the counted noun is the figure's own, whatever the clause said before it
    ['en: killed and 2 wounded / people killed', 'One man was killed and 2 wounded in the shooting on Main Street.', 'Police said 3 people were killed in the shooting on Main Street.'],
  ])('%s: not paired', (_name, a, b) => {
    expect(pairings(a, b)).toEqual([])
  })

  // Traps: one outcome written two ways, before or after the count, is one slot and still conflicts.
  it.each([
    ['vi: tử vong after / before', 'Từ đầu năm, cả nước xảy ra 98 vụ ngộ độc, trong đó 16 người tử vong.', 'Từ đầu năm, cả nước xảy ra 98 vụ ngộ độc, trong đó tử vong 19 người.', ['16 người | 19 người']],
    ['vi: chết / thiệt mạng', 'Vụ tai nạn trên quốc lộ 1A khiến 5 người chết.', 'Vụ tai nạn trên quốc lộ 1A khiến 6 người thiệt mạng.', ['5 người | 6 người']],
    ['en: killed / died', 'The blast in the market killed 14 people, police said.', 'The blast in the market left 16 people dead, police said.', ['14 people | 16 people']],
    // review rpeople40 6: "killed and 2 wounded" counts the wounded, not the dead the clause named first
    ['en: killed and 2 wounded / others wounded', 'One man was killed and 2 wounded in the shooting on Main Street on Friday night.', 'One man was killed and three others were wounded in the shooting on Main Street on Friday night.', ['2 wounded | three others']],
    ['en: died and 2 injured / people injured', 'One man died and 2 injured in the shooting on Main Street on Friday night.', 'One man died and 3 people were injured in the shooting on Main Street on Friday night.', ['2 injured | 3 people']],
    ['vi: chết và 2 người bị thương / người khác bị thương', 'Vụ nổ súng ở quán bar khiến 1 người chết và 2 người bị thương.', 'Vụ nổ súng ở quán bar khiến 1 người chết và 3 người khác bị thương.', ['2 người | 3 người']],
    ['en: no outcome on one side', 'The blast in the market killed 14 people, police said.', 'The blast in the market hit 16 people, police said.', ['14 people | 16 people']],
  ])('%s: still a conflict', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
