import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every flagged number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const flagged = (a: string, b: string, va: string, vb: string): boolean => numberFlags(a, b).some(([x, y]) => x!.includes(va) && y!.includes(vb))

const EN_TAIL_A = '\n\nThe blast hit a crowded market, state television said.\n\nRescuers searched the rubble for survivors.'
const EN_TAIL_B = '\n\nThe explosion tore through a market, officials said.\n\nAmbulances carried the wounded to hospitals.'
const VI_TAIL_A = '\n\nVụ nổ xảy ra tại một khu chợ đông người, truyền hình nhà nước cho biết.\n\nLực lượng cứu hộ tìm kiếm người sống sót.'
const VI_TAIL_B = '\n\nVụ nổ phá hủy một khu chợ, giới chức cho biết.\n\nXe cứu thương chở người bị thương tới bệnh viện.'

const EN_A = 'State TV says 22 killed in car bomb in northern Syria' + EN_TAIL_A
const VI_A = 'Truyền hình nhà nước: đánh bom xe, 22 người chết ở miền Bắc Syria' + VI_TAIL_A
const VI_NORTH_AFTER = 'Truyền hình nhà nước: đánh bom xe ở Syria, 22 người chết ở phía bắc' + VI_TAIL_A

/**
 * One lead places its toll in a compass region ("in northern Syria", "ở miền Bắc"), the other's
 * lead writes that region in another form ("a town in northern Syria … killing 44 people"): one
 * incident's two tolls (issue 11, FA-KES Qamishli: Ahram's 22 / Daily Sabah's 44).
 */
describe('a toll placed in a region the other lead writes', () => {
  it.each([
    ['en', EN_A, 'A truck loaded with explosives struck a crowd in a town in northern Syria on Wednesday, killing 44 people.' + EN_TAIL_B],
    ['vi', VI_A, 'Hôm thứ Tư, một xe tải chở thuốc nổ lao vào đám đông tại một thị trấn ở miền Bắc Syria, khiến 44 người thiệt mạng.' + VI_TAIL_B],
    // review rtolls52 (3): two Vietnamese forms of one region, and the English control
    ['vi: miền Bắc / phía bắc', VI_A, 'Hôm thứ Tư, một xe tải chở thuốc nổ lao vào đám đông tại một thị trấn ở phía bắc Syria, khiến 44 người thiệt mạng.' + VI_TAIL_B],
    ['en: in the north / in northern Syria', 'State TV in Syria says 22 killed in car bomb in the north' + EN_TAIL_A, 'A truck loaded with explosives struck a crowd in a town in northern Syria on Wednesday, killing 44 people.' + EN_TAIL_B],
  ])('%s: flagged', (_label, a, b) => {
    expect(flagged(a, b, '22', '44')).toBe(true)
  })
})

/** Traps: another region, another town of the same day, a cumulative total, a later update. */
describe('region tolls that stay apart', () => {
  it.each([
    ['en: another region', EN_A, 'A truck loaded with explosives struck a crowd in a town in southern Syria on Wednesday, killing 44 people.' + EN_TAIL_B],
    ['en: another town of the same day', EN_A, 'An air strike hit a market in Aleppo in northern Syria on Wednesday, killing 44 people.' + EN_TAIL_B],
    ['en: the region\'s total this month', EN_A, 'Bombings in northern Syria have killed 44 people this month, a monitor said.' + EN_TAIL_B],
    ['en: a later update', EN_A, 'The death toll from a car bomb in a Kurdish town in northern Syria rose to 44 on Thursday.' + EN_TAIL_B],
    ['vi: miền khác', VI_A, 'Hôm thứ Tư, một xe tải chở thuốc nổ lao vào đám đông tại một thị trấn ở miền Nam Syria, khiến 44 người thiệt mạng.' + VI_TAIL_B],
    ['vi: thị trấn khác cùng ngày', VI_A, 'Hôm thứ Tư, máy bay không kích một khu chợ tại Aleppo ở miền Bắc Syria, khiến 44 người thiệt mạng.' + VI_TAIL_B],
    ['vi: tổng số năm nay', VI_A, 'Từ đầu năm nay, các vụ nổ ở miền Bắc Syria đã khiến 44 người thiệt mạng, một tổ chức giám sát cho biết.' + VI_TAIL_B],
    // review rtolls52 (1): a compass word in another clause or another sense places no toll
    ['en: another region, another event\'s place after it', EN_A, 'A truck loaded with explosives struck a crowd in a town in southern Syria on Wednesday, killing 44 people, a day after rebels shelled northern villages.' + EN_TAIL_B],
    ['en: Eastern European monitors', 'State TV says 22 killed in car bomb in eastern Syria' + EN_TAIL_A, 'A truck loaded with explosives struck a crowd in a town in southern Syria on Wednesday, killing 44 people, Eastern European monitors said.' + EN_TAIL_B],
    ['en: Western officials', 'State TV says 22 killed in car bomb in western Syria' + EN_TAIL_A, 'A car bomb at a market in southern Syria killed 44 people on Wednesday, Western officials said.' + EN_TAIL_B],
    ['vi: tiến về phía bắc', VI_NORTH_AFTER, 'Hôm thứ Tư, một xe tải chở thuốc nổ lao vào đám đông tại một thị trấn ở phía nam Syria, khiến 44 người thiệt mạng, khi quân chính phủ tiến về phía bắc.' + VI_TAIL_B],
    ['vi: miền bắc châu Âu', VI_NORTH_AFTER, 'Hôm thứ Tư, một xe tải chở thuốc nổ lao vào đám đông tại một thị trấn ở phía nam Syria, khiến 44 người thiệt mạng, các nhà ngoại giao miền bắc châu Âu cho biết.' + VI_TAIL_B],
    ['pt: outra região', 'Carro-bomba mata 22 pessoas no norte da Síria\n\nA explosão atingiu um mercado, disse a TV estatal.\n\nSocorristas buscaram sobreviventes.', 'Um carro-bomba atingiu uma cidade em Alepo na quarta-feira e matou 44 pessoas.\n\nA explosão destruiu um mercado, disseram autoridades.\n\nAmbulâncias levaram os feridos.'],
    ['pt: o total do mês', 'Carro-bomba mata 22 pessoas no norte da Síria\n\nA explosão atingiu um mercado, disse a TV estatal.\n\nSocorristas buscaram sobreviventes.', 'Neste mês, explosões na região mataram 44 pessoas, segundo um grupo de monitoramento.\n\nA explosão destruiu um mercado, disseram autoridades.\n\nAmbulâncias levaram os feridos.'],
  ])('%s', (_label, a, b) => {
    expect(flagged(a, b, '22', '44')).toBe(false)
  })
})

const PT_A = 'Carro-bomba mata 22 pessoas em cidade síria\n\nA explosão atingiu um mercado, disse a TV estatal.\n\nSocorristas buscaram sobreviventes.'
const PT_TAIL = '\n\nA explosão destruiu um mercado, disseram autoridades.\n\nAmbulâncias levaram os feridos.'

/**
 * A month's or a year's count is no incident's toll in Portuguese either ("Neste mês, … mataram
 * 44 pessoas"), as "this month" and "năm nay" were not; one explosion told with its week or month is.
 */
describe('a period\'s count against one incident\'s toll', () => {
  it.each([
    ['pt: neste mês', PT_A, 'Neste mês, explosões na região mataram 44 pessoas, segundo um grupo de monitoramento.' + PT_TAIL],
    ['pt: este ano', PT_A, 'Explosões na região mataram 44 pessoas este ano, segundo um grupo de monitoramento.' + PT_TAIL],
    ['en: this month', 'State TV says 22 killed in car bomb in a Syrian town' + EN_TAIL_A, 'Explosions in the region have killed 44 people this month, according to a monitor.' + EN_TAIL_B],
    ['vi: năm nay', VI_A, 'Năm nay, các vụ nổ trong khu vực đã khiến 44 người thiệt mạng, theo một tổ chức giám sát.' + VI_TAIL_B],
  ])('%s', (_label, a, b) => {
    expect(flagged(a, b, '22', '44')).toBe(false)
  })

  it.each([
    ['pt', PT_A, 'Explosões na região mataram 44 pessoas, segundo um grupo de monitoramento.' + PT_TAIL],
    // review rtolls52 (2): one explosion dated by its week or its month is still one incident
    ['pt: esta semana', PT_A, 'Uma explosão na região matou 44 pessoas esta semana, segundo um grupo de monitoramento.' + PT_TAIL],
    ['pt: nesta semana', PT_A, 'Nesta semana, uma explosão na região matou 44 pessoas, segundo um grupo de monitoramento.' + PT_TAIL],
    ['pt: neste mês de Ramadã', PT_A, 'Uma explosão na região matou 44 pessoas neste mês de Ramadã, segundo um grupo de monitoramento.' + PT_TAIL],
  ])('%s: the incident\'s own toll is still flagged', (_label, a, b) => {
    expect(flagged(a, b, '22', '44')).toBe(true)
  })
})
