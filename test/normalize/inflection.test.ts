import { describe, expect, it } from 'vitest'
import { caseStem, declinesNames, nameCaseStem } from '../../src/normalize/inflection'

describe('caseStem: one stem for the case forms of a name', () => {
  it.each([
    ['rus', 'маск', 'маска'],
    ['rus', 'маск', 'маску'],
    ['rus', 'маск', 'маском'],
    ['rus', 'илон', 'илона'],
    ['rus', 'куману', 'кумана'],
    ['rus', 'детские', 'детских'],
    ['rus', 'детским', 'детских'],
    ['rus', 'сергей', 'сергея'],
    ['rus', 'сергеем', 'сергее'],
    ['rus', 'игорь', 'игоря'],
    ['rus', 'баффетт', 'баффетта'],
    ['rus', 'бьёрнссон', 'бьернссона'], // ё written as е
    ['ukr', 'зеленський', 'зеленського'],
    ['ces', 'novák', 'nováka'],
    ['ces', 'novák', 'novákovi'],
    ['pol', 'kowalski', 'kowalskiego'],
    ['pol', 'wałęsa', 'wałęsy'],
  ] as const)('%s %s and %s share a stem', (language, x, y) => {
    expect(caseStem(x, language)).toBe(caseStem(y, language))
  })

  it.each([
    // traps: a respelt stem stays two spellings; -ов ends a surname, not a case
    ['rus', 'баффет', 'баффетта'],
    ['rus', 'бьёрнссон', 'бьорнссон'],
    ['rus', 'грегора', 'григора'],
    ['rus', 'петров', 'петр'],
    ['rus', 'ирландии', 'исландии'],
    ['ces', 'novák', 'nowak'],
  ] as const)('%s %s and %s keep different stems', (language, x, y) => {
    expect(caseStem(x, language)).not.toBe(caseStem(y, language))
  })

  it.each([
    // languages that decline no names keep every word whole
    ['eng', 'roberts'],
    ['vie', 'thanh'],
    ['eng', 'maria'],
  ] as const)('%s %s is its own stem', (language, word) => {
    expect(caseStem(word, language)).toBe(word)
  })

  it('reads the declining languages by code', () => {
    expect(declinesNames('rus')).toBe(true)
    expect(declinesNames('eng')).toBe(false)
    expect(declinesNames(undefined)).toBe(false)
  })
})

describe('nameCaseStem: a name key word by its script', () => {
  it.each([
    ['маска', 'маск'],
    ['тесла', 'тесл'],
    // Latin words, English or Vietnamese, are never cut: Anna / Ann, Thanh / Thành are other names
    ['anna', 'anna'],
    ['thanh', 'thanh'],
    ['musk', 'musk'],
  ])('%s → %s', (word, key) => {
    expect(nameCaseStem(word)).toBe(key)
  })
})
