import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every contradiction of two magnitudes, as their two texts (the reports also differ on the toll, which is not this rule's). */
const MAGNITUDE = /magnitude|richter|độ|^\d/i
const flags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b && MAGNITUDE.test(d.a.text))
    .map((d) => [d.a!.text, d.b!.text])

// Two reports of one quake that each recall earlier ones, worded apart so the aligner links none of the recalls
// (after ECB+ 37_1 / 37_2, test/fixtures/ecbplus).
const en = (past: string, other = 'On April 20, a 6.4-magnitude earthquake jolted the Maluku islands, but caused no damage.'): [string, string] => [
  `Five dead in Indonesia quake\n\nA powerful earthquake in Aceh province flattened buildings on Tuesday, killing at least five people. The 6.1-magnitude quake struck inland at a depth of just 10 kilometers in the Bener Meriah district, the US Geological Survey said. Rescuers searched collapsed homes through the night. ${past}`,
  `6.1-magnitude quake strikes Aceh\n\nA powerful 6.1-magnitude earthquake struck the northern province of Aceh, killing at least three people. Residents said many homes had collapsed. ${other} Indonesia sits on the Pacific Ring of Fire. An 8.7-magnitude earthquake also hit off the city of Banda Aceh in Sumatra Island in May 2012, triggering regional tsunami alerts.`,
]
const VI_RECALL = 'Hồi tháng 5/2012, một trận động đất 8,7 độ richter đã xảy ra ngoài khơi thành phố Banda Aceh, gây báo động sóng thần trong khu vực.'
const vi = (past: string, other = VI_RECALL): [string, string] => [
  `Động đất ở Aceh, năm người chết\n\nMột trận động đất mạnh làm sập nhiều nhà cửa ở tỉnh Aceh hôm thứ Ba, khiến ít nhất năm người thiệt mạng. Trận động đất 6,1 độ richter xảy ra ở độ sâu 10 km tại huyện Bener Meriah. Lực lượng cứu hộ tìm kiếm suốt đêm. ${past}`,
  `Động đất 6,1 độ richter tại Aceh\n\nTrận động đất 6,1 độ richter làm rung chuyển tỉnh Aceh, ít nhất ba người chết. Người dân cho biết nhiều ngôi nhà đã đổ sập. Indonesia nằm trên Vành đai lửa Thái Bình Dương. ${other}`,
]
const fr = (past: string): [string, string] => [
  `Cinq morts dans un séisme en Indonésie\n\nUn puissant séisme a détruit des bâtiments mardi dans la province d'Aceh, tuant au moins cinq personnes. Le séisme de magnitude 6,1 s'est produit à 10 kilomètres de profondeur dans le district de Bener Meriah. Les secours ont fouillé les décombres toute la nuit. ${past}`,
  `Séisme de magnitude 6,1 à Aceh\n\nUn séisme de magnitude 6,1 a frappé mardi la province d'Aceh, faisant au moins trois morts. Des habitants disent que beaucoup de maisons se sont effondrées. L'Indonésie se trouve sur la ceinture de feu du Pacifique. En mai 2012, la côte de Banda Aceh avait déjà tremblé lors d'un séisme de magnitude 8,7 en pleine mer.`,
]

/** An earlier quake both reports recall, named by the place it struck: one magnitude each side (measure-quakes.ts). */
describe('one earlier quake placed alike, told in two magnitudes', () => {
  it.each([
    ['en: off Banda Aceh, 8.6 / 8.7', en('In April 2012 an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, prompting a tsunami alert.'), ['8.6-magnitude', '8.7-magnitude']],
    // (the slot pairer flags the template's own pair on main; "dư luận" = public opinion, no aftershock, keeps it this rule's)
    [
      'vi: ngoài khơi Banda Aceh, 8,6 / 8,7 độ richter (dư luận is no aftershock)',
      vi(
        'Năm 2012, cả Ấn Độ Dương từng phải báo động sóng thần sau cơn địa chấn mạnh 8,6 độ richter ngoài khơi Banda Aceh.',
        'Hồi tháng 5/2012, một trận động đất 8,7 độ richter đã xảy ra ngoài khơi thành phố Banda Aceh, gây sóng thần và khiến dư luận hoảng sợ.',
      ),
      ['8,6 độ', '8,7 độ'],
    ],
    ['fr: a retort (réplique du gouvernement) is no aftershock', fr("Un séisme de magnitude 8,6 au large de Banda Aceh, en avril 2012, avait provoqué une alerte au tsunami et une vive réplique du gouvernement."), ['8,6', '8,7']],
    ['fr: au large de Banda Aceh, magnitude 8,6 / 8,7', fr("Un séisme de magnitude 8,6 au large de Banda Aceh, en avril 2012, avait provoqué une alerte au tsunami dans tout l'océan Indien."), ['8,6', '8,7']],
  ])('flags — %s', (_label, [a, b], pair) => {
    expect(flags(a, b)).toContainEqual(pair)
  })

  it.each([
    ['en: "last year" against 2012 (the report\'s day unknown: any year)', en('In April last year an 8.6-magnitude quake struck 431 kilometres off Banda Aceh, prompting a tsunami alert.')],
    ['en: another place (off Nias)', en('In April last year an 8.6-magnitude quake struck 431 kilometres off Nias, prompting a tsunami alert.')],
    ['en: another year stated (2004 / 2012)', en('In 2004 an 8.6-magnitude quake struck off Banda Aceh, prompting a tsunami alert.')],
    ['en: values far apart (9.1 / 8.7)', en('In 2012 a 9.1-magnitude quake struck off Banda Aceh, prompting a tsunami alert.')],
    ['en: an aftershock against a quake', en('In April last year an 8.6-magnitude aftershock struck off Banda Aceh, prompting a tsunami alert.')],
    ['en: the other report states both values', en('In April last year an 8.6-magnitude quake struck off Banda Aceh, prompting a tsunami alert.', 'An 8.6-magnitude quake hit Simeulue island in 2010.')],
    ['en: two quakes off one city on one side', en('In April last year an 8.6-magnitude quake struck off Banda Aceh, and a 7.9-magnitude quake struck off Banda Aceh in 2010.')],
    ['vi: another year stated (2004 / 2012)', vi('Cả Ấn Độ Dương từng phải báo động sóng thần sau cơn địa chấn mạnh 8,6 độ richter ngoài khơi Banda Aceh năm 2004.')],
    ['fr: another place (au large de Nias)', fr("Un séisme de magnitude 8,6 au large de Nias, en avril 2012, avait provoqué une alerte au tsunami dans tout l'océan Indien.")],
    ['fr: a replica (réplique) against a quake', fr("Une réplique de magnitude 8,6 au large de Banda Aceh, en avril 2012, avait provoqué une alerte au tsunami dans tout l'océan Indien.")],
  ])('stays quiet — %s', (_label, [a, b]) => {
    expect(flags(a, b)).toEqual([])
  })
})

/**
 * The generic slot pairer (not this rule) already flags these on main, at 0.66 and 0.91: "8,6 độ" / "8,7 độ"
 * share their unit and the words beside them, and it reads neither the place nor *dư chấn*. Known false
 * contradictions, kept so the fix turns them into rows of the table above.
 */
describe('another place, an aftershock in Vietnamese: known false contradictions of the slot pairer', () => {
  it.fails.each([
    ['vi: another place (ngoài khơi Nias)', vi('Cả Ấn Độ Dương từng phải báo động sóng thần sau cơn địa chấn mạnh 8,6 độ richter ngoài khơi Nias.')],
    ['vi: an aftershock (dư chấn) against a quake', vi('Cả Ấn Độ Dương từng phải báo động sóng thần sau cơn dư chấn mạnh 8,6 độ richter ngoài khơi Banda Aceh.')],
  ])('still flagged — %s', (_label, [a, b]) => {
    expect(flags(a, b)).toEqual([])
  })
})

// Review ramounts52: two quakes at one place or in one country, told apart by their times or by naming no point.
const nepal = (past: string): string => `Quake rattles Nepal\n\nA 5.5-magnitude earthquake shook western Nepal on Sunday, damaging dozens of homes. Officials said two people were hurt. ${past}`
const nepalB = (past: string): string => `5.5 quake hits Nepal\n\nA 5.5-magnitude earthquake struck western Nepal on Sunday, injuring two people. Residents fled their homes in panic. ${past}`
const bali = (past: string): string => `Quake rattles Bali\n\nA 5.1-magnitude earthquake shook Bali on Tuesday, damaging temples. Two tourists were hurt. ${past}`
const baliB = (past: string): string => `5.1 quake hits Bali\n\nA 5.1-magnitude earthquake struck Bali on Tuesday, injuring two tourists. Hotels were evacuated. ${past}`
describe('two quakes of one place: relative times, decades, a country', () => {
  it.each([
    ['en: last year / 1934', nepal('Last year a 7.8-magnitude quake near Kathmandu killed nearly 9,000 people.'), nepalB('The country remains scarred by history: in 1934 an 8.0-magnitude earthquake flattened much of Kathmandu.')],
    ['en: 2015 / the 1930s', nepal('In 2015 a 7.8-magnitude quake near Kathmandu killed nearly 9,000 people.'), nepalB('In the 1930s an 8.1-magnitude earthquake flattened much of Kathmandu.')],
    ['en: last year / decades ago', nepal('Last year a 7.8-magnitude quake near Kathmandu killed nearly 9,000 people.'), nepalB('Decades ago an 8.1-magnitude earthquake flattened much of Kathmandu.')],
    ['en: near Kathmandu / near Kathmandu, 2015 / the 1930s', nepal('In 2015 a 7.8-magnitude quake struck near Kathmandu.'), nepalB('In the 1930s an 8.1-magnitude earthquake struck near Kathmandu.')],
    ['vi: năm ngoái / cách đây nhiều thập kỷ', ...vi('Năm ngoái, cả Ấn Độ Dương từng phải báo động sóng thần sau cơn địa chấn mạnh 8,6 độ richter ngoài khơi Banda Aceh.', 'Cách đây nhiều thập kỷ, một trận động đất 8,9 độ richter đã xảy ra ngoài khơi thành phố Banda Aceh, gây sóng thần.')],
    ['vi: năm 2012 / thập niên 1930', ...vi('Năm 2012, cả Ấn Độ Dương từng phải báo động sóng thần sau cơn địa chấn mạnh 8,6 độ richter ngoài khơi Banda Aceh.', 'Trong thập niên 1930, một trận động đất 8,9 độ richter đã xảy ra ngoài khơi thành phố Banda Aceh.')],
    ['en: one country names no point (2018, Indonesia)', bali('In 2018 a 7.4-magnitude quake and tsunami devastated a city in Indonesia.'), baliB('The deadliest recent disaster came in 2018, when a 7.0-magnitude tremor flattened villages across Indonesia.')],
  ] as [string, string, string][])('stays quiet — %s', (_label, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
