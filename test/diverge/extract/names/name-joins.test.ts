import { describe, it, expect } from 'vitest'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'

const texts = (s: string): string[] => extractNames(s, tokenize(s)).map((n) => n.text)

describe('name-joins: an agency whose two fields are joined by "and" is one name', () => {
  it.each([
    ['The Department of Health and Human Services said on Monday.', ['Department of Health and Human Services']],
    ['The U.S. Food and Drug Administration rejected the application.', ['U.S. Food and Drug Administration']],
    ['The Securities and Exchange Commission yesterday said companies must ask.', ['Securities and Exchange Commission']],
    ['The Research and Development Department staff left.', ['Research and Development Department']],
    ['Research and Development Department staff left.', ['Research', 'Development Department']],
    // traps: two names, each whole
    ['Bank of America and Wells Fargo rose.', ['Bank of America', 'Wells Fargo']],
    ['The Senate Intelligence Committee and Armed Services Committee met.', ['Senate Intelligence Committee', 'Armed Services Committee']],
    ['France and European Commission officials met.', ['France', 'European Commission']],
    ['Microsoft and Ford Motor gained.', ['Microsoft', 'Ford Motor']],
    ['Smith and Justice Department lawyers met.', ['Smith', 'Justice Department']],
    // a body on its own before "and": two chambers' committees, not one agency
    ['The House and Senate Armed Services Committee held hearings.', ['House', 'Senate Armed Services Committee']],
    ['The Senate and House Intelligence Committee chairmen met.', ['Senate', 'House Intelligence Committee']],
  ])('%s', (s, want) => expect(texts(s)).toEqual(want))
})

describe('name-joins: a unit symbol before a numeral is no name', () => {
  it.each([
    ['Vụ tai nạn xảy ra tại Km 1720 quốc lộ 1A, tỉnh Bình Thuận.', ['Bình Thuận']],
    ['Km 35 of the highway was closed near Denver.', ['Denver']],
    // traps: a model number stays with its name; a unit word alone is left as it was
    ['Apple bán iPhone 6 tại Mỹ.', ['Apple', 'Mỹ']],
    ['Apollo 11 landed in 1969.', ['Apollo']],
    ['Ông Kim 60 tuổi.', ['Kim']],
  ])('%s', (s, want) => expect(texts(s)).toEqual(want))
})
