/**
 * Review rnames53: a firm written in Cyrillic camel case in one report and in one word in the other
 * differs by case only, and a Cyrillic make beside a Latin model (Лада Vesta, Яндекс Go) is one name:
 * neither is cut in two by the lost-space or alphabet-switch rules of names53.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const flags = (a: string, b: string) =>
  compare({ text: a }, { text: b }, { minConfidence: 0 }).divergences.filter((d) => d.kind === 'name' || d.kind === 'missing')
const texts = (a: string, b: string) => flags(a, b).map((d) => [d.kind, d.a?.text, d.b?.text])

describe('a camel-case firm against its one-word spelling', () => {
  it.each([
    ['ru', 'Компенсацию выплатила компания АльфаСтрахование в понедельник.', 'Компенсацию выплатила компания Альфастрахование в понедельник.'],
    ['ru', 'Минфин и ТрансКонтейнер подписали соглашение в Москве во вторник.', 'Минфин и Трансконтейнер подписали соглашение в Москве во вторник.'],
    ['ru', 'Контракт получила компания ТрансТелеКом в понедельник.', 'Контракт получила компания Транстелеком в понедельник.'],
    ['en', 'Shares of ТрансКонтейнер rose five percent on Tuesday.', 'Shares of Трансконтейнер rose five percent on Tuesday.'],
    ['en', 'Shoppers at СпортМастер queued on Monday.', 'Shoppers at Спортмастер queued on Monday.'],
    ['vi', 'Hãng bảo hiểm АльфаСтрахование đã chi trả hôm thứ Hai.', 'Hãng bảo hiểm Альфастрахование đã chi trả hôm thứ Hai.'],
    ['vi', 'Cổ phiếu ТрансКонтейнер tăng năm phần trăm hôm thứ Hai.', 'Cổ phiếu Трансконтейнер tăng năm phần trăm hôm thứ Hai.'],
  ])('%s: %s → no divergence', (_lang, a, b) => {
    expect(texts(a, b)).toEqual([])
  })
  it('en: the missing firm is named whole', () => {
    const got = texts('Compensation was paid by АльфаСтрахование on Monday. The amount was not disclosed.', 'The amount was not disclosed, officials said on Monday.')
    expect(got).toContainEqual(['missing', 'АльфаСтрахование', undefined])
  })
})

describe('a Cyrillic make beside a Latin model is one name', () => {
  it.each([
    ['ru', 'Сбой затронул сервис Яндекс Go в понедельник вечером.', 'Сбой затронул сервис Яндекс Такси в понедельник вечером.', [['missing', 'Яндекс Go', undefined]]],
    ['en', 'The outage hit Яндекс Go on Monday evening.', 'The outage hit the app on Monday evening.', [['missing', 'Яндекс Go', undefined]]],
    ['vi', 'Sự cố ảnh hưởng tới Яндекс Go tối thứ Hai.', 'Sự cố ảnh hưởng tới ứng dụng tối thứ Hai.', [['missing', 'Яндекс Go', undefined]]],
  ])('%s: %s → %j', (_lang, a, b, expected) => {
    expect(texts(a, b)).toEqual(expected)
  })
  it.each([
    ['ru', 'Завод выпустил первую партию Лада Vesta в понедельник.', 'Завод выпустил первую партию Лада Granta в понедельник.'],
    ['en', 'The plant shipped the first Лада Vesta cars on Monday.', 'The plant shipped the first Лада Granta cars on Monday.'],
    ['vi', 'Nhà máy xuất xưởng lô Лада Vesta đầu tiên hôm thứ Hai.', 'Nhà máy xuất xưởng lô Лада Granta đầu tiên hôm thứ Hai.'],
  ])('%s: %s — each model named whole', (_lang, a, b) => {
    const got = flags(a, b).flatMap((d) => [d.a?.text, d.b?.text]).filter((t) => t !== undefined)
    expect(got).toContain('Лада Vesta')
    expect(got).toContain('Лада Granta')
    expect(got).not.toContain('Vesta')
    expect(got).not.toContain('Granta')
  })
})
