import { describe, expect, it } from 'vitest'
import { judgeSpelling } from '../../../src/diverge/reasons/name-spelling'

/**
 * One person's given name spelt two ways before one family name (Blane Wade / Blain Wade): a
 * respelling when the caller knows the name is a person's; traps are other people of one family.
 */
describe('a given name one or two letters apart before one family name', () => {
  it.each([
    // traps first
    ['en trap: another given name, another initial', 'Ryan Wade', 'Brian Wade', true, 'different'],
    ['en trap: family name differs (Kim Jong-un / Kim Jong-il)', 'Kim Jong-un', 'Kim Jong-il', true, 'different'],
    ['en trap: same family, other given (Park Soo Kwan / Park Heong-joon)', 'Park Soo Kwan', 'Park Heong-joon', true, 'different'],
    ['en trap: short given names two letters apart (Erin / Evan)', 'Erin Wade', 'Evan Wade', true, 'different'],
    ['en trap: a name with letters added (Frank / Frankie)', 'Frank Wade', 'Frankie Wade', true, 'different'],
    ['en trap: not known to be a person', 'Blane Wade', 'Blain Wade', false, 'different'],
    ['en trap: a lone given name, no family name', 'Blane', 'Blain', true, 'different'],
    ['vi trap: Vietnamese syllables differ (Văn Thành / Văn Minh)', 'Nguyễn Thanh Hùng', 'Nguyễn Thành Hưng', true, 'different'],
    ['en: Blane Wade / Blain Wade', 'Blane Wade', 'Blain Wade', true, 'respelling'],
    ['en: with the title and the force', 'Chief Blane Wade', 'Bristol Police Chief Blain Wade', true, 'respelling'],
    ['en: Steven / Stephen', 'Steven Adams', 'Stephen Adams', true, 'respelling'],
    ['vi: a foreign name in a Vietnamese report', 'ông Blane Wade', 'ông Blain Wade', true, 'respelling'],
  ])('%s', (_label, a, b, person, kind) => {
    expect(judgeSpelling(a, b, { person }).kind).toBe(kind)
  })
})
