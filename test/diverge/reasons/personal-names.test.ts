/**
 * A place word inside a personal name is not the place (issue 11): Nga is Russia and a Vietnamese
 * given name, Washington a city and a family name. Titles of office leave the word a place.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'
import { inPersonalName, writtenOnlyInPersonalNames } from '../../../src/diverge/reasons/personal-names'
import { exonymWrittenIn } from '../../../src/diverge/reasons/places'

const at = (text: string, word: string): number => text.lastIndexOf(word)

describe('inPersonalName', () => {
  it.each([
    ['Theo chị Nga, giá thịt tăng mạnh.', 'Nga'],
    ['Bà Nga cho biết giá thịt tăng mạnh.', 'Nga'], // a title opening the sentence
    ['Giá thịt tăng mạnh, bà Nguyễn Thị Nga cho biết.', 'Nga'], // a middle name before it
    ['Ông Lê Nga nói.', 'Nga'], // a family name before it
    ['The plan failed, Mr Washington said.', 'Washington'],
    ['The plan failed, Mrs. Washington said.', 'Washington'],
  ])('%s: %s names a person', (text, word) => {
    expect(inPersonalName(text, at(text, word))).toBe(true)
  })

  it.each([
    ['Tổng thống Nga Putin đến Ấn Độ.', 'Nga'], // a title of office: Russia's president
    ['Một người đàn ông Nga tham gia phiến quân.', 'Nga'], // đàn ông: a man, not a title
    ['Đoàn đến Anh, Nga và Pháp.', 'Nga'], // Anh is England here
    ['Quân đội Nga đã điều lực lượng.', 'Nga'],
    ['Talks opened in Washington on Monday.', 'Washington'],
    ['The President of Washington University spoke.', 'Washington'],
  ])('%s: %s is no personal name', (text, word) => {
    expect(inPersonalName(text, at(text, word))).toBe(false)
  })
})

describe('writtenOnlyInPersonalNames', () => {
  it.each([
    ['Chị Nga nói giá tăng. Bà Nga đồng ý.', 'nga', true],
    ['Chị Nga nói giá ở Nga tăng.', 'nga', false], // once as the place
    ['Giá tăng.', 'nga', false], // not written at all
    ['Mr Washington said so.', 'washington', true],
    ['Mr Washington said so in Washington.', 'washington', false],
  ])('%s / %s → %s', (text, word, expected) => {
    expect(writtenOnlyInPersonalNames(text, word)).toBe(expected)
  })
})

describe('exonymWrittenIn skips a place word inside a personal name', () => {
  it.each([
    ['Russia', 'Giá tăng mạnh, chị Nga cho biết.', false],
    ['Russia', 'Giá tăng mạnh ở Nga, chị Lan cho biết.', true],
    ['Oa-sinh-tơn', 'The plan failed, Mr Washington said.', false],
    ['Oa-sinh-tơn', 'Talks opened in Washington on Monday.', true],
  ])('%s in %s → %s', (name, text, expected) => {
    expect(exonymWrittenIn(name, text)).toBe(expected)
  })
})

describe('a woman called Nga is not Russia, in either report', () => {
  const missing = (a: string, b: string): string[] =>
    compare(a, b)
      .divergences.filter((d) => d.kind === 'missing')
      .map((d) => d.a?.text ?? d.b?.text ?? '')

  it.each([
    // Vietnamese: the place table reads Nga as Russia
    ['Chị Nga, chủ một quán ăn ở Hà Nội, cho biết giá thịt đã tăng mạnh trong tuần qua.', 'Giá thịt đã tăng mạnh trong tuần qua ở Russia, theo một chủ quán ăn ở Hà Nội.', 'Nga'],
    ['Giá thịt đã tăng mạnh ở Russia, một chủ quán ăn cho biết.', 'Giá thịt đã tăng mạnh, bà Nguyễn Thị Nga, chủ quán ăn, cho biết.', 'Russia'],
    // English: Washington, a family name after a title, is not the city the other report names
    ['Talks opened on Monday, Mr Washington said.', 'Đàm phán bắt đầu hôm thứ Hai tại Oa-sinh-tơn.', 'Washington'],
  ])('%s / %s: %s is missing', (a, b, name) => {
    expect(missing(a, b)).toContain(name)
  })

  it.each([
    ['Giá thịt đã tăng mạnh ở Russia, một chủ quán ăn cho biết.', 'Giá thịt đã tăng mạnh ở Nga, một chủ quán ăn cho biết.'],
    ['Giá thịt đã tăng mạnh ở Russia, một người đàn ông cho biết.', 'Giá thịt đã tăng mạnh, một người đàn ông Nga cho biết.'],
    ['Talks opened in Washington on Monday, officials said.', 'Đàm phán bắt đầu hôm thứ Hai tại Oa-sinh-tơn.'],
  ])('%s / %s: one place, nothing missing', (a, b) => {
    expect(missing(a, b)).toEqual([])
  })
})
