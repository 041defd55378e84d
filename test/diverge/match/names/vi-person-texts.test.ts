import { describe, expect, it } from 'vitest'
import { mayBeOnePerson } from '../../../../src/diverge/match/names/vi-person-texts'
import { viPersonRespelt } from '../../../../src/diverge/reasons/vi-person-respelt'
import { twoSyllablesRespelt } from '../../../../src/diverge/reasons/vi-person-two-changed'

// The text-only gate of the Vietnamese person judge (vi-person-names.ts): a pair of spellings it
// turns away is one the judge would turn away whatever the reports' context.
describe('mayBeOnePerson', () => {
  it.each([
    // one syllable respelt, the middle and given names swapped, two syllables respelt
    ['Trần Hữu Chung', 'Trần Hữu Trung', true],
    ['Trần Chung Thủy', 'Trần Thủy Chung', true],
    ['Trần Hữu Trung', 'Trần Thủy Chung', true],
    ['Tran Huu Chung', 'Tran Huu Trung', true],
    // traps: another family name, another name altogether, English names, two-word names, one spelling
    ['Đoàn Phương Lan', 'Ngô Phương Ly', false],
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Tuấn', false],
    ['John Smith Jones', 'John Smyth Jones', false],
    ['Park Soo Kwan', 'Park Heong-joon', false],
    ['Văn Nam', 'Văn Năm', false],
    ['', '', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(mayBeOnePerson(a, b)).toBe(expected)
    // the same answer as the two rules it stands for, kept or not
    expect(mayBeOnePerson(a, b)).toBe(viPersonRespelt(a, b) !== undefined || twoSyllablesRespelt(a, b))
  })
})
