/**
 * Number words of Portuguese, Spanish, French, German and Italian, read only in a document of that
 * language and only before the word they count (continental-numbers.ts, normalize/number-words.ts).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { continentalNumber } from '../../../../src/normalize/number-words'
import { foldWord } from '../../../../src/normalize/fold'

describe('continental number words', () => {
  it.each([
    ['por', 'nove', 9],
    ['por', 'dezessete', 17],
    ['spa', 'veinticinco', 25],
    ['spa', 'diecinueve', 19],
    ['fra', 'vingt-cinq', 25],
    ['fra', 'soixante-douze', 72],
    ['fra', 'trente-et-un', 31],
    ['deu', 'fünfundzwanzig', 25],
    ['deu', 'einundzwanzig', 21],
    ['ita', 'venticinque', 25],
    ['ita', 'ventuno', 21],
    ['ita', 'trentotto', 38],
  ])('%s %s is %d', (language, word, value) => {
    expect(continentalNumber(language, foldWord(word))).toBe(value)
  })

  it.each([
    // traps: a number in one language is a name or a common word in another, or no number at all
    ['eng', 'dos'],
    ['eng', 'tres'],
    ['vie', 'dos'],
    ['por', 'um'], // the article: one is never read from it
    ['fra', 'une'],
    ['deu', 'ein'],
    ['fra', 'vingt-douze'], // teens follow sixty and eighty only
    ['deu', 'undzwanzig'],
    ['ita', 'tre-sei'],
  ])('%s %s is no number', (language, word) => {
    expect(continentalNumber(language, foldWord(word))).toBeUndefined()
  })
})

const read = (text: string, language?: string): Array<[string, number]> =>
  extractNumbers(text, undefined, language ? { language } : {}).map((n) => [n.text, n.value])

describe('continental counts in a sentence', () => {
  it.each([
    ['por', 'Nove pessoas morreram no acidente.', [['Nove pessoas', 9]]],
    ['por', 'O acidente causou a morte de dez pessoas.', [['dez pessoas', 10]]],
    ['por', 'Foram vinte e cinco feridos.', [['vinte e cinco feridos', 25]]],
    ['por', 'Cerca de dez mil pessoas protestaram.', [['dez mil pessoas', 10000]]],
    ['spa', 'Treinta y cinco heridos llegaron al hospital.', [['Treinta y cinco heridos', 35]]],
    ['fra', "L'accident a fait dix morts.", [['dix morts', 10]]],
    // a German noun of people or of an outcome is the counted noun though capitalised, in words as in digits ("10 Menschen")
    ['deu', 'Zehn Menschen starben.', [['Zehn Menschen', 10]]],
    ['deu', 'Es gab fünfundzwanzig Verletzte.', [['fünfundzwanzig Verletzte', 25]]],
    ['ita', 'Sette persone sono morte.', [['Sette persone', 7]]],
  ])('%s: %s', (language, text, expected) => {
    expect(read(text, language)).toEqual(expected)
  })

  it.each([
    // traps: a number word that counts nothing in its sentence
    ['ita', 'Tu sei stato molto bravo.'], // "sei" is "you are"
    ['por', 'A festa é no dia cinco de maio.'],
    ['por', 'Havia crianças, três delas feridas.'], // "três delas" (three of them): a part, no counted noun
    ['por', 'Um homem morreu no acidente.'], // "um" the article
    ['fra', 'Ils habitent près du Pont Neuf à Paris.'], // capitalised inside the sentence: a name
    ['fra', 'Une femme est morte.'],
    ['deu', 'Ein Mann starb.'],
    // English words of the same spelling in an English document: names, not numbers
    ['eng', 'Dos Santos and Tres Cantos signed the deal.'],
    ['eng', 'The dos and don\'ts of travel.'],
  ])('%s: no count in %s', (language, text) => {
    expect(read(text, language)).toEqual([])
  })

  it('reads no continental word without a language (a Vietnamese or unknown text stays as it was)', () => {
    expect(read('Nove pessoas morreram.')).toEqual([])
    expect(read('Ba người chết và năm người bị thương.')).toEqual([['Ba người', 3], ['năm người', 5]])
  })
})

/** The unit each figure of `text` is read with, in a document of `language`. */
const units = (text: string, language?: string): Array<[string, string]> =>
  extractNumbers(text, [], language ? { language } : {}).map((f) => [f.text, f.unit])

/** An auxiliary or a function word after a figure is no noun it counts: "128 ficaram feridas" counts people, as "128 were injured" does (fresh42-1). */
describe('no counted noun in an auxiliary or a function word', () => {
  it.each([
    ['por', 'Outras 128 ficaram feridas.', '128', ''],
    ['por', 'Ao todo, 15 foram mortos.', '15', ''],
    ['por', 'O ataque matou 30 em universidade dos EUA.', '30', ''],
    ['spa', 'Otros 30 fueron heridos.', '30', ''],
    ['fra', 'Au total, 20 sont morts.', '20', ''],
    ['deu', 'Insgesamt 12 wurden verletzt.', '12', ''],
    // the noun counted is still read
    ['por', 'O ataque matou 30 pessoas.', '30', 'people'],
    ['spa', 'Murieron 30 personas.', '30', 'people'],
  ])('%s: %s', (language, text, figure, unit) => {
    expect(units(text, language).find(([t]) => t.startsWith(figure))?.[1]).toBe(unit)
  })

  it.each([
    // traps: the same words are nouns in another language's document
    ['vi: 3 em (three children) in a Vietnamese text', 'Vụ tai nạn làm 3 em bị thương.', '3', 'em'],
    ['en: 5 sons in an English text', 'She has 5 sons.', '5', 'son'],
  ])('%s', (_label, text, figure, unit) => {
    expect(units(text).find(([t]) => t.startsWith(figure))?.[1]).toBe(unit)
  })

  it('a number word before an auxiliary still counts: "Cinco foram presos" is five people', () => {
    expect(units('Cinco foram presos pela polícia.', 'por')).toEqual([['Cinco', '']])
  })
})

const numberPairs = (a: string, b: string): Array<[string, string]> =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a?.text ?? '', d.b?.text ?? ''])

describe('counts in words compared across reports', () => {
  it.each([
    ['por', 'Nove pessoas morreram no acidente de ônibus em São Paulo ontem à noite.', 'O acidente de ônibus em São Paulo causou a morte de dez pessoas ontem à noite.', ['Nove pessoas', 'dez pessoas']],
    ['spa', 'Nueve personas murieron en el accidente de autobús en Madrid anoche.', 'El accidente de autobús en Madrid causó la muerte de diez personas anoche.', ['Nueve personas', 'diez personas']],
    ['deu', 'Neun Menschen starben bei dem Busunglück in Berlin gestern Abend.', 'Zehn Menschen starben bei dem Busunglück in Berlin gestern Abend.', ['Neun Menschen', 'Zehn Menschen']],
    ['ita', 'Sette persone sono morte nell\'incidente del pullman a Roma ieri sera.', 'Otto persone sono morte nell\'incidente del pullman a Roma ieri sera.', ['Sette persone', 'Otto persone']],
    // unchanged: English and Vietnamese read as before
    ['eng', 'Nine people died in the bus crash in London last night.', 'The bus crash in London caused the death of ten people last night.', ['Nine people', 'ten people']],
    ['vie', 'Vụ tai nạn xe khách ở Hà Nội tối qua làm chín người chết.', 'Vụ tai nạn xe khách ở Hà Nội tối qua làm mười người chết.', undefined],
  ])('%s: the two counts disagree', (_language, a, b, expected) => {
    const found = numberPairs(a, b)
    if (expected) expect(found).toEqual([expected])
  })

  // "outras 25 ficaram feridas" is read as a count of the injured since "ficaram" is no counted noun (tolls43): in
  // these two ledes alone the injured disagree as the dead do
  it('por: the dead and the injured of two ledes disagree', () => {
    const found = numberPairs(
      'Nove pessoas morreram, três delas crianças, e outras 25 ficaram feridas nesta segunda-feira em uma explosão ocorrida em um mercado de Moscou, informou a polícia.',
      'Uma explosão causou nesta segunda-feira a morte de dez pessoas e deixou cerca de 30 feridas no mercado Cherkizov de Moscou. De acordo com a polícia da capital russa, uma bomba causou o incidente.',
    )
    expect(found).toEqual([['Nove pessoas', 'dez pessoas'], ['25', '30 feridas']])
  })

  it.each([
    ['por', 'Nove pessoas morreram no acidente de ônibus em São Paulo ontem à noite.', 'O acidente de ônibus em São Paulo causou a morte de nove pessoas ontem à noite.'],
    ['spa', 'Dos hombres fueron detenidos por la policía en Madrid el lunes por la noche.', 'La policía detuvo a dos hombres en Madrid el lunes por la noche.'],
    ['eng', 'Dos Santos met Tres Cantos officials in Lisbon on Monday to sign the deal.', 'Dos Santos met Tres Cantos officials in Lisbon on Monday to sign the agreement.'],
  ])('%s: no number disagreement where the counts agree', (_language, a, b) => {
    expect(numberPairs(a, b)).toEqual([])
  })
})
