import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

describe('numbers that name things and sentences about two people', () => {
  it.each([
    [
      'en: two sections of one Act, sentences worded apart',
      'The remaining five men continue to be questioned under Section 17 of the Terrorism Act.',
      'Three men and two women who were at the property were arrested under Section 41 of the Terrorism Act 2000.',
      [],
    ],
    [
      'en: two appeals courts',
      'A panel of the 11th U.S. Circuit Court of Appeals ruled late Friday that the image is legitimate.',
      'A panel of the 8th U.S. Circuit Court of Appeals in St. Louis overturned a ruling issued last year.',
      [],
    ],
    [
      'en: two defendants, each the subject of a "who" clause',
      'Leung, who faces a maximum of 50 years in prison if convicted, also told the judge that she understood her rights.',
      'Smith, who faces a maximum 40 years in prison if convicted, is free on $250,000 bond.',
      [],
    ],
    // the twins: one statement, or one person, keeps its contradiction
    ['en: one section in one statement', 'The men were arrested under Section 17 of the Terrorism Act on Monday.', 'The men were arrested under Section 41 of the Terrorism Act on Monday.', ['17 | 41']],
    [
      'en: one defendant',
      'Leung, who faces a maximum of 50 years in prison if convicted, also told the judge that she understood her rights.',
      'Leung, who faces a maximum 40 years in prison if convicted, is free on $250,000 bond.',
      ['50 years | 40 years'],
    ],
    [
      'vi: one article of the code in sentences that state one charge',
      'Ông Nguyễn Văn Hùng bị khởi tố theo Điều 139 Bộ luật Hình sự về tội lừa đảo chiếm đoạt tài sản.',
      'Cơ quan công an đã khởi tố ông Nguyễn Văn Hùng theo Điều 140 Bộ luật Hình sự vào sáng qua.',
      ['139 | 140'],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe("a sentence's first word is capitalised by its place, not as a name", () => {
  it.each([
    // Vietnamese puts a modifier after its noun, so an opening modifier is an English case
    ['en: advancers over decliners / decliners over advancers', 'Advancing issues outnumbered decliners nearly 2 to 1 on the New York Stock Exchange.', 'Declining issues outnumbered advancers slightly more than 3 to 1 on the New York Stock Exchange.', []],
    ['en: one ratio', 'Advancing issues outnumbered decliners nearly 2 to 1 on the New York Stock Exchange.', 'Advancing issues outnumbered decliners slightly more than 3 to 1 on the New York Stock Exchange.', ['2 | 3']],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe('a clause that continues its sentence (", to $645 million") takes its subject from the lead', () => {
  it.each([
    // Vietnamese puts a modifier after its noun; the contrast read before a noun is an English case
    [
      "en: chip sales / the quarter's sales, and a level a move left (from $600 million)",
      "AMD's chip sales jumped 7 percent year-on-year to $402 million.",
      'Second-quarter sales grew 7 percent, to $645 million from $600 million in 2002.',
      [],
    ],
    ['en: one measure', "AMD's second-quarter sales jumped 7 percent year-on-year to $402 million.", 'Second-quarter sales grew 7 percent, to $645 million from $600 million in 2002.', ['$402 million | $645 million']],
    [
      "en: a move's verb is no qualifier (off / fell)",
      "Lucent's stock was off 7 cents, or 3.7 percent, at $1.84 in morning trading on the New York Stock Exchange.",
      'Lucent shares fell 8 cents, or 4.19 percent, to $1.83 a share in morning trading on the New York Stock Exchange.',
      // the price level "to $1.83 a share" is the price "at $1.84" (extract/numbers/share-prices.ts, enmine27-1)
      ['7 cents | 8 cents', '3.7 percent | 4.19 percent', '$1.84 | $1.83'],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})


describe('ordinals that rank different things, in sentences worded apart', () => {
  it.each([
    [
      'en: an aisle against a row (two people placed two ways)',
      'Mr Charlton was in the third aisle when a man in a brown suit raced past him with his hands in the air, armed with the stakes.',
      'He said a man in the seventh row in a brown suit raced past me with his hands raised in the air armed with sharp stakes.',
      [],
    ],
    ['en: digits, a row against a section', 'Fans in the 3rd row of the stand cheered loudly when the home team came out.', 'Supporters in the 7th section of the stand cheered when the home team came out onto the field.', []],
    // the twins: one noun ranked, or a series word between, stays one ranking
    [
      'en: one aisle in both',
      'Mr Charlton was in the third aisle when a man in a brown suit raced past him with his hands in the air, armed with the stakes.',
      'He said a man in the seventh aisle in a brown suit raced past me with his hands raised in the air armed with sharp stakes.',
      ['third | seventh'],
    ],
    ['en: one row in both', 'Fans in the 3rd row of the stand cheered loudly when the home team came out.', 'Supporters in the 7th row of the stand cheered when the home team came out onto the field.', ['3rd | 7th']],
    // Vietnamese ranks the noun before the ordinal ("vòng thứ ba"), carried as its unit: two nouns never pair, one noun does
    ['vi: a round against a time', 'Đội tuyển đã vượt qua vòng thứ ba của giải đấu sau trận thắng hôm qua.', 'Đây là lần thứ năm đội tuyển thắng tại giải đấu này sau trận hôm qua.', []],
    ['vi: one round', 'Đội tuyển đã vượt qua vòng thứ ba của giải đấu sau trận thắng hôm qua.', 'Sau trận thắng hôm qua, đội tuyển đã vượt qua vòng thứ năm của giải đấu.', ['thứ ba | thứ năm']],
  ])('%s', (_, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})
