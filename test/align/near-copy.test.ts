import { describe, expect, it } from 'vitest'
import { alignSentences } from '../../src/align'
import { nearCopy } from '../../src/align/near-copy'
import { compare } from '../../src/compare'

// Reports written apart: around the one shared statement every sentence is worded apart, so no
// linked neighbour vouches for the pair (runlinked49's setting).
const enBefore = 'The vote came after weeks of lobbying by younger members of the caucus.'
const enAfter = 'Supporters praised her fundraising and her record of passing major bills.'
const enOther = 'Several members said privately that they expected a closer race.'
const viBefore = 'Cuộc bỏ phiếu diễn ra sau nhiều tuần vận động của các thành viên trẻ.'
const viAfter = 'Những người ủng hộ ca ngợi khả năng gây quỹ của bà.'
const viOther = 'Nhiều thành viên nói riêng rằng họ chờ đợi một cuộc đua sát sao hơn.'

describe('a near copy links without a linked neighbour', () => {
  it.each([
    ['English: a year changed, a clause added after ", and"', 'Pelosi has led House Democrats since 2002.', "Pelosi has led House Democrats since 2003, and that's what Ryan had argued is the problem.", enBefore, enAfter, enOther],
    ['Vietnamese: a year changed, a clause added after ", và"', 'Bà Pelosi làm lãnh đạo từ năm 2002.', 'Bà Pelosi làm lãnh đạo từ năm 2003, và đó là điều ông Ryan chỉ trích.', viBefore, viAfter, viOther],
    ['English: an attribution added', 'Police arrested 12 people in the raid on the market.', 'Police arrested 14 people in the raid on the market, a spokesman told reporters on Sunday.', enBefore, enAfter, enOther],
    ['Vietnamese: an attribution added', 'Công an bắt giữ 12 đối tượng trong vụ đột kích khu chợ.', 'Công an bắt giữ 14 đối tượng trong vụ đột kích khu chợ, ông Nguyễn Văn Hùng cho biết tại buổi họp báo.', viBefore, viAfter, viOther],
    ['French: a figure changed, a clause added after ", et"', "L'inflation a atteint 3,2 % en mars dans la zone euro.", "L'inflation a atteint 3,4 % en mars dans la zone euro, et les marchés ont réagi aussitôt à cette annonce.", enBefore, enAfter, enOther],
  ])('%s', (_name, short, long, before, after, other) => {
    expect(alignSentences([before, short, after], [other, long]).map((l) => [l.a, l.b])).toEqual([[[1], [1]]])
  })
})

// runlinked49's wrong links, each a long sentence telling another or a partial event: another
// subject or object, a part of the thing, a possessive, a negation, a modifier rather than a clause.
const traps: ReadonlyArray<readonly [string, string, string]> = [
  ['English: another object', 'Pelosi met Trump for 40 minutes at the White House.', 'Pelosi met Schumer for 90 minutes at the White House, and the two later told reporters that talks on the spending bill would go on through the weekend.'],
  ['Vietnamese: another object', 'Bà Pelosi gặp ông Trump trong 40 phút tại Nhà Trắng.', 'Bà Pelosi gặp ông Schumer trong 90 phút tại Nhà Trắng, và sau đó hai bên cho các phóng viên hay đàm phán về dự luật chi tiêu sẽ tiếp tục suốt cuối tuần.'],
  ['English: a part of the thing (in services)', 'Inflation rose to 3.2 percent in March.', 'Inflation in services rose to 5.7 percent in March, and economists at several banks now expect the central bank to raise rates again before the summer.'],
  ['Vietnamese: a part of the thing (dịch vụ)', 'Lạm phát tăng lên 3,2% trong tháng 3.', 'Lạm phát dịch vụ tăng lên 5,7% trong tháng 3, và giới kinh tế tại nhiều ngân hàng nay dự báo ngân hàng trung ương sẽ lại tăng lãi suất trước mùa hè.'],
  ["English: a possessive ('s accomplice)", 'The judge sentenced Smith to 12 years in prison.', "The judge sentenced Smith's accomplice to 4 years in prison, and relatives of the victims who filled the courtroom wept as the verdict was read out."],
  ['Vietnamese: a possessive (đồng phạm của)', 'Tòa tuyên phạt Smith 12 năm tù.', 'Tòa tuyên phạt đồng phạm của Smith 4 năm tù, và người thân của các nạn nhân có mặt kín phòng xử đã bật khóc khi nghe tuyên án.'],
  ['English: a qualifier after the shared noun (foreign)', 'Police arrested 12 people at the border crossing.', 'Police arrested 3 people from abroad at the border crossing, and customs officers seized several trucks loaded with cigarettes and fuel.'],
  ['Vietnamese: a qualifier after the shared noun (nước ngoài)', 'Công an tỉnh bắt giữ 12 người tại cửa khẩu.', 'Công an bắt giữ 3 người nước ngoài tại cửa khẩu, và lực lượng hải quan thu giữ nhiều xe tải chở thuốc lá cùng xăng dầu nhập lậu.'],
  ['English: a negation on one side', 'The Senate passed the health bill on March 3.', 'The Senate has not passed the health bill since March 4, and leaders of the House say they will wait for its vote before they take up their own version.'],
  ["English: a negation as n't", 'The Senate passed the health bill on March 3.', "The Senate hasn't passed the health bill since March 4, and leaders of the House say they will wait for its vote before they take up their own version."],
  ['Vietnamese: a negation on one side (chưa)', 'Thượng viện thông qua dự luật y tế ngày 3/3 với 52 phiếu thuận.', 'Thượng viện chưa thông qua dự luật y tế từ ngày 4/3, và lãnh đạo Hạ viện cho biết sẽ chờ cuộc bỏ phiếu này trước khi xem xét phiên bản của mình.'],
  ['Vietnamese: a negation on one side (không)', 'Thượng viện thông qua dự luật y tế ngày 3/3 với 52 phiếu thuận.', 'Thượng viện không thông qua dự luật y tế ngày 4/3, và lãnh đạo Hạ viện cho biết sẽ chờ cuộc bỏ phiếu khác trước khi xem xét phiên bản của mình.'],
  ['French: a negation on one side (ne…pas)', 'Le Sénat a adopté le projet de loi le 3 mars par 52 voix.', "Le Sénat n'a pas adopté le projet de loi le 4 mars, et les dirigeants de l'Assemblée disent qu'ils attendront ce vote avant d'examiner leur propre version."],
  ['Spanish: a negation on one side (no)', 'El Senado aprobó el proyecto de ley el 3 de marzo por 52 votos.', 'El Senado no aprobó el proyecto de ley el 4 de marzo, y los líderes de la Cámara dicen que esperarán esa votación antes de examinar su propia versión.'],
  ['Portuguese: a negation on one side (não)', 'O Senado aprovou o projeto de lei em 3 de março por 52 votos.', 'O Senado não aprovou o projeto de lei em 4 de março, e os líderes da Câmara dizem que vão esperar essa votação antes de examinar a sua própria versão.'],
  ['Indonesian: a negation on one side (belum)', 'Senat mengesahkan rancangan undang-undang itu pada 3 Maret dengan 52 suara.', 'Senat belum mengesahkan rancangan undang-undang itu pada 4 Maret, dan para pemimpin DPR mengatakan akan menunggu pemungutan suara itu sebelum membahas versi mereka sendiri.'],
  ['English: another subject', 'Smith won the senate race in 2010.', 'Jones won the senate race in 2012, and that is what Smith had feared most when he decided to leave the party two years earlier.'],
  ['Vietnamese: another subject', 'Ông Smith thắng cử thượng viện năm 2010.', 'Ông Jones thắng cử thượng viện năm 2012, và đó là điều ông Smith lo ngại nhất khi quyết định rời đảng hai năm trước.'],
  ['English: an adjective added to the shared noun (youth)', 'Unemployment fell to 4 percent in the second quarter.', 'Youth unemployment fell to 9 percent in the second quarter, and wages in manufacturing rose faster than at any time since the financial crisis.'],
  ['Vietnamese: a qualifier added to the shared noun (thanh niên)', 'Tỷ lệ thất nghiệp cả nước giảm xuống 4% trong quý hai.', 'Tỷ lệ thất nghiệp thanh niên giảm xuống 9% trong quý hai, và tiền lương ngành chế tạo tăng nhanh nhất kể từ cuộc khủng hoảng tài chính.'],
  ['English: a place added as a modifier, not a clause', 'The fire killed 10 people on Saturday night.', 'The fire killed 12 people in the neighbouring district on Saturday night and destroyed dozens of wooden homes before firefighters brought it under control.'],
  ['Vietnamese: a place added as a modifier, not a clause', 'Vụ cháy làm 10 người chết tối thứ bảy tuần trước.', 'Vụ cháy làm 12 người chết ở huyện bên cạnh tối thứ bảy và thiêu rụi hàng chục ngôi nhà gỗ trước khi lính cứu hỏa khống chế được.'],
  ['English: a coordinated object (and), no comma', 'Pelosi met Trump for 40 minutes.', 'Pelosi met Trump and Schumer for 90 minutes at the White House to discuss the spending bill that Congress must pass by the end of the week.'],
  ['Vietnamese: a coordinated object (và), no comma', 'Bà Pelosi gặp ông Trump trong 40 phút.', 'Bà Pelosi gặp ông Trump và ông Schumer trong 90 phút tại Nhà Trắng để bàn dự luật chi tiêu mà Quốc hội phải thông qua trước cuối tuần.'],
]

describe('a long sentence that tells another or a partial event is not a near copy', () => {
  it.each(traps)('%s', (_name, short, long) => {
    expect(alignSentences([enBefore, short, enAfter], [enOther, long]).map((l) => [l.a, l.b])).toEqual([])
  })
  it.each(traps)('%s (read alone)', (_name, short, long) => {
    expect(nearCopy(short, long)).toBe(false)
  })
})

describe('two near copies of one sentence leave no telling which it retells', () => {
  it.each([
    ['English', 'Pelosi has led House Democrats since 2002.', 'Pelosi has led House Democrats since 2003, and that is what Ryan had argued.', 'Pelosi has led House Democrats since 2004, and that is what Lee had argued.'],
    ['Vietnamese', 'Bà Pelosi làm lãnh đạo từ năm 2002.', 'Bà Pelosi làm lãnh đạo từ năm 2003, và đó là điều ông Ryan chỉ trích.', 'Bà Pelosi làm lãnh đạo từ năm 2004, và đó là điều bà Lee chỉ trích.'],
  ])('%s', (_name, short, first, second) => {
    expect(alignSentences([short, enBefore], [first, second]).map((l) => [l.a, l.b])).toEqual([])
  })
})

describe('what the near-copy reading lets through', () => {
  it.each([
    ['a year for a year, a clause after ", and"', 'Pelosi has led House Democrats since 2002.', 'Pelosi has led House Democrats since 2003, and that is the problem.', true],
    ['an article dropped', 'Pelosi met the president at the White House.', 'Pelosi met president at the White House, and they spoke for hours.', true],
    ['a name respelt', 'Jermaine Smith scored twice in the final minutes.', 'Germaine Smith scored twice in the final minutes, the coach said.', true],
    ['a head that attributes', 'Police arrested 12 people in the raid.', 'Police said they arrested 12 people in the raid.', false],
    ['according to, then the statement', 'Twelve people were arrested in the raid on Sunday.', 'According to police, twelve people were arrested in the raid on Sunday.', true],
    ['Vietnamese: theo, then the statement', 'Mười hai người bị bắt trong vụ đột kích hôm chủ nhật.', 'Theo công an, mười hai người bị bắt trong vụ đột kích hôm chủ nhật.', true],
    ['too little content to vouch for', 'He said so.', 'He said so, and then he left.', false],
    ['a unit replaced beside the value', 'The court sentenced him to 12 years for the robbery.', 'The court sentenced him to 12 months for the robbery, and he appealed.', false],
  ])('%s', (_name, x, y, expected) => {
    expect(nearCopy(x, y)).toBe(expected)
    expect(nearCopy(y, x)).toBe(expected)
  })
})

describe('compare() links the near copy', () => {
  it.each([
    ['English', [enBefore, 'Pelosi has led House Democrats since 2002.', enAfter], [enOther, "Pelosi has led House Democrats since 2003, and that's what Ryan had argued is the problem."]],
    ['Vietnamese', [viBefore, 'Bà Pelosi làm lãnh đạo từ năm 2002.', viAfter], [viOther, 'Bà Pelosi làm lãnh đạo từ năm 2003, và đó là điều ông Ryan chỉ trích.']],
  ])('%s', (_name, a, b) => {
    const report = compare({ text: a.join(' ') }, { text: b.join(' ') })
    expect(report.alignments.map((l) => [l.a, l.b])).toEqual([[[1], [1]]])
  })

  it('and flags the year it changes (English)', () => {
    const report = compare({ text: [enBefore, 'Pelosi has led House Democrats since 2002.', enAfter].join(' ') }, { text: [enOther, "Pelosi has led House Democrats since 2003, and that's what Ryan had argued is the problem."].join(' ') })
    expect(report.divergences.filter((d) => d.kind !== 'missing').map((d) => [d.a.text, d.b.text])).toEqual([['since 2002', 'since 2003']])
  })
})
