/**
 * One foreign name rendered in Cyrillic two ways (names53, TGNews): Г or Х for a Latin h, ь or
 * none, э or е, й or и, a consonant doubled or not, each under its sentence's case ending.
 */
import { describe, expect, it } from 'vitest'
import { sameCyrillicRendering } from '../../../src/diverge/reasons/name-cyrillic'
import { isNameVariant } from '../../../src/diverge/match/names/name-match'

describe('sameCyrillicRendering', () => {
  it.each([
    ['голлом', 'холлу', true], // Hall: Г / Х, instrumental / dative
    ['рональд', 'роналд', true], // Ronald: ь
    ['баффета', 'баффетта', true], // Buffett: a doubled т under the genitive
    ['эдисон', 'едисон', true], // Edison: э / е
    ['гамбург', 'хамбург', true],
    // Traps: a short stem, another letter, Latin or Vietnamese words.
    ['гора', 'хора', false],
    ['петров', 'петрова', true], // one stem under an ending: the same word (the name key reads it so)
    ['петров', 'петренко', false],
    ['грегора', 'григора', false], // е / и is a respelling the letters judge, not a rendering pair
    ['hall', 'gall', false],
    ['hùng', 'hồng', false],
    ['dunford', 'durfort', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(sameCyrillicRendering(a, b)).toBe(expected)
  })
})

describe('isNameVariant reads Cyrillic renderings as one name respelt', () => {
  it.each([
    ['Эдди Голлом', 'Эдди Холлу', 'variant'],
    ['Рональд Куман', 'Роналд Куман', 'variant'],
    ['Уоррен Баффет', 'Уоррена Баффетта', 'variant'],
    // Traps: another given name, another surname, and languages the pairs are not about.
    ['Эдди Холл', 'Джон Холл', 'different'],
    ['Эдди Холл', 'Эдди Гилл', 'different'],
    ['Eddie Hall', 'Eddie Gall', 'different'],
    ['Nguyễn Văn Hùng', 'Nguyễn Văn Hồng', 'different'],
    ['Joseph Durfort', 'Joseph Dunford', 'different'],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isNameVariant(a, b)).toBe(expected)
  })
})
