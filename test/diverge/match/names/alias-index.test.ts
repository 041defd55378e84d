import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { collectFacts } from '../../../../src/diverge/extract/collect'
import { indexOf } from '../../../../src/diverge/match/names/alias-index'

const index = (text: string) => {
  const doc = prepare({ text }, { detectBoilerplate: false })
  return indexOf(doc, collectFacts(doc, []))
}

describe('indexOf: words in capitals', () => {
  it.each([
    ['en: a brand in capitals', 'Sony puts its BIONZ chip in the phone.', 'BIONZ', true],
    ['vi: an abbreviation', 'Pakistan phong tỏa các tuyến tiếp vận của NATO tuần qua.', 'NATO', true],
    // traps: a dateline is where the report was filed, a word with one capital is no capitals
    ['en: a dateline', 'WASHINGTON (Reuters) - The Senate voted on Monday.', 'WASHINGTON', false],
    ['en: a capitalised word', 'Washington said so on Monday.', 'WASHINGTON', false],
  ])('%s', (_why, text, word, expected) => {
    expect(index(text).capitals.has(word)).toBe(expected)
  })
})

describe('indexOf: names by surname, a generational suffix kept apart', () => {
  it.each([
    ['en: a suffix', 'Publisher Arthur O. Sulzberger Jr. pledged quick remedies.', 'sulzberger', 'jr'],
    ['en: no suffix', 'Sales were weak, said Robert A. Eckert, chief executive.', 'eckert', undefined],
  ])('%s', (_why, text, surname, suffix) => {
    const people = index(text).bySurname.get(surname) ?? []
    expect(people.length).toBe(1)
    expect(people[0]!.suffix).toBe(suffix)
  })
})
