import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// A figure that opens a "from X to Y" span in its clause is where a move started: set against a
// figure the other report states alone, it is another slot; the span's end is the one compared.
const flags = (a: string, b: string) =>
  compare(a, b, { minConfidence: 0 })
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => `${d.a?.text} | ${d.b?.text}`)

describe('the start of a "from X to Y" span', () => {
  it.each([
    ['pt', 'A carteira de crédito do banco saltou de R$ 74,8 bilhões em junho de 2006 para R$ 104,8 bilhões.', 'A carteira de crédito do banco somou R$ 95 bilhões.', '$ 104,8 | $ 95'],
    ['fr', "L'encours de crédit de la banque est passé de 74,8 milliards d'euros en juin 2006 à 104,8 milliards d'euros.", "L'encours de crédit de la banque a atteint 95 milliards d'euros.", '104,8 milliards | 95 milliards'],
    ['id', 'Kredit bank itu naik dari Rp 74,8 miliar pada Juni 2006 menjadi Rp 104,8 miliar.', 'Kredit bank itu mencapai Rp 95 miliar.', '104,8 | 95'],
    ['vi', 'Dư nợ tín dụng của ngân hàng tăng từ 74,8 tỷ đồng vào tháng 6/2006 lên 104,8 tỷ đồng.', 'Dư nợ tín dụng của ngân hàng đạt 95 tỷ đồng.', '104,8 tỷ đồng | 95 tỷ đồng'],
    ['en', "The bank's loan book jumped from $74.8 billion in June 2006 to $104.8 billion.", "The bank's loan book totalled $95 billion.", '$104.8 billion | $95 billion'],
  ])('%s: the span end, not its start, is set against a lone level', (_lang, a, b, flag) => {
    expect(flags(a, b)).toEqual([flag])
  })

  it.each([
    ['pt', 'A carteira saltou de R$ 74,8 bilhões para R$ 104,8 bilhões.', 'A carteira saltou de R$ 70 bilhões para R$ 104,8 bilhões.', '$ 74,8 | $ 70'],
    ['id', 'Kredit naik dari Rp 74,8 miliar menjadi Rp 104,8 miliar.', 'Kredit naik dari Rp 70 miliar menjadi Rp 104,8 miliar.', '74,8 | 70'],
    ['vi', 'Dư nợ tăng từ 74,8 tỷ đồng lên 104,8 tỷ đồng.', 'Dư nợ tăng từ 70 tỷ đồng lên 104,8 tỷ đồng.', '74,8 tỷ đồng | 70 tỷ đồng'],
    ['en', "The bank's loan book jumped from $74.8 billion to $104.8 billion.", "The bank's loan book jumped from $70 billion to $104.8 billion.", '$74.8 billion | $70 billion'],
  ])('%s: two starts that differ are still a disagreement', (_lang, a, b, flag) => {
    expect(flags(a, b)).toEqual([flag])
  })

  it.each([
    // "de" is also "of": with no figure after its "para", nothing opens a span
    ['pt', 'O governo anunciou um aumento de 5% para os servidores.', 'O governo anunciou um aumento de 7% para os servidores.', '5% | 7%'],
    // "từ" with no "lên"/"đến" figure after it is a floor, compared as before
    ['vi', 'Chính phủ hỗ trợ từ 2 triệu đồng mỗi người.', 'Chính phủ hỗ trợ 3 triệu đồng mỗi người.', '2 triệu đồng | 3 triệu đồng'],
  ])('%s trap: no span without a "to" figure', (_lang, a, b, flag) => {
    expect(flags(a, b)).toEqual([flag])
  })

  // review ralarms51: a "to" figure that measures something else (a date, a clock time, a dative's or a
  // destination's noun, another currency) ends no span, so the start is compared as any figure is
  it.each([
    ['pt: a date after "até"', 'A enchente causou a morte de 12 pessoas até 5 de maio.', 'A enchente causou a morte de 15 pessoas.', '12 pessoas | 15 pessoas'],
    ['fr: a clock time after "à"', "L'incendie a fait un bilan de 12 morts à 18 heures.", "L'incendie a fait un bilan de 15 morts.", '12 morts | 15 morts'],
    ['fr: a dative "à"', 'Le juge a infligé une amende de 500 euros à 20 conducteurs.', 'Le juge a infligé une amende de 800 euros aux conducteurs.', '500 euros | 800 euros'],
    ['pt: a dative "a"', 'O juiz aplicou multa de R$ 500 a 20 motoristas.', 'O juiz aplicou multa de R$ 800 aos motoristas.', '$ 500 | $ 800'],
    ['id: an origin and a destination', 'Warga dari 12 desa dievakuasi ke 3 posko.', 'Warga 15 desa dievakuasi ke 3 posko.', '12 desa | 15 desa'],
    ['id: a date after "hingga"', 'Banjir merendam rumah warga dari 12 desa hingga 5 Mei.', 'Banjir merendam rumah warga 15 desa.', '12 desa | 15 desa'],
    ['vi: a source and a date', 'Ông Hùng nhận 5 tỷ đồng từ 3 doanh nghiệp đến 10/2020.', 'Ông Hùng nhận 5 tỷ đồng từ 4 doanh nghiệp.', '3 doanh | 4 doanh'],
    ['en: an origin and a destination', 'Residents from 12 villages were moved to 3 shelters.', 'Residents of 15 villages were moved to shelters.', '12 villages | 15 villages'],
    // "from 20 to 25" read as one range figure is compared as a range, as before the rule
    ['en: a range figure', 'The death toll rose from 20 to 25.', 'The death toll was 30.', '20 | 30'],
  ])('%s: no span, the figure is still compared', (_name, a, b, flag) => {
    expect(flags(a, b)).toEqual([flag])
  })
})
