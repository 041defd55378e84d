import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// Two sentences that name different people or places are about different ones (slot-qualifiers.ts),
// unless both state one event-wide toll of people in the thousands alike, or the names are one
// name respelt (which the names rule itself reads): then they are two outlets' ways of naming one subject. Traps first: rows whose figure
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
    [
      'en: an age alone is no evidence of one person (nationality / name)',
      'A 36-year-old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook.',
      'On Friday, 36-year-old Duncan Raite died after slipping and falling about 60 metres from a ridge.',
      '150 metres',
    ],
    [
      'vi: an age alone is no evidence of one person (home town / name)',
      'Một nam du khách 36 tuổi quê Quảng Nam tử vong sau khi rơi từ độ cao khoảng 150 m tại Fansipan.',
      'Anh Nguyễn Văn Hùng, 36 tuổi, đã tử vong sau khi trượt chân rơi từ độ cao khoảng 60 m xuống vực.',
      '150 m',
    ],
  ])('%s', (_name, a, b, figure) => {
    expect(flagged(a, b, figure)).toEqual([])
  })

  it.each([
    [
      'en: one climber, his name respelt (the names rule yields by itself, no shared figure needed)',
      'Duncan Raite, 36, died after falling about 150 metres from a ridge.',
      'Duncan Rait, 36, died after falling about 60 metres from a ridge.',
      '150 metres',
      '60 metres',
    ],
    [
      'vi: one victim, his name written without marks on one side',
      'Anh Nguyễn Văn Hùng, 36 tuổi, tử vong sau khi rơi từ độ cao khoảng 150 m ở Hà Đông.',
      'Anh Nguyen Van Hung, 36 tuoi, tử vong sau khi rơi từ độ cao khoảng 60 m ở Hà Đông.',
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

// Review rslots37: every row a false contradiction the first version of the rule made. Two different
// people may share an age, two incidents a small count of things, a storm's provinces its house toll,
// and an age bound describes a group. Contradictions and candidates both count here.
const raised = (a: string, b: string, figure: string) => {
  const result = compare(a, b)
  return [...result.divergences, ...(result.candidates ?? [])].filter((d) => (d.kind === 'number' || d.kind === 'date') && d.a?.text === figure)
}

describe('no shared figure ties two different subjects (review rslots37)', () => {
  it.each([
    ['en: two full names, one age', 'Police said 36-year-old Shawanda McCalister died after falling about 10 metres from a balcony in Denver.', 'Officers said 36-year-old Nikia Kilpatrick died after falling about 20 metres from a balcony in Boston.', '10 metres'],
    ['vi: two full names, one age', 'Anh Nguyễn Văn Hùng, 36 tuổi, tử vong sau khi rơi từ độ cao 10 m ở Hà Đông.', 'Anh Trần Văn Minh, 36 tuổi, tử vong sau khi rơi từ độ cao 20 m ở Cầu Giấy.', '10 m'],
    ['vi: a man and a woman in two cities, one age', 'Tại Hà Nội, một người đàn ông 25 tuổi bị bắt khi vận chuyển 3 kg heroin.', 'Ở Hải Phòng, một phụ nữ 25 tuổi bị bắt giữ cùng 5 kg heroin.', '3 kg'],
    ['en: a small count of things shared by two provinces', 'In Ha Giang, a landslide buried 2 houses and killed 5 people.', 'In Lao Cai province, floodwaters swept away 2 houses and killed 8 people.', '5 people'],
    ['vi: a small count of things shared by two provinces', 'Tại Quảng Nam, sạt lở vùi lấp 2 ngôi nhà khiến 5 người chết.', 'Ở Lào Cai, lũ quét cuốn trôi 2 ngôi nhà làm 8 người thiệt mạng.', '5 người'],
    ['en: two players of one age, their goals', 'The 25-year-old striker scored 2 goals for Arsenal on Saturday.', 'The 25-year-old midfielder scored 1 goal for Chelsea.', '2 goals'],
    ['en: a storm-wide house toll, each province its dead', 'The storm destroyed 1,200 houses and killed 5 people in Quang Ninh.', 'It flattened 1,200 houses and left 8 people dead in Hai Phong.', '5 people'],
    ['vi: a storm-wide house toll, each province its dead', 'Bão số 3 làm sập 1.200 ngôi nhà và khiến 5 người chết ở Huế.', 'Bão số 3 làm sập 1.200 ngôi nhà, khiến 8 người chết tại Quảng Trị.', '5 người'],
    ['vi: an age bound (dưới 5 tuổi) is a group', 'Tại Hà Giang, tỷ lệ suy dinh dưỡng ở trẻ dưới 5 tuổi là 25,3%.', 'Tại Lai Châu, tỷ lệ suy dinh dưỡng ở trẻ dưới 5 tuổi là 22%.', '25,3%'],
    ['en: an age bound (under 5 years old) is a group', 'In Texas, the Pfizer vaccine was 80.3% effective in children under 5 years old.', 'In Ohio, Moderna shots appear 51% effective in children under 5 years old.', '80.3%'],
    ['vi: an age bound (trên 60 tuổi) is a group', 'Vắc xin Pfizer đạt hiệu quả 90,2% ở người trên 60 tuổi tại Mỹ.', 'Vắc xin Moderna đạt hiệu quả 91% ở người trên 60 tuổi tại Nhật Bản.', '90,2%'],
    ['en: an age bound (aged 65 and older) is a group', 'The Pfizer vaccine was 90.2% effective in adults aged 65 and older in Texas.', 'Moderna shots were 91% effective in adults aged 65 and older in Ohio.', '90.2%'],
    ['en: an age range in words (aged 5 to 11) is a group', 'The Pfizer-BioNTech vaccine was 90.2% effective in a trial in children aged 5 to 11 in Texas.', 'Moderna doses appear 91% effective in children aged 5 to 11 in Ohio.', '90.2%'],
    ['en: different weekdays, two incidents', 'On Monday, a 19-year-old man in Texas was shot and 3 people were injured.', 'On Friday, a 19-year-old man in Ohio was stabbed and 5 people were injured.', '3 people'],
    ['vi: different months, two incidents', 'Tháng 3, một thanh niên 19 tuổi ở Nghệ An bị đâm và 3 người bị thương.', 'Tháng 7, một thanh niên 19 tuổi ở Thanh Hóa bị đánh và 5 người bị thương.', '3 người'],
  ])('%s', (_name, a, b, figure) => {
    expect(raised(a, b, figure)).toEqual([])
  })
})
