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
  // rnearcopy50's rows: a lowercase word one letter away, a subject before a verb of saying, a
  // Vietnamese syllable of another verb, another speaker's attribution, a second value (the date).
  ['English: a lowercase word one letter away (hired/fired)', 'The company hired 200 workers at its Ohio plant.', 'The company fired 200 workers at its Ohio plant, and union leaders who met with managers on Friday called the decision a betrayal of a town that had backed the firm for decades.'],
  ['English: another subject before a verb of saying', 'Apple announced record quarterly profits of $5 billion on Thursday.', 'Samsung announced record quarterly profits of $7 billion on Thursday, and its shares rose more than 4 percent in Seoul as investors bet that demand for memory chips would keep growing.'],
  ['Vietnamese: another subject, quyết định is no verb of saying', 'Chính phủ quyết định tăng thuế xăng lên 10% từ tháng 7.', 'Quốc hội quyết định tăng thuế xăng lên 12% từ tháng 7, và nhiều doanh nghiệp vận tải lớn ở phía Nam đã lên tiếng phản đối vì lo ngại chi phí tăng vọt trong mùa cao điểm.'],
  ['Vietnamese: another subject, thông qua is no verb of saying', 'Thượng viện thông qua dự luật y tế với 52 phiếu thuận.', 'Hạ viện thông qua dự luật y tế với 60 phiếu thuận, và các nghị sĩ đối lập tuyên bố sẽ tiếp tục phản đối văn bản này tại tòa án.'],
  ['English: another speaker attributes the claim', 'The ceasefire will hold through the weekend, Hamas said.', 'The ceasefire will hold through the weekend, Israeli officials told reporters at a briefing in Tel Aviv on Saturday evening after a day of heavy fighting.'],
  ['Vietnamese: another speaker attributes the claim', 'Lệnh ngừng bắn ở Gaza sẽ được duy trì đến hết tuần, Hamas cho biết.', 'Lệnh ngừng bắn ở Gaza sẽ được duy trì đến hết tuần, giới chức Israel nói với phóng viên tại Tel Aviv tối thứ bảy sau một ngày giao tranh ác liệt.'],
  ['French: another speaker attributes the claim', 'Le cessez-le-feu tiendra tout le week-end, a déclaré le Hamas.', "Le cessez-le-feu tiendra tout le week-end, a déclaré un responsable militaire israélien lors d'un point de presse à Tel-Aviv samedi soir après une journée de violents combats."],
  ['Indonesian: another speaker attributes the claim', 'Gencatan senjata akan bertahan sepanjang akhir pekan, kata Hamas.', 'Gencatan senjata akan bertahan sepanjang akhir pekan, kata pejabat militer Israel kepada wartawan di Tel Aviv pada Sabtu malam setelah sehari pertempuran sengit.'],
  ['English: a figure and the date changed', 'Inflation rose to 3.2 percent on March 3.', 'Inflation rose to 3.4 percent on March 4, and economists at several banks now expect the central bank to raise rates again before the summer.'],
  ['Vietnamese: a figure and the month changed', 'Lạm phát tăng lên 3,2% trong tháng 3 năm nay.', 'Lạm phát tăng lên 3,4% trong tháng 4 năm nay, và giới kinh tế tại nhiều ngân hàng nay dự báo ngân hàng trung ương sẽ lại tăng lãi suất trước mùa hè.'],
  ['English: two names respelt', 'Jermaine Smith scored twice in the final minutes.', 'Germaine Smyth scored twice in the final minutes, and the crowd rose to cheer him off the pitch.'],
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
    ['the same speaker, told more fully', 'Twelve people were arrested in the raid on Sunday, police said.', 'Twelve people were arrested in the raid on Sunday, police told reporters.', true],
    ['Vietnamese: the same speaker, told more fully', 'Mười hai người bị bắt trong vụ đột kích hôm chủ nhật, công an cho biết.', 'Mười hai người bị bắt trong vụ đột kích hôm chủ nhật, công an tỉnh cho biết tại buổi họp báo.', true],
    ['the same speaker in the head', 'Apple announced record profits of $5 billion on Thursday.', 'Apple announced record profits of $7 billion on Thursday, and its shares rose.', true],
    ['Vietnamese: a speaker in one head only', 'Thuế xăng sẽ tăng lên 10% từ tháng 7 năm nay.', 'Bộ Tài chính thông báo thuế xăng sẽ tăng lên 12% từ tháng 7 năm nay.', true],
    ['Vietnamese: a name written without its tones', 'Ông Hùng từ chức sau cuộc họp kín của đảng.', 'Ông Hung từ chức sau cuộc họp kín của đảng, và nhiều đảng viên đã lên tiếng ủng hộ ông.', true],
    ['Vietnamese: a tone apart is another word (cháy/chạy)', 'Xe khách cháy trên cao tốc Pháp Vân sáng nay khiến 3 người bị thương.', 'Xe khách chạy trên cao tốc Pháp Vân sáng nay khiến 3 người bị thương, và cảnh sát giao thông đã phong tỏa một làn đường suốt hai giờ để xử lý hiện trường.', false],
    ['a lowercase word one letter away', 'The firm sold its stake in the bank last year.', 'The firm held its stake in the bank last year.', false],
    ['one value, one name respelt', 'Jermaine Smith scored 2 goals in the final minutes.', 'Germaine Smith scored 3 goals in the final minutes, the coach said.', true],
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

  // Without the link the year is flagged too, at a confidence below the default floor's reach
  // (0.56): the link is what makes it a firm contradiction.
  it('and flags the year it changes as within one linked statement (English)', () => {
    const report = compare({ text: [enBefore, 'Pelosi has led House Democrats since 2002.', enAfter].join(' ') }, { text: [enOther, "Pelosi has led House Democrats since 2003, and that's what Ryan had argued is the problem."].join(' ') })
    const flags = report.divergences.filter((d) => d.kind !== 'missing')
    expect(flags.map((d) => [d.a?.text, d.b?.text])).toEqual([['since 2002', 'since 2003']])
    expect(flags[0]!.confidence).toBeGreaterThan(0.7)
  })
})
