/**
 * names52 (issue 11 point 5): a mention is the whole name or no name. The held-out `missing`
 * round missing51-1 found fragments the extractor cut from a longer name reported missing
 * (Avenue of 97th Avenue, Commons of the House of Commons, Tây Nam of Tây Nam Á). The rows of
 * review rnames52 hold the first build's overreach off (a headline rule and an inner-opener rule, withdrawn).
 */
import { describe, it, expect } from 'vitest'
import { compare } from '../../../../src'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'

const texts = (s: string, language?: string): string[] => extractNames(s, tokenize(s), [], language).map((n) => n.text)
const missingNames = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => d.a?.text ?? `b:${d.b!.text}`)

describe('extractNames: a name cut in two is read whole', () => {
  it.each([
    ['en: a numbered street is the number\'s, no name', 'She was hit at 97th Avenue and 117th Street in Richmond Hill.', 'eng', ['Richmond Hill']],
    ['en: a numbered street in short', 'The shop on 5th Ave. was closed.', 'eng', []],
    ['en: a rank', 'She finished in 2nd Place at the Boston Marathon.', 'eng', ['Boston Marathon']],
    ['en: a chamber named with of', 'The inquiry by the British House of Commons went on.', 'eng', ['British House of Commons']],
    ['en: the other chamber', 'The House of Lords voted on Monday.', 'eng', ['House of Lords']],
    ['vi: a one-letter syllable ending a sentence', 'Nạn đói tại quốc gia Tây Nam Á.', 'vie', ['Tây Nam Á']],
    ['vi: a one-letter syllable opening a name', 'Ả Rập Xê Út tuyên bố ngừng bắn.', 'vie', ['Ả Rập Xê Út']],
    ['vi: a transcription across scripts stays whole', 'Tại Qatar, Ả Rập Saudi và Mexico dẫn đầu.', 'vie', ['Qatar', 'Ả Rập Saudi', 'Mexico']],
    ['vi: in a language not told, as in Vietnamese', 'Nạn đói tại quốc gia Tây Nam Á.', undefined, ['Tây Nam Á']],
    // traps: no ordinal, an ordinal before no street, a lower-case type word, an initial, a lower-case syllable
    ['en trap: a number with no ordinal', 'Route 66 Avenue is long.', 'eng', ['Route', 'Avenue']],
    ['en trap: an ordinal before no street word', 'The 5th Circuit ruled on Monday.', 'eng', ['Circuit']],
    ['en trap: a saint after an ordinal', 'They marched in the 263rd St. Patrick\'s Day Parade.', 'eng', ['St. Patrick', 'Day Parade']],
    ['en trap: a lower-case street word', 'She lived on 97th street downtown.', 'eng', []],
    ['en trap: a house of no chamber stays apart', 'Smith said the House of Cards star left.', 'eng', ['Smith', 'House of Cards']],
    ['vi trap: a marked capital before a dot mid-sentence is an initial', 'Ông Nguyễn Văn Á. cho biết.', 'vie', ['Nguyễn Văn']],
    ['vi trap: a lower-case one-letter word opens no name', 'Người dân ở Lâm ven sông rất đông.', 'vie', []],
    ['es trap: a marked initial in another language', 'Á. Pérez llegó a Madrid.', 'spa', ['Pérez', 'Madrid']],
    ['en trap: a marked initial in English', 'Á. Pérez and A. Smith met.', 'eng', ['Pérez', 'Smith']],
  ] as const)('%s', (_why, s, language, expected) => {
    expect(texts(s, language)).toEqual(expected)
  })
})

describe('extractNames: a Spanish accent in a report in another language is no Vietnamese syllable', () => {
  it.each([
    ['en: an accented surname after an initial', 'Representative Linda T. Sánchez of California won.', 'eng', [['Linda T. Sánchez', 'representative'], ['California', undefined]]],
    ['en: Rep. is a title, as Reps. is', 'Rep. Loretta Sanchez won the vote.', 'eng', [['Loretta Sanchez', 'representative']]],
    ['en: an accented given name', 'The poet José Martí was born in Havana.', 'eng', [['José Martí', undefined], ['Havana', undefined]]],
    ['id: an accented name in Indonesian', 'Presiden Joko Widodo bertemu Juan Sebastián Elcano kemarin.', 'ind', [['Joko Widodo', 'presiden'], ['Juan Sebastián Elcano', undefined]]],
    // traps: a Vietnamese report still splits a foreign place from a Vietnamese name; a letter only Vietnamese writes still splits
    ['vi trap: a place and a Vietnamese name', 'Tại Busan Đoàn Phương Lan phát biểu.', 'vie', [['Busan', undefined], ['Đoàn Phương Lan', undefined]]],
    ['en trap: a Vietnamese name after a foreign word in an English report', 'In Busan Đoàn Phương Lan spoke.', 'eng', [['Busan', undefined], ['Đoàn Phương Lan', undefined]]],
  ] as const)('%s', (_why, s, language, expected) => {
    expect(extractNames(s, tokenize(s), [], language).map((n) => [n.text, n.title])).toEqual(expected)
  })
})

// Review rnames52: each row a bug of the first build of this branch, now read as on main.
describe('compare: a preposition, a country or a title is no word of the name after it', () => {
  it.each([
    ['vi: ở opening a sentence', 'Ở Hà Nội, giá điện tăng 5% từ hôm qua.', 'Giá điện tăng 5% từ hôm qua.', ['Hà Nội']],
    ['vi: ở on both sides', 'Ở Hà Nội, giá điện tăng 5% từ hôm qua.', 'Ở Đà Nẵng, giá điện tăng 5% từ hôm qua.', ['Hà Nội', 'b:Đà Nẵng']],
    ['vi: ở opening a quote', 'Ông nói: "Ở Việt Nam, giá điện rất thấp."', 'Ông nói: "Ở Lào, giá điện rất thấp."', ['Việt Nam', 'b:Lào']],
    ['vi: a one-letter country before a person', 'Thủ tướng Ý Giorgia Meloni đã tới Hà Nội hôm qua.', 'Thủ tướng Ý Mario Draghi đã tới Hà Nội hôm qua.', ['Giorgia Meloni', 'b:Mario Draghi']],
    ['en: a word after vs.', 'The case Oracle vs. Google was decided on Monday.', 'The case Oracle vs. Apple was decided on Monday.', ['Google', 'b:Apple']],
    ['en: a word after U.S.', 'Lawmakers in the U.S. Congress approved the bill on Monday.', 'Lawmakers approved the bill on Monday.', ['Congress']],
    ['vi: a place after TP.', 'Vụ việc xảy ra tại TP. Huế hôm qua.', 'Vụ việc xảy ra tại TP Đà Nẵng hôm qua.', ['Huế', 'b:Đà Nẵng']],
    ['vi: a body sentence listing people', 'Dự lễ có Trương Hòa Bình, Nguyễn Thiện Nhân và Nguyễn Xuân Phúc.\nLễ cầu hòa bình cho nhân dân được tổ chức thân thiện.', 'Dự lễ có nhiều lãnh đạo.\nLễ cầu hòa bình cho nhân dân được tổ chức thân thiện.', ['Trương Hòa Bình', 'Nguyễn Thiện Nhân', 'Nguyễn Xuân Phúc']],
    ['en: a body sentence listing bodies', 'Officials from the Justice Department, State Department, Homeland Security and Border Patrol met on Monday.\nThe department said the state would help.', 'Officials met on Monday.\nThe department said the state would help.', ['Justice Department', 'State Department', 'Homeland Security', 'Border Patrol']],
    ['en: a body sentence listing people', 'The panel included Grant Hill, Rose Young, Mark Price and Will Smith.\nThe grant will rise in price, a young mark said as the rose bloomed on the hill.', 'The panel met.\nThe grant will rise in price, a young mark said as the rose bloomed on the hill.', ['Grant Hill', 'Rose Young', 'Mark Price', 'Will Smith']],
    ['en: a body named with Representative', 'The EU Representative Office in Hanoi said on Monday the talks would go on.', 'The talks would go on, the EU said on Monday.', ['Representative Office', 'Hanoi']],
    ['en: a long body named with Representative', 'The Taipei Economic and Cultural Representative Office issued a statement on Monday.', 'A statement was issued on Monday.', ['Taipei Economic', 'Cultural Representative Office']],
    ['vi: that body quoted in a Vietnamese report', 'Văn phòng Taipei Economic and Cultural Representative Office ra thông báo hôm thứ Hai.', 'Một thông báo được đưa ra hôm thứ Hai.', ['Taipei Economic', 'Cultural Representative Office']],
  ] as const)('%s', (_why, a, b, expected) => {
    expect(missingNames(a, b)).toEqual(expected)
  })
})

const kinds = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind !== 'missing').map((d) => `${d.kind}:${d.a?.text}/${d.b?.text}`)

describe('compare: one numbered street or rank told otherwise is one divergence, a number', () => {
  it.each([
    ['en: a street', 'She was hit at 97th Avenue in Queens on Friday.', 'She was hit at 98th Avenue in Queens on Friday.'],
    ['en: a saint\'s day', 'Thousands marched in the 263rd St. Patrick\'s Day Parade on Saturday.', 'Thousands marched in the 262nd St. Patrick\'s Day Parade on Saturday.'],
    ['en: a rank', 'She finished in 2nd Place at the Boston Marathon on Monday.', 'She finished in 3rd Place at the Boston Marathon on Monday.'],
  ] as const)('%s', (_why, a, b) => {
    expect(kinds(a, b).filter((k) => k.startsWith('name:'))).toEqual([])
    expect(kinds(a, b).filter((k) => k.startsWith('number:'))).toHaveLength(1)
  })
  it.each([
    ['vi: a numbered street (phố / đường) keeps its number', 'Vụ tai nạn xảy ra trên đường số 9 ở Hà Nội hôm qua.', 'Vụ tai nạn xảy ra trên đường số 8 ở Hà Nội hôm qua.'],
  ] as const)('%s', (_why, a, b) => {
    expect(kinds(a, b).filter((k) => k.startsWith('name:'))).toEqual([])
  })
})
