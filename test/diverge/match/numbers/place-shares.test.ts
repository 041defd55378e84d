import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

describe("one place's toll with more elsewhere, against the whole toll", () => {
  // "killed 170,000 people in the province and tens of thousands more in countries around" (ECB+ 37_1 / 37_2)
  it.each([
    ['en: the province and more elsewhere / 13 countries', 'In 2004 a tsunami killed 170,000 people in the province and tens of thousands more in countries around the Indian Ocean.', 'In 2004 a tsunami killed 230,000 people in 13 countries around the Indian Ocean.'],
    ['en: many more elsewhere', 'The quake killed 170,000 people in the province and many more elsewhere.', 'The quake killed 230,000 people in 13 countries.'],
    ['vi: người nữa ở', 'Trận động đất làm 170.000 người chết ở tỉnh này và hàng chục nghìn người nữa ở các nước quanh Ấn Độ Dương.', 'Trận động đất làm 230.000 người chết ở 13 nước.'],
    ['vi: ở tỉnh này và hàng chục nghìn người khác / 13 nước', 'Năm 2004, sóng thần làm 170.000 người chết ở tỉnh này và hàng chục nghìn người khác ở các nước quanh Ấn Độ Dương.', 'Năm 2004, sóng thần làm 230.000 người chết ở 13 nước quanh Ấn Độ Dương.'],
  ])('%s: no number flag', (_name, a, b) => {
    expect(figureFlags(a, b, ['number'])).toEqual([])
  })

  // Traps: "more" of another outcome ("and injured 20 more"), or the same share on both sides, still contradict.
  it.each([
    ['en: more of another outcome', 'The quake killed 8 people in the town and injured 20 more, officials said.', 'The quake killed 10 people in the town, officials said.', ['8 people | 10 people']],
    ['en: both sides a share with more elsewhere', 'The tsunami killed 170,000 people in the province and thousands more abroad.', 'The tsunami killed 160,000 people in the province and thousands more abroad.', ['170,000 people | 160,000 people']],
    ['vi: khác of another outcome', 'Động đất làm 8 người chết tại thị trấn và 20 người khác bị thương, chính quyền cho biết.', 'Động đất làm 10 người chết tại thị trấn, chính quyền cho biết.', ['8 người | 10 người']],
    // review rpeople40: "more"/"khác" of no people count, or of people not counted by the same outcome, is no share
    ['en: more homeless', 'The bomb killed 12 people in the market and left hundreds more homeless, officials said.', 'The bomb killed 15 people in the market, officials said.', ['12 people | 15 people']],
    ['en: more houses', 'The storm killed 12 people in the province and destroyed 300 more houses, officials said.', 'The storm killed 15 people in the province, officials said.', ['12 people | 15 people']],
    ['en: more are trapped', 'The blast killed 12 people in the town and officials fear more are trapped.', 'The blast killed 15 people in the town, officials said.', ['12 people | 15 people']],
    ['en: forced more to flee', 'The fire killed 12 people in the building and forced 200 more to flee, officials said.', 'The fire killed 15 people in the building, officials said.', ['12 people | 15 people']],
    ['vi: ngôi nhà khác bị tốc mái', 'Cơn bão làm 12 người chết ở Quảng Nam và hàng nghìn ngôi nhà khác bị tốc mái.', 'Cơn bão làm 15 người chết ở Quảng Nam.', ['12 người | 15 người']],
    ['vi: nhiều người khác mất nhà cửa', 'Cơn bão làm 12 người chết ở Quảng Nam và khiến nhiều người khác mất nhà cửa.', 'Cơn bão làm 15 người chết ở Quảng Nam.', ['12 người | 15 người']],
    ['vi: ngôi nhà khác', 'Cơn bão làm 12 người chết ở tỉnh này và làm sập hàng trăm ngôi nhà khác.', 'Cơn bão làm 15 người chết ở tỉnh này.', ['12 người | 15 người']],
  ])('%s: still a conflict', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
