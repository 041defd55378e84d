import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, flagged or not, as its two texts. */
const numberPairs = (a: string, b: string, which: 'divergences' | 'candidates'): string[][] =>
  compare(a, b, { minConfidence: which === 'candidates' ? 0.99 : 0.5 })
    [which].filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const flagged = (a: string, b: string, va: string, vb: string): boolean => numberPairs(a, b, 'divergences').some(([x, y]) => x!.includes(va) && y!.includes(vb))

// Each first report heads its story with one toll (32) and tells an update in its lead (33), naming only its
// source there; the other report names the campus and gives 30 (CSTNews cluster 18, retold).
const PT_A = 'Tiroteio em universidade deixa ao menos 32 mortos nos EUA\nAo menos 33 pessoas morreram nesta segunda-feira, segundo o presidente da instituição, Charles Steger.\n\nO atirador também morreu, informou a polícia.\n\nAs aulas foram suspensas.'
const PT_B = 'Um ataque em dois lugares da Universidade Técnica da Virgínia, em Blacksburg, Estados Unidos, resultou na morte de 30 pessoas.\n\nO atirador estava entre os mortos, segundo a polícia.\n\nAs entradas do campus foram fechadas.'
const EN_A = "University shooting leaves at least 32 dead in US\nAt least 33 people died on Monday, according to the university's president, Charles Steger.\n\nThe gunman also died, police said.\n\nClasses were cancelled."
const EN_B = 'A gunman opened fire at two sites of the Virginia Tech campus, Blacksburg, United States, and killed 30 people.\n\nThe gunman was among the dead, police said.\n\nThe campus gates were closed.'
const VI_A = 'Xả súng tại trường đại học Mỹ, ít nhất 32 người chết\nÍt nhất 33 người đã thiệt mạng hôm thứ Hai, theo hiệu trưởng nhà trường Charles Steger.\n\nTay súng cũng đã chết, cảnh sát cho biết.\n\nCác lớp học bị hủy.'
const FR_A = "Une fusillade dans une université fait au moins 32 morts aux États-Unis\nAu moins 33 personnes sont mortes lundi, selon le président de l'université, Charles Steger.\n\nLe tireur est aussi mort.\n\nLes cours ont été annulés."
const FR_B = 'Un tireur a ouvert le feu sur deux sites du campus de Virginia Tech, à Blacksburg, aux États-Unis, et a tué 30 personnes.\n\nLe tireur figure parmi les morts.\n\nLe campus a été fermé.'
const VI_B = 'Một vụ tấn công tại hai địa điểm của Đại học Virginia Tech, Blacksburg, Hoa Kỳ, đã làm 30 người thiệt mạng.\n\nTay súng nằm trong số người chết, cảnh sát cho biết.\n\nCổng trường bị đóng.'

/**
 * The two reports' main tolls pair though the slots paired the headline's earlier 32 with the 30 by
 * their words, and though the lead names only its source (issue 11, CSTNews *Ao menos 33 pessoas
 * morreram* / *morte de 30 pessoas*). Each row is unflagged on main.
 */
describe('one toll told by a lead that names only its source', () => {
  it.each([
    ['pt', PT_A, PT_B, '33', '30'],
    ['en', EN_A, EN_B, '33', '30'],
    ['vi', VI_A, VI_B, '33', '30'],
    ['fr', FR_A, FR_B, '33', '30'],
    // review rcounts53: a title longer than a few words, an apposition before the verb, a verb before the title
    ['en: a long title before the name', EN_A.replace("the university's president, Charles Steger", 'the president of the university, Charles Steger'), EN_B, '33', '30'],
    ['en: an apposition before the verb', EN_A.replace("according to the university's president, Charles Steger", "Charles Steger, the university's president, said"), EN_B, '33', '30'],
    ['pt: the verb before a title', PT_A.replace('segundo o presidente', 'disse o presidente'), PT_B, '33', '30'],
    ['vi: an apposition before "cho biết"', VI_A.replace('theo hiệu trưởng nhà trường Charles Steger', 'ông Charles Steger, hiệu trưởng nhà trường, cho biết'), VI_B, '33', '30'],
  ])('%s: the main tolls are flagged', (_label, a, b, va, vb) => {
    expect(flagged(a, b, va, vb)).toBe(true)
  })

  it.each([
    ['pt', PT_A, PT_B],
    ['en', EN_A, EN_B],
  ])('%s: the headline\'s earlier count no longer stands against the other toll', (_label, a, b) => {
    expect(numberPairs(a, b, 'candidates').some(([x, y]) => x!.includes('32') && y!.includes('30'))).toBe(false)
  })
})

/** Traps: a lead that names a place beside its source, another toll's time or scope, a part, two sources' tolls far apart. */
describe('tolls that stay apart', () => {
  it.each([
    ['pt: another place beside the source', PT_A.replace('nesta segunda-feira, segundo o presidente da instituição, Charles Steger', 'em Kandahar nesta segunda-feira, segundo o governador Ahmad Zia'), PT_B],
    ['en: another place beside the source', EN_A.replace("on Monday, according to the university's president, Charles Steger", 'in Kandahar on Monday, according to governor Ahmad Zia'), EN_B],
    ['vi: another place beside the source', VI_A.replace('hôm thứ Hai, theo hiệu trưởng nhà trường Charles Steger', 'tại Kandahar hôm thứ Hai, theo thống đốc Ahmad Zia'), VI_B],
    ['en: the lead places another campus', EN_A.replace('on Monday, according', 'on Monday at Virginia Tech in Blacksburg, according'), 'A gunman opened fire at two sites of the Columbine school, Littleton, Colorado, and killed 30 people.\n\nThe gunman was among the dead.\n\nThe school was closed.'],
    ['en: a running total', EN_A, 'The death toll from the attack at Virginia Tech, Blacksburg, rose to 30 on Tuesday.\n\nThe gunman was among the dead.\n\nThe campus gates were closed.'],
    ['pt: a running total', PT_A, 'O número de mortos no ataque à Universidade Técnica da Virgínia, em Blacksburg, subiu para 30 no total.\n\nO atirador estava entre os mortos.\n\nAs entradas do campus foram fechadas.'],
    ['en: another year', EN_A, 'In 1966 a sniper at the University of Texas in Austin killed 30 people.\n\nThe gunman was among the dead.\n\nThe campus gates were closed.'],
    ['vi: a part (students)', VI_A, VI_B.replace('30 người thiệt mạng', '30 sinh viên thiệt mạng')],
    // a headline figure far below the lead's toll is no earlier count of it: its pairing with the 30 stays the slots'
    ['pt: a headline figure far below the lead\'s', PT_A.replace('ao menos 32 mortos', '26 mortos'), PT_B],
    ['en: a headline figure far below the lead\'s', EN_A.replace('at least 32 dead', '26 dead'), EN_B],
  ])('%s', (_label, a, b) => {
    expect(flagged(a, b, '33', '30')).toBe(false)
  })

  // review rcounts53: another incident's perpetrator named before a verb with its own subject, or after a
  // lead word in another sense (ordinal, "following", "in the style of", a plan or a text): no source
  const breivik = 'Anders Breivik'
  it.each([
    ['en: a perpetrator before "police said"', EN_A.replace("on Monday, according to the university's president, Charles Steger", `on Monday in the rampage of ${breivik}, police said`), EN_B],
    ['en: a perpetrator before "police said", no "of"', EN_A.replace("on Monday, according to the university's president, Charles Steger", `on Monday as ${breivik} struck, police said`), EN_B],
    ['vi: a perpetrator before "ông nói"', VI_A.replace('hôm thứ Hai, theo hiệu trưởng nhà trường Charles Steger', `trong vụ tấn công của ${breivik}, ông nói`), VI_B],
    ['fr: a perpetrator before "a déclaré la police"', FR_A.replace('selon le président de l\'université, Charles Steger', `dans la tuerie de ${breivik}, a déclaré la police`), FR_B],
    ['pt: "segundo" as the ordinal', PT_A.replace('nesta segunda-feira, segundo o presidente da instituição, Charles Steger', `no segundo ataque de ${breivik}`), PT_B],
    ['vi: "tiếp theo" (following)', VI_A.replace('theo hiệu trưởng nhà trường Charles Steger', `tiếp theo vụ thảm sát của ${breivik}`), VI_B],
    ['vi: "theo kiểu" (in the style of)', VI_A.replace('hôm thứ Hai, theo hiệu trưởng nhà trường Charles Steger', `trong vụ xả súng theo kiểu ${breivik}`), VI_B],
    ['fr: "selon le plan de"', FR_A.replace(', selon le président de l\'université, Charles Steger', ` dans une tuerie menée selon le plan de ${breivik}`), FR_B],
    ['en: "according to the manifesto of"', EN_A.replace(", according to the university's president, Charles Steger", ` in an attack carried out according to the manifesto of ${breivik}`), EN_B],
    ['en: a lead whose phrase goes on past the name', EN_A.replace("according to the university's president, Charles Steger", `according to police, ${breivik} killed them`), EN_B],
  ])('%s', (_label, a, b) => {
    expect(flagged(a, b, '33', '30')).toBe(false)
  })

  // two sources' tolls in one report (13 by the authorities, 100 by the exiles): 100 is no update of 13, and
  // the 13 stays paired with the other report's official 19 (RPM2 T20_C1_07)
  it.each([
    ['en', 'The violence in Tibet killed 13 people according to Chinese authorities and 100 people according to the exiled government.\n\n100 dead, according to the Tibetan government in exile\n\nThe Dalai Lama called for calm.', 'According to the Tibet Daily, the Lhasa riots officially killed 19 people and injured 623.\n\nBeijing\'s official toll was 19 dead.\n\nPolice arrested suspects.'],
  ])('%s: two sources\' tolls, far apart', (_label, a, b) => {
    expect(flagged(a, b, '100', '19')).toBe(false)
  })
})
