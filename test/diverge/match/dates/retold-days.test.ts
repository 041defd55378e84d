/**
 * One statement retold after two days a day apart (retold-days.ts; AbMuSu 43-2~43-3, round
 * fresh40-1): *…, ngày 17-8, cảnh sát Manchester thông báo đã phát hiện thêm 1 thi thể …* /
 * *Bộ Ngoại giao vừa cho biết, …, ngày 16-8, cảnh sát Manchester thông báo đã phát hiện thêm một
 * thi thể …*. The clause each day fronts is one statement, so the day is one slot whatever the
 * sentences add before it. Traps first: a daily update whose figures change, the event's day
 * against a later step (an arrest), another statement on the next day, a date closing its
 * sentence, a range of days against one day.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const VI_FILL = 'Cảnh sát cho biết sẽ tiếp tục tìm kiếm tại hiện trường. Các cơ quan chức năng đang phối hợp xác định danh tính nạn nhân.'
const EN_FILL = 'Police said the search of the site would go on. Officials are working to identify the victims.'
const PT_FILL = 'A polícia disse que as buscas no local vão continuar. As autoridades trabalham para identificar as vítimas.'
const dayFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])

describe('one statement retold after two days a day apart', () => {
  it.each([
    ['vi trap: a daily update, its figure changed', `Theo báo cáo của Bộ Y tế, ngày 16-8, cả nước ghi nhận thêm 500 ca mắc mới tại nhiều tỉnh thành. ${VI_FILL}`, `Bộ Y tế vừa cho biết, ngày 17-8, cả nước ghi nhận thêm 450 ca mắc mới tại nhiều tỉnh thành. ${VI_FILL}`],
    ['en trap: a daily update, its figure changed', `According to the health ministry's report, on August 16, the country recorded 500 new cases in many provinces. ${EN_FILL}`, `The ministry said that on August 17, the country recorded 450 new cases in many provinces. ${EN_FILL}`],
    ['vi trap: the fire against the arrest', `Ngày 16-8, một vụ cháy lớn xảy ra tại khu nhà ở Oldham, Manchester. ${VI_FILL}`, `Ngày 17-8, cảnh sát Manchester đã bắt giữ một nghi phạm liên quan đến vụ cháy tại Oldham. ${VI_FILL}`],
    ['en trap: the fire against the arrest', `On August 16, a large fire broke out in a block of flats in Oldham, Manchester. ${EN_FILL}`, `On August 17, Manchester police arrested a suspect over the fire in a block of flats in Oldham. ${EN_FILL}`],
    ['vi trap: the body found, then announced', `Ngày 16-8, lực lượng cứu hộ tìm thấy thêm một thi thể trong khu nhà bị cháy. ${VI_FILL}`, `Ngày 17-8, cảnh sát Manchester tổ chức họp báo về vụ cháy tại Oldham. ${VI_FILL}`],
    ['en trap: the date closes its sentence', `Police announced that another body had been found in the burned building in Oldham on August 16. ${EN_FILL}`, `According to the embassy, police announced that another body had been found in the burned building in Oldham on August 17. ${EN_FILL}`],
    ['vi trap: a range of days against one day', `Từ ngày 16-8 đến ngày 18-8, cảnh sát Manchester tìm kiếm tại khu nhà bị cháy ở Oldham, Manchester. ${VI_FILL}`, `Ngày 17-8, cảnh sát Manchester tìm kiếm tại khu nhà bị cháy ở Oldham, Manchester. ${VI_FILL}`],
    ['en trap: a range of days against one day', `From August 16 to August 18, Manchester police searched the burned building in Oldham for more victims. ${EN_FILL}`, `On August 17, Manchester police searched the burned building in Oldham for more victims. ${EN_FILL}`],
    ['pt trap: a daily update, its figure changed', `Segundo o ministério, em 16 de agosto, o país registrou 500 novos casos em vários estados. ${PT_FILL}`, `O ministério informou que, em 17 de agosto, o país registrou 450 novos casos em vários estados. ${PT_FILL}`],
    ['vi trap: a recalled earlier event', `Ngày 16-8 năm ngoái, cảnh sát Manchester thông báo đã phát hiện thêm một thi thể trong khu nhà bị cháy tại Oldham. ${VI_FILL}`, `Theo Đại sứ quán Việt Nam tại Anh, ngày 17-8, cảnh sát Manchester thông báo đã phát hiện thêm một thi thể trong khu nhà bị cháy tại Oldham. ${VI_FILL}`],
    ['en trap: a recalled earlier event', `On August 16 last year, Manchester police announced they had found one more body in a burned building in Oldham. ${EN_FILL}`, `According to the embassy, on August 17, Manchester police announced they had found one more body in a burned building in Oldham. ${EN_FILL}`],
    ['en trap: a publication date', `Published on August 17, 2022. Manchester police announced they had found one more body in the burned building in Oldham. ${EN_FILL}`, `According to the embassy, on August 16, Manchester police announced they had found one more body in the burned building in Oldham. ${EN_FILL}`],
    ['vi trap: one night, its early hours and its night', `Theo báo Tuổi Trẻ, rạng sáng 17/8, một vụ cháy lớn bùng phát tại chung cư mini ở quận Thanh Xuân khiến nhiều người mắc kẹt. ${VI_FILL}`, `Bộ Công an vừa cho biết, đêm 16/8, một vụ cháy lớn bùng phát tại chung cư mini ở quận Thanh Xuân khiến nhiều người mắc kẹt. ${VI_FILL}`],
    ['en trap: one night, early on and late on', `According to state media, early on August 17, a powerful earthquake struck the coastal province and damaged hundreds of homes. ${EN_FILL}`, `Officials in Jakarta said late on August 16, a powerful earthquake struck the coastal province and damaged hundreds of homes. ${EN_FILL}`],
    ['pt trap: one night, madrugada and noite', `Segundo a Folha, na madrugada de 17 de agosto, um incêndio de grandes proporções atingiu um prédio residencial no centro de São Paulo. ${PT_FILL}`, `De acordo com os bombeiros, na noite de 16 de agosto, um incêndio de grandes proporções atingiu um prédio residencial no centro de São Paulo. ${PT_FILL}`],
    ['vi trap: a daily update in number words', `Theo VnExpress, ngày 16/8, Bộ Y tế ghi nhận thêm ba mươi ca mắc mới tại Hà Nội và TP HCM. ${VI_FILL}`, `Báo Thanh Niên cho hay, ngày 17/8, Bộ Y tế ghi nhận thêm bốn mươi ca mắc mới tại Hà Nội và TP HCM. ${VI_FILL}`],
    ['en trap: a daily update in number words', `The ministry said on August 16, health officials recorded thirty new cases in the capital and the port city. ${EN_FILL}`, `Reuters reported that on August 17, health officials recorded forty new cases in the capital and the port city. ${EN_FILL}`],
    ['vi trap: a day-by-day weather forecast', `Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, ngày 16/8, khu vực Bắc Bộ có mưa to đến rất to và dông. ${VI_FILL}`, `Cơ quan khí tượng cho hay, ngày 17/8, khu vực Bắc Bộ có mưa to đến rất to và dông. ${VI_FILL}`],
    ['en trap: a day-by-day forecast', `Forecasters said that on August 16, northern provinces will see heavy rain and thunderstorms in the afternoon. ${EN_FILL}`, `According to the weather agency, on August 17, northern provinces will see heavy rain and thunderstorms in the afternoon. ${EN_FILL}`],
    ['vi trap: a further arrest', `Theo Đại sứ quán, ngày 16/8, cảnh sát Manchester thông báo đã bắt giữ nghi phạm gây ra vụ cháy khu nhà. ${VI_FILL}`, `Bộ Ngoại giao cho biết, ngày 17/8, cảnh sát Manchester tiếp tục thông báo đã bắt giữ thêm nghi phạm gây ra vụ cháy khu nhà. ${VI_FILL}`],
    ['en trap: a further arrest', `According to the embassy, on August 16, Manchester police said they had arrested a suspect over the fire in the block. ${EN_FILL}`, `The ministry said on August 17, Manchester police said they had arrested another suspect over the fire in the block. ${EN_FILL}`],
    ['vi trap: an ongoing daily activity', `Theo Sở Y tế, ngày 16/8, thành phố tiếp tục tiêm vaccine cho người dân tại các điểm tiêm lưu động trên địa bàn. ${VI_FILL}`, `Trung tâm kiểm soát bệnh tật cho biết, ngày 17/8, thành phố tiếp tục tiêm vaccine cho người dân tại các điểm tiêm lưu động trên địa bàn. ${VI_FILL}`],
    ['en trap: an ongoing activity', `The health department said on August 16, the city continued vaccinating residents at mobile sites across the district. ${EN_FILL}`, `According to disease control officials, on August 17, the city continued vaccinating residents at mobile sites across the district. ${EN_FILL}`],
    ['pt trap: a day-by-day forecast', `Segundo o instituto, em 16 de agosto, a região Sul terá chuva forte e trovoadas durante a tarde. ${PT_FILL}`, `De acordo com a meteorologia, em 17 de agosto, a região Sul terá chuva forte e trovoadas durante a tarde. ${PT_FILL}`],
  ])('%s: no flag', (_why, a, b) => {
    expect(dayFlags(a, b)).toEqual([])
  })

  it.each([
    ['vi, police announce another body', `Theo Đại sứ quán Việt Nam tại Anh, ngày 17-8, cảnh sát Manchester thông báo đã phát hiện thêm 1 thi thể trong khu nhà bị cháy tại Oldham, Manchester. ${VI_FILL}`, `Bộ Ngoại giao vừa cho biết, theo Đại sứ quán Việt Nam tại Anh, ngày 16-8, cảnh sát Manchester thông báo đã phát hiện thêm một thi thể trong khu nhà bị cháy tại Oldham, Manchester. ${VI_FILL}`, ['17-8', '16-8']],
    ['en, police announce another body', `According to the Vietnamese embassy in Britain, on August 17, Manchester police announced they had found one more body in the burned building in Oldham. ${EN_FILL}`, `The foreign ministry said on Thursday that, according to the Vietnamese embassy in Britain, on August 16, Manchester police announced they had found one more body in the burned building in Oldham. ${EN_FILL}`, ['August 17', 'August 16']],
    ['pt, police announce another body', `Segundo a embaixada, em 17 de agosto, a polícia de Manchester anunciou que encontrou mais um corpo no prédio incendiado em Oldham. ${PT_FILL}`, `O ministério informou nesta quinta que, segundo a embaixada, em 16 de agosto, a polícia de Manchester anunciou que encontrou mais um corpo no prédio incendiado em Oldham. ${PT_FILL}`, ['17 de agosto', '16 de agosto']],
    ['vi, "trước khi" is no earlier year', `Theo Sở GTVT, ngày 16/8, trước khi thông xe, đơn vị thi công đã hoàn thành việc thảm nhựa toàn bộ tuyến đường. ${VI_FILL}`, `Ban quản lý dự án cho biết, ngày 17/8, trước khi thông xe, đơn vị thi công đã hoàn thành việc thảm nhựa toàn bộ tuyến đường. ${VI_FILL}`, ['16/8', '17/8']],
    ['en, "the last survivors" is no earlier year', `Rescuers said on August 16, the last survivors were pulled from the rubble of the collapsed building in the city center. ${EN_FILL}`, `According to officials, on August 17, the last survivors were pulled from the rubble of the collapsed building in the city center. ${EN_FILL}`, ['August 16', 'August 17']],
  ])('%s', (_why, a, b, pair) => {
    const flags = dayFlags(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]![0]).toContain(pair[0])
    expect(flags[0]![1]).toContain(pair[1])
  })
})
