import { describe, expect, it } from 'vitest'
import { ofInversion } from '../../../src/diverge/reasons/of-inversion'

describe('ofInversion: "head of modifier" and "modifier head" name one body', () => {
  it.each([
    ['Department of Defense', 'Defense Department', true],
    ['Defense Department', 'Department of Defense', true],
    ["the Department of Defense's", "Defense Department's", true], // article and possessive are no words of the name
    ['Ministry of Foreign Affairs', 'Foreign Affairs Ministry', true],
    ['Ministry of Finance', 'Finance Ministry', true],
    ['Office of Management and Budget', 'Management and Budget Office', true],
    ['Department of Homeland Security', 'Homeland Security Department', true],
    // traps
    ['University of Washington', 'Washington University', false], // two schools
    ['College of William and Mary', 'William and Mary College', false],
    ['Department of Defense', 'Defense Ministry', false], // another head: a different body or title
    ['Department of Defense', 'Department of Defense', false], // the same order: nothing to judge here
    ['Bank of America', 'America', false], // a word dropped, not reordered
    ['Department of Energy', 'Defense Department', false],
    ['Secretary of State of Texas', 'Texas State Secretary', false], // two ofs: not one head and one modifier
    ['Bộ Quốc phòng', 'Quốc phòng Bộ', false], // Vietnamese names have no "of": never inverted
    ['Đại học Quốc gia', 'Quốc gia Đại học', false],
  ])('%s / %s: %s', (a, b, yes) => {
    expect(ofInversion(a, b)).toBe(yes)
  })
})
