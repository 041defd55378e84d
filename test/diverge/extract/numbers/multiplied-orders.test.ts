import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
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
    ['en: an increment', 'Thousands more people fled on Monday.', undefined],
    ['en: an increment, bare', 'Hundreds more fled on Monday.', undefined],
    ['en: an increment after a scale', 'Tens of thousands more people fled.', undefined],
    ['en: dozens more', 'Dozens more were hurt.', undefined],
    ['en: times', 'He was warned dozens of times.', undefined],
    ['en: several hundred years', 'The bridge is several hundred years old.', undefined],
    ['en: a few dozen metres', 'The car stopped a few dozen metres away.', undefined],
    ['en: few without a', 'Few hundred-year-old trees survived.', undefined],
    ['en: several times', 'He called several times.', undefined],
    ['en: a handful is no order', 'A handful of people were injured.', undefined],
    ['en: countless is no order', 'Countless people were injured.', undefined],
    ['vi: thêm is an increment', 'Thêm hàng trăm người phải sơ tán.', undefined],
    ['vi: nữa is an increment', 'Hàng trăm người nữa phải sơ tán.', undefined],
    ['vi: lần', 'Anh đã gọi hàng trăm lần.', undefined],
    ['vi: hàng trăm năm', 'Ngôi chùa có hàng trăm năm tuổi.', undefined],
    ['vi: vài chục phút', 'Xe dừng vài chục phút.', undefined],
    ['vi: hơn chục năm', 'Hơn chục năm qua, ông sống ở đây.', undefined],
    ['de: weitere', 'Hunderte weitere Menschen flohen.', 'deu'],
    ['de: einige Dutzend Stunden', 'Der Einsatz dauerte einige Dutzend Stunden.', 'deu'],
    ['fr: des centaines de fois', 'Il l’a répété des centaines de fois.', 'fra'],
    ['es: cientos de veces', 'Lo repitió cientos de veces.', 'spa'],
    ['id: lagi', 'Ratusan lagi mengungsi.', 'ind'],
  ] as const)('%s', (_, text, language) => {
    expect(vague(text, language)).toEqual([])
  })

  it.each([
    ['vi: gần trăm năm', 'Ngôi chùa gần trăm năm tuổi.'],
    ['vi: hơn chục lần', 'Anh đã gọi hơn chục lần.'],
  ] as const)('%s: no count', (_, text) => {
    expect(figures(text).filter(([, v]) => v === 10 || v === 100)).toEqual([])
  })
})

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
