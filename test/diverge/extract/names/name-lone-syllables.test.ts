/**
 * names34 (ECB+ 23_3~23_6): a lone capitalised word shaped like a Vietnamese syllable (Rait, Tam,
 * Lam) was dropped as a native syllable with no title in every document whose language has no
 * article list, English among them: B's *Rait* was no name, so A's *Raite* (no syllable) had
 * nothing to pair with and was reported missing. A document known to be in another language
 * reads it as a name; a Vietnamese one still needs a title before a lone syllable.
 */
import { describe, it, expect } from 'vitest'
import { compare } from '../../../../src'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'

const texts = (s: string, language?: string): string[] => extractNames(s, tokenize(s), [], language).map((n) => n.text)
const nameFlags = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'name' || d.factType === 'name').map((d) => `${d.kind}:${d.a?.text ?? '-'}|${d.b?.text ?? '-'}`)

describe('extractNames: a lone word shaped like a Vietnamese syllable, by document language', () => {
  it.each([
    ['en: a surname alone mid-sentence', 'They tried to rescue Rait by taking him down.', 'eng', ['Rait']],
    ['en: a title still read', 'Mr Lam said nothing.', 'eng', ['Lam']],
    // traps: a Vietnamese report still needs a title before a lone native syllable
    ['vi: a lone syllable with no title is no name', 'Người dân ở Lâm ven sông rất đông.', 'vie', []],
    ['vi: with a title it is', 'Ông Lâm cho biết sẽ kiểm tra.', 'vie', ['Lâm']],
    // fixname35 (review rnames34 rows 3-5): after a colon, an opening quote or a full stop a capital only opens the sentence
    ['en trap: after a colon', 'The warning was clear: Do not travel to the coast.', 'eng', []],
    ['en trap: after a colon, a verb', 'The mayor told reporters: Ban all fireworks this year.', 'eng', []],
    ['en trap: after an opening quote', 'He said, "Tin prices will rise further," adding more.', 'eng', []],
    ['en trap: a weather word after a colon', 'The statement read: Rain hampered the search for hours.', 'eng', []],
    ['en trap: opening the text', 'Long delays are expected on the motorway.', 'eng', []],
    ['vi trap: after a colon, no title', 'Người dân cho biết: Lâm ven sông rất đông.', 'vie', []],
    ['vi: after a colon, titled', 'Người dân cho biết: Ông Lâm đã về.', 'vie', ['Lâm']],
  ])('%s', (_why, s, language, names) => {
    expect(texts(s, language)).toEqual(names)
  })
})

describe('compare: a one-word surname respelt in linked sentences of English reports', () => {
  const a1 = 'On Friday, 36-year-old Duncan Rait died after slipping and falling from a ridge near the glacier. Gaskin said that other climbers attempted to rescue Raite by taking him down the glacier, but that he died on the way.'
  const b1 = 'On Friday, 36-year-old Duncan Rait died after slipping and falling from a ridge near the glacier. Gaskin said that other climbers attempted to rescue Rait by taking him down the glacier, but that he died on the way.'
  it.each([
    ['en: the respelling whose other spelling the report also writes is a name variant, not missing', a1, b1, ['name:Raite|Rait']],
    ['en: alone, no full name anywhere', 'Police said climbers attempted to rescue Raite by taking him down the glacier on Friday.', 'Police said climbers attempted to rescue Rait by taking him down the glacier on Friday.', ['name:Raite|Rait']],
    // traps: one name written alike, and two people sharing a surname
    ['en trap: capitals after a colon are no names', 'The police chief said: Long queues formed at the checkpoint on Monday. Climbers tried to rescue Rait on Friday.', 'The police chief said: Long queues formed at the checkpoint on Monday. Climbers tried to rescue Rait on Friday.', []],
    ['en trap: Men after a colon', "The ministry's statement said: Men and women aged over 60 should stay home until the heatwave ends.", 'The ministry said people aged over 60 should stay home until the heatwave ends.', []],
    // fixname35 (review rnames34, observation): franc reads unmarked Vietnamese as Acehnese ('ace'); its lone syllables stay no names
    ['vi trap: unmarked Vietnamese, a lone syllable', 'Theo ong Nguyen Van Minh, nguoi dan o Lam ven song cho biet nuoc len rat nhanh trong dem qua va nhieu nha bi ngap.', 'Theo ong Nguyen Van Minh, nguoi dan o ven song cho biet nuoc len rat nhanh trong dem qua va nhieu nha bi ngap.', []],
    ['en: a lone surname mid-sentence, missing', 'Police said climbers attempted to rescue Rait by taking him down the glacier on Friday.', 'Police said climbers attempted to rescue the man by taking him down the glacier on Friday.', ['missing:Rait|-']],
    ['en: the same surname both sides', 'Police said climbers attempted to rescue Rait by taking him down the glacier on Friday.', 'Police said climbers attempted to rescue Rait by taking him down the glacier on Friday.', []],
    ['vi: a lone syllable with no title stays no name', 'Người dân ở Lâm ven sông cho biết nước lên nhanh trong đêm qua.', 'Người dân ở Lam ven sông cho biết nước lên nhanh trong đêm qua.', []],
    // traps (issue 11 point 2.1): two people of one surname in one report, two contests, a firm and its founder
    ['en: two people sharing a surname', 'Coach Park Soo Kwan said the team trained hard. Park Heong-joon led the delegation to Hanoi on Monday.', 'Coach Park Heong-joon said the team trained hard. Park Heong-joon led the delegation to Hanoi on Monday.', ['missing:Park Soo Kwan|-']],
    ['vi: two people sharing a surname', 'Huấn luyện viên Park Soo Kwan cho biết đội đã tập luyện chăm chỉ. Ông Park Heong-joon dẫn đầu đoàn tới Hà Nội.', 'Huấn luyện viên Park Heong-joon cho biết đội đã tập luyện chăm chỉ. Ông Park Heong-joon dẫn đầu đoàn tới Hà Nội.', ['missing:Park Soo Kwan|-']],
    ['en: two contests', 'She placed third at Miss Universe last year. She will compete at Miss World in December.', 'She placed third at Miss World last year. She will compete at Miss World in December.', ['missing:Miss Universe|-']],
    ['vi: two contests', 'Cô từng đoạt giải tại Miss Universe năm ngoái. Cô sẽ dự thi Miss World vào tháng 12.', 'Cô từng đoạt giải tại Miss World năm ngoái. Cô sẽ dự thi Miss World vào tháng 12.', ['missing:Miss Universe|-']],
    ['en: a firm and its founder', 'Dell cut 500 jobs on Monday, Michael Dell told staff in Texas.', 'Michael Dell cut 500 jobs on Monday, he told staff in Texas.', []],
    ['vi: titled, the respelling is a variant', 'Ông Nguyễn Văn Lâm cho biết nước lên nhanh trong đêm qua tại xã.', 'Ông Nguyễn Văn Lam cho biết nước lên nhanh trong đêm qua tại xã.', ['name:Nguyễn Văn Lâm|Nguyễn Văn Lam']],
  ])('%s', (_why, a, b, flags) => {
    expect(nameFlags(a, b)).toEqual(flags)
  })
})
