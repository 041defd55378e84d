import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { approximations, numberFlags } from '../../../helpers'


const EN = (q: string): string => `Power was cut in ${q} across the capital on Thursday, the state electricity company said.`
const VI = (q: string): string => `Chiều 12/8, ${q} phải sơ tán khỏi vùng ngập lụt ở huyện Quế Phong, chính quyền địa phương cho biết.`
const ES = (q: string): string => `${q} huyeron de la ciudad de Valencia el lunes por la noche tras las inundaciones, según la policía.`

describe('two orders that cannot meet are two counts', () => {
  it.each([
    ['en: scores / hundreds', EN('scores of waterlogged neighbourhoods'), EN('hundreds of waterlogged neighbourhoods'), ['scores of waterlogged', 'hundreds of waterlogged']],
    ['en: a figure past scores', EN('724 flood-hit areas'), EN('scores of flood-hit areas'), ['724 flood-hit', 'scores of flood-hit']],
    ['en: dozens / thousands', EN('dozens of districts'), EN('thousands of districts'), ['dozens of districts', 'thousands of districts']],
    ['en: hundreds of thousands / 1.8 million', 'The petition drew hundreds of thousands of signatures by Friday, its organisers said.', 'The petition drew more than 1.8 million signatures by Friday, its organisers said.', ['hundreds of thousands of signatures', '1.8 million signatures']],
    ['vi: hàng trăm / hàng nghìn', VI('hàng trăm người dân'), VI('hàng nghìn người dân'), ['hàng trăm người', 'hàng nghìn người']],
    ['vi: hàng chục / 500', VI('hàng chục người dân'), VI('500 người dân'), ['hàng chục người', '500 người']],
    ['es: cientos / miles', ES('Cientos de personas'), ES('Miles de personas'), ['Cientos de personas', 'Miles de personas']],
  ])('%s', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })

  it('is less sure than two figures of the same pairing, and says why', () => {
    const vague = compare(EN('scores of waterlogged neighbourhoods'), EN('hundreds of waterlogged neighbourhoods')).divergences.find((d) => d.kind === 'number')!
    const exact = compare(EN('60 waterlogged neighbourhoods'), EN('600 waterlogged neighbourhoods')).divergences.find((d) => d.kind === 'number')!
    expect(vague.confidence).toBeLessThan(exact.confidence)
    expect(vague.evidence).toContain('vague magnitude: scores of waterlogged')
  })

  it('points into the caller\'s text', () => {
    const a = EN('scores of waterlogged neighbourhoods')
    const d = compare(a, EN('hundreds of waterlogged neighbourhoods')).divergences.find((x) => x.kind === 'number')!
    expect(a.slice(d.a!.start, d.a!.end)).toBe(d.a!.text)
  })
})

describe('an order and a value it holds are one count', () => {
  it.each([
    ['en: hundreds / 724', EN('hundreds of flood-hit areas'), EN('724 flood-hit areas'), ['hundreds of flood-hit', '724 flood-hit']],
    ['en: thousands / about 13,000', 'Thousands of people were evacuated from the valley on Monday, officials said.', 'About 13,000 people were evacuated from the valley on Monday, officials said.', ['Thousands of people', '13,000 people']],
    ['en: some 300 / hundreds', EN('some 300 neighbourhoods'), EN('hundreds of neighbourhoods'), ['300 neighbourhoods', 'hundreds of neighbourhoods']],
    ['vi: hàng trăm / khoảng 300', VI('hàng trăm người dân'), VI('khoảng 300 người dân'), ['hàng trăm người', '300 người']],
    ['vi: hàng nghìn / 1.500', VI('hàng nghìn người dân'), VI('1.500 người dân'), ['hàng nghìn người', '1.500 người']],
    ['es: cientos / unas 400', ES('Cientos de personas'), ES('Unas 400 personas'), ['Cientos de personas', '400 personas']],
  ])('%s', (_, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(approximations(a, b)).toEqual([pair])
  })

  it.each([
    ['en: dozens / scores', EN('dozens of neighbourhoods'), EN('scores of neighbourhoods')],
    ['en: a dozen is twelve', 'A dozen people were injured in the blast on Monday, police said.', '12 people were injured in the blast on Monday, police said.'],
    ['vi: vài chục / hàng chục', VI('vài chục người dân'), VI('hàng chục người dân')],
    ['es: decenas / 60', ES('Decenas de personas'), ES('60 personas')],
  ])('%s', (_, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

describe('orders of two slots, and orders that count no thing, are no contradiction', () => {
  it.each([
    ['en: people / homes', 'Hundreds of people were evacuated after the river burst its banks on Monday.', 'Thousands of homes were flooded after the river burst its banks on Monday.'],
    ['en: hundreds of people / hundreds of homes', 'Hundreds of people were evacuated after the river burst its banks on Monday.', 'Hundreds of homes were flooded after the river burst its banks on Monday.'],
    ['en: thousands of miles away', 'Rescuers came from thousands of miles away to help 300 families on Monday.', 'Rescuers came to help 300 families on Monday.'],
    ['en: hundreds of years', 'The flood destroyed a bridge hundreds of years old and 40 homes on Monday.', 'The flood destroyed a bridge 300 years old and 40 homes on Monday.'],
    ['vi: người / nhà', 'Hàng trăm người dân phải sơ tán sau khi sông tràn bờ chiều 12/8.', 'Hàng nghìn ngôi nhà bị ngập sau khi sông tràn bờ chiều 12/8.'],
    ['vi: hàng chục năm is a duration', 'Hàng chục năm qua, 30 hộ dân sống ven sông ở xã này.', 'Từ năm 1990, 30 hộ dân sống ven sông ở xã này.'],
    ['es: personas / casas', 'Cientos de personas fueron evacuadas tras el desbordamiento del río el lunes.', 'Miles de casas quedaron inundadas tras el desbordamiento del río el lunes.'],
    ['es: cientos de años', 'El puente, de cientos de años, cayó con 40 casas el lunes por la noche en Valencia.', 'El puente, de 300 años, cayó con 40 casas el lunes por la noche en Valencia.'],
  ])('%s', (_, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** The texts of every `missing` fact of a compare. */
const missingTexts = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => (d.a ?? d.b)!.text)

// Review rmagnitude56: a magnitude's wide span of values must not reach past its own slot, its order, or its sense.
describe('a magnitude meets its own slot’s figure, not another slot’s', () => {
  it.each([
    ['en: killed / forced from homes', 'The flood killed hundreds of people on Monday, officials said.', 'The flood killed 12 people and forced 800 people from their homes on Monday, officials said.', ['hundreds of people', '12 people'], '800 people'],
    ['en: injured / killed', 'The blast in Kabul on Monday injured hundreds of people, police said.', 'The blast in Kabul on Monday killed 300 people and injured 12 people, police said.', ['hundreds of people', '12 people'], '300 people'],
    ['vi: chết / sơ tán', 'Trận lũ làm hàng trăm người chết chiều 12/8, chính quyền cho biết.', 'Trận lũ làm 12 người chết và 800 người phải sơ tán chiều 12/8, chính quyền cho biết.', ['hàng trăm người', '12 người'], '800 người'],
    ['vi: chết / bị thương', 'Vụ nổ làm hàng chục người chết chiều 12/8, công an cho biết.', 'Vụ nổ làm 3 người chết và 45 người bị thương chiều 12/8, công an cho biết.', ['hàng chục người', '3 người'], '45 người'],
  ])('%s', (_, a, b, flag, missing) => {
    expect(numberFlags(a, b)).toEqual([flag])
    expect(missingTexts(a, b)).toEqual([missing])
    expect(approximations(a, b)).toEqual([])
  })

  it.each([
    ['en: dozens killed / three killed, 45 injured', 'Dozens of people were killed in the blast in Kabul on Monday, police said.', 'Three people were killed and 45 people were injured in the blast in Kabul on Monday, police said.'],
    ['vi: hàng trăm bị thương / 300 chết, 12 bị thương', 'Vụ nổ ở Kabul chiều 12/8 làm hàng trăm người bị thương, cảnh sát cho biết.', 'Vụ nổ ở Kabul chiều 12/8 làm 300 người chết và 12 người bị thương, cảnh sát cho biết.'],
    ['en: a bare figure of its slot left unmatched', 'The flood killed hundreds of people on Monday, officials said.', 'The flood forced 800 people from their homes and killed 12 on Monday, officials said.'],
  ])('%s: no approximation with the other slot', (_, a, b) => {
    expect(approximations(a, b)).toEqual([])
  })
})

describe('a magnitude doubted far from a figure leaves the figure missing', () => {
  it.each([
    ['en: loved by millions of fans', 'The singer, loved by millions of fans, performed in Hanoi on Thursday, organisers said.', 'The singer performed for 5,000 fans in Hanoi on Thursday, organisers said.', '5,000 fans'],
    ['en: millions of viewers', 'Millions of viewers watched the singer perform in Hanoi on Thursday, organisers said.', 'The singer performed for 5,000 viewers in Hanoi on Thursday, organisers said.', '5,000 viewers'],
    ['en: millions of dollars / $3.2 billion', 'The storm caused millions of dollars in damage to the port on Thursday, officials said.', 'The storm caused $3.2 billion in damage to the port on Thursday, officials said.', '$3.2 billion'],
    ['en: hundreds of millions / $3.2 million', 'The storm caused hundreds of millions of dollars in damage to the port on Thursday, officials said.', 'The storm caused $3.2 million in damage to the port on Thursday, officials said.', '$3.2 million'],
    ['vi: hàng triệu người hâm mộ', 'Ca sĩ được hàng triệu người hâm mộ yêu mến đã biểu diễn ở Hà Nội tối 12/8, ban tổ chức cho biết.', 'Ca sĩ đã biểu diễn trước 5.000 người hâm mộ ở Hà Nội tối 12/8, ban tổ chức cho biết.', '5.000 người'],
    ['vi: hàng tỷ đồng / 320 nghìn tỷ', 'Vụ cháy gây thiệt hại hàng tỷ đồng cho doanh nghiệp chiều 12/8, công an cho biết.', 'Vụ cháy gây thiệt hại 320 nghìn tỷ đồng cho doanh nghiệp chiều 12/8, công an cho biết.', '320 nghìn tỷ đồng'],
  ])('%s', (_, a, b, missing) => {
    expect(missingTexts(a, b)).toEqual([missing])
  })
})

describe('an order holds no figure below its own unit', () => {
  it.each([
    ['en: hundreds / 70', 'Police said hundreds of people were detained after the protest in the capital on Thursday.', 'Police said 70 people were detained after the protest in the capital on Thursday.', ['hundreds of people', '70 people']],
    ['en: thousands / 700', 'Police said thousands of people were detained after the protest in the capital on Thursday.', 'Police said 700 people were detained after the protest in the capital on Thursday.', ['thousands of people', '700 people']],
    ['en: millions / 700,000', 'The floods affected millions of people across the country on Thursday, officials said.', 'The floods affected 700,000 people across the country on Thursday, officials said.', ['millions of people', '700,000 people']],
    ['vi: hàng trăm / 70', 'Chiều 12/8, công an cho biết hàng trăm người đã bị tạm giữ sau cuộc biểu tình ở thủ đô.', 'Chiều 12/8, công an cho biết 70 người đã bị tạm giữ sau cuộc biểu tình ở thủ đô.', ['hàng trăm người', '70 người']],
    ['vi: hàng nghìn / khoảng 700', 'Chiều 12/8, công an cho biết hàng nghìn người đã bị tạm giữ sau cuộc biểu tình ở thủ đô.', 'Chiều 12/8, công an cho biết khoảng 700 người đã bị tạm giữ sau cuộc biểu tình ở thủ đô.', ['hàng nghìn người', '700 người']],
    ['es: miles / 700', 'La policía dijo que miles de personas fueron detenidas tras la protesta en la capital el jueves.', 'La policía dijo que 700 personas fueron detenidas tras la protesta en la capital el jueves.', ['miles de personas', '700 personas']],
  ])('%s', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
    expect(approximations(a, b)).toEqual([])
  })

  it.each([
    ['en: hundreds / 1,200 (loose upward)', EN('hundreds of neighbourhoods'), EN('1,200 neighbourhoods')],
    ['en: dozens / 15', EN('dozens of neighbourhoods'), EN('15 neighbourhoods')],
    ['vi: hàng nghìn / 2.000', VI('hàng nghìn người dân'), VI('2.000 người dân')],
    ['es: cientos / 100', ES('Cientos de personas'), ES('100 personas')],
  ])('%s: still one count', (_, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

describe('marks, time and measure are no magnitude', () => {
  it.each([
    ['en: SAT scores of applicants', 'The university reviewed the SAT scores of applicants from 12 states on Monday, officials said.', 'The university reviewed files of 400 applicants from 12 states on Monday, officials said.', '400 applicants'],
    ['en: exam scores of students', 'Officials annulled the exam scores of students at 12 schools on Monday, the ministry said.', 'Officials annulled the results of 500 students at 12 schools on Monday, the ministry said.', '500 students'],
    ['en: reading scores of pupils', 'The ministry published reading scores of pupils in 40 districts on Monday, officials said.', 'The ministry published the results of 3,000 pupils in 40 districts on Monday, officials said.', '3,000 pupils'],
  ])('%s', (_, a, b, missing) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(missingTexts(a, b)).toEqual([missing])
  })

  it.each([
    ['es: miles de hectáreas', 'Miles de hectáreas ardieron en el incendio del jueves, dijo la policía.', 'Quinientas hectáreas ardieron en el incendio del jueves, dijo la policía.'],
    ['de: Dutzende Stunden', 'Dutzende Stunden dauerte der Einsatz am Donnerstag, sagte die Polizei.', 'Drei Stunden dauerte der Einsatz am Donnerstag, sagte die Polizei.'],
    ['fr: des dizaines de secondes', 'Des dizaines de secondes ont suffi au feu jeudi, a dit la police.', 'Trente secondes ont suffi au feu jeudi, a dit la police.'],
    ['id: ribuan hektare', 'Ribuan hektare hutan terbakar pada Kamis, kata polisi.', '500 hektare hutan terbakar pada Kamis, kata polisi.'],
    ['vi: hàng chục tiếng', 'Lực lượng cứu hộ làm việc hàng chục tiếng ở hiện trường chiều 12/8.', 'Lực lượng cứu hộ làm việc 3 tiếng ở hiện trường chiều 12/8.'],
  ])('%s: not read as a count', (_, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })

  it.each([
    ['en: killed scores of people', 'The blast killed scores of people in the market on Monday, police said.', 'The blast killed 700 people in the market on Monday, police said.', ['scores of people', '700 people']],
    ['en: Scores of people opening a sentence', 'Scores of people were injured in the blast in the market on Monday, police said.', 'More than 900 people were injured in the blast in the market on Monday, police said.', ['Scores of people', '900 people']],
  ])('%s: still a magnitude', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})
