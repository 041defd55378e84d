import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/**
 * Two tolls of one outcome that are not one event's count: review rtoll32's pairs (VI and EN), each
 * a confident false contradiction of the reverted tolls32 rule. Whatever pairs tolls across
 * unlinked sentences must leave every row apart (issue 11).
 */
describe('tolls of one outcome that stay apart', () => {
  it.each([
    // a year, or a past time, anywhere in the figure's sentence, before or after it
    ['en: a year before the figure', 'A strong quake hit Aceh on Tuesday, officials said. In 2004 a quake there killed 14 people.', "Tuesday's quake in Aceh left 6 people dead, officials said. Buildings collapsed in the capital."],
    ['en: the year\'s event named', 'A strong quake hit Aceh on Tuesday, officials said. The 2004 quake there killed 14 people.', "Tuesday's quake in Aceh left 6 people dead, officials said. Buildings collapsed in the capital."],
    ['en: the 2018 quake in the same district', "Tuesday's tremor was felt across Palu, officials said. The 2018 quake killed 14 people in the same district.", "Tuesday's quake left 6 people dead in Palu, officials said. The tremor was felt across the city."],
    ['en: the 2018 quake recalled', "The 2018 quake killed 4,340 people in Palu, officials recalled. Tuesday's tremor was felt in the same city.", "Tuesday's quake left 6 people dead in Palu, officials said. The tremor was felt across the city."],
    ['en: last year in words', 'Last year a similar storm killed 9 people in the province. Residents were told to stay indoors.', 'Storm Noru killed 4 people in the province on Tuesday, officials said. Residents were told to stay indoors.'],
    ['en: in 2018, opening the sentence', 'The earthquake killed 8 people, officials said. Aftershocks rattled the city overnight.', 'In 2018, an earthquake and tsunami in Palu killed more than 4,300 people. Aftershocks rattled the city overnight.'],
    ['en: five years ago, after the figure', 'The earthquake killed 8 people, officials said. Aftershocks rattled the city overnight.', 'An earthquake and tsunami in Palu killed more than 4,300 people five years ago. Aftershocks rattled the city overnight.'],
    ['en: last year\'s, a possessive', "Last year's floods killed 120 people in the province. Rains began early this year.", 'The floods have left 35 people dead in the province, officials said. Rains began early this year.'],
    ['vi: năm ngoái (last year)', 'Lũ năm ngoái làm 120 người chết tại tỉnh này. Năm nay mưa đến sớm.', 'Đợt lũ đã khiến 35 người thiệt mạng trong tỉnh, chính quyền cho biết. Năm nay mưa đến sớm.'],
    ['vi: năm 2018 before the figure', 'Trận động đất làm 8 người chết, chính quyền cho biết. Dư chấn tiếp tục trong đêm.', 'Trận động đất và sóng thần ở Palu năm 2018 từng làm hơn 4.300 người thiệt mạng. Dư chấn tiếp tục trong đêm.'],
    // a day's count against the cumulative toll
    ['en: deaths on Thursday against the toll that rose to', 'The ministry said 120 people died on Thursday. Hospitals remain overwhelmed.', 'The national death toll rose to 4,512, according to the ministry. Hospitals remain overwhelmed.'],
    ['vi: trong ngày hôm qua against lên tới', 'Bộ Y tế ghi nhận 120 người tử vong trong ngày hôm qua. Các bệnh viện vẫn quá tải.', 'Theo Bộ Y tế, số người chết vì Covid-19 đã lên tới 4.512. Các bệnh viện vẫn quá tải.'],
    // one place's toll against another's or a sum; two figures of one outcome are a list
    ['en: two places\' tolls against their sum', 'The quake killed 12 people in Aceh and 3 in North Sumatra, officials said. Hundreds of homes were damaged.', 'The quake killed 15 people, the disaster agency said. Hundreds of homes were damaged.'],
    ['vi: hai nơi và tổng số', 'Động đất làm 12 người chết ở Aceh và 3 người chết ở Bắc Sumatra. Hàng trăm ngôi nhà bị hư hại.', 'Theo cơ quan phòng chống thiên tai, trận động đất đã khiến 15 người thiệt mạng. Hàng trăm ngôi nhà bị hư hại.'],
    ['en: two days\' arrests against the weekend\'s', 'Police detained 40 people on Saturday and 25 on Sunday. The protests were largely peaceful.', 'Police arrested 65 people over the weekend of protests. The protests were largely peaceful.'],
    ['vi: hai ngày bắt giữ và cả cuối tuần', 'Cảnh sát tạm giữ 40 người hôm thứ Bảy và 25 người hôm Chủ nhật. Các cuộc biểu tình nhìn chung ôn hòa.', 'Cảnh sát đã bắt 65 người trong hai ngày cuối tuần. Các cuộc biểu tình nhìn chung ôn hòa.'],
    ['en: the capital alone against the whole', 'In the capital alone, 40 people were arrested, police said. Protests spread to other cities.', 'Police detained 230 people during the protests, a spokesman said. Protests spread to other cities.'],
    ['vi: riêng tại Hà Nội against the whole', 'Riêng tại Hà Nội, 40 người bị bắt, cảnh sát cho biết. Biểu tình lan sang các thành phố khác.', 'Cảnh sát đã tạm giữ 230 người trong các cuộc biểu tình, người phát ngôn cho biết. Biểu tình lan sang các thành phố khác.'],
    // zero of one city against the national toll
    ['en: no one in the capital against the country\'s toll', 'No one was killed in the capital, the mayor said. The storm brought down trees.', 'The storm killed 12 people across the country, officials said. It brought down trees.'],
    ['vi: không ai tại Hà Nội against the storm\'s toll', 'Không ai thiệt mạng tại Hà Nội, thành phố cho biết. Bão làm đổ nhiều cây.', 'Cơn bão đã làm 12 người chết, Ban chỉ đạo cho biết. Bão làm đổ nhiều cây.'],
    // part of a total: the people on board are no toll
    ['en: three of the 12 on board', 'Three of the 12 people on board were killed when the helicopter crashed. The rest were rescued.', 'The helicopter crash killed 5 people, officials said. The rest were rescued.'],
    ['vi: ba trong số 12 người trên trực thăng', 'Ba trong số 12 người trên trực thăng đã thiệt mạng. Những người còn lại được cứu.', 'Vụ rơi trực thăng làm 5 người chết, chính quyền cho biết. Những người còn lại được cứu.'],
    // what still parts two tolls after review rtolls33 narrowed the marks
    ['en: last year, set off by a comma, against this week', 'Last year, a similar storm killed 9 people in the province.', 'Storm Noru killed 4 people in the province on Tuesday, officials said.'],
    ['en: last week, another time (review rtolls37)', 'Last week a similar storm killed 40 people in the province.', 'Storm Noru killed 24 people in the province on Tuesday, officials said.'],
    ['en: last month\'s, a possessive', "Last month's floods killed 40 people in the province.", 'The floods killed 24 people in the province on Tuesday, officials said.'],
    ['vi: tháng trước, another time', 'Tháng trước, một cơn bão tương tự làm 40 người chết trong tỉnh.', 'Bão Noru làm 24 người chết trong tỉnh hôm thứ Ba.'],
    ['vi: từng làm, a past event', 'Trận lũ lịch sử từng làm 120 người chết tại tỉnh này.', 'Đợt lũ hôm thứ Ba đã khiến 35 người thiệt mạng tại tỉnh này.'],
    ['en: new deaths against the toll that rose to', 'The ministry reported 120 new deaths. Hospitals remain overwhelmed.', 'The national death toll rose to 4,512, according to the ministry. Hospitals remain overwhelmed.'],
    ['vi: ca tử vong mới against lên tới', 'Bộ Y tế ghi nhận 120 ca tử vong mới. Các bệnh viện vẫn quá tải.', 'Theo Bộ Y tế, số ca tử vong đã lên tới 4.512 ca. Các bệnh viện vẫn quá tải.'],
    ['en: and another 3, a list', 'The quake killed 12 people in Aceh and another 3 in North Sumatra.', 'The quake killed 15 people.'],
    ['en: 3 others died later, a list', 'At least 12 people were killed and 3 others died later in hospital.', 'At least 15 people were killed.'],
    ['vi: 3 người khác tử vong, a list', 'Vụ tai nạn làm 12 người chết tại chỗ và 3 người khác tử vong tại bệnh viện.', 'Vụ tai nạn làm 15 người chết.'],
    // outcomes that only look alike
    ['vi: sơ tán against phải di dời in unlinked sentences', 'Chính quyền đã sơ tán 5.000 người khỏi các làng gần núi lửa. Tro bụi rơi xuống các thị trấn.', 'Vụ phun trào khiến 12.000 người phải di dời, các tổ chức cứu trợ cho biết. Tro bụi rơi xuống các thị trấn.'],
  ])('%s: no number flag', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** What tells tolls apart asks for a mark on one side only: two tolls alike in year, list and day stay one slot. */
describe('tolls of one outcome still one slot', () => {
  it.each([
    ['en: the dead beside the hurt is no list', 'The storm killed 12 people and injured 30 in the province on Tuesday.', 'The storm killed 14 people and injured 30 in the province on Tuesday.', ['12 people', '14 people']],
    ['vi: người chết và người bị thương, no list', 'Cơn bão làm 12 người chết và 30 người bị thương tại tỉnh này.', 'Cơn bão làm 14 người chết và 30 người bị thương tại tỉnh này.', ['12 người', '14 người']],
    ['en: last year on both sides', 'Last year a storm killed 9 people in the province.', 'Last year a storm killed 7 people in the province.', ['9 people', '7 people']],
    ['vi: năm ngoái on both sides', 'Năm ngoái, lũ làm 120 người chết tại tỉnh này.', 'Năm ngoái, lũ làm 102 người chết tại tỉnh này.', ['120 người', '102 người']],
    ['vi: a full date is the count\'s own, no other year', 'Cả nước ghi nhận 98 ca tử vong tính đến ngày 30/9/2024.', 'Cả nước ghi nhận 120 ca tử vong tính đến ngày 30/9.', ['98 ca', '120 ca']],
    ['en: a full date is the count\'s own, no other year', 'The country recorded 98 deaths as of September 30, 2024.', 'The country recorded 120 deaths as of September 30.', ['98 deaths', '120 deaths']],
    ['vi: chết và mất tích is no list of the dead', 'Ít nhất 12 người chết và 3 người mất tích sau trận lũ.', 'Ít nhất 15 người chết sau trận lũ.', ['12 người', '15 người']],
    ['en: died and missing is no list of the dead', 'At least 12 people died and 3 people are missing after the flood.', 'At least 15 people died after the flood.', ['12 people', '15 people']],
    ['vi: qua đời is no day word', 'Vụ cháy khiến 5 người qua đời, theo công an.', 'Theo công an, vụ cháy khiến 7 người qua đời.', ['5 người', '7 người']],
  ])('%s: a number flag', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toContainEqual(pair)
  })
})

/**
 * Review rtolls33: real disagreements the guards above lost. A year or past mark parts two tolls
 * only where it dates the figure's own clause; a comparison, a running count's period, another
 * noun's date or the event's own date on one side only part nothing; a list needs members of one
 * outcome; a day named for the event is no day's share of a running total.
 */
describe('tolls of one outcome that disagree (review rtolls33)', () => {
  it.each([
    ['vi: nhiều nhất kể từ năm 2004 is a comparison', 'Trận lũ làm 40 người chết, nhiều nhất kể từ năm 2004.', 'Trận lũ làm 35 người chết.', ['40 người', '35 người']],
    ['en: the deadliest since 2004 is a comparison', 'The quake killed 40 people, the deadliest since 2004.', 'The quake killed 35 people.', ['40 people', '35 people']],
    ['en: the event\'s own month and year on one side', 'The December 2004 earthquake killed 230,000 people across the region.', 'The earthquake killed 220,000 people across the region.', ['230,000 people', '220,000 people']],
    ['vi: the event\'s own year on one side', 'Trận động đất năm 2004 làm 230.000 người chết trong khu vực.', 'Trận động đất làm 220.000 người chết trong khu vực.', ['230.000 người', '220.000 người']],
    ['en: since January 2024 is a running count\'s period', 'Dengue has killed 40 people in the province since January 2024.', 'Dengue has killed 35 people in the province since January.', ['40 people', '35 people']],
    ['vi: kể từ tháng 1/2024 is a running count\'s period', 'Sốt xuất huyết đã làm 40 người chết trong tỉnh kể từ tháng 1/2024.', 'Sốt xuất huyết đã làm 35 người chết trong tỉnh kể từ tháng 1.', ['40 người', '35 người']],
    ['en: over the last week is a running count\'s period', 'The outbreak has killed 40 people over the last week, officials said.', 'The outbreak has killed 35 people, officials said.', ['40 people', '35 people']],
    ['en: over the last year is a running count\'s period', 'The outbreak has killed 40 people over the last year, officials said.', 'The outbreak has killed 35 people, officials said.', ['40 people', '35 people']],
    ['en: built 30 years ago dates the bridge', 'The bridge, built 30 years ago, collapsed on Monday, killing 12 people.', 'The bridge collapsed on Monday, killing 15 people.', ['12 people', '15 people']],
    ['vi: được xây năm 1965 dates the bridge', 'Cầu được xây năm 1965 đã sập hôm thứ Hai khiến 12 người chết.', 'Cầu sập hôm thứ Hai khiến 15 người chết.', ['12 người', '15 người']],
    ['en: five years ago in another clause', 'Five years ago the mine collapsed, and yesterday an explosion killed 12 miners.', 'Yesterday an explosion at the mine killed 14 miners.', ['12 miners', '14 miners']],
    ['vi: năm năm trước in another clause', 'Năm năm trước mỏ từng bị sập, và hôm qua một vụ nổ làm 12 thợ mỏ chết.', 'Hôm qua một vụ nổ ở mỏ làm 14 thợ mỏ chết.', ['12 thợ', '14 thợ']],
    ['vi: mạnh nhất năm 2024, an appositive of the storm', 'Bão Yagi, cơn bão mạnh nhất năm 2024, làm 12 người chết.', 'Bão Yagi làm 15 người chết.', ['12 người', '15 người']],
    ['en: the strongest of 2024, an appositive of the storm', 'Typhoon Yagi, the strongest storm of 2024, killed 12 people.', 'Typhoon Yagi killed 15 people.', ['12 people', '15 people']],
    ['en: houses destroyed are no toll of a list', 'The fire killed 12 people and destroyed 30 houses.', 'The fire killed 14 people.', ['12 people', '14 people']],
    ['vi: nhà bị thiêu rụi are no toll of a list', 'Vụ cháy làm 12 người chết và thiêu rụi 30 căn nhà.', 'Vụ cháy làm 14 người chết.', ['12 người', '14 người']],
    ['vi: hôm qua dates the fire, no day\'s share', 'Vụ cháy hôm qua làm 12 người chết, theo số liệu của công an.', 'Tổng cộng 14 người đã chết trong vụ cháy.', ['12 người', '14 người']],
    ['en: on Thursday dates the fire, no day\'s share', 'The fire on Thursday killed 12 people in the factory, police said.', 'A total of 14 people died in the factory fire, police said.', ['12 people', '14 people']],
    ['vi: sơ tán, di dời is one evacuation', 'Tỉnh đã sơ tán, di dời 5.000 hộ dân khỏi vùng nguy hiểm trước khi bão đổ bộ.', 'Tỉnh đã sơ tán 6.000 hộ dân khỏi vùng nguy hiểm trước khi bão đổ bộ.', ['5.000 hộ', '6.000 hộ']],
    ['vi: di dời and sơ tán households', 'Hơn 2.000 hộ dân đã được di dời.', 'Hơn 3.000 hộ dân đã được sơ tán.', ['2.000 hộ', '3.000 hộ']],
    ['en: relocated and evacuated households', 'More than 2,000 households were relocated.', 'More than 3,000 households were evacuated.', ['2,000 households', '3,000 households']],
  ])('%s: a number flag', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toContainEqual(pair)
  })

  // a full date and a bare year of one year: the old build held these a candidate (0.45), one slot still
  it.each([
    ['vi: ngày 26/12/2004 and năm 2004', 'Trận động đất ngày 26/12/2004 làm 230.000 người chết.', 'Trận động đất năm 2004 làm 220.000 người chết.', ['230.000 người', '220.000 người']],
    ['en: 26 December 2004 and 2004', 'The earthquake of 26 December 2004 killed 230,000 people.', 'The earthquake of 2004 killed 220,000 people.', ['230,000 people', '220,000 people']],
  ])('%s: one slot (a candidate or a flag)', (_label, a, b, pair) => {
    const r = compare(a, b)
    const both = [...r.divergences, ...r.candidates].filter((d) => d.kind === 'number' && d.a && d.b).map((d) => [d.a!.text, d.b!.text])
    expect(both).toContainEqual(pair)
  })
})
