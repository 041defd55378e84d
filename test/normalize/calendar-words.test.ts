import { describe, expect, it } from 'vitest'
import {
  CALENDAR_NAMES,
  CAPITALISED_CALENDAR,
  ENGLISH_FULL_MONTHS,
  FULL_MONTH_NAMES,
  UNMARKED_MONTH_WORDS,
  weekdayNames,
} from '../../src/normalize/calendar-words'
import { unmarkedMonth } from '../../src/normalize/month-names'

describe('weekdayNames', () => {
  it.each([
    ['en', 'monday', 1],
    ['en', 'sunday', 0],
    ['de', 'sonnabend', 6],
    ['de', 'samstag', 6],
    ['id', "jum'at", 5],
    ['id', 'minggu', 0],
    ['pt', 'terça-feira', 2],
    ['fr', 'dimanche', 0],
  ] as const)('%s %s is weekday %i', (language, name, day) => {
    expect(weekdayNames([language])).toContainEqual([name, day])
  })

  it.each([
    // traps: a language's names are its own; Vietnamese weekdays are phrases (thứ hai), not names
    ['en', 'montag'],
    ['de', 'monday'],
    ['id', 'thứ hai'],
  ] as const)('%s has no %s', (language, name) => {
    expect(weekdayNames([language]).map(([n]) => n)).not.toContain(name)
  })
})

describe('CAPITALISED_CALENDAR: calendar words whose capital names nothing', () => {
  it.each([
    ['monday', true],
    ['january', true],
    ['september', true],
    ['sabtu', true],
    ["jum'at", true],
    ['sonnabend', true],
    // traps: Theresa May, Plácido Domingo, Nguyễn Thị Mai, short forms that are first names (Jan)
    ['may', false],
    ['domingo', false],
    ['mai', false],
    ['jan', false],
    ['thứ', false],
  ])('%s → %s', (word, expected) => {
    expect(CAPITALISED_CALENDAR.has(word)).toBe(expected)
  })
})

describe('month lists', () => {
  it('English full months are the twelve names, without short forms', () => {
    expect(ENGLISH_FULL_MONTHS).toHaveLength(12)
    expect(ENGLISH_FULL_MONTHS).toContain('may')
    expect(ENGLISH_FULL_MONTHS).not.toContain('sept')
  })

  it.each([
    ['march', true],
    ['agustus', true],
    ['décembre', true],
    ['tháng', false],
    ['dec', false],
  ])('full month name %s → %s', (word, expected) => {
    expect(FULL_MONTH_NAMES.includes(word)).toBe(expected)
  })

  it.each([
    ['März', true],
    ['Dez', true],
    ['Sept', true],
    ['Agustus', true],
    ['tháng', false],
    ['Monday', false],
  ])('unmarked month word %s → %s', (word, expected) => {
    expect(UNMARKED_MONTH_WORDS.has(unmarkedMonth(word))).toBe(expected)
  })
})

describe('CALENDAR_NAMES: every weekday and month of every language', () => {
  it.each([
    ['monday', true],
    ['sept', true],
    ['may', true],
    ['domingo', true],
    ['lundi', true],
    ['sabtu', true],
    ['agustus', true],
    ['février', true],
    // traps: Vietnamese weekdays and months are phrases (thứ hai, tháng 9), and no feast is a day's name
    ['thứ', false],
    ['tháng', false],
    ['hai', false],
    ['christmas', false],
  ])('%s → %s', (word, expected) => {
    expect(CALENDAR_NAMES.has(word)).toBe(expected)
  })
})
