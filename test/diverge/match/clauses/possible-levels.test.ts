import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// A level a report says may be reached ("could reach category 5") is not the one another report
// says was reached ("became a category 4"): two slots. Two possibilities, or two results, still disagree.
const flags = (a: string, b: string) =>
  compare(a, b, { minConfidence: 0 })
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => `${d.a?.text} | ${d.b?.text}`)

describe('a level that may be reached against one that was', () => {
  it.each([
    ['pt', 'O furacão pode chegar à categoria 5 na noite desta segunda-feira.', 'Dean se transformou em um furacão de categoria 4.'],
    ['en', 'The hurricane could reach category 5 on Monday night.', 'Dean became a category 4 hurricane.'],
    ['vi', 'Cơn bão có thể mạnh lên cấp 15 trong đêm nay.', 'Cơn bão đã mạnh lên cấp 13.'],
    ['id', 'Badai itu bisa mencapai kategori 5 pada Senin malam.', 'Badai Dean menjadi badai kategori 4.'],
    ['fr', "L'ouragan pourrait atteindre la catégorie 5 lundi soir.", 'Dean est devenu un ouragan de catégorie 4.'],
  ])('%s: a possibility is not flagged against a result', (_lang, a, b) => {
    expect(flags(a, b)).toEqual([])
  })

  it.each([
    ['pt: two possibilities', 'O furacão pode chegar à categoria 5 na noite de segunda-feira.', 'O furacão pode chegar à categoria 4 na noite de segunda-feira.', '5 na | 4 na'],
    ['pt: two results', 'O furacão chegou à categoria 5 na noite de segunda-feira.', 'O furacão chegou à categoria 4 na noite de segunda-feira.', '5 na | 4 na'],
    ['vi: two possibilities', 'Cơn bão có thể mạnh lên cấp 15 trong đêm nay.', 'Cơn bão có thể mạnh lên cấp 13 trong đêm nay.', '15 | 13'],
    ['vi: two results', 'Cơn bão đã mạnh lên cấp 15 trong đêm nay.', 'Cơn bão đã mạnh lên cấp 13 trong đêm nay.', '15 | 13'],
    ['en: two results', 'The hurricane reached category 5 on Monday night.', 'The hurricane reached category 4 on Monday night.', '5 | 4'],
    ['id: two results', 'Badai itu mencapai kategori 5 pada Senin malam.', 'Badai itu mencapai kategori 4 pada Senin malam.', '5 pada | 4 pada'],
    // a modal a clause break closes off says nothing of the figure after it
    ['en trap: a modal in another clause', 'The storm, which could strengthen, killed 20 people on Monday.', 'The storm killed 25 people on Monday.', '20 people | 25 people'],
  ])('%s: still a disagreement', (_name, a, b, flag) => {
    expect(flags(a, b)).toEqual([flag])
  })

  // review ralarms51: a word that is a modal only in some senses, or a modal the words limit or negate
  it.each([
    ['en: "May" the month', 'Sales in May hit 5 million units.', 'Sales hit 6 million units in May.', '5 million units | 6 million units'],
    ['id: "dapat" = received', 'Jumlah warga yang dapat bantuan naik menjadi 500 orang.', 'Jumlah penerima bantuan naik menjadi 600 orang.', '500 orang | 600 orang'],
    ['en: "could reach only"', 'Rescuers could reach only 12 villages.', 'Rescuers reached 15 villages.', '12 villages | 15 villages'],
    ['id: "baru bisa"', 'Tim SAR baru bisa mencapai 12 desa.', 'Tim SAR mencapai 15 desa.', '12 desa | 15 desa'],
    ['vi: "mới có thể"', 'Sau ba ngày, đội cứu hộ mới có thể tới 12 bản.', 'Sau ba ngày, đội cứu hộ tới 15 bản.', '12 bản | 15 bản'],
    ['en: a negated modal', 'The storm could not exceed category 3.', 'The storm exceeded category 4.', '3 | 4'],
  ])('%s: a result, still a disagreement', (_name, a, b, flag) => {
    expect(flags(a, b)).toEqual([flag])
  })

  it.each([
    ['en', 'The storm might reach category 5.', 'The storm reached category 4.'],
    ['vi', 'Tháng 5, doanh số có thể đạt 5 triệu xe.', 'Tháng 5, doanh số đạt 6 triệu xe.'],
    ['id', 'Badai itu dapat mencapai kategori 5.', 'Badai itu mencapai kategori 4.'],
  ])('%s trap: a lowercase modal before its verb is still a possibility', (_lang, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})
