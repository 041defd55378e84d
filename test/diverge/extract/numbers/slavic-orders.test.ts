import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { numberFlags } from '../../../helpers'
import { compare } from '../../../../src'

/** The vague magnitudes read in a sentence: text, range and counted noun. */
const vague = (text: string, language?: string): [string, number, number, string][] =>
  extractNumbers(text, undefined, language ? { language } : {})
    .filter((f) => f.magnitude)
    .map((f) => [f.text, f.magnitude![0], f.magnitude![1], f.unit])

/** Every number fact read in a sentence: text, value, kind and whether it is vague. */
const figures = (text: string, language?: string): [string, number, string, boolean][] =>
  extractNumbers(text, undefined, language ? { language } : {}).map((f) => [f.text, f.value, f.kind, f.magnitude !== undefined])

describe('vague orders in Polish and Czech read as the English and Vietnamese ones are', () => {
  it.each([
    ['en: thousands of', 'Thousands of viewers watched the show.', undefined, ['Thousands of viewers', 1e3, 1e4, 'viewer']],
    ['vi: hàng nghìn', 'Hàng nghìn người theo dõi chương trình.', undefined, ['Hàng nghìn người', 1e3, 1e4, 'người']],
    ['pl: tysiące', 'Koncert oglądały tysiące widzów.', 'pol', ['tysiące widzów', 1e3, 1e4, 'widzów']],
    ['pl: miliony', 'Koncert oglądały miliony widzów.', 'pol', ['miliony widzów', 1e6, 1e7, 'widzów']],
    ['pl: setki', 'Setki osób protestowały.', 'pol', ['Setki osób', 100, 1000, 'osób']],
    ['pl: kilkaset (one word)', 'Kilkaset osób protestowało.', 'pol', ['Kilkaset osób', 100, 1000, 'osób']],
    ['pl: kilkuset (genitive)', 'Na miejscu było kilkuset policjantów.', 'pol', ['kilkuset policjantów', 100, 1000, 'policjantów']],
    ['pl: kilkadziesiąt tysięcy', 'Kilkadziesiąt tysięcy osób protestowało.', 'pol', ['Kilkadziesiąt tysięcy osób', 1e4, 1e5, 'osób']],
    ['pl: kilka tysięcy', 'Kilka tysięcy osób protestowało.', 'pol', ['Kilka tysięcy osób', 1e3, 1e4, 'osób']],
    ['pl: dziesiątki', 'Dziesiątki osób zostało rannych.', 'pol', ['Dziesiątki osób', 20, 100, 'osób']],
    ['cs: tisíce', 'Koncert sledovaly tisíce diváků.', 'ces', ['tisíce diváků', 1e3, 1e4, 'diváků']],
    ['cs: stovky', 'Stovky lidí protestovaly.', 'ces', ['Stovky lidí', 100, 1000, 'lidí']],
    ['cs: několik set', 'Několik set lidí protestovalo.', 'ces', ['Několik set lidí', 100, 1000, 'lidí']],
    ['cs: desítky tisíc', 'Desítky tisíc lidí protestovaly.', 'ces', ['Desítky tisíc lidí', 1e4, 1e5, 'lidí']],
  ] as const)('%s', (_, text, language, expected) => {
    expect(vague(text, language)).toEqual([expected])
  })

  it.each([
    ['pl: hundreds of years', 'Setki lat temu stał tu zamek.', 'pol'],
    ['pl: thousands of times', 'Tysiące razy to mówiłem.', 'pol'],
    ['cs: hundreds of years', 'Stovky let tu stál hrad.', 'ces'],
    ['pl words in an English report', 'Setki osób protestowały.', undefined],
    ['en: hundreds of years', 'Hundreds of years ago a castle stood here.', undefined],
    ['vi: hàng trăm năm', 'Hàng trăm năm trước có một lâu đài ở đây.', undefined],
  ] as const)('trap, no order of things: %s', (_, text, language) => {
    expect(vague(text, language)).toEqual([])
  })

  it('a figure of a thousand or more stays a figure, not an order', () => {
    expect(figures('Przyszło dwa tysiące osób.', 'pol')).toEqual([['dwa tysiące osób', 2000, 'count', false]])
    expect(figures('Przyszło pięć tysięcy osób.', 'pol')).toEqual([['pięć tysięcy osób', 5000, 'count', false]])
    expect(figures('Přišlo pět tisíc lidí.', 'ces')).toEqual([['pět tisíc lidí', 5000, 'count', false]])
  })
})

describe('a bare thousand is a number, as "a thousand people" is', () => {
  it.each([
    ['en: a thousand people', 'A thousand people came.', undefined, [['A thousand people', 1000, 'count', false]]],
    ['pl: tysiąc żołnierzy', 'W Iraku stacjonuje tysiąc żołnierzy.', 'pol', [['tysiąc żołnierzy', 1000, 'count', false]]],
    ['pl: tysiąc złotych', 'Zapłacił tysiąc złotych.', 'pol', [['tysiąc złotych', 1000, 'amount', false]]],
    ['cs: tisíc lidí', 'Přišlo tisíc lidí.', 'ces', [['tisíc lidí', 1000, 'count', false]]],
  ] as const)('%s', (_, text, language, expected) => {
    expect(figures(text, language)).toEqual(expected)
  })

  // how often is read, as "three times" is (two reports disagree on it), but is never a missing fact
  it.each([
    ['pl: tysiąc razy (a thousand times)', 'Tysiąc razy dziękuję wszystkim ratownikom, powiedział burmistrz w sobotę.'],
    ['pl: pięć razy (five times)', 'Burmistrz dziękował ratownikom pięć razy w sobotę.'],
    ['cs: tisíc krát', 'Tisíc krát děkuji všem záchranářům, řekl starosta v sobotu.'],
    ['pl: po raz tysiąc pierwszy (an ordinal, the 1001st time)', 'Polska wygrała w sobotę po raz tysiąc pierwszy w historii reprezentacji.'],
  ])('trap, never missing: %s', (_, text) => {
    expect(compare(text, 'W sobotę odbył się mecz.').divergences.filter((d) => d.kind === 'missing' && d.factType === 'number')).toEqual([])
  })
})

describe('how often two reports say a thing is a contradiction in words as in digits (rcounts58 B3)', () => {
  it.each([
    ['pl: trzy razy / pięć razy', 'Premier powtórzył trzy razy, że rząd nie zmieni ustawy w sobotę.', 'Premier powtórzył pięć razy, że rząd nie zmieni ustawy w sobotę.', ['trzy razy', 'pięć razy']],
    ['en: three times / five times', 'The prime minister repeated three times that the government would not change the law.', 'The prime minister repeated five times that the government would not change the law.', ['three times', 'five times']],
    ['vi: ba lần / bảy lần', 'Thủ tướng nhắc lại ba lần rằng chính phủ sẽ không sửa luật.', 'Thủ tướng nhắc lại bảy lần rằng chính phủ sẽ không sửa luật.', ['ba lần', 'bảy lần']],
  ])('%s', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })
})

describe('two orders that do not meet are a contradiction in Polish as in English and Vietnamese', () => {
  const tail = ' przed telewizorami z całej Polski, podała stacja w środę.'
  it.each([
    ['en: thousands / millions', 'Thousands of viewers watched the concert on television across the country, the broadcaster said on Wednesday.', 'Millions of viewers watched the concert on television across the country, the broadcaster said on Wednesday.', ['Thousands of viewers', 'Millions of viewers']],
    ['vi: hàng nghìn / hàng triệu', 'Hàng nghìn người đã theo dõi buổi hòa nhạc trên truyền hình khắp cả nước, nhà đài cho biết hôm thứ Tư.', 'Hàng triệu người đã theo dõi buổi hòa nhạc trên truyền hình khắp cả nước, nhà đài cho biết hôm thứ Tư.', ['Hàng nghìn người', 'Hàng triệu người']],
    ['pl: tysiące / miliony', `Koncert sylwestrowy w Zakopanem oglądały tysiące widzów${tail}`, `Koncert sylwestrowy w Zakopanem oglądały miliony widzów${tail}`, ['tysiące widzów', 'miliony widzów']],
    ['pl: tysiąc / 750', 'W Iraku stacjonuje obecnie tysiąc amerykańskich żołnierzy, którzy chronią ambasadę, podał Pentagon w środę.', 'W Iraku stacjonuje obecnie 750 amerykańskich żołnierzy, którzy chronią ambasadę, podał Pentagon w środę.', ['tysiąc amerykańskich', '750 amerykańskich']],
  ])('%s', (_, a, b, flag) => {
    expect(numberFlags(a, b)).toEqual([flag])
  })

  it.each([
    ['en: thousands / 5,000', 'Thousands of viewers watched the concert on television across the country, the broadcaster said on Wednesday.', '5,000 viewers watched the concert on television across the country, the broadcaster said on Wednesday.'],
    ['pl: tysiące / 5 tysięcy', `Koncert sylwestrowy w Zakopanem oglądały tysiące widzów${tail}`, `Koncert sylwestrowy w Zakopanem oglądało 5 tysięcy widzów${tail}`],
  ])('trap, a figure inside the order: %s', (_, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
