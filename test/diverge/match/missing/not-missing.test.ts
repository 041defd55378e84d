/**
 * A fact the other report states in another form, or that is no fact at all, is never `missing`
 * (issue 11: bylines, credits, fragments of names, number words, initials). Facts really absent
 * from the other report stay missing. Sentences after real pairs of the shared corpora
 * (VietnameseMDS clusters 1–100, MSRP train), shortened.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missing = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)

describe('facts stated in another form are not missing', () => {
  it.each([
    ['en, a number in words', 'The number of host names using BSD is nearing 4 million, Netcraft said.', 'The number of hostnames using BSD is nearing four million, Netcraft said.', '4 million'],
    ['en, a compound number word', 'A total of 32 U.S. soldiers have been killed in attacks since May 1.', 'Thirty-two U.S. soldiers have been killed in Iraq since May 1.', '32'],
    ['en, a percentage in words', 'They ranged from 1 per cent or 2 per cent to 36 per cent for one brand.', 'They ranged from one per cent or two per cent to 36 per cent for one brand.', '2 per cent'],
    ['vi, a percentage in words', 'Lãi suất cho vay giảm 2% trong quý ba.', 'Lãi suất cho vay giảm hai phần trăm trong quý ba.', '2%'],
    ['vi, a compound number word', 'Đoàn có 25 chiến sĩ tham gia cứu hộ tại hiện trường.', 'Hai mươi lăm chiến sĩ đã có mặt tại hiện trường để cứu hộ.', '25'],
    ['vi, a rank in words', 'Đội hạng ba: U21 Malaysia nhận 5.000 USD tiền thưởng.', 'U21 Malaysia giành giải Ba và nhận 5.000 USD tiền thưởng.', 'hạng ba'],
    ['vi, a score written identically', 'Eden Hazard ấn định thắng lợi “tưng bừng” 3-0 cho Chelsea.', 'Torres ghi 2 bàn giúp Chelsea thắng Schalke với tỷ số 3-0.', '0'],
    ['en, the name by its initials', "Universal McCann's Coen projected that ad spending will rise 4.6 percent.", "At UM's New York office, Coen said that spending would rise 4.6 percent.", 'Universal McCann'],
    ['vi, another name of the country', 'Tuyên bố khẳng định Hoa Kỳ chỉ tập hợp thông tin tình báo như mọi quốc gia.', 'Nhà Trắng nói Mỹ chỉ thu thập thông tin như các nước khác.', 'Hoa Kỳ'],
    ['en, a demonym for the country', 'The bomb killed an American soldier near Fallujah on Sunday.', 'The bomb killed an U.S. soldier near Falluja on Sunday.', 'American'],
    // After VietnameseMDS clusters 28, 43 and 49: a name with its spaces moved is the same name.
    ['vi, a name run together on the other side', 'Gear sở hữu màn hình Super AMOLED 1,63 inch.', 'Chiếc đồng hồ có màn hình SuperAMOLED 1,63 inch.', 'Super AMOLED'],
    ['vi, a name split on the other side', 'Trong khi đó ToshibaTecra A50 có màn hình 15,6 inch.', 'Toshiba Tecra A50 có màn hình cảm ứng 15,6 inch.', 'ToshibaTecra'],
    ['en, a newspaper name run together', 'The Washington Post reported the attack on Yahoo users.', 'According to WashingtonPost, the attack hit Yahoo users.', 'Washington Post'],
    // After VietnameseMDS clusters 25 and 31: a foreign name in Vietnamese transcription.
    ['vi, a country in transcription', 'Ông Jamaa là sĩ quan an ninh hàng đầu của Syria ở Liban trong nhiều năm.', 'Tướng Jamaa từng là sĩ quan tình báo hàng đầu của Syria tại Li-băng.', 'Liban'],
    ['vi, a surname in transcription', 'Ông Mikhailov cho biết cuộc điều tra vẫn tiếp tục.', 'Ông Mi-khai-lốp cho biết cuộc điều tra vẫn tiếp tục.', 'Mikhailov'],
    ['en, British and American spelling', 'A total of 17 cases have been confirmed in Basra, the Organization said.', 'A total of 17 cases were reported by the World Health Organisation in Basra.', 'Organization'],
    // After MSRP train pairs 1182221/1182195 and 1172935-like signings: a given name in its familiar form.
    ['en, a familiar given name on the other side', '"This is an experiment worth introducing," said David Richardson, the cricket manager.', '"This is an experiment," said Dave Richardson, the cricket manager.', 'David Richardson'],
    ['en, the full given name on the other side', 'Greg Parseghian was appointed the new chief executive.', 'Gregory Parseghian, a former banker, was appointed chief executive.', 'Greg Parseghian'],
    // After MSRP train pairs 58543/58516 (round missing17-1) and 130087/129778: a name with a word or two inside it.
    ['en, a name written with words inside it', 'The Nasdaq Composite index, full of technology stocks, was up around 18 points.', 'The tech-heavy Nasdaq Stock Markets composite index added 14.17 points.', 'Nasdaq Composite'],
    // planted-en heise (gap30): a version led by another word on the other side is the same identifier.
    ['de, a version led by another word', 'AgileBits hat Version 5.3 seines Passwortmanagers für OS X freigegeben. Die App ist gut.', 'Die App ist gut. Update 5.3 des Passwortmanagers liefert weitere Verbesserungen.', '5.3'],
    ['en, a version led by another word', 'The firm released version 4.3 of its phone software on Monday. Users were pleased.', 'Users were pleased. The 4.3 update fixes the battery drain.', '4.3'],
    ['en, a version read as a count on the other side', 'Users were pleased. The 4.3 update fixes the battery drain.', 'The firm released version 4.3 of its phone software on Monday. Users were pleased.', '4.3 update'],
    ['vi, a version led by another word', 'Apple phát hành phiên bản 8.2 cho iPhone hôm thứ Hai. Người dùng hài lòng.', 'Người dùng hài lòng. Bản cập nhật 8.2 sửa lỗi pin.', '8.2'],
  ])('%s', (_why, a, b, fact) => {
    expect(missing(a, b)).not.toContain(fact)
  })
})

describe('what is not a fact is not missing', () => {
  it.each([
    ['vi, a number closing a place name', 'Tình hình nghiêm trọng tại 2 thôn Nhan Biều 1 và Nhan Biều 2, xã Triệu Thượng.', 'Dịch bệnh xuất hiện tại xã Triệu Thượng.', 'Nhan Biều 2'.slice(-1)],
    ['vi, a number closing a title', 'Del Potro bỏ lỡ cơ hội có một danh hiệu ATP Masters 1000 trong năm nay.', 'Del Potro thua Djokovic trong trận chung kết.', '1000'],
    ['en, a number glued to a handle', 'The hacker organizer identified himself only as "Eleonora[67]," on Sunday.', 'The hacker organizer identified himself only as "Eleonora67]," on Sunday.', '67'],
    ['en, a number opening a sentence, read as a name', 'Thirty-two U.S. soldiers have been killed in Iraq since May 1.', 'U.S. soldiers have been killed in Iraq since May 1.', 'Thirty-two'],
    // After MSRP train 869697/869241 and 698947/698931 (round missing19-1): the 500 of the index name.
    ['en, a number after a two-word name in the possessive', "The Standard & Poor's 500 Index .SPX slipped 11.83 points.", 'The Nasdaq Composite Index gained 2.90 points.', '500'],
    ['en, a piece of an ampersand name', "The broad Standard & Poor's 500 index slipped 12.27 points.", 'The S.& P. 500 slipped 12.27 points.', 'Poor'],
    ['vi, a byline run into the photo credit', 'Các đám cháy vẫn chưa được kiểm soát. Nguyễn Thủy Ảnh: CNN', 'Cháy rừng lan rộng ở bang New South Wales.', 'Nguyễn Thủy Ảnh'],
    ['vi, bylines before the source line', 'Ông Mustafa Qadri nhận định. Thục Ninh - Bình Giang Theo L’Humanité, Telegraph', 'Báo cáo được công bố hôm qua.', 'Thục Ninh'],
    ['en, the country a currency is named after', 'The euro was at $1.1566 against the dollar, up 0.07 percent on the day.', 'Against the Swiss franc the dollar was at 1.3289 francs, up 0.5 percent.', 'Swiss'],
    ['vi, the country a currency is named after', 'Giá vàng thế giới giảm 12 USD mỗi ounce.', 'Giá vàng thế giới giảm 12 đô la Mỹ mỗi ounce.', 'Mỹ'],
    ['vi, a related-article teaser', 'Manon là người tình mới của Benzema. >> Ribery và Benzema vẫn chưa thoát án', 'Manon là người tình mới của Benzema.', 'Ribery'],
    // After VietnameseMDS cluster 59 (round missing17-1): » marks teasers as >> does.
    ['vi, a teaser marked with »', 'Mưa đá rơi ở nhiều nơi. » Miền Bắc có mưa đá » Lốc xoáy kèm mưa đá suốt 2 ngày tàn phá Gia Lai', 'Mưa đá rơi ở nhiều nơi.', '2 ngày'],
    ['en, a teaser marked with »', 'Hail fell in several towns. » Storm hits Texas » Tornado wrecks 40 homes in Kansas', 'Hail fell in several towns.', '40 homes'],
    ['en, a body named by its kind after the', 'The Institute said dioxin levels have fallen by 76 percent since the 1970s.', 'Dioxin levels have dropped by 75 percent since the 1970s, said Caswell.', 'Institute'],
    ['en, a capitalised common noun', 'Some 14,000 customers were without power, the company said on its Web site.', 'Some 14,000 customers were without power, the company said.', 'Web'],
    ['en, a unit glued to its figure', 'A base configuration with a 40G-byte hard drive costs US$729.', 'A base configuration with a 40GB hard drive costs $699.', 'G-byte'],
    ['vi, a unit glued to its figure', 'Chip chạy ở tốc độ 2,3GHz và có 4 nhân.', 'Chip có 4 nhân.', 'GHz'],
    // After VietnameseMDS clusters 6, 24, 27 and 33: the sign-off after the last sentence.
    ['vi, a byline and its source', 'Các nhóm bác sĩ pháp y giúp xác định nạn nhân. Sầm Hoa(Theo ABCnews)', 'Các nhóm bác sĩ pháp y đã tới hiện trường.', 'ABCnews'],
    ['vi, a byline run into its source cue', 'Máy gây chú ý với giới công nghệ. Phương Thảo Theo gsmarena', 'Máy gây chú ý.', 'Phương Thảo Theo'],
    ['vi, a byline after its desk', 'Mỹ khó có thể hàn gắn được./. Anh Tuấn/VOV-Trung tâm Tin Tổng hợp', 'Quan hệ song phương bị tổn hại.', 'Tin Tổng'],
    ['en, a byline after the last sentence', 'The storm killed three people in the county on Sunday. Reporting by Jane Doe', 'The storm killed three people in the county on Sunday.', 'Jane Doe'],
  ])('%s', (_why, a, b, fact) => {
    expect(missing(a, b)).not.toContain(fact)
  })
})

describe('facts really absent stay missing', () => {
  it.each([
    ['en, a version the other report never writes', 'The firm released version 4.3 of its phone software on Monday. Users were pleased.', 'Users were pleased. The 4.4 update fixes the battery drain.', '4.3'],
    ['en, a count after a country in the possessive', "About 80 percent of Pakistan's 140 million people are Sunnis.", 'Sunnis make up 77 percent of the population.', '140 million'],
    ['en, a count after a two-word country in the possessive', "South Korea's 48 million people voted on Sunday.", 'Voters went to the polls on Sunday.', '48 million'],
    ['en, a count after a one-word name in the possessive', "Intel's 2 new plants opened on Monday in Oregon.", 'Plants opened on Monday in Oregon.', '2 new plants'],
    ['vi, a count after a name', 'Trong khi đó Indonesia có 240 triệu dân.', 'Indonesia là nước đông dân.', '240 triệu dân'],
    ['vi, a count', 'Theo Thanh tra chính phủ, toàn ngành triển khai 131.749 cuộc thanh tra.', 'Thanh tra chính phủ đã công bố báo cáo năm 2013.', '131.749 cuộc'],
    ['vi, a place', 'Ông được điều động làm Bí thư Tỉnh ủy Ninh Bình.', 'Ông được thăng hàm Thượng tướng.', 'Tỉnh ủy Ninh Bình'], // reported as the body it ends (name-institutions.ts)
    ['vi, an article of a law keeps its number', 'Đại biểu góp ý vào Điều 79 của dự thảo luật.', 'Đại biểu góp ý vào dự thảo luật.', '79'],
    ['vi, a hyphenated name of foreign words is no transcription', 'Đội bóng vừa vô địch J-League mùa này.', 'Đội bóng vừa vô địch V-League mùa này.', 'J-League'],
    ['en, a name written apart is no transcription', 'The deal was signed in Liban on Monday.', 'The deal was signed by Li Bang on Monday.', 'Liban'],
    ['en, a percentage is not a count in words', 'Sales rose 2 percent in the quarter, the company said.', 'Two analysts expected weaker demand this year.', '2 percent'],
    ['vi, a percentage is not a count in words', 'Doanh số tăng 2% trong quý, công ty cho biết.', 'Hai chuyên gia nói doanh số tăng trong quý.', '2%'],
    ['en, a small count in words before another noun', 'The storm killed 3 people in the county on Sunday night.', 'Firefighters said that three houses burned down after the storm.', '3 people'],
    ['en, the pronoun us is not the country', 'An American soldier was killed near Fallujah on Sunday.', 'A soldier told us he was hurt near Fallujah on Sunday.', 'American'],
    ['en, a name opening with a number word', 'The agencies formed a group known as Five Eyes to share intelligence.', 'The agencies share intelligence with Canada and Australia.', 'Five Eyes'],
    ['vi, a body sentence run into a teaser keeps its facts', '>> Ấn Độ kêu gọi hòa bình trên Biển Đông Ngoại trưởng Ấn Độ Salman Khurshid đưa ra tuyên bố trong bối cảnh Thủ tướng Ấn Độ đang có chuyến thăm Trung Quốc để thảo luận về biên giới.', 'Thủ tướng Ấn Độ Manmohan Singh thăm Trung Quốc.', 'Salman Khurshid'],
    ['vi, thứ năm is a weekday, not the fifth', 'Djokovic giành danh hiệu thứ 5 trong năm nay.', 'Djokovic thi đấu trận chung kết vào thứ năm.', 'thứ 5'],
    ['en, a name', 'Some 660 prisoners from 42 countries, including Canada, are held.', 'Some 660 prisoners from 42 countries are being held.', 'Canada'],
    ['vi, a name whose letters run on into another word is not it joined up', 'Đội bóng Long An thắng trận đầu tiên.', 'Đội bóng Longanh thắng trận đầu tiên.', 'Long An'],
    ['en, a country before a verb that is also a currency', 'South Korea won the match 2-1 in Seoul on Sunday.', 'The match in Seoul ended 2-1 on Sunday.', 'South Korea'],
    ['en, a given name in another form is not any given name', 'Dan Richardson, the cricket manager, said it was an experiment.', 'The cricket manager, David Parker, said it was an experiment.', 'Dan Richardson'],
    ['vi, a name glued to digits with a name after the unit', 'Máy dùng chip 2,4GHz Intel Celeron và ổ cứng 40GB.', 'Máy dùng ổ cứng 40GB.', 'GHz Intel Celeron'],
    ['en, a two-word body after the', 'The Asian Development Bank said growth would slow this year.', 'Growth would slow this year, economists said.', 'Asian Development Bank'],
    ['vi, a score list closing the text keeps its names', 'Kết quả các trận khác: FT Celtic 2 - 1 Ajax', 'Barcelona hòa Milan 1-1.', 'Ajax'],
    ['en, » closing a «quotation» is no teaser', 'He called it «the worst storm in 40 years» on Sunday in Kansas.', 'He spoke on Sunday.', 'Kansas'],
    ['vi, » closing a «quotation» is no teaser', 'Ông gọi đó là «trận bão tồi tệ nhất» ở Gia Lai.', 'Ông phát biểu hôm qua.', 'Gia Lai'],
    ['vi, words of a name across a comma are not it', 'Mưa đá rơi ở TP Biên Hòa chiều qua.', 'Mưa đá rơi ở P.Tân Biên, Tân Hòa chiều qua.', 'Biên Hòa'],
    ['en, words of a name across a comma are not it', 'Officials in New Jersey said the storm had passed.', 'Officials in New York, Jersey City and Newark said the storm had passed.', 'New Jersey'],
    ['en, words of a name across a conjunction are not it', 'Talks in North Carolina ended on Monday.', 'Talks in North Dakota and Carolina Beach ended on Monday.', 'North Carolina'],
    ['vi, the last sentence closing on its mark keeps its names', 'Lễ an táng diễn ra tại nghĩa trang Mai Dịch.', 'Lễ an táng diễn ra cùng ngày.', 'Mai Dịch'],
  ])('%s', (_why, a, b, fact) => {
    expect(missing(a, b)).toContain(fact)
  })
})

// An ordinal is also a number fact (the second quarter): only the name read into it is no fact.
describe('an ordinal opening a hyphenated word is no name', () => {
  const missingNames = (a: string, b: string): string[] =>
    compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)
  it.each([
    ['en, a period word', 'Second-quarter sales grew 7 percent, to $645 million.', 'AMD chip sales jumped 7 percent year-on-year to $402 million.', 'Second-quarter', false],
    ['en, an ordinal alone opens a name', 'First Solar shares rose 5 percent on Monday.', 'The shares rose 5 percent on Monday.', 'First Solar', true],
  ])('%s', (_why, a, b, fact, named) => {
    expect(missingNames(a, b).includes(fact)).toBe(named)
  })
})

// After MSRP train 1801/886 (round missing20-1): a streak counted by its rank or by its length.
describe('a streak given as an ordinal is stated by its count', () => {
  it.each([
    ['en, straight weeks', 'The S&P 500 and the Nasdaq indexes recorded their third straight week of gains.', 'Both the S&P 500 and the Nasdaq indexes have scored three straight weeks of gains.', 'third', false],
    ['en, consecutive days', 'It was the third consecutive day of protests in the capital.', 'Protests went on for three consecutive days in the capital.', 'third', false],
    ['vi, liên tiếp (already paired by value)', 'Giá vàng tăng tuần thứ ba liên tiếp trên thị trường thế giới.', 'Giá vàng đã tăng ba tuần liên tiếp trên thị trường thế giới.', 'thứ ba', false],
    // traps: another length, and a rank that is no streak
    ['en, another length', 'The S&P 500 and the Nasdaq indexes recorded their third straight week of gains.', 'Both the S&P 500 and the Nasdaq indexes have scored four straight weeks of gains.', 'third', true],
    ['en, no streak', 'Mauritania became the third state in the region to establish relations with Israel.', 'Three states in the region hold full relations with Israel, it said.', 'third', true],
  ])('%s', (_why, a, b, fact, stays) => {
    expect(missing(a, b).includes(fact)).toBe(stays)
  })
})
