import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// Two sentences that name different people or places are about different ones (slot-qualifiers.ts),
// unless both state one identifying figure alike (an age, a count of a specific thing, a large
// toll): then the names are two outlets' ways of naming one subject. Traps first: rows whose figure
// must not be flagged at the default threshold.
const flagged = (a: string, b: string, figure: string) =>
  compare(a, b).divergences.filter((d) => (d.kind === 'number' || d.kind === 'date') && d.a?.text === figure)

describe('a shared identifying figure ties sentences that name their subject differently', () => {
  it.each([
    [
      'en: same age, but the sentences give different days (two people)',
      'On Jan. 10, 36-year-old Shawanda McCalister died after falling about 10 metres in Denver.',
      'On Jan. 1, 36-year-old Nikia Kilpatrick died after falling about 20 metres in Boston.',
      '10 metres',
    ],
    [
      'vi: same age, but the sentences give different days (two people)',
      'Ngày 12/3, anh Nguyễn Văn Hùng, 36 tuổi, tử vong sau khi rơi từ độ cao 10 m ở Hà Đông.',
      'Ngày 15/3, anh Trần Văn Minh, 36 tuổi, tử vong sau khi rơi từ độ cao 20 m ở Cầu Giấy.',
      '10 m',
    ],
    [
      'en: only a year in common, no identifying figure',
      'In 2004, a quake off Sumatra triggered a tsunami that killed people in 13 countries.',
      'In 2004, floods in Bangladesh displaced families in 14 districts.',
      '13 countries',
    ],
    [
      'vi: only a small count of people in common',
      'Tại Hà Giang, 3 người chết và lũ cuốn trôi 12 ngôi nhà.',
      'Tại Lào Cai, 3 người chết và lũ cuốn trôi 20 ngôi nhà.',
      '12 ngôi nhà',
    ],
    [
      'en: the shared figure is one of the compared values (no other anchor)',
      'Firefighters in Ohio saved 40 houses from the flames.',
      'Firefighters in Texas saved 40 houses and 55 barns.',
      '40 houses',
    ],
    [
      'en: parts of the shared toll, each told of its own place',
      'Floods in India killed 1,200 people this month, 800 of them in Assam.',
      'Floods in India killed 1,200 people this month, 400 of them in Bihar.',
      '800',
    ],
    [
      'vi: parts of the shared toll, each told of its own province',
      'Lũ lụt làm 1.200 người chết trong tháng này, riêng tỉnh Nghệ An có 80 người.',
      'Lũ lụt làm 1.200 người chết trong tháng này, riêng tỉnh Hà Tĩnh có 40 người.',
      '80 người',
    ],
    [
      'en: an age range shared (a group, not one person)',
      'The Pfizer-BioNTech vaccine was 90.2% effective in a trial in children aged 5-11 in Texas.',
      'Moderna doses appear 91% effective in children aged 5-11 in Ohio.',
      '90.2%',
    ],
  ])('%s', (_name, a, b, figure) => {
    expect(flagged(a, b, figure)).toEqual([])
  })

  it.each([
    [
      'en: one climber, named by nationality and by name, the same age in both',
      'A 36-year-old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook.',
      'On Friday, 36-year-old Duncan Raite died after slipping and falling about 60 metres from a ridge.',
      '150 metres',
      '60 metres',
    ],
    [
      'vi: one victim, named by home town and by name, the same age in both',
      'Một nam du khách 36 tuổi quê Quảng Nam tử vong sau khi rơi từ độ cao khoảng 150 m tại Fansipan.',
      'Anh Nguyễn Văn Hùng, 36 tuổi, đã tử vong sau khi trượt chân rơi từ độ cao khoảng 60 m xuống vực.',
      '150 m',
      '60 m',
    ],
    [
      'en: one tsunami, its place named two ways, the same toll in both',
      'A strong quake off the shores of Indonesia triggered a tsunami that killed 230,000 people in 13 countries around the Indian Ocean in 2004.',
      'In 2004, a magnitude-9.1 quake off Aceh triggered a tsunami that killed 230,000 people in 14 countries.',
      '13 countries',
      '14 countries',
    ],
    [
      'vi: one tsunami, its place named two ways, the same toll in both',
      'Năm 2004, trận sóng thần ở Ấn Độ Dương làm 230.000 người chết tại 13 nước.',
      'Năm 2004, trận động đất ngoài khơi Aceh gây sóng thần làm 230.000 người chết tại 14 nước.',
      '13 nước',
      '14 nước',
    ],
  ])('%s', (_name, a, b, figureA, figureB) => {
    const found = flagged(a, b, figureA)
    expect(found.map((d) => d.b?.text)).toEqual([figureB])
  })
})
