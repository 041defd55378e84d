/**
 * An ordinal in title case inside a sentence, before another title-case word, is part of a name
 * ("the First Amendment", "the Second World War", "Fifth Avenue"), not a rank: planted-en
 * en-dev-1-7 reported the rank "First" missing beside the name "First Amendment". Opening a
 * sentence the capital says nothing, and a lone capitalised ordinal stays a rank.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../src/diverge/extract/numbers'

const read = (text: string, notation: 'en' | 'vi') => extractNumbers(text, [], { notation }).map((f) => [f.text, f.kind, f.value])

describe('a title-case ordinal before a title-case word names something', () => {
  it.each([
    ['en: the First Amendment', 'He cited the First Amendment right to free speech.', 'en', []],
    ['en: the Second World War', 'It was the Second World War that changed him.', 'en', []],
    ['en: Fifth Avenue', 'He lives on Fifth Avenue in New York.', 'en', []],
    ['en: the Third Reich, after a lower-case rank', 'The vote was the third in a row, the Third Reich fell.', 'en', [['third', 'ordinal', 3]]],
    ['en trap: a rank in lower case', 'He finished first in the race.', 'en', [['first', 'ordinal', 1]]],
    ['en trap: opening a sentence the capital says nothing', 'First Amendment rights matter.', 'en', [['First', 'ordinal', 1]]],
    ['en trap: a capitalised rank before a lower-case word', 'She came First in the race.', 'en', [['First', 'ordinal', 1]]],
    ['en trap: capitals throughout are no title case', 'HE CAME FIRST PLACE AGAIN.', 'en', [['FIRST', 'ordinal', 1]]],
    ['vi: Tu chính án Thứ Nhất names the amendment', 'Tu chính án Thứ Nhất bảo vệ tự do ngôn luận.', 'vi', []],
    ['vi trap: về thứ hai is a rank', 'Ông về thứ hai tại giải.', 'vi', [['thứ hai', 'ordinal', 2]]],
  ])('%s', (_why, text, notation, want) => {
    expect(read(text, notation as 'en' | 'vi')).toEqual(want)
  })
})
