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

/**
 * Review rgate57: the fate is the word that follows the counted noun (a copula or passive mark between),
 * and a trapped modifier yields to the people outcome that governs the count further on.
 */
describe('a fate word that only modifies the count, or another noun, is not its fate', () => {
  it.each([
    ['en: trapped workers who were hurt', 'The tunnel caved in on Monday and 12 workers trapped under debris were hurt, police said.', 'The tunnel caved in on Monday and 15 workers were hurt, police said.', ['12 workers', '15 workers']],
    ['en: stranded motorists who died', 'After the blizzard on Monday, 12 motorists stranded on the highway died, police said.', 'After the blizzard on Monday, 15 motorists died on the highway, police said.', ['12 motorists', '15 motorists']],
    ['vi: mắc kẹt … tử vong', 'Sau trận bão tuyết chiều 12/8, 12 tài xế bị mắc kẹt trên cao tốc đã tử vong, công an cho biết.', 'Sau trận bão tuyết chiều 12/8, 15 tài xế đã tử vong trên cao tốc, công an cho biết.', ['12 tài', '15 tài']],
    ['vi: bị kẹt … bị thương', 'Chiều 12/8 tại trung tâm thương mại, 12 người bị kẹt trong thang máy đã bị thương, công an cho biết.', 'Chiều 12/8 tại trung tâm thương mại, 15 người đã bị thương, công an cho biết.', ['12 người', '15 người']],
    ['es: atrapados … heridos', 'Tras el derrumbe del lunes, 12 mineros atrapados en el túnel resultaron heridos, según la policía.', 'Tras el derrumbe del lunes, 15 mineros resultaron heridos en el túnel, según la policía.', ['12 mineros', '15 mineros']],
    ['en: homes near the flooded river were destroyed', 'Floods destroyed 120 homes in the province on Monday, officials said.', 'In the province 150 homes near the flooded river were destroyed on Monday, officials said.', ['120 homes', '150 homes']],
    ['vi: nhà ở vùng ngập bị sập', 'Lũ làm sập 120 ngôi nhà ở tỉnh Quảng Nam chiều 12/8.', 'Ở tỉnh Quảng Nam, 150 ngôi nhà ở vùng ngập bị sập chiều 12/8.', ['120 ngôi', '150 ngôi']],
    ['en: trapped / missing miners', '15 miners were trapped after the collapse on Monday, officials said.', '17 miners were missing after the collapse on Monday, officials said.', ['15 miners', '17 miners']],
    ['vi: mắc kẹt / mất tích', 'Vụ sập hầm làm 15 thợ mỏ bị mắc kẹt chiều 12/8, chính quyền cho biết.', 'Vụ sập hầm làm 17 thợ mỏ mất tích chiều 12/8, chính quyền cho biết.', ['15 thợ', '17 thợ']],
  ])('%s: a contradiction', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })

  // traps: a fate right after the noun, or after its copula, still sets two fates apart
  it.each([
    ['en: trapped workers / hurt workers', 'The tunnel caved in on Monday and 12 workers were trapped under debris, police said.', 'The tunnel caved in on Monday and 15 workers were hurt, police said.', ['12 workers', '15 workers']],
    ['vi: nhà bị sập / nhà bị ngập', 'Ở tỉnh Quảng Nam, 120 ngôi nhà đã bị sập chiều 12/8.', 'Ở tỉnh Quảng Nam, 150 ngôi nhà bị ngập chiều 12/8.', ['120 ngôi', '150 ngôi']],
    ['es: casas destruidas / dañadas', 'En Valencia, 120 casas fueron destruidas el lunes, según el ayuntamiento.', 'En Valencia, 150 casas fueron dañadas el lunes, según el ayuntamiento.', ['120 casas', '150 casas']],
  ])('%s: still two slots', (_, a, b, [x, y]) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(missingTexts(a, b)).toEqual([x, y])
  })
})

/**
 * A count in words from three up, with its noun, is a fact as its digits are (spelled-counts.ts): two fates
 * set it apart and each is listed missing. One and two in words stay phrasing, neither set apart nor listed.
 */
describe('a count in words is set apart by its fate, as its digits are', () => {
  it.each([
    ['en: twelve destroyed / fifteen damaged', 'Floods destroyed twelve homes in the province on Monday, officials said.', 'Floods damaged fifteen homes in the province on Monday, officials said.', ['twelve homes', 'fifteen homes']],
    ['en: Fifteen trapped / Seventeen injured', 'Fifteen miners were trapped after the collapse on Monday, officials said.', 'Seventeen miners were injured after the collapse on Monday, officials said.', ['Fifteen miners', 'Seventeen miners']],
    ['vi: mười hai sập / mười lăm hư hại', 'Cơn bão đã làm sập mười hai ngôi nhà trong làng chiều 12/8.', 'Cơn bão đã làm hư hại mười lăm ngôi nhà trong làng chiều 12/8.', ['mười hai ngôi', 'mười lăm ngôi']],
    ['es: doce destruidas / quince dañadas', 'En Valencia, doce casas fueron destruidas el lunes, según el ayuntamiento.', 'En Valencia, quince casas fueron dañadas el lunes, según el ayuntamiento.', ['doce casas', 'quince casas']],
  ])('%s: no contradiction, each missing', (_, a, b, [x, y]) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(missingTexts(a, b)).toEqual([x, y])
  })

  it.each([
    ['en: twelve / fifteen destroyed', 'Floods destroyed twelve homes in the province on Monday, officials said.', 'Floods destroyed fifteen homes in the province on Monday, officials said.', ['twelve homes', 'fifteen homes']],
    ['vi: mười hai / mười lăm sập', 'Cơn bão đã làm sập mười hai ngôi nhà trong làng chiều 12/8.', 'Cơn bão đã làm sập mười lăm ngôi nhà trong làng chiều 12/8.', ['mười hai ngôi', 'mười lăm ngôi']],
    // trap: two in words is phrasing, never listed missing, so its fate does not set it apart
    ['en trap: two destroyed / three damaged', 'Floods destroyed two homes in the province on Monday, officials said.', 'Floods damaged three homes in the province on Monday, officials said.', ['two homes', 'three homes']],
  ])('%s: one fate (or a count too small to be a fact), the two counts still meet', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})

/** A count after "and" in a list under one verb shares that verb's fate ("destroyed 12 homes and 30 shops"). */
describe('a list of counts under one verb shares its fate', () => {
  it.each([
    ['en: destroyed … and 30 / damaged 35', 'The storm destroyed 12 homes and 30 shops in the town on Monday.', 'The storm destroyed 12 homes and damaged 35 shops in the town on Monday.', ['30 shops', '35 shops']],
    ['vi: làm sập … và 30 / làm hư hại 35', 'Bão làm sập 12 ngôi nhà và 30 cửa hàng ở thị trấn chiều 12/8.', 'Bão làm sập 12 ngôi nhà và làm hư hại 35 cửa hàng ở thị trấn chiều 12/8.', ['30 cửa', '35 cửa']],
    ['vi: làm hư hại … và 30 / làm sập 35', 'Bão làm hư hại 12 ngôi nhà và 30 cửa hàng ở thị trấn chiều 12/8.', 'Bão làm hư hại 12 ngôi nhà và làm sập 35 cửa hàng ở thị trấn chiều 12/8.', ['30 cửa', '35 cửa']],
    ['en words: twelve … and thirty / damaged thirty-five', 'The storm destroyed twelve homes and thirty shops in the town on Monday.', 'The storm destroyed twelve homes and damaged thirty-five shops in the town on Monday.', ['thirty shops', 'thirty-five shops']],
  ])('%s: two fates, each missing', (_, a, b, missing) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(missingTexts(a, b)).toEqual(missing)
  })

  it.each([
    ['en: destroyed … and 30 / and 35', 'The storm destroyed 12 homes and 30 shops in the town on Monday.', 'The storm destroyed 12 homes and 35 shops in the town on Monday.', ['30 shops', '35 shops']],
    ['vi: làm sập … và 30 / và 35', 'Bão làm sập 12 ngôi nhà và 30 cửa hàng ở thị trấn chiều 12/8.', 'Bão làm sập 12 ngôi nhà và 35 cửa hàng ở thị trấn chiều 12/8.', ['30 cửa', '35 cửa']],
    ['vi: làm sập … và 30 / làm sập 35', 'Bão làm sập 12 ngôi nhà và 30 cửa hàng ở thị trấn chiều 12/8.', 'Bão làm sập 12 ngôi nhà và làm sập 35 cửa hàng ở thị trấn chiều 12/8.', ['30 cửa', '35 cửa']],
    // trap: a fate after the first count's noun is not the list's verb ("12 nhà bị sập và 30 cửa hàng" tells nothing of the shops)
    ['vi trap: sập / hư hại after the first noun', 'Ở thị trấn, 12 ngôi nhà bị sập và 30 cửa hàng đóng cửa chiều 12/8.', 'Ở thị trấn, 12 ngôi nhà bị hư hại và 35 cửa hàng đóng cửa chiều 12/8.', ['30 cửa', '35 cửa']],
    // trap: a verb before a noun with an article is no list of counts ("destroyed the warehouse and 30 …")
    ['en trap: the warehouse and 30 / damaged … and 35', 'The fire destroyed the old warehouse and 30 firefighters fought it on Monday.', 'The fire damaged the old warehouse and 35 firefighters fought it on Monday.', ['30 firefighters', '35 firefighters']],
  ])('%s: one fate, still one slot', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})

/** A count with a verb of its own after it shares no list's verb: the two reports' counts of it meet (rcounts58 B2). */
describe('a count with its own verb after the list keeps its own fate', () => {
  it.each([
    ['vi: 30 hộ / 40 hộ bị mất điện', 'Lũ làm sập 12 ngôi nhà và 30 hộ dân bị mất điện ở thị trấn.', 'Lũ làm hư hại 12 ngôi nhà và 40 hộ dân bị mất điện ở thị trấn.', ['30 hộ', '40 hộ']],
  ])('%s', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})
