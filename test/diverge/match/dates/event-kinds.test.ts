/**
 * The kind of event a clause tells as its own subject or verb (event-kinds.ts): an event named
 * after the clause turns to an object or a setting (*reports of shots*, *về vụ lật xe*) is what
 * people acted on, and people acting name no kind.
 */
import { describe, expect, it } from 'vitest'
import { eventKindsOf, oneEventKind } from '../../../../src/diverge/match/dates/event-kinds'
import { anotherMomentAt } from '../../../../src/diverge/match/dates/event-clause'

const words = (clause: string): string[] => clause.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)

describe('eventKindsOf', () => {
  it.each([
    ['vi, a vehicle overturns', 'một xe khách lật trên đèo', ['crash']],
    ['vi, lost control', 'xe ben lưu thông trên cầu Phú Mỹ thì mất lái', ['crash']],
    ['vi, a fire takes place', 'tại xã A xảy ra vụ cháy nhà dân', ['fire']],
    ['vi, a landslide', 'một vụ sạt lở đất xảy ra trên quốc lộ 6', ['landslide']],
    ['vi, only that it happened', 'sự việc xảy ra vào khoảng', ['generic']],
    ['en, a fire breaks out', 'a house fire broke out in Springfield', ['fire']],
    ['en, a quake', 'a magnitude 6 earthquake shook the region', ['quake']],
    ['en, a truck hits a motorbike', 'a truck hit a motorbike on the bridge', ['crash']],
    // traps: people act, the event is what they acted on
    ['vi trap, rescuers reach the scene of the crash', 'lực lượng cứu hộ đã tiếp cận hiện trường vụ lật xe', []],
    ['vi trap, police receive the report', 'cảnh sát nhận được tin báo về vụ lật xe', []],
    ['vi trap, a briefing about the robbery', 'công an tỉnh tổ chức buổi gặp mặt báo chí về vụ cướp ngân hàng', []],
    ['vi trap, the road reopens after the landslide', 'tuyến đường được thông xe trở lại sau vụ sạt lở', []],
    ['vi trap, going to market', 'ông A đi chợ như thường lệ', []],
    ['en trap, reports of shots', 'police received reports of shots fired', []],
    ['en trap, the scene of the crash', 'ambulances reached the scene of the crash', []],
    ['en trap, a call to report', 'someone calls 911 to report a shooting', []],
    ['en trap, a ceremony', 'residents gathered to mark the anniversary of the 2011 tsunami', []],
    ['en trap, a meeting', 'the city council held a meeting on the budget', []],
    ['en trap, nothing', '', []],
    ['vi, the outcome after the event', 'anh Huy đang nối dây điện thì bị điện giật khiến anh tử vong', ['electrocution']],
    ['en, the outcome after the event', 'Huy was electrocuted while wiring a welder and died', ['electrocution']],
    ['vi trap, rescuers arrive before the crash is named', 'lực lượng cứu hộ có mặt khi xe lật', []],
    ['en trap, officers arrive before the shooting is named', 'officers arrived as shots rang out', []],
  ])('%s', (_why, clause, kinds) => {
    expect([...eventKindsOf(words(clause), anotherMomentAt)].sort()).toEqual(kinds)
  })
})

describe('oneEventKind', () => {
  it.each([
    ['one kind', ['crash'], ['crash', 'fire'], true],
    ['something that happened, told of a kind', ['generic'], ['electrocution'], true],
    // traps
    ['a fire and a crash', ['fire'], ['crash'], false],
    ['no kind', [], ['generic'], false],
  ])('%s', (_why, a, b, one) => {
    expect(oneEventKind(new Set(a as string[]), new Set(b as string[]))).toBe(one)
  })
})
