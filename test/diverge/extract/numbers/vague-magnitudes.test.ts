import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

/** The vague magnitudes read in a sentence: text, lower end, range and counted noun. */
const vague = (text: string, language?: string): [string, number, number, number, string][] =>
  extractNumbers(text, undefined, language ? { language } : {})
    .filter((f) => f.magnitude)
    .map((f) => [f.text, f.value, f.magnitude![0], f.magnitude![1], f.unit])

describe('a vague magnitude is a count with the range of its order', () => {
  it.each([
    ['en', 'Hundreds of people were evacuated.', undefined, ['Hundreds of people', 100, 100, 1000, 'people']],
    ['en', 'Power was cut in scores of neighbourhoods.', undefined, ['scores of neighbourhoods', 20, 20, 100, 'neighbourhood']],
    ['en', 'Dozens of homes were flooded.', undefined, ['Dozens of homes', 20, 20, 100, 'home']],
    ['en', 'Tens of thousands of people marched.', undefined, ['Tens of thousands of people', 1e4, 1e4, 1e5, 'people']],
    ['en', 'hundreds of thousands of signatures', undefined, ['hundreds of thousands of signatures', 1e5, 1e5, 1e6, 'signature']],
    ['en', 'Thousands fled the city.', undefined, ['Thousands', 1000, 1000, 1e4, '']],
    ['vi', 'Hàng trăm người dân phải sơ tán.', undefined, ['Hàng trăm người', 100, 100, 1000, 'người']],
    ['vi', 'vài chục hộ dân bị ngập', undefined, ['vài chục hộ', 20, 20, 100, 'hộ']],
    ['vi', 'hàng trăm nghìn người', undefined, ['hàng trăm nghìn người', 1e5, 1e5, 1e6, 'người']],
    ['vi', 'hàng vạn người', undefined, ['hàng vạn người', 1e4, 1e4, 1e5, 'người']],
    ['fr', 'Des centaines de personnes ont fui.', 'fra', ['Des centaines de personnes', 100, 100, 1000, 'people']],
    ['fr', 'des dizaines de milliers de manifestants', 'fra', ['des dizaines de milliers de manifestants', 1e4, 1e4, 1e5, 'manifestant']],
    ['es', 'Miles de personas huyeron.', 'spa', ['Miles de personas', 1000, 1000, 1e4, 'people']],
    ['de', 'Hunderte Menschen flohen.', 'deu', ['Hunderte Menschen', 100, 100, 1000, 'people']],
    ['id', 'Ratusan orang mengungsi.', 'ind', ['Ratusan orang', 100, 100, 1000, 'orang']],
  ] as const)('%s: %s', (_, text, language, expected) => {
    expect(vague(text, language)).toEqual([expected])
  })

  it('offsets index the caller\'s text', () => {
    const text = 'Ngày 12/8, hàng trăm người dân phải sơ tán.'
    const [fact] = extractNumbers(text).filter((f) => f.magnitude)
    expect(text.slice(fact!.start, fact!.end)).toBe(fact!.text)
  })
})

describe('words of magnitude that count no thing', () => {
  it.each([
    ['en: a duration', 'The town has hundreds of years of history.', undefined],
    ['en: a distance', 'He lives thousands of miles away.', undefined],
    ['en: the scores of a match', 'The scores of the two teams were level.', undefined],
    ['en: tens alone', 'The tens column was wrong.', undefined],
    ['en: Spanish miles in an English text', 'They walked 3 miles de la casa.', undefined],
    ['vi: a duration', 'Hàng chục năm qua, người dân sống ở đây.', undefined],
    ['vi: a distance', 'Họ đi bộ hàng trăm km.', undefined],
    ['vi: a shop is no magnitude', 'Cửa hàng bán rau.', undefined],
    ['vi: a multiplier alone', 'Ba trăm người có mặt.', undefined],
    ['fr: years', 'Des centaines d’années plus tard.', 'fra'],
    ['es: years', 'Hace cientos de años.', 'spa'],
  ] as const)('%s', (_, text, language) => {
    expect(vague(text, language)).toEqual([])
  })
})
