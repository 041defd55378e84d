import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/** The texts of every `missing` fact of a compare. */
const missingTexts = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => (d.a ?? d.b)!.text)

describe('counts of things that befell two fates are two slots, exact or vague', () => {
  it.each([
    ['en: destroyed / damaged', 'Floods destroyed 120 homes in the province on Monday, officials said.', 'Floods damaged 150 homes in the province on Monday, officials said.', ['120 homes', '150 homes']],
    ['en: injured / trapped', 'About 300 people were injured in the quake on Monday, officials said.', 'About 320 people were trapped in the quake on Monday, officials said.', ['300 people', '320 people']],
    ['vi: tốc mái / ngập', 'Cơn bão làm 1.000 ngôi nhà bị tốc mái ở tỉnh Nghệ An chiều 12/8.', 'Cơn bão làm 1.200 ngôi nhà bị ngập ở tỉnh Nghệ An chiều 12/8.', ['1.000 ngôi', '1.200 ngôi']],
    ['vi: bị thương / mắc kẹt', 'Trận động đất làm 300 người bị thương ở tỉnh Sơn La chiều 12/8.', 'Trận động đất làm 320 người bị mắc kẹt ở tỉnh Sơn La chiều 12/8.', ['300 người', '320 người']],
    ['es: destruidas / dañadas', 'Unas 120 casas quedaron destruidas por la riada en Valencia el lunes, según el ayuntamiento.', 'Unas 150 casas quedaron dañadas por la riada en Valencia el lunes, según el ayuntamiento.', ['120 casas', '150 casas']],
  ])('%s: no contradiction, each missing', (_, a, b, [x, y]) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(missingTexts(a, b)).toEqual([x, y])
  })

  it.each([
    ['en: destroyed / damaged hundreds', 'Floods destroyed 200 houses in the province on Monday, officials said.', 'Floods damaged hundreds of houses in the province on Monday, officials said.', '200 houses'],
    ['vi: sập / hư hại hàng trăm', 'Lũ làm sập 200 ngôi nhà ở tỉnh Quảng Nam chiều 12/8.', 'Lũ làm hư hại hàng trăm ngôi nhà ở tỉnh Quảng Nam chiều 12/8.', '200 ngôi'],
    ['es: destruidas / cientos dañadas', 'Unas 200 casas quedaron destruidas por la riada en Valencia el lunes, según el ayuntamiento.', 'Cientos de casas quedaron dañadas por la riada en Valencia el lunes, según el ayuntamiento.', '200 casas'],
  ])('%s: the figure stays missing', (_, a, b, missing) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(missingTexts(a, b)).toContain(missing)
  })
})

describe('one fate in two words is one slot', () => {
  it.each([
    ['en: destroyed / collapsed', 'Floods destroyed 120 homes in the province on Monday, officials said.', 'In the province 150 homes collapsed in the floods on Monday, officials said.', ['120 homes', '150 homes']],
    ['en: damaged / flooded (a kind of damage)', 'Floods damaged 120 homes in the province on Monday, officials said.', 'Floods flooded 150 homes in the province on Monday, officials said.', ['120 homes', '150 homes']],
    ['vi: sập / đổ sập', 'Cơn bão làm 120 ngôi nhà bị sập ở tỉnh Nghệ An chiều 12/8.', 'Cơn bão làm 150 ngôi nhà đổ sập ở tỉnh Nghệ An chiều 12/8.', ['120 ngôi', '150 ngôi']],
    ['vi: chết / tử vong', 'Vụ tấn công làm 35 người chết chiều 12/8.', 'Vụ tấn công làm 38 người tử vong chiều 12/8.', ['35 người', '38 người']],
    ['es: destruidas / derrumbadas', 'Unas 120 casas quedaron destruidas por la riada en Valencia el lunes, según el ayuntamiento.', 'Unas 150 casas quedaron derrumbadas por la riada en Valencia el lunes, según el ayuntamiento.', ['120 casas', '150 casas']],
  ])('%s: a contradiction', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})

describe('the fate is the word governing the count, not any word of the sentence', () => {
  it.each([
    ['en: roads flooded beside', 'Floods destroyed 120 homes on Monday, and roads were flooded across the province.', 'Floods destroyed 150 homes on Monday across the province, officials said.', ['120 homes', '150 homes']],
    ['vi: đường ngập beside', 'Lũ làm sập 120 ngôi nhà chiều 12/8, nhiều tuyến đường bị ngập.', 'Lũ làm sập 150 ngôi nhà chiều 12/8, chính quyền cho biết.', ['120 ngôi', '150 ngôi']],
    ['es: calles inundadas beside', 'Unas 120 casas quedaron destruidas el lunes en Valencia, y las calles quedaron inundadas.', 'Unas 150 casas quedaron destruidas el lunes en Valencia, según el ayuntamiento.', ['120 casas', '150 casas']],
    ['en: no fate on one side', 'Floods destroyed 120 homes in the province on Monday, officials said.', 'Floods hit 150 homes in the province on Monday, officials said.', ['120 homes', '150 homes']],
    ['vi: tốc độ is no roof', 'Gió giật với tốc độ lớn làm 120 ngôi nhà bị ngập ở Nghệ An chiều 12/8.', 'Gió giật làm 150 ngôi nhà bị ngập ở Nghệ An chiều 12/8.', ['120 ngôi', '150 ngôi']],
  ])('%s: still a contradiction', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})

/**
 * A figure against a vague order is measured in orders (slot-doubts.ts): one order off is one slot
 * told at two orders, a contradiction; two orders off more often a part or another scope, so the
 * figure is left missing. Worded alike or apart, the answer is the same.
 */
describe('a figure against an order: one order off is a contradiction, two orders off two slots', () => {
  const EN = ['Police said 12 people were detained after the protest in the capital on Thursday.', (q: string) => `${q} were detained by police in the capital after Thursday's protest turned violent.`] as const
  const VI = ['Công an cho biết 12 người đã bị tạm giữ sau cuộc biểu tình ở thủ đô chiều 12/8.', (q: string) => `Chiều 12/8, ${q} đã bị tạm giữ ở thủ đô khi cuộc biểu tình trở nên bạo lực, theo công an.`] as const
  const ES = ['La policía dijo que 12 personas fueron detenidas tras la protesta en la capital el jueves.', (q: string) => `${q} fueron detenidas por la policía en la capital cuando la protesta del jueves se volvió violenta.`] as const
  it.each([
    ['en: 12 / hundreds', EN[0], EN[1]('Hundreds of people'), ['12 people', 'Hundreds of people']],
    ['vi: 12 / hàng trăm', VI[0], VI[1]('hàng trăm người'), ['12 người', 'hàng trăm người']],
    ['es: 12 / cientos', ES[0], ES[1]('Cientos de personas'), ['12 personas', 'Cientos de personas']],
  ])('%s: a contradiction', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })

  it.each([
    ['en: 12 / thousands', EN[0], EN[1]('Thousands of people'), '12 people'],
    ['vi: 12 / hàng nghìn', VI[0], VI[1]('hàng nghìn người'), '12 người'],
    ['es: 12 / miles', ES[0], ES[1]('Miles de personas'), '12 personas'],
  ])('%s: the figure is missing', (_, a, b, missing) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(missingTexts(a, b)).toEqual([missing])
  })
})
