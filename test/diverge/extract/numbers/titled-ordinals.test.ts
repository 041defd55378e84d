/**
 * An ordinal in title case before a title-case word that heads names is part of a name ("the
 * First Amendment", "First Lady Jill Biden"), not a rank: planted-en en-dev-1-7 reported the rank
 * "First" missing beside the name "First Amendment". A rank in a Title-Case headline or before a
 * capitalised common noun ("Third Straight Day", "Second Place") stays a rank.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const read = (text: string, notation: 'en' | 'vi') => extractNumbers(text, [], { notation }).map((f) => [f.text, f.kind, f.value])

describe('a title-case ordinal before a title-case name head names something', () => {
  it.each([
    ['en: the First Amendment', 'He cited the First Amendment right to free speech.', 'en', []],
    ['en: the Second World War', 'It was the Second World War that changed him.', 'en', []],
    ['en: Fifth Avenue', 'He lives on Fifth Avenue in New York.', 'en', []],
    ['en: the Third Reich, after a lower-case rank', 'The vote was the third in a row, the Third Reich fell.', 'en', [['third', 'ordinal', 3]]],
    ['en trap: a rank in lower case', 'He finished first in the race.', 'en', [['first', 'ordinal', 1]]],
    ['en: opening a sentence, the next word\'s capital still names', 'First Amendment rights matter.', 'en', []],
    ['en: First Lady opening a sentence is a title', 'First Lady Jill Biden visited the hospital in Uvalde.', 'en', []],
    ['en: Second Lieutenant opening a sentence is a title', 'Second Lieutenant Mark Evans was wounded.', 'en', []],
    ['en trap: opening a sentence before a word that heads no name', 'Third Place went to Norway.', 'en', [['Third', 'ordinal', 3]]],
    ['en trap: a rank in a Title-Case headline', 'Dow Falls for Third Straight Day as Tech Stocks Slide', 'en', [['Third', 'ordinal', 3]]],
    ['en trap: a rank before a capitalised common noun in a headline', 'Storm Kills Third Person in Florida', 'en', [['Third', 'ordinal', 3]]],
    ['en trap: a rank before a capitalised common word', 'Spain finished Second Overall in the medal table.', 'en', [['Second', 'ordinal', 2]]],
    ['en trap: in Second Place', 'Spain ended in Second Place, behind Norway.', 'en', [['Second', 'ordinal', 2]]],
    ['en trap: the Fed\'s Third Rate Hike', 'Markets fell after the Fed\'s Third Rate Hike this year.', 'en', [['Third', 'ordinal', 3]]],
    ['en trap: a capitalised rank before a lower-case word', 'She came First in the race.', 'en', [['First', 'ordinal', 1]]],
    ['en trap: capitals throughout are no title case', 'HE CAME FIRST PLACE AGAIN.', 'en', [['FIRST', 'ordinal', 1]]],
    ['vi: Tu chính án Thứ Nhất names the amendment', 'Tu chính án Thứ Nhất bảo vệ tự do ngôn luận.', 'vi', []],
    ['vi: Đệ Nhất Phu Nhân is a title', 'Đệ Nhất Phu Nhân Jill Biden thăm bệnh viện.', 'vi', []],
    ['vi trap: a rank in a Title-Case headline', 'Đoàn Việt Nam Xếp Thứ Ba Toàn Đoàn Tại SEA Games', 'vi', [['Thứ Ba', 'ordinal', 3]]],
    ['vi trap: về thứ hai is a rank', 'Ông về thứ hai tại giải.', 'vi', [['thứ hai', 'ordinal', 2]]],
  ])('%s', (_why, text, notation, want) => {
    expect(read(text, notation as 'en' | 'vi')).toEqual(want)
  })
})
