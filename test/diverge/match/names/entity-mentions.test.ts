/** A mention of an entity found respelt — whole, shorter, longer or glued — is that entity; another person sharing a surname is not. */
import { describe, expect, it } from 'vitest'
import { mentionsEntity } from '../../../../src/diverge/match/names/entity-mentions'

const words = (text: string): string[] => text.toLowerCase().split(' ')

describe('mentionsEntity', () => {
  it.each([
    ['a shorter run of the spelling', 'Moon Geun', ['Moon Geun Young'], true],
    ['a longer run holding the spelling', 'Nam Volgograd', ['Volgograd'], true],
    ['the spelling glued to the next word', 'Moon Geun Youngđã', ['Moon Geun Young'], true],
    ['a shorter Vietnamese run', 'Khắc Ngọc', ['Hoàng Khắc Ngọc'], true],
    ['another person sharing the surname', 'Park Soo Kwan', ['Park Heong joon'], false],
    ['a lone surname never stands for the entity', 'Park', ['Park Heong joon'], false],
    ['a glued word needs the whole spelling before it', 'Moon Geunyoung', ['Moon Geun Young'], false],
    ['an unrelated name', 'Kim Bum', ['Moon Geun Young'], false],
  ])('%s: %s among %j → %s', (_why, name, spellings, expected) => {
    expect(mentionsEntity(words(name), spellings.map(words))).toBe(expected)
  })
})
