/**
 * names52 (issue 11 point 5): a mention is the whole name or no name. The held-out `missing`
 * round missing51-1 found fragments the extractor cut from a longer name reported missing
 * (Avenue of 97th Avenue, Commons of the House of Commons, Tây Nam of Tây Nam Á), and words
 * capitalised only by a headline's style or a quote's inner sentence (Driver Charged With, Does).
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
    ['en: a numbered street', 'She was hit at 97th Avenue and 117th Street in Richmond Hill.', 'eng', ['97th Avenue', '117th Street', 'Richmond Hill']],
    ['en: a numbered street in short', 'The shop on 5th Ave. was closed.', 'eng', ['5th Ave']],
    ['en: a chamber named with of', 'The inquiry by the British House of Commons went on.', 'eng', ['British House of Commons']],
    ['en: the other chamber', 'The House of Lords voted on Monday.', 'eng', ['House of Lords']],
    ['vi: a one-letter syllable ending a sentence', 'Nạn đói tại quốc gia Tây Nam Á.', 'vie', ['Tây Nam Á']],
    ['vi: a one-letter syllable opening a name', 'Ả Rập Xê Út tuyên bố ngừng bắn.', 'vie', ['Ả Rập Xê Út']],
    ['vi: a transcription across scripts stays whole', 'Tại Qatar, Ả Rập Saudi và Mexico dẫn đầu.', 'vie', ['Qatar', 'Ả Rập Saudi', 'Mexico']],
    ['vi: in a language not told, as in Vietnamese', 'Nạn đói tại quốc gia Tây Nam Á.', undefined, ['Tây Nam Á']],
    // traps: no ordinal, an ordinal before no street, a lower-case type word, an initial, a lower-case syllable
    ['en trap: a number with no ordinal', 'Route 66 Avenue is long.', 'eng', ['Route', 'Avenue']],
    ['en trap: an ordinal before no street word', 'The 5th Circuit ruled on Monday.', 'eng', ['Circuit']],
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

describe('compare: capitals that say nothing are no missing name', () => {
  it.each([
    ['en: a title-case headline run', 'Cops: Queens Woman Killed In Crash\nDriver Charged With DWI After Crash\nA woman of Queens was killed on Friday. The driver was charged with drunk driving after the crash, police said.', 'A woman was killed in Queens on Friday night, police said.', []],
    ['id: a title-case headline run', 'Polisi Tangkap Pengemudi Mabuk Usai Tabrakan\nPolisi menangkap seorang pengemudi mabuk usai tabrakan di Bogor pada Jumat malam, kata juru bicara.', 'Seorang pria ditahan di Bogor pada Jumat, kata juru bicara.', ['Polisi']],
    ['en: a verb opening a quote\'s inner sentence', 'He wrote: "I think the response was wrong. I just don’t know enough about what happened. Does this not strike you as excessive?" Many users agreed. Does it matter, he asked, and what does the law say?', 'He wrote that the response was wrong, and many users agreed.', []],
    // traps: a name in a headline, a name opening a quote's inner sentence, a Vietnamese headline (no title case)
    ['en trap: a headline name stays a name', 'Donald Trump Wins Nevada Caucus Vote\nTrump won the vote in Nevada on Tuesday, officials said.', 'The vote in Nevada was held on Tuesday, officials said.', ['Trump']],
    ['en trap: a headline run of names', 'Fernando Alonso Joins Aston Martin Team\nAlonso will drive for Aston Martin next season, the team said on Monday.', 'The driver will race for a new team next season, it said on Monday.', ['Fernando Alonso Joins Aston Martin Team', 'Alonso', 'Aston Martin']],
    ['en trap: a surname opening a quote\'s inner sentence', 'He said: "I do not know. Kowalski was there." The mayor and Kowalski do not agree.', 'He said he did not know, and the mayor does not agree.', ['Kowalski']],
    ['vi trap: a Vietnamese headline keeps its names', 'Ông Trần Văn Minh được bầu làm chủ tịch\nÔng Trần Văn Minh được bầu làm chủ tịch tỉnh vào sáng nay.', 'Một người được bầu làm chủ tịch tỉnh vào sáng nay.', ['Trần Văn Minh']],
  ] as const)('%s', (_why, a, b, expected) => {
    expect(missingNames(a, b)).toEqual(expected)
  })
})
