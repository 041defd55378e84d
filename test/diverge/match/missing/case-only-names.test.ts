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

describe('capitalised words that are no name are not missing', () => {
  it.each([
    ['en, title-cased headline words the body writes in lower case', VET, VET_OTHER, 'Vet Emails'],
    ['en, a lone headline word', VET, VET_OTHER, 'Release'],
    ['id, a title-cased Indonesian headline', TOL, TOL_OTHER, 'Resmikan Jalan Tol Baru'],
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
  ])('%s', (_why, a, b, fact) => {
    expect(missingNames(a, b)).toContain(fact)
  })
})
