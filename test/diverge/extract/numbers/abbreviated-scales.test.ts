/**
 * Scales written short (*5 Mio.*, *1,2 mld.*, *500 tis.*, *$5 mln*, *2,5 tr*) and a half after a scale
 * (*2 tỷ rưỡi*) read as values: one amount in two scales is one figure, a different amount is flagged.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const read = (text: string, language?: string): Array<[string, number, string, string]> =>
  extractNumbers(text, undefined, language ? { language, notation: 'eu' } : {}).map((n) => [n.text, n.value, n.kind, n.unit])

describe('a scale written short is read as its value', () => {
  it.each([
    ['deu', 'Es kamen 5 Mio. Menschen.', ['5 Mio. Menschen', 5e6, 'count', 'people']],
    ['deu', 'Ein Programm über 5 Mio. für Schulen.', ['5 Mio', 5e6, 'plain', '']],
    ['pol', 'Fundusz ma 3 bln zł aktywów.', ['3 bln zł', 3e12, 'amount', 'pln']],
    ['pol', 'Koszt wyniósł 1,2 mld. zł.', ['1,2 mld. zł', 1.2e9, 'amount', 'pln']],
    ['spa', 'Un plan de 5 mill. de euros.', ['5 mill. de euros', 5e6, 'amount', 'eur']],
    ['ces', 'Škoda činí 500 tis. Kč.', ['500 tis. Kč', 5e5, 'amount', 'czk']],
  ])('%s: %s', (language, text, figure) => {
    expect(read(text, language)).toContainEqual(figure)
  })

  it.each([
    ['The plan costs $5 mln.', ['$5 mln', 5e6, 'amount', 'usd']],
    ['The plan costs $5 bln.', ['$5 bln', 5e9, 'amount', 'usd']],
    ['Lương 2,5 tr đồng mỗi tháng.', ['2,5 tr đồng', 2.5e6, 'amount', 'vnd']],
    ['Dự án trị giá 300 tr.', ['300 tr', 3e8, 'plain', '']],
    ['The fund holds $3 bln in assets.', ['$3 bln', 3e9, 'amount', 'usd']],
    ['Dự án trị giá 2 tỷ rưỡi đồng.', ['2 tỷ rưỡi đồng', 2.5e9, 'amount', 'vnd']],
    ['Dự án trị giá 3 triệu rưỡi.', ['3 triệu rưỡi', 3.5e6, 'plain', '']],
    ['Có một vạn người tham dự.', ['một vạn người', 1e4, 'count', 'người']],
  ])('%s', (text, figure) => {
    expect(read(text)).toContainEqual(figure)
  })

  it.each([
    // traps: "tr" before another word is no million; a count in thousands is not scaled (CSTNews 46, languages53)
    [undefined, 'Có 5 tr người xem.', 5e6],
    ['pol', 'W marszu wzięło udział 10 tys. osób.', 1e4],
    ['por', 'Os feridos foram 3 mil pessoas.', 3e3],
    // Indonesian "bln" is a month (bulan), a Vietnamese "tr" with no money before it a page (trang)
    ['ind', 'Kontrak selama 3 bln.', 3e9],
    ['ind', 'Bayi usia 6 bln di desa itu.', 6e9],
    [undefined, 'Cuốn sách dày 300 tr.', 3e8],
  ])('%s: %s reads no %d', (language, text, value) => {
    expect(read(text, language).map(([, v]) => v)).not.toContain(value)
  })

  it('in Polish "bln" is a bilion (1e12), not an English billion', () => {
    expect(read('Dług wynosi 2 bln zł.', 'pol').map(([, v]) => v)).toEqual([2e12])
  })
})

const VI = (figure: string): string =>
  `Theo Sở Kế hoạch và Đầu tư Hà Nội, dự án cải tạo tuyến đường vành đai đã được phê duyệt trong tuần này. Tổng vốn đầu tư của dự án là ${figure}, do ngân sách thành phố chi trả. Dự kiến công trình hoàn thành vào cuối năm sau.`
const DE = (figure: string): string =>
  `Die Stadt Köln hat am Dienstag ein neues Programm zur Sanierung von Schulen vorgestellt. Das Programm kostet nach Angaben der Verwaltung ${figure} und soll bis 2027 laufen. Die Opposition kritisierte den Zeitplan.`
const EN = (figure: string): string =>
  `The city council approved a new plan to repair the ring road on Tuesday, officials said. The project will cost ${figure}, paid from the city budget. Work is expected to finish next year.`

describe('in a report, one amount in two scales is one figure', () => {
  const numberFlags = (a: string, b: string) => compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'number')

  it.each([
    ['vie', VI('3 tỷ đồng'), VI('3.000 triệu đồng')],
    ['vie', VI('2 tỷ rưỡi đồng'), VI('2,5 tỷ đồng')],
    ['deu', DE('5 Mio. Euro'), DE('5 Millionen Euro')],
    ['eng', EN('$5 mln'), EN('$5 million')],
  ])('%s: no number flag', (_language, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })

  it.each([
    ['vie', VI('2 tỷ rưỡi đồng'), VI('3 tỷ đồng'), ['2 tỷ rưỡi đồng', '3 tỷ đồng']],
    ['deu', DE('5 Mio. Euro'), DE('7 Millionen Euro'), ['5 Mio. Euro', '7 Millionen Euro']],
    ['eng', EN('$5 mln'), EN('$7 million'), ['$5 mln', '$7 million']],
  ])('%s: a different amount is flagged', (_language, a, b, spans) => {
    const [flag] = numberFlags(a, b)
    expect([flag?.a?.text, flag?.b?.text]).toEqual(spans)
  })
})

const ID = (figure: string): string => `Pemerintah memberikan bantuan kepada bayi usia ${figure} di desa itu. Program berjalan lancar.`
const VI_BOOK = (figure: string): string => `Theo báo cáo, cuốn sách dày ${figure}. Sách được phát hành vào tháng 9.`

describe('a short word that is no scale in its language meets no scaled figure (review rlanguages54)', () => {
  it.each([
    ['ind', ID('6 bln'), ID('6 miliar')],
    ['vie', VI_BOOK('300 tr'), 'Theo báo cáo, dự án trị giá 300 triệu. Sách được phát hành vào tháng 9.'],
  ])('%s: no equivalence', (_language, a, b) => {
    expect(compare({ text: a }, { text: b }).equivalences.filter((e) => /\d/.test(e.a.text))).toEqual([])
  })

  it.each([
    ['ind', ID('6 bln'), ID('6 bulan')],
    ['vie', VI_BOOK('300 tr'), VI_BOOK('300 trang')],
  ])('%s: no flag against the word written out', (_language, a, b) => {
    expect(compare({ text: a }, { text: b }).divergences).toEqual([])
  })
})
