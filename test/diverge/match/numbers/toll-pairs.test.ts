import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/**
 * Counts of one outcome that are not one event's toll, in sentences the aligner does not link
 * (reviews rtoll32, rtolls33): whatever pairs two reports' tolls across sentences must leave every
 * row without a number contradiction (issue 11).
 */
describe('tolls in unlinked sentences that stay apart', () => {
  it.each([
    ['en: a day\'s deaths against the national toll', 'The ministry said 120 people died on Thursday. Hospitals remain overwhelmed across the region.', 'Hospitals remain overwhelmed across the region. The national death toll rose to 4,512, according to the ministry.'],
    ['vi: deaths of a day against the toll so far', 'Bộ Y tế ghi nhận 120 người tử vong hôm thứ Năm. Các bệnh viện vẫn quá tải.', 'Các bệnh viện vẫn quá tải. Theo Bộ Y tế, tổng cộng 4.512 người đã tử vong.'],
    ['en: the other\'s value among this side\'s tolls (last year\'s quake)', 'A quake hit Aceh on Tuesday, killing at least five people. Police and troops led rescue efforts.', 'Police and troops led rescue efforts in the district. The quake brought the confirmed death toll from the disaster to 11. Five people died in Aceh in a quake in April last year.'],
    ['vi: the other\'s value among this side\'s tolls', 'Động đất làm ít nhất 5 người chết hôm thứ Ba. Lực lượng cứu hộ đã có mặt.', 'Lực lượng cứu hộ đã có mặt tại huyện. Trận động đất làm 11 người thiệt mạng. Tháng trước, một trận động đất khác làm 5 người chết ở đây.'],
    ['en: the 2004 tsunami\'s toll against this quake\'s', 'The quake killed 8 people on Tuesday, officials said. Aid arrived in the province.', 'Aid arrived in the province overnight. In 2004 a tsunami killed 170,000 people there.'],
    ['vi: năm 2004 against this quake\'s toll', 'Trận động đất làm 8 người chết hôm thứ Ba. Hàng cứu trợ đã đến tỉnh.', 'Hàng cứu trợ đã đến tỉnh trong đêm. Năm 2004, sóng thần làm 170.000 người chết tại đây.'],
    ['en: last year\'s storm', 'Last year a similar storm killed 9 people in the province. Residents were told to stay indoors.', 'Residents were told to stay indoors all day. Storm Noru killed 4 people on Tuesday, officials said.'],
    ['vi: năm ngoái', 'Năm ngoái, một cơn bão tương tự làm 9 người chết trong tỉnh. Người dân được yêu cầu ở trong nhà.', 'Người dân được yêu cầu ở trong nhà cả ngày. Bão Noru làm 4 người chết hôm thứ Ba.'],
    ['en: a part of those on board', 'Three of the 12 people on board were killed when the helicopter crashed. The rest were rescued.', 'The rest were rescued by fishermen. The crash killed 5 people, officials said.'],
    ['vi: một phần số người trên máy bay', 'Ba trong số 12 người trên trực thăng đã thiệt mạng. Những người còn lại được cứu.', 'Những người còn lại được ngư dân cứu. Vụ rơi trực thăng làm 5 người chết.'],
    ['en: the capital alone against the storm\'s toll', 'In the capital alone, 4 people were killed by the storm. Trees fell across roads.', 'Trees fell across roads in many towns. The storm killed 12 people, officials said.'],
    ['vi: riêng tại Hà Nội against the storm\'s toll', 'Riêng tại Hà Nội, 4 người thiệt mạng do bão. Nhiều cây đổ chắn đường.', 'Nhiều cây đổ chắn đường ở các thị trấn. Cơn bão làm 12 người chết, Ban chỉ đạo cho biết.'],
    ['en: zero in one city against the national toll', 'No one was killed in the capital, the mayor said. The storm brought down trees.', 'It brought down trees in many towns. The storm killed 12 people across the country, officials said.'],
    ['en: the rescued against the dead', 'Rescuers pulled 30 people alive from the rubble. Aid arrived overnight.', 'Aid arrived overnight in the town. The quake killed 12 people, officials said.'],
    ['vi: evacuated against the dead', 'Chính quyền đã sơ tán 5.000 người khỏi vùng lũ. Mưa vẫn tiếp diễn.', 'Mưa vẫn tiếp diễn trong đêm. Lũ làm 12 người chết, chính quyền cho biết.'],
    ['en: children, a part of the dead', 'The quake killed 3 children when a school collapsed. Aid arrived overnight.', 'Aid arrived overnight in the town. The quake killed 12 people, officials said.'],
    ['vi: trẻ em, một phần số người chết', 'Trận động đất làm 3 trẻ em tử vong khi trường học đổ sập. Hàng cứu trợ đến trong đêm.', 'Hàng cứu trợ đến trong đêm. Trận động đất làm 12 người chết, chính quyền cho biết.'],
    ['en: the dead against the injured', 'The blast killed 4 people, police said. Firefighters arrived quickly.', 'Firefighters arrived quickly at the plant. Another 40 people were injured in the blast.'],
    ['en: two places\' tolls against their sum', 'The quake killed 12 people in Aceh and 3 in North Sumatra, officials said. Hundreds of homes were damaged.', 'Hundreds of homes were damaged in the region. The quake killed 15 people, the disaster agency said.'],
    ['en: the country\'s toll of the season', 'A magnitude 6.1 earthquake struck Aceh province on Tuesday, killing at least 12 people. Officials said the quake destroyed hundreds of homes.', 'Rescuers searched the rubble in Aceh on Wednesday. Nationwide, floods and landslides this year have left 340 people dead, the disaster agency said.'],
    ['vi: cả nước, năm nay', 'Trận động đất làm ít nhất 12 người chết hôm thứ Ba. Hàng trăm ngôi nhà bị phá hủy.', 'Lực lượng cứu hộ tìm kiếm trong đống đổ nát hôm thứ Tư. Từ đầu năm nay, lũ và sạt lở trên cả nước đã làm 340 người chết.'],
    ['en: a tsunami after "since 2004, when"', 'The quake killed 8 people in the town. It was the deadliest since 2004, when a tsunami killed 230,000 people.', 'At least 10 people died in the quake, officials said. The region is still recovering from the tsunami.'],
    ['en: one town\'s toll against the quake\'s', 'The quake killed 8 people in the town, the mayor said. Aid arrived overnight.', 'Aid arrived overnight in the region. At least 10 people died in the quake, officials said.'],
    ['vi: một thị trấn against the quake\'s toll', 'Động đất làm 8 người chết tại thị trấn, chủ tịch cho biết. Hàng cứu trợ đến trong đêm.', 'Hàng cứu trợ đến trong đêm tại vùng này. Trận động đất khiến ít nhất 10 người thiệt mạng, chính quyền cho biết.'],
    ['en: two attacks\' injured, two lower bounds (MSRP 787432)', 'The blasts killed two people and injured more than 150 others.', 'The Atlanta Olympic Games attack killed one woman and injured more than 100 other people.'],
    // the dead told alike lift no weak pairing of a kind of people (a part) against the injured
    ['en: the dead alike, children injured against people injured', '1 dead, 2 children injured after triple shooting in nightclub parking lot. Police said the fight started inside the Life nightclub.', 'Police said the fight started inside the Life nightclub on Saturday. A man was charged in the shooting that left 1 person dead and 5 people wounded.'],
    ['vi: số người chết như nhau, trẻ em bị thương / người bị thương', 'Nổ súng ở quán bar: 1 người chết, 2 trẻ em bị thương. Công an cho biết vụ ẩu đả bắt đầu trong quán bar Life.', 'Công an cho biết vụ ẩu đả bắt đầu trong quán bar Life hôm thứ Bảy. Một người đàn ông bị bắt sau vụ nổ súng làm 1 người chết, 5 người bị thương.'],
    ['vi: hai vụ tấn công, hai cận dưới', 'Các vụ nổ làm 2 người chết và hơn 150 người khác bị thương.', 'Vụ tấn công tại Thế vận hội Atlanta làm một phụ nữ chết và hơn 100 người khác bị thương.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** One event's main toll of one outcome on each side, in sentences the aligner does not link: a contradiction. */
describe('one event\'s toll told in unlinked sentences', () => {
  it.each([
    ['en: killed at least 24 / the death toll to 11', 'Officials say at least 24 people were killed by the quake on Tuesday. Rescue operations are under way.', 'Rescue operations are under way in the province. A mosque collapsed, bringing the confirmed death toll from the disaster to 11.', '24', '11'],
    ['en: the largest toll of several', 'Officials say at least 24 people were killed by the quake on Tuesday. One report said six children were killed when a mosque collapsed.', 'Rescue operations are under way in the province. A school collapsed, bringing the confirmed death toll from the disaster to 11.', '24', '11'],
    ['en: the injured told as wounded', 'The blast injured 40 people, the hospital said. Firefighters arrived quickly.', 'Firefighters arrived quickly at the plant on Monday. Police said 25 people were wounded.', '40', '25'],
    ['vi: ít nhất 24 người thiệt mạng / nâng số người chết lên 11', 'Trận động đất làm ít nhất 24 người thiệt mạng hôm thứ Ba. Các đội cứu hộ đang làm việc.', 'Các đội cứu hộ đang làm việc tại tỉnh. Một nhà thờ đổ sập, nâng số người chết lên 11 người.', '24', '11'],
    ['vi: bị thương', 'Vụ nổ làm 40 người bị thương, bệnh viện cho biết. Lính cứu hỏa đến rất nhanh.', 'Lính cứu hỏa đến rất nhanh tại nhà máy hôm thứ Hai. Cảnh sát cho biết 25 người bị thương.', '40', '25'],
    ['en: two lower bounds', 'The quake killed at least 5 people, officials said. Aid arrived overnight.', 'Aid arrived overnight in the region. At least 11 people died when the quake struck, police said.', '5', '11'],
    ['vi: hai cận dưới', 'Trận động đất làm ít nhất 5 người chết, chính quyền cho biết. Hàng cứu trợ đến trong đêm.', 'Hàng cứu trợ đến trong đêm tại vùng này. Cảnh sát cho biết ít nhất 11 người đã thiệt mạng.', '5', '11'],
    // the outcome written as the counted noun ("2 injured") is people of that outcome (GVC 738749, fresh34-1)
    // a weak slot pairing of the two injured tolls is lifted when the dead are told alike on both sides
    ['en: 2 injured / 3 others wounded, the dead alike', '1 dead, 2 injured after triple shooting in nightclub parking lot. Police said the fight started inside the Life nightclub.', 'Police said the fight started inside the Life nightclub on Saturday. A man was charged in the shooting that left 1 person dead and 3 others wounded.', '2', '3'],
    ['vi: 2 người bị thương / 3 người khác bị thương, số người chết như nhau', 'Nổ súng ở quán bar: 1 người chết, 2 người bị thương. Công an cho biết vụ ẩu đả bắt đầu trong quán bar Life.', 'Công an cho biết vụ ẩu đả bắt đầu trong quán bar Life hôm thứ Bảy. Một người đàn ông bị bắt sau vụ nổ súng làm 1 người chết, 3 người khác bị thương.', '2', '3'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })
})

/** A year is no toll, even beside an outcome word ("held" is an arrest): a changed year still flags. */
describe('years beside outcome words', () => {
  it.each([
    ['en: held power from 2011', 'Many Tunisians accuse the Islamists, who held power from 2011 to 2013, of having been slow to respond.', 'Many Tunisians accuse the Islamists, who held power from 2012 to 2013, of having been slow to respond.', '2011', '2012'],
    ['vi: bị bắt năm 2011', 'Ông bị bắt giữ năm 2011 và được thả năm 2013, gia đình cho biết.', 'Ông bị bắt giữ năm 2012 và được thả năm 2013, gia đình cho biết.', '2011', '2012'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = compare(a, b).divergences.filter((d) => d.kind !== 'missing' && d.a && d.b).map((d) => [d.a!.text, d.b!.text])
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })
})

const base = 'Heavy rain lashed the coast on Monday, and rescuers worked through the night.'

/** Review rtolls37: figures that are no report's main toll, and shares that are no place's; each pair must stay unflagged. */
describe('no main toll (review rtolls37)', () => {
  it.each([
    ['en: a forecast, could climb to', `The storm killed 24 people, officials said. ${base}`, `${base} Officials warned the death toll could climb to 100.`],
    ['en: a forecast, could hit', `The storm killed 24 people, officials said. ${base}`, `${base} Officials warned the death toll could hit 100.`],
    ['en: a forecast, is expected to', `The storm killed 24 people, officials said. ${base}`, `${base} The number of dead is expected to reach 100, officials said.`],
    ['vi: có thể là, a forecast', 'Cơn bão làm 24 người thiệt mạng. Mưa lớn kéo dài cả đêm.', 'Mưa lớn kéo dài cả đêm. Giới chức cảnh báo số người chết có thể là 100.'],
    ['vi: dự kiến, a forecast', 'Cơn bão làm 24 người thiệt mạng. Mưa lớn kéo dài cả đêm.', 'Mưa lớn kéo dài cả đêm. Số người chết dự kiến lên tới 100 người.'],
    ['en: a similar storm last week', `The storm killed 24 people, officials said. ${base}`, `${base} Last week a similar storm killed 40 people.`],
    ['en: last month', `The storm killed 24 people, officials said. ${base}`, `${base} Last month a storm killed 40 people.`],
    ['vi: tuần trước', 'Cơn bão làm 24 người thiệt mạng. Mưa lớn kéo dài cả đêm.', 'Mưa lớn kéo dài cả đêm. Tuần trước, một cơn bão làm 40 người chết.'],
    ['en: the north against the south', 'Typhoon Mangkhut tore through the region on Sunday. The storm killed 8 people in the north.', 'Typhoon Mangkhut tore through the region on Sunday. Power lines were down everywhere. Officials said 10 people had died in the south.'],
    ['vi: miền Bắc against miền Nam', 'Bão Mangkhut quét qua khu vực hôm Chủ nhật. Cơn bão làm 8 người chết ở miền Bắc.', 'Bão Mangkhut quét qua khu vực hôm Chủ nhật. Điện bị cắt khắp nơi. Chính quyền cho biết 10 người chết ở miền Nam.'],
    ['vi: chết và bị thương, a combined count', 'Vụ nổ làm 50 người chết và bị thương. Cảnh sát đã phong tỏa khu vực.', 'Cảnh sát đã phong tỏa khu vực. Bệnh viện cho biết 12 người tử vong.'],
    ['vi: thương vong, a combined count', 'Vụ nổ làm 50 người thương vong. Cảnh sát đã phong tỏa khu vực.', 'Cảnh sát đã phong tỏa khu vực. Bệnh viện cho biết 12 người tử vong.'],
    ['en: since the rainy season began', `The storm killed 24 people, officials said. ${base}`, `${base} More than 120 people have died in monsoon floods since the rainy season began.`],
    ['vi: từ đầu mùa mưa', 'Cơn bão làm 24 người thiệt mạng. Mưa lớn kéo dài cả đêm.', 'Mưa lớn kéo dài cả đêm. Lũ đã làm hơn 120 người chết kể từ đầu mùa mưa.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** Review rtolls37: words that only look like one place's share; the linked sentences' contradiction stays. */
describe('no place alone (review rtolls37)', () => {
  it.each([
    ['vi: nhà riêng is a private house', 'Vụ cháy nhà riêng ở quận Cầu Giấy làm 5 người chết.', 'Vụ cháy ở quận Cầu Giấy làm 6 người chết.', '5', '6'],
    ['vi: xe riêng is a private car', 'Chiếc xe riêng lao xuống vực làm 5 người chết.', 'Chiếc xe lao xuống vực làm 6 người chết.', '5', '6'],
    ['en: not alone', 'Families are not alone, the mayor said, after the blast killed 5 people.', 'The mayor spoke after the blast killed 6 people.', '5', '6'],
    ['en: lived alone', 'A fire that started in an apartment where a man lived alone killed 5 people on Tuesday.', 'A fire in an apartment block killed 6 people on Tuesday.', '5', '6'],
  ])('%s', (_label, a, b, va, vb) => {
    expect(numberFlags(a, b).some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })
})

/** A sentence recalling another event tells that event's toll: the report's own toll is the one paired. */
describe('the report\'s own toll (review rtolls37)', () => {
  it.each([
    ['en: two weeks after another bombing', 'A suicide bomber killed 24 people at a market on Friday. Police sealed off the area. The attack came two weeks after a bombing at a mosque killed 60 people.', 'Police sealed off the area. Hospital officials said 22 people died in the blast.', '24', '22', '60'],
    ['en: a previous attack', 'A suicide bomber killed 24 people at a market on Friday. Police sealed off the area. The previous attack on the mosque killed 60 people.', 'Police sealed off the area. Hospital officials said 22 people died in the blast.', '24', '22', '60'],
    ['vi: vụ trước đó, another event', 'Vụ đánh bom làm 24 người chết ở chợ hôm thứ Sáu. Cảnh sát phong tỏa khu vực. Vụ trước đó tại một nhà thờ làm 60 người chết.', 'Cảnh sát phong tỏa khu vực. Bệnh viện cho biết 22 người tử vong trong vụ nổ.', '24', '22', '60'],
    ['vi: một cơn bão tương tự', 'Cơn bão làm 24 người chết hôm thứ Hai. Mưa lớn kéo dài cả đêm. Một cơn bão tương tự từng làm 60 người chết ở đây.', 'Mưa lớn kéo dài cả đêm. Chính quyền cho biết 22 người tử vong vì bão.', '24', '22', '60'],
  ])('%s', (_label, a, b, va, vb, other) => {
    const flags = numberFlags(a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
    expect(flags.some(([x]) => x!.includes(other))).toBe(false)
  })
})
