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
    ['de: a capitalised noun before a year', 'Der Klub spielt seit dem Jahr 2021 in der Bundesliga, sagte der Trainer am Montag.', ['2021: -']],
    ['de: an acronym names an edition', 'Die Mannschaft hat sich für die WM 2026 in Nordamerika qualifiziert, sagte der Trainer.', ['2026: wm']],
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
      'U20 Việt Nam bổ sung 7 cầu thủ. Đội sẽ dự vòng loại U20 châu Á 2022 vào giữa tháng 9. Các cầu thủ đá ở giải hạng Nhất. U20 Việt Nam sang Indonesia dự vòng loại U20 châu Á 2023. Lịch thi đấu vòng loại U20 châu Á 2023 đã được công bố.',
      'U20 Việt Nam tăng cường lực lượng. Sau khi trở về, đội sẽ tham dự vòng loại U20 châu Á 2023. Indonesia là chủ nhà.',
      ['2022 | 2023'],
    ],
    [
      // planted pages (dev page-1-29): a name's number that is no year against one that reads as a year
      'vi: ATP Masters 1000 / ATP Masters 2000 in one linked sentence',
      'Djokovic thắng trận thứ 10 trong 13 lần gặp Del Potro. Del Potro đã bỏ lỡ cơ hội có được một danh hiệu ATP Masters 1000 đầu tiên trong năm nay.',
      'Djokovic thắng trận thứ 10 trong 13 lần gặp Del Potro. Del Potro đã bỏ lỡ cơ hội có được một danh hiệu ATP Masters 2000 đầu tiên trong năm nay.',
      ['1000 | 2000'],
    ],
    [
      'en: ATP Masters 1000 / ATP Masters 2000 in one linked sentence',
      'Del Potro missed the chance of a first ATP Masters 1000 title this year.',
      'Del Potro missed the chance of a first ATP Masters 2000 title this year.',
      ['1000 | 2000'],
    ],
    [
      // rdates53: one edition's name with its host on one side only
      'en: the World Cup Qatar 2022 / the World Cup 2023',
      'Argentina won the World Cup Qatar 2022 final on penalties.',
      'Argentina won the World Cup 2023 final on penalties.',
      ['2022 | 2023'],
    ],
    [
      'vi: World Cup Qatar 2022 / World Cup 2023',
      'Argentina vô địch World Cup Qatar 2022 sau loạt sút luân lưu.',
      'Argentina vô địch World Cup 2023 sau loạt sút luân lưu.',
      ['2022 | 2023'],
    ],
    [
      'vi: Asian Cup Qatar 2023 / Asian Cup 2024',
      'Đội tuyển Việt Nam sẽ dự Asian Cup Qatar 2023 với 26 cầu thủ.',
      'Đội tuyển Việt Nam sẽ dự Asian Cup 2024 với 26 cầu thủ.',
      ['2023 | 2024'],
    ],
    [
      // AbMuSu 66: unlinked, the slip outvoted by its own report's three mentions of 2023
      'vi: one slip outvoted in its own report, unlinked',
      'U20 Việt Nam bổ sung 7 cầu thủ. Đội bóng sẽ được tăng cường sau chuyến tập huấn Nhật Bản để dự vòng loại U20 châu Á 2022 vào giữa tháng 9. Tiếp đó, U20 sẽ lên đường sang Indonesia dự vòng loại U20 châu Á 2023. Giải hạng Nhất trùng thời gian U20 Việt Nam tham dự vòng loại U20 châu Á 2023. Đội về nước ngày 26/8 để chuẩn bị vòng loại U20 châu Á 2023.',
      'Điều lệ giải quy định 10 đội nhất bảng giành vé. Theo kế hoạch, U20 Việt Nam tập luyện tại Hà Nội 2 tuần trước khi dự vòng loại U20 châu Á 2023.',
      ['2022 | 2023'],
    ],
    [
      'en: an edition slipped once, the same words before it',
      'Italy named its squad on Monday. The team travels to London for the Euro 2019 finals. Coach Mancini picked 26 players for Euro 2020. Tickets for Euro 2020 sold out.',
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
    // rdates53: two editions told after the same words in unlinked sentences (a player at two World Cups)
    [
      'en: two editions after the same words, unlinked',
      'Luka Modric announced his retirement on Monday at the age of 39. The Croatian midfielder earned 188 caps. In Russia he was named the best player, as Croatia played at the 2018 World Cup final against France.',
      'Luka Modric retired from international football on Monday, aged 39. He won 188 caps for Croatia. Coach Zlatko Dalic said the team played at the 2022 World Cup semi-final thanks to him.',
    ],
    [
      'vi: two titles won, the same lead, unlinked',
      'Thái Lan thắng Việt Nam 3-2 ở chung kết tối qua. Đội bóng xứ chùa Vàng từng vô địch AFF Cup 2020 tại Singapore.',
      'Thái Lan đánh bại Việt Nam 3-2 trong trận chung kết. HLV Ishii nói các cầu thủ đã chơi như khi vô địch AFF Cup 2022 trên sân Mỹ Đình.',
    ],
    // rdates53: where every noun is capitalised, a noun before a year is no name
    [
      'de: seit dem Jahr in two unrelated sentences',
      'Der Verein stellte am Montag einen neuen Trainer vor. Müller ist seit dem Jahr 2019 Kapitän der Mannschaft.',
      'Der Verein präsentierte am Montag seinen neuen Trainer. Der Klub spielt seit dem Jahr 2021 in der Bundesliga.',
    ],
    // rdates53: one title, two works (a novel and its adaptation), and a quoted annual campaign's two editions
    [
      'ru: a novel and its miniseries',
      'Стивен Кинг выпустил новый роман. Его книга "Оно" (1986) стала классикой.',
      'Новый роман Стивена Кинга вышел во вторник. Тим Карри сыграл клоуна в мини-сериале "Оно" (1990).',
    ],
    [
      'vi: a novel and its film',
      'Nhà văn Nguyễn Nhật Ánh ra mắt sách mới tại TP HCM. Ông nổi tiếng với truyện "Tôi thấy hoa vàng trên cỏ xanh" (2010).',
      'Sách mới của Nguyễn Nhật Ánh ra mắt tại TP HCM. Khán giả nhớ bộ phim "Tôi thấy hoa vàng trên cỏ xanh" (2015) của Victor Vũ.',
    ],
    [
      'en: a series and its second season',
      'Netflix\'s series "Squid Game" (2021) returns.',
      'Netflix said the second season of "Squid Game" (2024) drew viewers.',
    ],
    [
      'vi: a series and its second season',
      'Loạt phim "Squid Game" (2021) của Netflix có mùa mới.',
      'Netflix ra mùa mới. Mùa 2 của "Squid Game" (2024) thu hút người xem.',
    ],
    [
      'vi: two titles on one side, one of them on the other, unlinked (not outvoted)',
      'Thái Lan thắng Việt Nam 3-2 tối qua. Đội bóng xứ chùa Vàng từng vô địch AFF Cup 2020 tại Singapore. Họ cũng vô địch AFF Cup 2022 tại Mỹ Đình.',
      'Thái Lan đánh bại Việt Nam 3-2 trong trận chung kết. HLV Ishii nói các cầu thủ đã chơi như khi vô địch AFF Cup 2022 trên sân nhà.',
    ],
    [
      'en: two editions on one side, one of them on the other, unlinked (not outvoted)',
      'Modric retired on Monday. He played at the 2018 World Cup in Russia. Croatia also played at the 2022 World Cup in Qatar.',
      'Luka Modric announced his retirement at 39. Coach Dalic praised him, recalling how they played at the 2022 World Cup semi-final.',
    ],
    [
      'vi: a quoted annual campaign, this year and last',
      'Thành đoàn TP HCM ra quân chiến dịch "Mùa hè xanh" 2024 sáng 7/7 với 30.000 sinh viên.',
      'Sáng 7/7, 30.000 sinh viên ra quân. Năm ngoái, chiến dịch "Mùa hè xanh" 2023 đã làm 120 km đường.',
    ],
    [
      'en: a quoted annual program, this year and last',
      'Google opened its "Summer of Code" 2024 program on Monday with 1,200 students.',
      'On Monday 1,200 students joined Google\'s program. Last year, "Summer of Code" 2023 funded 900 projects.',
    ],
  ])('%s: no flag', (_name, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
  })
})
