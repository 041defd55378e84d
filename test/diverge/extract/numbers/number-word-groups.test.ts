/**
 * Numbers in words read whole by their groups (continental-numbers.ts, normalize/number-words.ts): hundreds
 * before tens, a group after its scale, hundreds and thousands written as one word, Indonesian tens; and
 * the words of the same spelling that stay unread.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const read = (text: string, language?: string): Array<[string, number]> =>
  extractNumbers(text, undefined, language ? { language, notation: 'eu' } : {}).map((n) => [n.text, n.value])

describe('a number in words is read by its groups', () => {
  it.each([
    ['por', 'Foram presas cento e vinte pessoas.', ['cento e vinte pessoas', 120]],
    ['por', 'O acidente deixou trezentos e doze feridos.', ['trezentos e doze feridos', 312]],
    ['por', 'Protestaram duzentos e cinquenta mil pessoas.', ['duzentos e cinquenta mil pessoas', 250000]],
    ['por', 'Protestaram duas mil e quinhentas pessoas.', ['duas mil e quinhentas pessoas', 2500]],
    ['spa', 'Fueron detenidas ciento veinte personas.', ['ciento veinte personas', 120]],
    ['spa', 'Fueron detenidas doscientas cincuenta personas.', ['doscientas cincuenta personas', 250]],
    ['spa', 'Fueron detenidas seiscientas personas.', ['seiscientas personas', 600]],
    ['spa', 'Llegaron dos mil quinientas personas.', ['dos mil quinientas personas', 2500]],
    ['ita', 'Sono state arrestate centoventi persone.', ['centoventi persone', 120]],
    ['ita', 'Sono state arrestate duecentocinquanta persone.', ['duecentocinquanta persone', 250]],
    ['ita', 'Sono arrivate duemila persone.', ['duemila persone', 2000]],
    ['fra', 'Cent vingt personnes ont été arrêtées.', ['Cent vingt personnes', 120]],
    ['fra', 'Deux cents personnes ont été arrêtées.', ['Deux cents personnes', 200]],
    ['deu', 'Zweihundert Menschen wurden verletzt.', ['Zweihundert Menschen', 200]],
    ['deu', 'Es kamen dreitausendfünfhundert Menschen.', ['dreitausendfünfhundert Menschen', 3500]],
    ['tur', 'Gösteriye iki yüz elli bin kişi katıldı.', ['iki yüz elli bin kişi', 250000]],
    ['tur', 'Gösteriye yüz bin kişi katıldı.', ['yüz bin kişi', 100000]],
    ['ind', 'Sebanyak dua ratus lima puluh ribu orang hadir.', ['dua ratus lima puluh ribu orang', 250000]],
    ['ind', 'Sebanyak lima belas orang hadir.', ['lima belas orang', 15]],
    ['pol', 'Zatrzymano dwieście osób.', ['dwieście osób', 200]],
    ['pol', 'Zatrzymano dwustu mężczyzn.', ['dwustu mężczyzn', 200]],
    ['pol', 'Zatrzymano dwa tysiące pięćset osób.', ['dwa tysiące pięćset osób', 2500]],
    ['ces', 'Zadrželi tři sta lidí.', ['tři sta lidí', 300]],
    ['ces', 'Zadrželi dvě stě padesát lidí.', ['dvě stě padesát lidí', 250]],
    ['rus', 'Задержали семьсот человек.', ['семьсот человек', 700]],
  ])('%s: %s', (language, text, figure) => {
    expect(read(text, language)).toContainEqual(figure)
  })

  it.each([
    // the same figures in English and Vietnamese read as before
    ['One hundred twenty people were arrested.', ['One hundred twenty people', 120]],
    ['Có một trăm hai mươi người bị bắt.', ['một trăm hai mươi người', 120]],
    ['Có hai trăm năm mươi nghìn người tham gia.', ['hai trăm năm mươi nghìn người', 250000]],
  ])('%s', (text, figure) => {
    expect(read(text)).toContainEqual(figure)
  })

  it.each([
    // traps: a hundred in a percent, a century, a face, a hundred's head alone, the same words outside their language
    ['ita', 'Ha ottenuto il cinque per cento dei voti.'],
    ['ita', 'Nel novecento cambiò tutto.'],
    ['por', 'Obteve vinte por cento dos votos.'],
    ['spa', 'Obtuvo veinte por ciento de los votos.'],
    ['fra', 'Il a obtenu vingt pour cent des voix.'],
    ['tur', 'Onun yüz ifadesi değişti.'],
    ['tur', 'Yüz yüze görüştüler.'],
    ['eng', 'The cento e vinte band played.'],
    ['vie', 'Ông Dua Ratus đến thăm.'],
  ])('%s: %s reads no figure', (language, text) => {
    expect(read(text, language === 'eng' || language === 'vie' ? undefined : language)).toEqual([])
  })
})

const PT = (figure: string): string =>
  `A polícia de São Paulo prendeu manifestantes durante um protesto contra o aumento das tarifas nesta terça-feira. Segundo a polícia, ${figure} foram detidas no centro da cidade. O protesto terminou à noite.`

describe('in a report', () => {
  it('Portuguese: cento e vinte pessoas against 120 pessoas is one figure', () => {
    const report = compare({ text: PT('cento e vinte pessoas') }, { text: PT('120 pessoas') })
    expect(report.divergences.filter((d) => d.kind === 'number')).toEqual([])
  })

  it('Portuguese: cento e vinte pessoas against 150 pessoas is flagged', () => {
    const [flag] = compare({ text: PT('cento e vinte pessoas') }, { text: PT('150 pessoas') }).divergences.filter((d) => d.kind === 'number')
    expect([flag?.a?.text, flag?.b?.text]).toEqual(['cento e vinte pessoas', '150 pessoas'])
  })
})
