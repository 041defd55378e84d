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
