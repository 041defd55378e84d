import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'
import { prepare } from '../../../../src/document'
import { collectFacts } from '../../../../src/diverge/extract/collect'
import { yearName } from '../../../../src/diverge/match/dates/named-years'

/** Each year of the text with the name it is read as part of ('-' for a year of a clause). */
function names(text: string): string[] {
  const doc = prepare({ text }, { detectBoilerplate: false })
  return collectFacts(doc, []).facts.map((l) => `${l.span.text}: ${yearName(doc, l) ?? '-'}`)
}

describe('a year read as part of a name', () => {
  it.each([
    ['vi: an edition of a competition', 'U20 Việt Nam dự vòng loại U20 châu Á 2023 vào giữa tháng 9.', ['2023: u20 châu á', 'tháng 9: -']],
    ['en: an edition after its name', 'Portugal will defend the title at Euro 2020 next summer.', ['2020: euro']],
    ['en: an edition after the', 'France won the 2018 World Cup in Moscow.', ['2018: world cup']],
    ['ru: a title with its year after it', 'Он написал сценарий фильма "Детские игры" 1990 года.', ['1990: "детские игры"']],
    ['ru: a title with its year in brackets', 'Он написал "Детские игры" (1988 год) и "Детские игры 2" (1990).', ['1988: "детские игры"', '2: -', '1990: "детские игры 2"']],
    ['fr: a title with its year in brackets', 'Il a écrit « Chucky » (1988) pour Universal.', ['1988: "chucky"']],
    // traps: years of a clause
    ['vi: a year after năm', 'Ông làm thị trưởng từ năm 2009.', ['năm 2009: -']],
    ['vi: a year opening the sentence', 'Năm 2019 ông nghỉ hưu.', ['Năm 2019: -']],
    ['en: a capitalised word opening the sentence', 'In 2019 the firm was sold.', ['In 2019: -']],
    ['en: a year after a comma', 'He left Tesla, 2019 was a bad year.', ['2019: -']],
    ['ru: a year after в', 'Фильм вышел в прокат в 1988 году.', ['1988: -']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

// After TGNews R3 (MOS NEWS / Revizor on John Lafia) and AbMuSu 66 (Zing / 66-2 on the U20 qualifiers).
describe('one name given two years across two reports', () => {
  it.each([
    [
      'ru: a film of 1990 / of 1988, unlinked, the sequel apart',
      'Умер сценарист Джон Лафия. Один из сценаристов фильма ужасов "Детские игры" 1990 года покончил с собой, сообщает Variety.',
      'Умер сценарист Джон Лафия. Лафия написал "Детские игры" (1988 год) и "Детские игры 2" (1990). Ему был 63 года.',
      ['1990 | 1988'],
    ],
    [
      'en: a film of 1988 / of 1990',
      'Screenwriter John Lafia has died. He co-wrote the horror film "Child\'s Play" (1988) with Don Mancini.',
      'John Lafia, a screenwriter, died on Saturday. He was among the writers of "Child\'s Play" (1990) and directed its sequel.',
      ['1988 | 1990'],
    ],
    [
      'vi: one slip of an edition against the rest of both reports',
      'U20 Việt Nam bổ sung 7 cầu thủ. Đội sẽ dự vòng loại U20 châu Á 2022 vào giữa tháng 9. Các cầu thủ đá ở giải hạng Nhất. U20 Việt Nam sang Indonesia dự vòng loại U20 châu Á 2023.',
      'U20 Việt Nam tăng cường lực lượng. Sau khi trở về, đội sẽ tham dự vòng loại U20 châu Á 2023. Indonesia là chủ nhà.',
      ['2022 | 2023'],
    ],
    [
      'en: an edition slipped once, the same words before it',
      'Italy named its squad on Monday. The team travels to London for the Euro 2019 finals. Coach Mancini picked 26 players for Euro 2020.',
      'Mancini announced 26 players on Monday. They fly to London for the Euro 2020 finals.',
      ['2019 | 2020'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'ru: the sequel\'s year against the original\'s, two titles',
      'Лафия написал сценарий "Детские игры 2" (1990).',
      'Лафия написал сценарий "Детские игры" (1988).',
    ],
    [
      'en: a remake decades after the original (two films of one title)',
      'He worked on "Child\'s Play" (2019), the remake.',
      'He co-wrote "Child\'s Play" (1988), the first film.',
    ],
    [
      'en: two editions told on one side, the slip not pinned',
      'Portugal, who won Euro 2016 in Paris, start at Euro 2020 against Hungary.',
      'Portugal open their Euro 2020 campaign against Hungary in Budapest.',
    ],
    [
      'vi: two editions on both sides',
      'Việt Nam từng dự SEA Games 2019 và sẽ dự SEA Games 2021 ở Hà Nội.',
      'Sau SEA Games 2019, đội hướng tới SEA Games 2021 trên sân nhà.',
    ],
    [
      'vi: years of a clause, not of a name',
      'Ông làm thị trưởng Nam Kinh năm 2009 và nghỉ năm 2015.',
      'Ông rời chức thị trưởng năm 2012, sau khi nhậm chức năm 2009.',
    ],
    [
      'fr: the same edition, one with the year, one without',
      'La France jouera la Coupe du monde 2026 aux États-Unis.',
      'Les Bleus joueront la Coupe du monde aux États-Unis en 2026.',
    ],
  ])('%s: no flag', (_name, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
  })
})
