import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const enBase = 'Rescuers worked through the night as heavy rain lashed the coast.'
const viBase = 'Lực lượng cứu hộ làm việc suốt đêm trong mưa lớn.'

/**
 * Quantities of things that are not one slot, in sentences the aligner does not link (issue 11):
 * whatever pairs two reports' main figures of a thing across sentences must leave every row
 * without a number contradiction.
 */
describe('quantities of things in unlinked sentences that stay apart', () => {
  it.each([
    ['en: houses collapsed against houses damaged', `The storm destroyed 24 houses, officials said. ${enBase}`, `${enBase} In all, 170 houses were damaged by the wind.`],
    ['vi: nhà sập against nhà hư hỏng', `Cơn bão làm 24 nhà bị sập hoàn toàn, chính quyền cho biết. ${viBase}`, `${viBase} Tổng cộng 170 ngôi nhà bị hư hỏng do gió lốc.`],
    ['en: houses unroofed against houses collapsed', `The storm tore the roofs off 68 houses, officials said. ${enBase}`, `${enBase} The wind flattened 24 houses in the night.`],
    ['vi: tốc mái against sập đổ', `Giông lốc làm 68 nhà bị tốc mái, chính quyền cho biết. ${viBase}`, `${viBase} Gió lốc làm 24 ngôi nhà bị sập đổ trong đêm.`],
    ['vi: tốc mái và sập đổ (both together) against sập đổ alone', `Mưa lớn làm 48 ngôi nhà bị tốc mái và sập đổ. ${viBase}`, `${viBase} Gió lốc làm 24 ngôi nhà bị sập đổ hoàn toàn trong đêm.`],
    ['en: one province\'s count against the whole storm\'s', `In Quang Tri province alone, 7 houses collapsed. ${enBase}`, `${enBase} The storm destroyed 24 houses across the north.`],
    ['vi: một huyện khác against cả trận bão', `Tại huyện Hương Hóa (Quảng Trị), lốc xoáy làm 7 nhà bị sập đổ. ${viBase}`, `${viBase} Cơn bão làm 24 nhà bị sập hoàn toàn ở Yên Bái.`],
    ['vi: một xã against cả huyện', `Tại xã Tân Lập, 13 căn nhà đã đổ sập sau trận lốc, chủ tịch xã cho biết. ${viBase}`, `${viBase} Theo báo cáo của tỉnh, giông lốc khiến 24 nhà dân sập hoàn toàn và nhiều nhà khác bị tốc mái.`],
    ['en: one village against the whole storm', `In the village of Tan Lap, the wind flattened 13 houses. ${viBase}`, `${enBase} According to a first report, 24 homes were destroyed.`],
    ['en: a similar fire recalled', `A similar fire last year burned 40 homes in the valley. ${enBase}`, `${enBase} By the first count, the blaze had burned 65 houses before dawn.`],
    ['vi: vụ cháy tương tự năm ngoái', `Năm ngoái, một vụ cháy rừng tương tự đã thiêu rụi 40 ngôi nhà trong thung lũng. ${viBase}`, `${viBase} Theo thống kê ban đầu, đám cháy làm 65 nhà bị cháy rụi và nhiều tài sản bị hư hại.`],
    ['vi: a forecast of houses flooded', `Nước lũ có thể làm 500 ngôi nhà bị ngập trong đêm nay. ${viBase}`, `${viBase} Theo thống kê ban đầu, lũ làm 120 nhà dân bị ngập.`],
    ['en: a figure of another year', `In 2004 a cyclone destroyed 9,000 houses on the coast. ${enBase}`, `${enBase} The storm destroyed 240 houses, officials said.`],
    ['vi: năm 2017', `Năm 2017, một cơn bão làm 900 ngôi nhà bị sập đổ. ${viBase}`, `${viBase} Cơn bão làm 240 ngôi nhà bị sập hoàn toàn.`],
    ['en: kitchens against houses', `The storm destroyed 6 kitchens, officials said. ${enBase}`, `${enBase} The wind flattened 24 houses in the night.`],
    ['vi: nhà bếp against nhà ở', `Lốc xoáy làm 6 nhà bếp bị sập hoàn toàn. ${viBase}`, `${viBase} Gió lốc làm 24 ngôi nhà bị sập đổ trong đêm.`],
    ['en: two different thefts (ECB+ 24_3)', `Days later a $2.5 million necklace was lifted by a crook at a party on the coast. ${enBase}`, `${enBase} Thieves made off with jewellery worth $2.6 million from the store.`],
    ['en: a quake\'s magnitude against an aftershock\'s', `A magnitude 6.1 quake struck Aceh on Tuesday. ${enBase}`, `${enBase} A magnitude 5.2 aftershock followed an hour later.`],
    ['vi: động đất against dư chấn', `Trận động đất mạnh 6,1 độ richter xảy ra ở Aceh hôm thứ Ba. ${viBase}`, `${viBase} Một dư chấn mạnh 5,2 độ richter xảy ra một giờ sau đó.`],
    ['en: two climbers\' falls', `One climber fell about 150 metres from a ridge on Friday. ${enBase}`, `${enBase} Another climber fell about 600 metres near the hut on Saturday.`],
    ['en: a price per unit against the total', `Each apartment sold for $250,000, the agent said. ${enBase}`, `${enBase} The tower sold for $40 million in all.`],
    ['vi: nhà bè (fish-farm rafts) are not houses', `Sóng lớn làm 120 nhà bè bị sập, chính quyền cho biết. ${viBase}`, `${viBase} Theo báo cáo ban đầu, lốc xoáy làm 19 nhà dân sập hoàn toàn.`],
    ['vi: nhà học (school blocks) are not houses', `Lốc xoáy tối qua làm 3 nhà học bị sập, chính quyền cho biết. ${viBase}`, `${viBase} Theo báo cáo ban đầu, lốc xoáy làm 19 nhà dân sập hoàn toàn.`],
    ['vi: nhà thi đấu (gyms) are not houses', `Giông lốc làm 2 nhà thi đấu bị tốc mái. ${viBase}`, `${viBase} Theo thống kê, giông lốc làm 190 nhà dân bị tốc mái.`],
    ['vi: nhà lồng chợ (market halls) are not houses', `Hỏa hoạn làm 2 nhà lồng chợ bị cháy rụi. ${viBase}`, `${viBase} Theo thống kê, đám cháy thiêu rụi 9 nhà dân.`],
    ['vi: sập một phần against sập hoàn toàn', `Mưa lốc chiều qua làm 240 ngôi nhà bị sập một phần. ${viBase}`, `${viBase} Theo báo cáo ban đầu, lốc xoáy làm 19 nhà dân sập hoàn toàn.`],
    ['en: partially destroyed against destroyed', `The storm hit on Monday night and 240 homes were partially destroyed. ${enBase}`, `${enBase} According to a first report, 19 houses were completely destroyed.`],
    ['en: partly flooded against submerged', `On Monday 600 homes were partly flooded, officials said. ${enBase}`, `${enBase} By the first count, the river fully submerged 120 houses.`],
    ['en: one night against this week\'s total', `On Monday night the river burst its banks and 40 homes were flooded. ${enBase}`, `${enBase} According to the disaster agency, 3,100 houses have been flooded this week.`],
    ['vi: một đêm against tính đến nay', `Mưa lũ đêm qua làm 40 ngôi nhà bị ngập. ${viBase}`, `${viBase} Tính đến nay, toàn tỉnh có 3.100 nhà dân bị ngập sâu.`],
    ['vi: một đêm against trong tuần này', `Mưa lũ đêm qua làm 40 ngôi nhà bị ngập. ${viBase}`, `${viBase} Theo thống kê, trong tuần này 3.100 nhà dân bị ngập sâu.`],
    ['en: could be flooded if', `Officials said 12,000 homes could be flooded if the levee fails. ${enBase}`, `${enBase} By the first count, 400 homes were flooded.`],
    ['en: expected to be flooded by Friday', `Up to 12,000 homes are expected to be flooded by Friday. ${enBase}`, `${enBase} By the first count, 400 homes were flooded.`],
    ['vi: có nguy cơ bị ngập nếu', `Chính quyền cảnh báo 3.000 ngôi nhà có nguy cơ bị ngập nếu mưa tiếp tục. ${viBase}`, `${viBase} Theo thống kê, lũ làm 400 nhà dân bị ngập sâu.`],
    ['en: homes rebuilt after earlier storms', `The government has rebuilt 1,200 homes destroyed by earlier storms. ${enBase}`, `${enBase} By the first count, 400 homes were destroyed.`],
    ['vi: xây lại nhà của các đợt bão trước', `Tỉnh đã hỗ trợ xây lại 1.200 ngôi nhà bị sập trong các đợt bão trước. ${viBase}`, `${viBase} Theo báo cáo ban đầu, lốc xoáy làm 40 nhà dân sập hoàn toàn.`],
    ['en: a named earlier storm in a relative clause', `Typhoon Molave, which hit the region earlier, had flattened 190 houses. ${enBase}`, `${enBase} The tornado tore through on Monday night, and 24 homes were destroyed.`],
    ['en: homes near the collapsed dam', `Police evacuated 900 homes near the collapsed dam on Monday night. ${enBase}`, `${enBase} By the first count, 40 houses collapsed in the flood.`],
    ['en: homes in flooded districts', `Crews restored power to 3,000 homes in flooded districts. ${enBase}`, `${enBase} By the first count, the river submerged 400 houses.`],
    ['en: homes near the burned forest', `About 3,000 homes stand near the burned forest. ${enBase}`, `${enBase} By the first count, the fire has burned 45 homes.`],
    ['vi: nhà được cứu khỏi bị cháy', `Lực lượng chữa cháy đã cứu 300 ngôi nhà khỏi bị cháy lan. ${viBase}`, `${viBase} Theo thống kê, đám cháy thiêu rụi 12 ngôi nhà.`],
    ['vi: nhà nằm trong vùng ngập', `Chính quyền đã di dời người dân của 3.000 ngôi nhà nằm trong vùng ngập. ${viBase}`, `${viBase} Theo thống kê, lũ làm 400 nhà dân bị ngập sâu.`],
    ['vi: nhà kho (stores) are not houses', `Gió mạnh làm 4 nhà kho của hợp tác xã bị sập, chính quyền cho biết. ${viBase}`, `${viBase} Theo báo cáo ban đầu, lốc xoáy làm 19 nhà dân sập hoàn toàn.`],
    ['en: houses with no state of their own (evacuated)', `Police evacuated 900 homes on Monday night. ${enBase}`, `${enBase} By the first count, 40 houses collapsed in the flood.`],
    ['en: the houses a report counts twice (the other value on this side)', `The storm destroyed 24 houses, officials said. ${enBase}`, `${enBase} The wind flattened 19 houses in one village. A later count put the houses destroyed at 24.`],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** One event's main figure of one thing in one state on each side, in sentences the aligner does not link: a contradiction. */
describe('one event\'s quantity of a thing told in unlinked sentences', () => {
  it.each([
    ['vi: nhà sập hoàn toàn (ViMs 47_309 / 47_312)', `9 người bị thương, 24 nhà bị sập hoàn toàn do mưa lốc. ${viBase}`, `${viBase} Theo báo cáo ban đầu, trận lốc xoáy khiến 19 nhà dân sập hoàn toàn, nhiều ngôi nhà bị tốc mái.`, '24', '19'],
    ['vi: sập đổ before the figure', `Mưa lớn làm đổ sập 18 ngôi nhà, chính quyền cho biết. ${viBase}`, `${viBase} Thiên tai gây thiệt hại tới 194 ngôi nhà, trong đó 24 nhà bị sập đổ hoàn toàn.`, '18', '24'],
    ['en: homes destroyed / houses collapsed', `The tornado tore through the district on Monday night, and 24 homes were destroyed, the governor said. ${enBase}`, `${enBase} According to a first report, 19 houses collapsed completely and many others lost their roofs.`, '24', '19'],
    ['en: homes flooded / houses submerged', `Floodwater rose quickly overnight and 300 homes were flooded, the mayor said. ${enBase}`, `${enBase} By the first count, the river had submerged 450 houses before dawn.`, '300', '450'],
    ['vi: tốc mái', `Giông lốc làm 68 nhà bị tốc mái, chính quyền cho biết. ${viBase}`, `${viBase} Theo thống kê, lốc xoáy làm tốc mái 168 nhà.`, '68', '168'],
    ['en: destroyed and damaged (the state of each figure its own)', `The storm destroyed 24 homes and damaged 300 shops on Monday night. ${enBase}`, `${enBase} According to a first report, 19 houses collapsed completely.`, '24', '19'],
    ['en: destroying after heavy damage', `The tornado caused heavy damage on Monday night, destroying 24 homes. ${enBase}`, `${enBase} According to a first report, 19 houses collapsed completely.`, '24', '19'],
    ['vi: sập, hư hỏng in one sentence', `Cơn lốc làm 24 ngôi nhà bị sập, 300 ngôi nhà bị hư hỏng. ${viBase}`, `${viBase} Theo báo cáo ban đầu, trận lốc xoáy khiến 19 nhà dân sập hoàn toàn.`, '24', '19'],
    ['en: swept away / washed away', `The flash flood swept away 24 homes, officials said. ${enBase}`, `${enBase} By the first count, raging water washed away 19 houses.`, '24', '19'],
    ['en: destroyed / wiped out', `On Monday night 24 homes were destroyed, officials said. ${enBase}`, `${enBase} By the first count, 19 houses were wiped out.`, '24', '19'],
    ['en: destroyed / reduced to rubble', `On Monday night 24 homes were destroyed, officials said. ${enBase}`, `${enBase} By the first count, 19 houses were reduced to rubble.`, '24', '19'],
    ['en: burned / destroyed by fire', `The blaze burned 24 homes, officials said. ${enBase}`, `${enBase} By the first count, the fire destroyed 19 houses.`, '24', '19'],
    ['vi: nhà dân bị cuốn trôi', `Lũ quét làm 24 ngôi nhà bị cuốn trôi. ${viBase}`, `${viBase} Theo thống kê, lũ quét cuốn trôi 19 nhà dân.`, '24', '19'],
    ['vi: nhà ở bị ngập / nhà dân bị ngập (dwelling words)', `Lũ làm 300 nhà ở bị ngập, chính quyền cho biết. ${viBase}`, `${viBase} Theo thống kê ban đầu, nước lũ làm 450 nhà dân bị ngập.`, '300', '450'],
    ['en: residences destroyed / homes destroyed', `The wind destroyed 30 residences, officials said. ${enBase}`, `${enBase} According to a first report, 42 homes were destroyed.`, '30', '42'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })

  it('says why the slot is taken as one, below a linked contradiction', () => {
    const r = compare(`The tornado tore through the district on Monday night, and 24 homes were destroyed, the governor said. ${enBase}`, `${enBase} According to a first report, 19 houses collapsed completely and many others lost their roofs.`)
    const d = r.divergences.find((x) => x.kind === 'number' && x.a?.text.includes('24'))
    expect(d?.evidence?.join(' ')).toContain('main count of')
    expect(d!.confidence).toBeLessThan(0.6)
  })
})
