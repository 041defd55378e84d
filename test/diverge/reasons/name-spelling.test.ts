import { describe, expect, it } from 'vitest'
import { judgeSpelling } from '../../../src/diverge/reasons/name-spelling'

describe('judgeSpelling: one name respelt', () => {
  it.each([
    ['Park Soo Kwan', 'Park Heong-joon'], // one surname, two people
    ['Zhou Yi', 'Zhou Yin'], // a final n alone, with no y for i: two Chinese names
    ['Kyi Lin', 'Kyi Lo'],
    ['Aung Ly', 'Aung Lyn'],
    ['Ly', 'Lin'], // one Vietnamese syllable against another
    ['Trần Ly', 'Trần Lin'],
    ['Nguyễn Văn An', 'Nguyễn Văn Ân'], // a Vietnamese syllable with other letters is another name
    ['Lan', 'Lâm'],
    ['Vinh', 'Đường Hồ Chí Minh'], // Vietnamese syllables: Vinh is not Minh
    ['Long', 'Hải Phòng'],
    ['Maya', 'Mayan'], // a derivation, another word
    ['Europe', 'European'],
    ['Stake', 'AtStake'],
    ['Iran', 'Pakistan'],
    ['World Tour Final', 'World Tour Finals'], // an English plural on the head word
    ['Viết Phong', 'Việt Phong'], // marks only: another name unless the caller says otherwise
    ['InternationalCo', 'Prisma Energy International Inc'], // letters added to a word: a compound, another name
    ['Justice Anthony M. Kennedy', 'Justices Anthony Kennedy'], // a plural title and a middle initial: form
    ['Philippines Congress', 'Philippine National Congress'], // a demonym form and an extra word: a designation
    ['Đức Anh', 'Anh Đức'], // Vietnamese names in another order: two people
    ['Hải Phòng', 'Hải Phóng'], // marked Vietnamese syllables with other marks stay another name
    ['Lý', 'Lí Ly'], // a marked syllable shaped as Vietnamese stays Vietnamese
    ['Tâm', 'Tám'],
  ])('%s / %s is not a respelling', (a, b) => {
    expect(judgeSpelling(a, b).kind).not.toBe('respelling')
  })

  it.each([
    ['Lindsay', 'Germaine Lindsay'],
    ['Ozil', 'Mesut Ozil'],
    ['Organization', 'World Health Organisation'], // British and American spellings of one word
    ['Nguyễn Dũng', 'Nguyễn Tấn Dũng'], // a middle name left out
  ])('%s / %s is the same name in short', (a, b) => {
    expect(judgeSpelling(a, b).kind).toBe('same')
  })

  it.each([
    ['Anthony M. Kennedy', 'Anthony Kennedy', 'short-form'], // a middle initial left out
    ['Sergei V.Mikhailov', 'Sergei Mikhailov', 'short-form'], // the initial glued to the surname (VietnameseMDS, cluster 73)
    ['George W.Bush', 'George Bush', 'short-form'],
    ['Justice Anthony M. Kennedy', 'Justices Anthony Kennedy', 'word-form'],
    ['Philippines Congress', 'Philippine National Congress', 'word-form'],
    ['Wei Feng Chong', 'Chong Wei Feng', 'name-order'], // family name last / first (VietnameseMDS, cluster 97)
    ['Kim Jong Un', 'Jong Un Kim', 'name-order'],
  ])('%s / %s is one name in another form (%s)', (a, b, reason) => {
    expect(judgeSpelling(a, b)).toEqual({ kind: 'same', reason })
  })

  it.each([
    // given names swapped and the surname dropped: the reader is told another family name (cluster 81)
    ['Tristan John Prendergast', 'John Tristan', 'words reordered'],
    ['Djihad Salafist', 'Salafist Jihad', 'edit distance 1'], // reordered and respelt (MSRP train)
    ['Lao Airlines', 'Laos Airlines', 'final s'], // one word in another form, no word left out: a respelling
  ])('%s / %s is a respelling (%s)', (a, b, why) => {
    const judgement = judgeSpelling(a, b)
    expect(judgement.kind).toBe('respelling')
    if (judgement.kind === 'respelling') expect(judgement.evidence).toContain(why)
  })

  it.each([
    ['Lao', 'Laos'], // one word alone: a derivation (a country and its adjective), the same name in another form
    ['Jet', 'Jets'],
  ])('a lone %s / %s is still not a respelling', (a, b) => {
    expect(judgeSpelling(a, b).kind).not.toBe('respelling')
  })

  it.each([
    ['Viết Phong', 'Việt Phong', true], // one syllable's marks: one person marked two ways, when no one else has these letters
    ['Nguyễn Viết Phong', 'Nguyễn Việt Phong', true],
    ['Viết Phóng', 'Việt Phòng', false], // two syllables marked otherwise: two names
    ['Tâm', 'Tấm', false], // a lone syllable: too many people share it
    ['Văn Thành', 'Văn Thạnh', false], // the given name itself marked otherwise: another person
  ])('with marks allowed, %s / %s is a respelling: %s', (a, b, yes) => {
    const judgement = judgeSpelling(a, b, { marks: true })
    expect(judgement.kind === 'respelling').toBe(yes)
    if (yes && judgement.kind === 'respelling') expect(judgement.evidence).toContain('tone or vowel marks')
  })

  it('says which words differ, whichever name is the longer', () => {
    const one = judgeSpelling('Europe', 'Eurrope Music Awards')
    const two = judgeSpelling('Networks Europe', 'Networks Eurrope')
    expect(one.kind === 'respelling' && two.kind === 'respelling' && one.changes === two.changes).toBe(true)
  })
})
