import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { approximations, numberFlags } from '../../../helpers'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

/** The vague magnitudes read in a sentence: text, range and counted noun. */
const vague = (text: string, language?: string): [string, number, number, string][] =>
  extractNumbers(text, undefined, language ? { language } : {})
    .filter((f) => f.magnitude)
    .map((f) => [f.text, f.magnitude![0], f.magnitude![1], f.unit])

/** Every number fact read in a sentence, as its text and value. */
const figures = (text: string, language?: string): [string, number][] =>
  extractNumbers(text, undefined, language ? { language } : {}).map((f) => [f.text, f.value])

describe('a multiplier word before an order reads as the plural order', () => {
  it.each([
    ['en: several hundred', 'Several hundred people were evacuated.', undefined, ['Several hundred people', 100, 1000, 'people']],
    ['en: a few dozen', 'A few dozen protesters gathered.', undefined, ['A few dozen protesters', 20, 100, 'protester']],
    ['en: several thousand', 'Several thousand homes lost power.', undefined, ['Several thousand homes', 1000, 1e4, 'home']],
    ['vi: vài trăm', 'Vài trăm người dân phải sơ tán.', undefined, ['Vài trăm người', 100, 1000, 'người']],
    ['vi: mấy chục', 'mấy chục hộ dân bị ngập', undefined, ['mấy chục hộ', 20, 100, 'hộ']],
    ['vi: cả nghìn', 'cả nghìn người đổ về quảng trường', undefined, ['cả nghìn người', 1000, 1e4, 'người']],
    ['vi: hàng chục nghìn', 'hàng chục nghìn người đổ về quảng trường', undefined, ['hàng chục nghìn người', 1e4, 1e5, 'người']],
    ['de: mehrere hundert', 'Mehrere hundert Menschen flohen.', 'deu', ['Mehrere hundert Menschen', 100, 1000, 'people']],
    ['de: einige tausend', 'Einige tausend Menschen flohen.', 'deu', ['Einige tausend Menschen', 1000, 1e4, 'people']],
    ['de: ein paar hundert', 'Ein paar hundert Menschen flohen.', 'deu', ['Ein paar hundert Menschen', 100, 1000, 'people']],
    ['es: varios cientos', 'Varios cientos de personas huyeron.', 'spa', ['Varios cientos de personas', 100, 1000, 'people']],
    ['fr: quelques centaines', 'Quelques centaines de personnes ont fui.', 'fra', ['Quelques centaines de personnes', 100, 1000, 'people']],
    ['fr: plusieurs milliers', 'Plusieurs milliers de personnes ont fui.', 'fra', ['Plusieurs milliers de personnes', 1000, 1e4, 'people']],
    ['id: beberapa ratus', 'Beberapa ratus orang mengungsi.', 'ind', ['Beberapa ratus orang', 100, 1000, 'orang']],
  ] as const)('%s', (_, text, language, expected) => {
    expect(vague(text, language)).toEqual([expected])
  })

  it('"mehrere hundert" is no figure of exactly a hundred', () => {
    expect(figures('Mehrere hundert Menschen flohen.', 'deu').map(([, v]) => v)).toEqual([100])
    expect(vague('Mehrere hundert Menschen flohen.', 'deu')).toHaveLength(1)
  })

  it('offsets index the caller\'s text', () => {
    const text = 'On Monday, several hundred people were evacuated.'
    const [fact] = extractNumbers(text).filter((f) => f.magnitude)
    expect(text.slice(fact!.start, fact!.end)).toBe(fact!.text)
  })
})

describe('a hedge before a bare Vietnamese order is that order’s round figure', () => {
  it.each([
    ['hơn chục', 'hơn chục người bị thương', ['chục người', 10]],
    ['gần trăm', 'gần trăm người bị thương', ['trăm người', 100]],
    ['khoảng trăm', 'khoảng trăm người bị thương', ['trăm người', 100]],
    ['hơn chục nghìn', 'hơn chục nghìn người đổ về', ['chục nghìn người', 1e4]],
  ] as const)('%s', (_, text, expected) => {
    expect(figures(text)).toEqual([expected])
    expect(vague(text)).toEqual([])
  })
})

describe('words that make an order no count of things', () => {
  it.each([
    ['en: times', 'He was warned dozens of times.', undefined],
    ['en: several hundred years', 'The bridge is several hundred years old.', undefined],
    ['en: a few dozen metres', 'The car stopped a few dozen metres away.', undefined],
    ['en: few without a', 'Few hundred-year-old trees survived.', undefined],
    ['en: several times', 'He called several times.', undefined],
    ['en: a handful is no order', 'A handful of people were injured.', undefined],
    ['en: countless is no order', 'Countless people were injured.', undefined],
    ['vi: lần', 'Anh đã gọi hàng trăm lần.', undefined],
    ['vi: hàng trăm năm', 'Ngôi chùa có hàng trăm năm tuổi.', undefined],
    ['vi: vài chục phút', 'Xe dừng vài chục phút.', undefined],
    ['de: einige Dutzend Stunden', 'Der Einsatz dauerte einige Dutzend Stunden.', 'deu'],
    ['fr: des centaines de fois', 'Il l’a répété des centaines de fois.', 'fra'],
    ['es: cientos de veces', 'Lo repitió cientos de veces.', 'spa'],
  ] as const)('%s', (_, text, language) => {
    expect(vague(text, language)).toEqual([])
  })

  it.each([
    ['vi: gần trăm năm', 'Ngôi chùa gần trăm năm tuổi.'],
    ['vi: hơn chục lần', 'Anh đã gọi hơn chục lần.'],
    ['vi: hơn chục năm', 'Hơn chục năm qua, ông sống ở đây.'],
    // the order's syllable opening a word: rate, billionaire, exchange rate, millionaire, score
    ['vi: hơn tỷ lệ', 'Tỷ lệ thất nghiệp năm nay cao hơn tỷ lệ năm ngoái.'],
    ['vi: hơn tỷ phú', 'Anh ấy giàu hơn tỷ phú Phạm Nhật Vượng.'],
    ['vi: hơn tỷ giá', 'Giá vàng tăng nhanh hơn tỷ giá đô la.'],
    ['vi: hơn triệu phú', 'Anh ấy nổi tiếng hơn triệu phú Bill Gates.'],
    ['vi: trên tỉ số', 'Đội nhà dẫn trên tỉ số hòa.'],
  ] as const)('%s: no count', (_, text) => {
    expect(figures(text).filter(([, v]) => v === 10 || v === 100 || v === 1e6 || v === 1e9)).toEqual([])
  })
})

/** The texts of every `missing` fact of a compare. */
const missingTexts = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => (d.a ?? d.b)!.text)

const EN = (q: string): string => `Police said ${q} were detained after the protest in the capital on Thursday.`
const VI = (q: string): string => `Chiều 12/8, công an cho biết ${q} đã bị tạm giữ sau cuộc biểu tình ở thủ đô.`
const DE = (q: string): string => `Die Polizei sagte, ${q} seien am Donnerstag in der Hauptstadt festgenommen worden.`
const ES = (q: string): string => `La policía dijo que ${q} fueron detenidas tras la protesta en la capital el jueves.`

describe('judged against a figure of the same slot', () => {
  it.each([
    ['en: several hundred / 40', EN('several hundred people'), EN('40 people'), ['several hundred people', '40 people']],
    ['en: a few dozen / 400', EN('a few dozen people'), EN('400 people'), ['a few dozen people', '400 people']],
    ['vi: hơn chục / 200', VI('hơn chục người'), VI('200 người'), ['chục người', '200 người']],
    ['vi: gần trăm / 30', VI('gần trăm người'), VI('30 người'), ['trăm người', '30 người']],
    ['vi: cả nghìn / 200', VI('cả nghìn người'), VI('200 người'), ['cả nghìn người', '200 người']],
    ['de: mehrere hundert / 40', DE('mehrere hundert Menschen'), DE('40 Menschen'), ['mehrere hundert Menschen', '40 Menschen']],
    ['es: varios cientos / 40', ES('varios cientos de personas'), ES('40 personas'), ['varios cientos de personas', '40 personas']],
  ])('%s: a contradiction', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })

  it.each([
    ['en: several hundred / 120', EN('several hundred people'), EN('120 people'), ['several hundred people', '120 people']],
    ['en: a few dozen / 30', EN('a few dozen people'), EN('30 people'), ['a few dozen people', '30 people']],
    ['vi: hơn chục / 15', VI('hơn chục người'), VI('15 người'), ['chục người', '15 người']],
    ['vi: gần trăm / 95', VI('gần trăm người'), VI('95 người'), ['trăm người', '95 người']],
    ['vi: cả nghìn / 1.200', VI('cả nghìn người'), VI('1.200 người'), ['cả nghìn người', '1.200 người']],
    ['de: mehrere hundert / 300', DE('mehrere hundert Menschen'), DE('300 Menschen'), ['mehrere hundert Menschen', '300 Menschen']],
  ])('%s: one count', (_, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(approximations(a, b)).toEqual([pair])
  })
})

describe('an increment never meets a total', () => {
  it.each([
    ['en: thousands more / 3,000', EN('thousands more people'), EN('3,000 people'), '3,000 people'],
    ['en: hundreds more / 40', EN('hundreds more people'), EN('40 people'), '40 people'],
    ['vi: thêm hàng trăm / 30', VI('thêm hàng trăm người'), VI('30 người'), '30 người'],
    ['vi: hàng nghìn người nữa / 300', VI('hàng nghìn người nữa'), VI('300 người'), '300 người'],
  ])('%s', (_, a, b, missing) => {
    expect(numberFlags(a, b)).toEqual([])
    expect(approximations(a, b)).toEqual([])
    expect(missingTexts(a, b)).toEqual([missing])
  })

  it('de: Hunderte weitere / 40', () => {
    expect(numberFlags(DE('Hunderte weitere Menschen'), DE('40 Menschen'))).toEqual([])
    expect(approximations(DE('Hunderte weitere Menschen'), DE('40 Menschen'))).toEqual([])
  })
})

describe('an increment meets an increment of the same event', () => {
  it.each([
    ['en: hundreds more / dozens more', 'Hundreds more people were evacuated on Monday as the river rose.', 'Dozens more people were evacuated on Monday as the river rose.', ['Hundreds', 'Dozens']],
    ['vi: thêm hàng trăm / thêm hàng chục', 'Thêm hàng trăm người phải sơ tán khi nước sông dâng cao.', 'Thêm hàng chục người phải sơ tán khi nước sông dâng cao.', ['hàng trăm người', 'hàng chục người']],
    ['vi: thêm hàng trăm / thêm 20', 'Thêm hàng trăm người phải sơ tán khi nước sông dâng cao.', 'Thêm 20 người phải sơ tán khi nước sông dâng cao.', ['hàng trăm người', '20 người']],
    ['de: Hunderte weitere / Dutzende weitere', DE('Hunderte weitere Menschen'), DE('Dutzende weitere Menschen'), ['Hunderte weitere', 'Dutzende weitere']],
  ])('%s: a contradiction', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })

  it.each([
    ['vi: thêm 20 / 300', 'Thêm 20 người phải sơ tán khi nước sông dâng cao.', '300 người phải sơ tán khi nước sông dâng cao.'],
    ['vi: 300 người nữa / 30', 'Khoảng 300 người nữa bị thương trong vụ việc.', 'Khoảng 30 người bị thương trong vụ việc.'],
    ['en: 300 more / 30', 'About 300 more people were injured in the clashes.', 'About 30 people were injured in the clashes.'],
  ])('%s: a digit increment meets no total either', (_, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

describe('"không … nữa" is "no longer": the count is a total', () => {
  it.each([
    ['vi: không chờ nữa', 'Hàng trăm người không chờ nữa và bỏ về.', 'Khoảng 30 người không chờ nữa và bỏ về.', ['Hàng trăm người', '30 người']],
    ['vi: chẳng bán nữa', 'Hàng trăm tiểu thương chẳng bán nữa vì ế ẩm.', 'Khoảng 30 tiểu thương chẳng bán nữa vì ế ẩm.', ['Hàng trăm tiểu', '30 tiểu']],
  ])('%s', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})

describe('a hedge before a compound word reads no figure in a compare', () => {
  it.each([
    ['vi: hơn triệu phú', 'Anh ấy nổi tiếng hơn triệu phú Bill Gates.', 'Anh ấy nổi tiếng hơn 5 triệu phú.'],
    ['vi: hơn tỷ lệ', 'Tỷ lệ thất nghiệp năm nay cao hơn tỷ lệ năm ngoái, theo Tổng cục Thống kê.', 'Tỷ lệ thất nghiệp năm nay cao hơn 5 tỷ lệ năm ngoái, theo Tổng cục Thống kê.'],
  ])('%s', (_, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
