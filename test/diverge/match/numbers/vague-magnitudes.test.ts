import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/** The `approximation` equivalences of a compare, as their two texts. */
const approximations = (a: string, b: string): string[][] =>
  compare(a, b)
    .equivalences.filter((e) => e.reason === 'approximation')
    .map((e) => [e.a.text, e.b.text])

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
