/**
 * A numeral word before a share word (enmine27-1): "fell two percent" was no fact, so "1.3 percent"
 * / "two percent" of one fall was never compared (a missing fact on one side only). English and
 * Vietnamese share words; "one" / "một" right before a share word is the numeral.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { compare } from '../../../../src'

const read = (text: string) => extractNumbers(text, [], { notation: /[ăâđêôơư]/u.test(text) ? 'vi' : 'en' }).map((f) => [f.text, f.kind, f.value])

describe('a numeral word before a share word', () => {
  it.each([
    ['en: two percent', 'News Corp fell two percent on Monday.', [['two percent', 'percent', 2]]],
    ['en: five per cent', 'Shares rose five per cent in London.', [['five per cent', 'percent', 5]]],
    ['en: twenty-five percent', 'Sales rose twenty-five percent last year.', [['twenty-five percent', 'percent', 25]]],
    ['en: ten pct', 'Profit fell ten pct.', [['ten pct', 'percent', 10]]],
    ['vi: hai phần trăm', 'Giá xăng tăng hai phần trăm so với tháng trước.', [['hai phần trăm', 'percent', 2]]],
    ['vi: năm phần trăm is five, not a year', 'Giá xăng tăng năm phần trăm.', [['năm phần trăm', 'percent', 5]]],
    ['en: two point five percent is read whole', 'Sales rose two point five percent.', [['two point five percent', 'percent', 2.5]]],
    ['en: two and a half percent', 'Sales rose two and a half percent.', [['two and a half percent', 'percent', 2.5]]],
    ['en: two-and-a-half percent', 'Sales rose two-and-a-half percent.', [['two-and-a-half percent', 'percent', 2.5]]],
    ['en: a hundred percent', 'Sales rose a hundred percent.', [['a hundred percent', 'percent', 100]]],
    ['vi: hai phẩy năm phần trăm is read whole', 'Giá tăng hai phẩy năm phần trăm.', [['hai phẩy năm phần trăm', 'percent', 2.5]]],
    ['en: one hundred and five percent is read whole (no tail "five percent")', 'Sales rose one hundred and five percent.', [['one hundred and five percent', 'percent', 105]]],
    ['en: two point two five percent is read whole (no tail "five percent")', 'Sales rose two point two five percent.', [['two point two five percent', 'percent', 2.25]]],
    ['vi trap: năm after a word taking a year is the year (đầu năm)', 'Sáu tháng đầu năm phần trăm hộ nghèo giảm.', [['Sáu tháng', 'duration', 6]]],
    ['vi trap: năm after mỗi is the year', 'Mỗi năm phần trăm người dân có nhà tăng.', []],
    ['vi: the year then năm phần trăm (đầu năm năm phần trăm)', 'Sáu tháng đầu năm năm phần trăm hộ dân được hỗ trợ.', [['Sáu tháng', 'duration', 6], ['năm phần trăm', 'percent', 5]]],
    ['vi: trong năm ngày is five days, not the year', 'Trong năm ngày qua, mưa lũ làm 12 người chết.', [['năm ngày', 'duration', 5], ['12 người', 'count', 12]]],
    ['vi: cả năm người is five people', 'Cả năm người trên xe bị thương.', [['năm người', 'count', 5]]],
    ['en trap: the one percent is a class, not a share', 'The one percent got richer.', []],
    ['en trap: not one percent of is a none, not a share', 'Not one percent of the money arrived.', []],
    ['en: one percent of voters is a figure', 'Only one percent of voters agreed.', [['one percent', 'percent', 1]]],
    ['vi: một phần trăm is a figure', 'Giá tăng một phần trăm.', [['một phần trăm', 'percent', 1]]],
    ['en trap: one of the … percent is no share', 'One of the percent figures was wrong.', []],
    ['vi trap: một phần (a part) is no share', 'Một phần lớn dân số đồng ý.', []],
    ['en: twenty one percent is read whole (no tail "one percent")', 'Sales rose twenty one percent.', [['twenty one percent', 'percent', 21]]],
    ['en trap: a numeral word before another word is no share', 'Two analysts said the percent was high.', [['Two analysts', 'count', 2]]],
    ['vi trap: năm before a month is a year word', 'Năm nay giá tăng.', []],
    ['vi trap: a share word not after a numeral', 'Tỷ lệ phần trăm tăng.', []],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a share in words against one in digits, in two reports', () => {
  const flags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind !== 'missing').map((d) => [d.a?.text, d.b?.text])
  it.each([
    ['en hit: 1.3 percent / two percent of one fall', 'News Corp fell 1.3 percent to A$12.43 on Monday.', 'News Corp fell two percent to A$12.43 on Monday.', [['1.3 percent', 'two percent']]],
    ['vi hit: hai phần trăm / 3%', 'Giá xăng tăng hai phần trăm so với tháng trước.', 'Giá xăng tăng 3% so với tháng trước.', [['hai phần trăm', '3%']]],
    ['en hit: two point five percent / 4 percent', 'Sales rose two point five percent.', 'Sales rose 4 percent.', [['two point five percent', '4 percent']]],
    ['vi hit: hai phẩy năm phần trăm / 4 phần trăm', 'Giá tăng hai phẩy năm phần trăm.', 'Giá tăng 4 phần trăm.', [['hai phẩy năm phần trăm', '4 phần trăm']]],
    ['en trap: two point five percent / 2.5 percent agree', 'Sales rose two point five percent.', 'Sales rose 2.5 percent.', []],
    ['vi trap: hai phẩy năm phần trăm / 2,5 phần trăm agree', 'Giá tăng hai phẩy năm phần trăm.', 'Giá tăng 2,5 phần trăm.', []],
    ['en hit: one percent / 3 percent', 'He won by one percent.', 'He won by 3 percent.', [['one percent', '3 percent']]],
    ['vi hit: một phần trăm / 3 phần trăm', 'Giá tăng một phần trăm.', 'Giá tăng 3 phần trăm.', [['một phần trăm', '3 phần trăm']]],
    ['en trap: one percent / 1 percent agree', 'He won by one percent.', 'He won by 1 percent.', []],
    ['en trap: five per cent / 5 percent agree', 'Shares rose five per cent in London.', 'Shares rose 5 percent in London.', []],
    ['vi trap: năm phần trăm / 5% agree', 'Giá xăng tăng năm phần trăm.', 'Giá xăng tăng 5%.', []],
  ])('%s', (_why, a, b, want) => {
    expect(flags(a, b)).toEqual(want)
  })
})

// A move in points of a rate in the languages that name it in two words (percentagePointsAt): read
// whole, unit 'percentage', so that it fills the slot of a move in percent as "0.5 percentage points" does.
describe('percentage points in other languages', () => {
  const points = (text: string) => extractNumbers(text).map((f) => [f.text, f.kind, f.unit, f.value])
  it.each([
    ['en', 'The rate rose 0.5 percentage points to 5.2%.', '0.5 percentage points'],
    ['vi', 'Tỷ lệ tăng 0,5 điểm phần trăm lên 5,2%.', '0,5 điểm phần trăm'],
    ['fr', 'Le taux a augmenté de 0,5 point de pourcentage à 5,2 %.', '0,5 point de pourcentage'],
    ['fr: plural', 'Le taux a augmenté de 1,5 points de pourcentage.', '1,5 points de pourcentage'],
    ['es', 'La tasa subió 0,5 puntos porcentuales hasta el 5,2 %.', '0,5 puntos porcentuales'],
    ['es: one point', 'La tasa subió 1 punto porcentual.', '1 punto porcentual'],
    ['pt', 'A taxa subiu 0,5 ponto percentual para 5,2%.', '0,5 ponto percentual'],
    ['pt: plural', 'A taxa subiu 1,5 pontos percentuais.', '1,5 pontos percentuais'],
    ['de', 'Die Quote stieg um 0,5 Prozentpunkte auf 5,2 Prozent.', '0,5 Prozentpunkte'],
    ['id', 'Tingkat pengangguran naik 0,5 poin persentase menjadi 5,2 persen.', '0,5 poin persentase'],
  ])('%s: one move in points', (_lang, text, span) => {
    expect(points(text)).toContainEqual([span, 'count', 'percentage', expect.closeTo(span.startsWith('1,5') ? 1.5 : span.startsWith('1 ') ? 1 : 0.5)])
  })

  it.each([
    ['en: index points', 'The Dow rose 64.64 points to 9,191.09.', '64.64 points', 'point'],
    ['fr: points alone', "Le CAC 40 a gagné 12,5 points à 5 200 points.", '12,5 points', 'point'],
    ['es: points of a match', 'El equipo sumó 3 puntos en la jornada.', '3 puntos', 'punto'],
    ['vi: điểm alone', 'Chỉ số VN-Index tăng 5,2 điểm trong phiên.', '5,2 điểm', 'điểm'],
  ])('%s: no percentage', (_lang, text, span, unit) => {
    expect(points(text)).toContainEqual([span, 'count', unit, expect.any(Number)])
  })
})

// An amount whose currency follows its scale through "de" / "d'" (numeral-suffix.ts): "1,2 million
// d'euros" is euros, as "1,2 million euros" and "1 200 000 euros" are, not a count of "d'euros".
describe('a currency after a scale and "de"', () => {
  const amounts = (text: string) => extractNumbers(text).map((f) => [f.text, f.kind, f.unit, f.value])
  it.each([
    ['fr: d\'euros', "Le gouvernement versera 1,2 million d'euros aux familles.", ["1,2 million d'euros", 'amount', 'eur', 1.2e6]],
    ['fr: de dollars', 'La société a perdu 3 millions de dollars en 2023.', ['3 millions de dollars', 'amount', 'usd', 3e6]],
    ['fr: de livres', 'Le club a payé 40 millions de livres pour le joueur.', ['40 millions de livres', 'amount', 'gbp', 4e7]],
    ['en: unchanged', 'The government will pay $1.2 million to families.', ['$1.2 million', 'amount', 'usd', 1.2e6]],
    ['vi: unchanged', 'Chính phủ hỗ trợ 1,2 triệu đồng mỗi hộ.', ['1,2 triệu đồng', 'amount', 'vnd', 1.2e6]],
  ])('%s', (_name, text, want) => {
    expect(amounts(text)).toContainEqual(want)
  })

  it.each([
    ['fr trap: millions of people', "Deux millions de personnes ont manifesté, soit 1,2 million d'habitants de plus.", "1,2 million d'euros"],
    ['es trap: a count with de', 'Llegaron 2 millones de turistas en 2023.', '2 millones de euros'],
    ['en trap: a scale then "de" a name', 'It sold 2 million De Beers shares.', '2 million De Beers'],
  ])('%s: no currency', (_name, text, notSpan) => {
    expect(amounts(text).filter((f) => f[1] === 'amount')).toEqual([])
    expect(amounts(text).map((f) => f[0])).not.toContain(notSpan)
  })
})
