import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/**
 * One incident's toll told by two outlets in sentences the aligner does not link, when the reports
 * date their lead, count the dead as civilians, or close on the whole war's toll (issue 11, FA-KES
 * fresh47-1). Traps first: none of these may flag.
 */
describe('incident tolls that stay apart', () => {
  it.each([
    ['en: civilians beside soldiers, no whole', 'The strikes killed 12 civilians and 20 soldiers in the town, the army said. Rescuers searched the rubble.', 'Rescuers searched the rubble on Sunday. The strikes killed 32 people, officials said.'],
    ['vi: dân thường beside binh sĩ, no whole', 'Quân đội cho biết 12 dân thường và 20 binh sĩ đã thiệt mạng trong cuộc không kích. Lực lượng cứu hộ tìm kiếm trong đống đổ nát.', 'Lực lượng cứu hộ tìm kiếm trong đống đổ nát hôm Chủ nhật. Giới chức cho biết 32 người chết.'],
    ['en: a dated recall in the lead', 'On 26 December 2004 a tsunami killed 170000 people in Aceh. A quake struck the province on Tuesday.', 'A quake struck the province on Tuesday. Officials said 8 people were killed.'],
    ['pt: uma parte, incluindo 11 crianças', 'Pelo menos 56 civis morreram nos ataques, incluindo 11 crianças, disse o Observatório. Socorristas chegaram à aldeia.', 'Socorristas chegaram à aldeia na quarta-feira. Onze crianças morreram nos ataques, disse o UNICEF.'],
    ['en: a part, including 11 children', 'At least 56 civilians were killed in the strikes, including 11 children, a monitor said. Aid workers reached the village.', 'Aid workers reached the village on Wednesday. Eleven children died in the strikes, UNICEF said.'],
    ['en: a report giving both figures itself', 'The Observatory said 43 people were killed in the shelling of Jayrud, while state media said 30 civilians died. Rescuers searched the rubble.', 'Rescuers searched the rubble in Jayrud. Thirty civilians were killed on Saturday in air strikes on the town, rebels said.'],
    ['en: the war\'s toll against one attack\'s', 'A car bomb killed 5 people in the town of Qamishli on Wednesday, police said. The blast damaged shops.', 'The blast damaged shops and homes. The conflict has killed more than 280000 people since 2011.'],
    ['en: the war\'s toll without its year, against one attack\'s', 'A car bomb killed 5 people in the town of Qamishli on Wednesday, police said. The blast damaged shops.', 'The blast damaged shops and homes. The conflict has left more than 320000 people dead, a monitor said.'],
    ['vi: cuộc xung đột\'s toll against one attack\'s', 'Một vụ đánh bom xe làm 5 người chết ở thị trấn Qamishli hôm thứ Tư, cảnh sát cho biết. Vụ nổ làm hư hại nhiều cửa hàng.', 'Vụ nổ làm hư hại nhiều cửa hàng. Cuộc xung đột đã làm hơn 280.000 người chết.'],
    ['en: injured against dead, dated leads', '27 July 2016 A twin bombing killed at least 44 people in the town of Qamishli, a monitor said. Shops were damaged.', 'Published July 27 2016 A twin bombing wounded 140 people in the town of Qamishli, officials said. Shops were damaged.'],
    ['en: a dated lead against a running count told with moments', '2 July 2016 Shelling killed at least 20 people in the town of Jayrud. The toll later rose to 43, a monitor said.', 'Posted on July 2 2016 Shelling of the town of Jayrud killed 43 people, a monitor said. Rescuers searched the rubble.'],
    ['en: two incidents of one war, leads sharing one nationality', 'Syrian state TV said a car bomb in Qamishli killed 22 people. Kurdish forces sealed off the area.', 'Syrian activists said air strikes on Idlib killed 30 people. Rescuers searched the rubble.'],
    ['vi: hai vụ của một cuộc chiến, chung một tên nước', 'Truyền hình Syria cho biết vụ đánh bom xe ở Qamishli làm 22 người chết. Lực lượng người Kurd phong tỏa khu vực.', 'Các nhà hoạt động Syria cho biết các cuộc không kích xuống Idlib làm 30 người chết. Lực lượng cứu hộ tìm kiếm trong đống đổ nát.'],
    ['en: another year\'s toll in the lead', 'In 2004 a tsunami killed 170000 people in Aceh. Aid arrived in the province.', 'Aid arrived in the province overnight. The quake killed 8 people on Tuesday, officials said.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** Each report's own toll of the incident: a divergence whatever source each cites. */
describe('one incident\'s toll across unlinked sentences', () => {
  it.each([
    ['en: civilians / people', 'Thirty civilians were killed on Saturday in air strikes on the town of Jayrud, rebels said. The raids targeted a medical centre.', 'The raids hit a medical centre and a school. Syrian government shelling of the town of Jayrud killed 43 people on Saturday, a monitor said.', 'Thirty', '43'],
    ['en: a dated lead (dateline glued to the sentence)', '2 July 2016 The Syrian regime has killed at least 43 people in the town of Jayrud in a revenge shelling attack. Rebels said the pilot was executed.', 'Posted on July 2 2016 Thirty civilians were killed on Saturday in air strikes on the town of Jayrud, rebels said. The raids hit a school.', '43', 'Thirty'],
    ['en: the war\'s toll closing a report stays out', 'At least 43 people were killed by shelling in the town of Jayrud on Saturday, a monitor said. Rebels said the pilot was executed. The conflict has killed more than 280000 people.', 'Rebels said the pilot was executed on Friday. Government shelling of the town of Jayrud killed 31 people on Saturday, state media said.', '43', '31'],
    ['vi: dân thường / người', 'Phe nổi dậy cho biết 30 dân thường đã thiệt mạng trong các cuộc không kích xuống thị trấn Jayrud gần Damascus hôm thứ Bảy. Trường học bị trúng đạn.', 'Trường học và trạm y tế bị trúng đạn. Đài quan sát cho biết cuộc pháo kích vào Jayrud, đông bắc Damascus, làm 43 người chết.', '30', '43'],
    ['en: the toll before "a day after" another event', 'Thirty civilians were killed on Saturday in air strikes on the town of Jayrud a day after rebels executed a pilot, a monitor said. The raids hit a school.', 'The raids hit a school and a clinic. Government shelling of Jayrud killed 43 people on Saturday, state media said.', 'Thirty', '43'],
    ['vi: số người chết trước "một ngày sau"', 'Phe nổi dậy cho biết 30 dân thường thiệt mạng ở Jayrud, một ngày sau khi phi công bị xử tử. Trường học bị trúng đạn.', 'Trường học và trạm y tế bị trúng đạn. Đài quan sát cho biết cuộc pháo kích vào Jayrud làm 43 người chết.', '30', '43'],
    ['pt: a dated lead (Publicado em)', 'Publicado em 2 de julho de 2016 O regime sírio matou pelo menos 43 pessoas na cidade de Jayrud. Os rebeldes executaram o piloto.', 'Os rebeldes executaram o piloto na sexta-feira. Trinta civis morreram nos ataques aéreos, disseram os rebeldes.', '43', 'Trinta'],
    ['vi: the war\'s toll stays out', 'Cuộc pháo kích làm 43 người chết tại thị trấn Jayrud hôm thứ Bảy, Đài quan sát cho biết. Phe nổi dậy đã xử tử phi công. Cuộc xung đột đã làm hơn 280.000 người chết.', 'Phe nổi dậy đã xử tử phi công hôm thứ Sáu. Truyền thông nhà nước cho biết cuộc pháo kích vào thị trấn Jayrud làm 31 người thiệt mạng.', '43', '31'],
    ['pt: civis / pessoas', 'Trinta civis morreram no sábado em ataques aéreos contra a cidade de Jayrud, disseram os rebeldes. Os ataques atingiram uma escola.', 'Os ataques atingiram uma escola e um centro médico. O bombardeio da cidade de Jayrud matou 43 pessoas no sábado, disse o Observatório.', 'Trinta', '43'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
    expect(flags.some(([x, y]) => x!.includes('280') || y!.includes('280'))).toBe(false)
  })
})
