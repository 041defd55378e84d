/**
 * Capitalised words that are no name a reader would miss (case-only-names.ts; BASIL round
 * missing50-1): the common words of a title-cased headline, and a word cut short with a period in
 * mid-sentence before a name (a title). Names the headline or the sentence holds, and state tags,
 * stay missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

const VET = 'Clinton Asks State Department to Vet Emails for Release\n\nHillary Clinton asked the State Department on Wednesday to review her emails before their release. The department said it would do so.'
const VET_OTHER = 'Clinton wants her emails public\n\nHillary Clinton asked the State Department on Wednesday to make her emails public.'
const TOL = 'Presiden Resmikan Jalan Tol Baru di Medan\n\nPresiden meresmikan jalan tol baru di Medan pada hari Senin, kata pejabat setempat.'
const TOL_OTHER = 'Tol dibuka\n\nPresiden meresmikan jalan tol pada hari Senin, kata pejabat setempat.'
const TOL_PLAN = 'Jokowi: Pemerintah Akan Percepat Pembangunan Jalan Tol\n\nPresiden Joko Widodo mengatakan pemerintah akan mempercepat pembangunan jalan tol di Sumatra pada hari Senin.'
const TOL_PLAN_OTHER = 'Jokowi soal tol\n\nPresiden Joko Widodo berbicara soal jalan tol di Sumatra pada hari Senin.'

describe('capitalised words that are no name are not missing', () => {
  it.each([
    ['en, title-cased headline words the body writes in lower case', VET, VET_OTHER, 'Vet Emails'],
    ['en, a lone headline word', VET, VET_OTHER, 'Release'],
    ['id, a title-cased Indonesian headline', TOL_PLAN, TOL_PLAN_OTHER, 'Pemerintah Akan Percepat Pembangunan Jalan Tol'],
    ['en, a title cut short before a name', 'Her aides want a contrast with former Gov. Jeb Bush of Florida, a leading contender.', 'Her aides want a contrast with Jeb Bush of Florida, a leading contender.', 'Gov'],
    ['en, a senator\'s title cut short', 'The bill was backed by Sen. Kerry and two other Democrats on Monday.', 'The bill was backed by Kerry and two other Democrats on Monday.', 'Sen'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNames(a, b)).not.toContain(fact)
  })
})

describe('names stay missing', () => {
  it.each([
    ['en, a name the body also writes as a name', 'Clinton Meets Netanyahu in Jerusalem\n\nHillary Clinton met Netanyahu in Jerusalem on Monday.', 'Clinton in Israel\n\nHillary Clinton met Israeli leaders in Jerusalem on Monday.', 'Netanyahu'],
    ['en, a name caught in a headline run with another word', 'Storm Hits Manila Overnight, Killing Two\n\nA storm hit the capital overnight, killing two people, officials said.', 'Storm kills two\n\nA storm hit the capital overnight, killing two people, officials said.', 'Storm Hits Manila Overnight'],
    ['id, a place the body names', TOL, TOL_OTHER, 'Medan'],
    ['vi, a headline in sentence case', 'Bão số 3 đổ bộ vào Quảng Ninh\n\nCơn bão đã đổ bộ vào tỉnh lúc 10 giờ sáng nay, gây mưa lớn.', 'Bão đổ bộ\n\nCơn bão đã đổ bộ lúc 10 giờ sáng nay, gây mưa lớn.', 'Quảng Ninh'],
    ['vi, a headline in capitals', 'BÃO SỐ 3 ĐỔ BỘ VÀO QUẢNG NINH\n\nCơn bão số 3 đã đổ bộ vào Quảng Ninh lúc 10 giờ sáng nay, gây mưa lớn.', 'Bão đổ bộ\n\nCơn bão đã đổ bộ lúc 10 giờ sáng nay, gây mưa lớn.', 'Quảng Ninh'],
    ['en, a state tag labels the name before it', '"I think we should leave them as they are," said Lott, R-Miss., at a Senate hearing.', '"I think we should hesitate," Olympia Snowe, R-Maine, said at a Senate hearing.', 'R-Miss'],
    ['en, a state after a town', 'In July, the Hopkinton, Mass., company agreed to buy Legato Systems.', 'In July, EMC agreed to acquire Legato Systems.', 'Mass'],
    ['en, a short name ending its sentence', 'The treaty was signed on Monday by Lula. It takes effect in May.', 'The treaty was signed on Monday. It takes effect in May.', 'Lula'],
    ['vi, a one-syllable name ending its sentence', 'Quyết định do ông Tâm ký ngày 5/3. Văn bản có hiệu lực từ tháng 5.', 'Quyết định được ký ngày 5/3. Văn bản có hiệu lực từ tháng 5.', 'Tâm'],
    ['vi, a district after its dotted abbreviation', 'Bà Lan (Q. Bình Thạnh) cho biết giá đã tăng.', 'Bà Lan cho biết giá đã tăng.', 'Bình Thạnh'],
    ['en, a place ending a sentence inside a quotation', '"We will go to Paris. Then we decide," the minister said on Monday.', '"We will go there first," the minister said on Monday.', 'Paris'],
    ['en, a person ending a quoted sentence', '"I thank Obama. He came to help," the mayor said on Monday.', '"He came to help," the mayor said on Monday.', 'Obama'],
    ['en, a city ending a quoted sentence', '"Our troops are near Kyiv. They will not stop," the general said on Monday.', '"They will not stop," the general said on Monday.', 'Kyiv'],
    ['vi, a one-syllable name ending a quoted sentence', '“Tôi đã gặp ông Tâm. Ông ấy đồng ý ký hợp đồng,” bà Lan nói hôm thứ Hai.', '“Ông ấy đồng ý ký hợp đồng,” bà Lan nói hôm thứ Hai.', 'Tâm'],
    ['vi, a one-syllable place ending a quoted sentence', '“Chúng tôi sẽ đến Huế. Sau đó mới quyết định,” ông Nam cho biết.', '“Sau đó mới quyết định,” ông Nam cho biết.', 'Huế'],
    ['en, a place of common words after in', 'Gunman Kills Three in Long Beach\n\nA gunman killed three people on Monday after a long standoff near the beach, police said.', 'Gunman kills three\n\nA gunman killed three people on Monday, police said.', 'Long Beach'],
    ['en, a place of common words in a longer run', 'Police Arrest Suspect in Long Beach Shooting\n\nPolice arrested a man on Monday after a long search, officials said. He was found near the beach.', 'Police arrest suspect in shooting\n\nPolice arrested a man on Monday after a search, officials said.', 'Long Beach Shooting'],
    ['en, a person the body names by one word it also writes lower case', 'Brexit Deal Rejected Again, a Blow to Theresa May\n\nLawmakers rejected the deal on Tuesday. May said she would try again, and a vote may follow.', 'Lawmakers reject deal again\n\nLawmakers rejected the deal on Tuesday, and a vote may follow.', 'Theresa May'],
    ['en, a place after outside the', 'Protesters Rally Outside the White House\n\nProtesters rallied on Monday outside the house where the president lives, waving white flags.', 'Protesters rally\n\nProtesters rallied on Monday, waving flags.', 'White House'],
    ['en, the headline\'s subject', 'Apple Unveils Three New Phones\n\nThe company unveiled three new phones on Monday. Sales of apple juice were unaffected.', 'Company unveils phones\n\nThe company unveiled three new phones on Monday.', 'Apple Unveils Three New Phones'],
    ['vi, a title-cased headline\'s name', 'Chủ Tịch Nước Lương Cường Thăm Chính Thức Nhật Bản\n\nÔng Cường cho biết hai nước sẽ tăng cường hợp tác, kể cả về tiền lương của lao động.', 'Nguyên thủ thăm Nhật\n\nHai nước sẽ tăng cường hợp tác, kể cả về tiền lương của lao động.', 'Lương Cường Thăm Chính Thức Nhật Bản'],
  ])('%s', (_why, a, b, fact) => {
    expect(missingNames(a, b)).toContain(fact)
  })
})
