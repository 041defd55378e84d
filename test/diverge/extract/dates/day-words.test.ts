import { describe, expect, it } from 'vitest'
import { foldWord } from '../../../../src/normalize/fold'
import {
  ANYWHERE_END_HEADS,
  CALENDAR_WORDS,
  DAY_PHRASES,
  END_HEADS,
  END_OPENERS,
  END_PART_WORDS,
  EN_WEEKDAYS,
  NOW_ENDS,
  NOW_HEADS,
  PERIOD_PARTS,
  VAGUE_END_WORDS,
  VI_WEEKDAY_NUMBERS,
  unmarked,
  weekdayOfWord,
} from '../../../../src/diverge/extract/dates/day-words'

const has = (list: ReadonlyArray<readonly string[]>, p: string): boolean => list.some((q) => q.join(' ') === p.split(' ').map(foldWord).join(' '))

describe('day-words: one table per language for days and ends', () => {
  it.each([
    ['yesterday', true], ['last night', true], ['thursday', true], ['sunday', true], ['hôm qua', true], ['thứ bảy', true], ['chủ nhật', true],
    // traps: a month, a bare part of a day, an ordinal's word alone
    ['june', false], ['night', false], ['thứ', false],
  ])('DAY_PHRASES holds %s: %s', (p, hit) => expect(has(DAY_PHRASES, p)).toBe(hit))

  it.each([
    ['by', END_HEADS, true], ['as of', END_HEADS, true], ['cho tới', END_HEADS, true], ['by', ANYWHERE_END_HEADS, false], ['tính đến', ANYWHERE_END_HEADS, true],
    ['so far', NOW_HEADS, true], ['đến nay', NOW_HEADS, true], ['so far', END_HEADS, false], ['thời điểm này', NOW_ENDS, true], ['the present', NOW_ENDS, true], ['june', NOW_ENDS, false],
  ] as const)('%s in its table: %s', (p, list, hit) => expect(has(list, p)).toBe(hit))

  it.each([
    ['sept', CALENDAR_WORDS, true], ['tháng', CALENDAR_WORDS, true], ['monday', CALENDAR_WORDS, false],
    ['monday', END_OPENERS, true], ['the', END_OPENERS, true], ['quý', END_OPENERS, true], ['percent', END_OPENERS, false],
    // an end's words around its period (match/numbers/tail-ends.ts): parts of a period, words before it, words that size or place it
    ['end', PERIOD_PARTS, true], ['beginning', PERIOD_PARTS, true], ['army', PERIOD_PARTS, false], ['the', PERIOD_PARTS, false],
    ['the', END_PART_WORDS, true], ['of', END_PART_WORDS, true], ['cuối', END_PART_WORDS, true], ['đầu', END_PART_WORDS, true], ['june', END_PART_WORDS, false], ['tháng', END_PART_WORDS, false],
    ['late', VAGUE_END_WORDS, true], ['night', VAGUE_END_WORDS, true], ['sáng', VAGUE_END_WORDS, true], ['qua', VAGUE_END_WORDS, true], ['monday', VAGUE_END_WORDS, false], ['tháng', VAGUE_END_WORDS, false],
  ] as const)('%s among the words: %s', (w, set, hit) => expect(set.has(foldWord(w))).toBe(hit))

  it('numbers weekdays from Sunday = 0 (thứ Hai = 1)', () => {
    expect(EN_WEEKDAYS.indexOf('saturday')).toBe(6)
    expect(VI_WEEKDAY_NUMBERS.indexOf('hai') + 1).toBe(1)
    expect(VI_WEEKDAY_NUMBERS.indexOf('bảy') + 1).toBe(6)
  })

  // weekdayOfWord runs its possessive and compound regexes only where they can match (an
  // apostrophe; nine letters or more): the rows on either side of those screens.
  it.each([
    ['Tuesday', { day: 2, rest: '' }],
    ["Tuesday's", { day: 2, rest: "'s" }],
    ['Tuesday’s', { day: 2, rest: "'s" }],
    ["Fridays'", undefined],
    ["Friday'", { day: 5, rest: "'" }],
    ['Sonntagabend', { day: 0, rest: 'abend' }],
    ['zondagavond', { day: 0, rest: 'avond' }],
    ['Montagab', undefined],
    ['Montagabe', { day: 1, rest: 'abe' }],
    ['Montagabé', { day: 1, rest: 'abe' }],
    ['jeudi', { day: 4, rest: '' }],
    ['Miércoles', { day: 3, rest: '' }],
    ['lunedì', { day: 1, rest: '' }],
    ['terça-feira', { day: 2, rest: '' }],
    // traps: words that only look like one
    ['Mondays', undefined],
    ['thứ', undefined],
    ['Montag’ssss', undefined],
    ["O'Brien", undefined],
    ['Sonntagab', undefined],
    ['', undefined],
  ] as const)('weekdayOfWord(%j) is %j', (word, day) => expect(weekdayOfWord(word)).toEqual(day))

  it.each([
    ['Miércoles', 'miercoles'], ['Đà Nẵng', 'da nang'], ['Tuesday’s', "tuesday's"], ['hôm qua', 'hom qua'], ['Thứ Hai', 'thu hai'],
  ])('unmarked(%j) is %j, asked twice', (word, bare) => {
    expect(unmarked(word)).toBe(bare)
    expect(unmarked(word)).toBe(bare)
  })
})
