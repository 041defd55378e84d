import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every flagged number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const flagged = (a: string, b: string, va: string, vb: string): boolean => numberFlags(a, b).some(([x, y]) => x!.includes(va) && y!.includes(vb))

const EN_TAIL_A = '\n\nThe group had walked for weeks to reach the border, officials said.\n\nAgents fired tear gas at the crowd.'
const EN_TAIL_B = '\n\nThe crossing was closed for several hours, the agency said.\n\nThe migrants had waited in a camp for weeks.'
const VI_TAIL_A = '\n\nNhóm người này đã đi bộ nhiều tuần để tới biên giới, giới chức cho biết.\n\nLực lượng biên phòng bắn hơi cay vào đám đông.'
const VI_TAIL_B = '\n\nCửa khẩu bị đóng cửa trong nhiều giờ, cơ quan này cho biết.\n\nNhững người di cư đã chờ đợi trong trại nhiều tuần.'
const PT_TAIL_A = '\n\nO grupo caminhou por semanas até a fronteira, disseram autoridades.\n\nOs agentes lançaram gás lacrimogêneo contra a multidão.'
const PT_TAIL_B = '\n\nA passagem ficou fechada por várias horas, disse a agência.\n\nOs migrantes esperavam em um acampamento havia semanas.'

const EN_A = 'Border agents arrested 42 people at the San Ysidro crossing on Sunday.' + EN_TAIL_A
const VI_A = 'Lực lượng biên phòng đã bắt giữ 42 người vượt biên trái phép hôm Chủ nhật.' + VI_TAIL_A
const PT_A = 'Agentes de fronteira prenderam 42 pessoas na passagem de San Ysidro no domingo.' + PT_TAIL_A

/**
 * One incident's arrests told by two reports in sentences the aligner leaves apart (issue 11, McGill:
 * "officials arrested 42 people" / "69 immigrants were detained Sunday"): one slot, the arrested,
 * whichever kind of people they were taken as.
 */
describe('one incident\'s arrests in unlinked sentences', () => {
  it.each([
    ['en', EN_A, 'He said 69 immigrants were detained at the San Ysidro crossing during the clashes.' + EN_TAIL_B],
    ['en: people / people', EN_A, 'A spokesman said 69 people were taken into custody at the San Ysidro crossing after the clashes.' + EN_TAIL_B],
    ['vi', VI_A, 'Theo người phát ngôn, 69 người đã bị tạm giữ sau các vụ xô xát.' + VI_TAIL_B],
    ['pt', PT_A, 'Segundo um porta-voz, 69 pessoas foram detidas na passagem de San Ysidro depois dos confrontos.' + PT_TAIL_B],
  ])('%s: flagged', (_label, a, b) => {
    expect(flagged(a, b, '42', '69')).toBe(true)
  })
})

/** Traps: crowds that held something, the arrested against the dead, a period's total, another place, suspects against victims, a part. */
describe('arrest counts that stay apart', () => {
  it.each([
    ['en: a crowd that held a vigil', 'Some 42 people held a vigil at the San Ysidro crossing on Sunday.' + EN_TAIL_A, 'He said 69 immigrants were detained at the San Ysidro crossing during the clashes.' + EN_TAIL_B, '42', '69'],
    ['en: the arrested against the dead', EN_A, 'He said 69 people were killed during the clashes.' + EN_TAIL_B, '42', '69'],
    ['en: the year\'s arrests', EN_A, 'Agents have detained 69,000 people at the border this year, the agency said.' + EN_TAIL_B, '42', '69,000'],
    ['en: since March', EN_A, 'Since March, 6,900 people have been arrested at the crossing, the agency said.' + EN_TAIL_B, '42', '6,900'],
    ['en: another place', 'Border agents arrested 42 people in Tijuana on Sunday.' + EN_TAIL_A, 'Agents detained 69 people in El Paso on Sunday.' + EN_TAIL_B, '42', '69'],
    ['en: another crossing', EN_A, 'He said 69 immigrants were detained at the Otay Mesa crossing during the clashes.' + EN_TAIL_B, '42', '69'],
    ['en: another day', EN_A, 'He said 69 immigrants were detained at the San Ysidro crossing on Monday.' + EN_TAIL_B, '42', '69'],
    ['en: two places in one report', EN_A, 'Agents detained 69 people in El Paso and 42 in Tijuana on Sunday.' + EN_TAIL_B, '42', '69'],
    ['en: suspects against victims', 'Police arrested 4 suspects after the attack, which killed 12 people.' + EN_TAIL_A, 'The attack killed 9 people, police said.' + EN_TAIL_B, '4', '9'],
    ['en: rescuers against the rescued', 'About 40 rescuers searched the river on Sunday.' + EN_TAIL_A, 'Rescuers pulled 69 people from the river on Sunday.' + EN_TAIL_B, '40', '69'],
    ['vi: người tuần hành', 'Khoảng 42 người đã tổ chức tuần hành tại biên giới hôm Chủ nhật.' + VI_TAIL_A, 'Theo người phát ngôn, 69 người đã bị tạm giữ sau các vụ xô xát.' + VI_TAIL_B, '42', '69'],
    ['vi: bị bắt / thiệt mạng', VI_A, 'Theo người phát ngôn, 69 người đã thiệt mạng trong các vụ xô xát.' + VI_TAIL_B, '42', '69'],
    ['vi: từ đầu năm', VI_A, 'Từ đầu năm nay, 6.900 người đã bị bắt giữ khi vượt biên, cơ quan này cho biết.' + VI_TAIL_B, '42', '6.900'],
    ['pt: desde março', PT_A, 'Desde março, 6.900 pessoas foram detidas na fronteira, disse a agência.' + PT_TAIL_B, '42', '6.900'],
  ])('%s', (_label, a, b, va, vb) => {
    expect(flagged(a, b, va, vb)).toBe(false)
  })
})

const KABUL_A = '\n\nThe bomber blew himself up among shoppers, police said.\n\nAmbulances carried the wounded to hospitals in Kabul.'
const KABUL_B = '\n\nThe attacker detonated his vest near the market gate, police said.\n\nHospitals in Kabul appealed for blood donors.'
const CABUL_A = '\n\nO homem-bomba se explodiu entre os compradores, disse a polícia.\n\nAmbulâncias levaram os feridos a hospitais de Cabul.'
const CABUL_B = '\n\nO agressor detonou o colete perto do portão do mercado, disse a polícia.\n\nHospitais de Cabul pediram doações de sangue.'
const EN_LEAD_B = 'Border agents detained 69 people at the San Ysidro crossing on Sunday, a spokesman said.' + EN_TAIL_B
const VI_LEAD_B = 'Lực lượng biên phòng đã tạm giữ 69 người vượt biên trái phép hôm Chủ nhật, người phát ngôn cho biết.' + VI_TAIL_B
const PT_LEAD_B = 'Agentes de fronteira detiveram 69 pessoas na passagem de San Ysidro no domingo, disse um porta-voz.' + PT_TAIL_B

/**
 * A toll's verb past a short aside right after the count ("42 people, mostly men, were apprehended",
 * McGill): the clause stops at the aside's comma, the outcome is still the count's.
 */
describe('a toll whose verb stands past an aside', () => {
  it.each([
    ['en: arrests', 'Officials said 42 people, mostly men, were apprehended at the San Ysidro crossing.' + EN_TAIL_A, EN_LEAD_B, '42', '69'],
    ['en: the dead', 'Some 24 people, mostly women, were killed in a blast at a market in Kabul on Sunday.' + KABUL_A, 'A suicide bomber killed 31 people at a crowded market in Kabul on Sunday, officials said.' + KABUL_B, '24', '31'],
    ['vi: bị bắt', 'Theo giới chức, 42 người, chủ yếu nam giới, đã bị bắt giữ khi vượt biên trái phép.' + VI_TAIL_A, VI_LEAD_B, '42', '69'],
    ['pt: morreram', 'Cerca de 24 pessoas, quase todas mulheres, morreram em uma explosão em um mercado de Cabul no domingo.' + CABUL_A, 'Um homem-bomba matou 31 pessoas em um mercado de Cabul no domingo, disseram autoridades.' + CABUL_B, '24', '31'],
  ])('%s: flagged', (_label, a, b, va, vb) => {
    expect(flagged(a, b, va, vb)).toBe(true)
  })

  it.each([
    ['en: an aside, then another clause', 'The bus carried 42 people, mostly pilgrims, and was hit near the San Ysidro crossing, where police arrested the driver.' + EN_TAIL_A, EN_LEAD_B, '42', '69'],
    ['en: a source as the aside, then no outcome', 'About 42 people, police said, waited at the San Ysidro crossing before it was closed.' + EN_TAIL_A, EN_LEAD_B, '42', '69'],
    ['en: the dead past the aside, the other report\'s arrests', 'At least 42 people, most of them migrants, died at the San Ysidro crossing.' + EN_TAIL_A, EN_LEAD_B, '42', '69'],
    ['vi: chờ đợi, không bị bắt', 'Khoảng 42 người, chủ yếu là phụ nữ, đã chờ đợi ở cửa khẩu nhiều giờ.' + VI_TAIL_A, VI_LEAD_B, '42', '69'],
    ['pt: esperavam, não detidas', 'Cerca de 42 pessoas, quase todas mulheres, esperavam na passagem de San Ysidro.' + PT_TAIL_A, PT_LEAD_B, '42', '69'],
  ])('%s: not flagged', (_label, a, b, va, vb) => {
    expect(flagged(a, b, va, vb)).toBe(false)
  })
})

const EN_DETAINED_B = 'He said 69 immigrants were detained at the San Ysidro crossing during the clashes.' + EN_TAIL_B
const VI_DETAINED_B = 'Theo người phát ngôn, 69 người đã bị tạm giữ sau các vụ xô xát.' + VI_TAIL_B

/**
 * Review rtolls55: arrest words that take no one into custody (hostages, the kidnapped, people held
 * up at a shut gate), and two groups of the arrested, are no toll of the arrested.
 */
describe('counts an arrest word does not make the arrested', () => {
  it.each([
    ['en: held hostage', 'Some 42 people were held hostage at the San Ysidro crossing on Sunday.' + EN_TAIL_A, 'Police arrested 3 people at the San Ysidro crossing on Sunday, a spokesman said.' + EN_TAIL_B, '42', '3'],
    ['en: held hostage for hours', 'Gunmen seized the bus, and 42 people were held hostage for hours.' + EN_TAIL_A, 'Police later arrested 6 people, a spokesman said.' + EN_TAIL_B, '42', '6'],
    ['en: held captive', 'Some 42 people were held captive at the San Ysidro crossing on Sunday.' + EN_TAIL_A, 'Police arrested 3 people at the San Ysidro crossing on Sunday, a spokesman said.' + EN_TAIL_B, '42', '3'],
    ['vi: bị bắt làm con tin', 'Khoảng 42 người bị bắt làm con tin hôm Chủ nhật.' + VI_TAIL_A, 'Theo người phát ngôn, 6 người đã bị tạm giữ sau các vụ xô xát.' + VI_TAIL_B, '42', '6'],
    ['vi: bị bắt cóc', 'Khoảng 42 người bị bắt cóc hôm Chủ nhật.' + VI_TAIL_A, 'Theo người phát ngôn, 6 người đã bị tạm giữ sau các vụ xô xát.' + VI_TAIL_B, '42', '6'],
    ['en: held for hours at a shut gate', 'Some 400 people were held for hours at the San Ysidro crossing on Sunday while the gates were shut.' + EN_TAIL_A, EN_DETAINED_B, '400', '69'],
    ['en: held, then for hours', 'About 400 people were held at the San Ysidro crossing for hours on Sunday as the gates stayed shut.' + EN_TAIL_A, 'Agents detained 69 people at the San Ysidro crossing on Sunday, a spokesman said.' + EN_TAIL_B, '400', '69'],
    ['en: held with no custody word', 'About 400 people were held at the San Ysidro crossing on Sunday as the gates stayed shut.' + EN_TAIL_A, EN_DETAINED_B, '400', '69'],
    ['vi: bị giữ lại', 'Khoảng 400 người bị giữ lại tại cửa khẩu nhiều giờ hôm Chủ nhật vì cổng đóng.' + VI_TAIL_A, VI_DETAINED_B, '400', '69'],
    ['en: protesters / suspects', 'Police arrested 42 protesters at the San Ysidro crossing on Sunday.' + EN_TAIL_A, 'Police said 3 suspects were detained at the San Ysidro crossing on Sunday over the killing of an agent.' + EN_TAIL_B, '42', '3'],
    ['en: suspects / immigrants', 'Police said 3 suspects were detained at the San Ysidro crossing on Sunday.' + EN_TAIL_A, EN_DETAINED_B, '3', '69'],
    ['vi: người biểu tình / nghi phạm', 'Cảnh sát đã bắt giữ 42 người biểu tình tại cửa khẩu hôm Chủ nhật.' + VI_TAIL_A, 'Theo người phát ngôn, 3 nghi phạm đã bị tạm giữ vì liên quan vụ sát hại một cán bộ biên phòng.' + VI_TAIL_B, '42', '3'],
  ])('%s: not flagged', (_label, a, b, va, vb) => {
    expect(flagged(a, b, va, vb)).toBe(false)
  })

  // the guards' other side: custody told with "held", the whole phrase "bị bắt", one group under two words
  it.each([
    ['en: held by police', 'Some 42 people were held by police at the San Ysidro crossing on Sunday.' + EN_TAIL_A, EN_DETAINED_B, '42', '69'],
    ['en: held on suspicion', 'Some 42 people were held on suspicion of smuggling at the San Ysidro crossing on Sunday.' + EN_TAIL_A, EN_DETAINED_B, '42', '69'],
    ['vi: bị bắt', 'Khoảng 42 người bị bắt hôm Chủ nhật khi vượt biên trái phép.' + VI_TAIL_A, VI_DETAINED_B, '42', '69'],
    ['en: migrants / immigrants', 'Border agents arrested 42 migrants at the San Ysidro crossing on Sunday.' + EN_TAIL_A, EN_DETAINED_B, '42', '69'],
  ])('%s: flagged', (_label, a, b, va, vb) => {
    expect(flagged(a, b, va, vb)).toBe(true)
  })
})
