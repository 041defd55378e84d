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
    // "por", "per", "pour" before a hundred with no figure before them: "by", "for", not a percent (review rlanguages54)
    ['por', 'O projeto foi assinado por cem deputados.', ['cem deputados', 100]],
    ['por', 'Foi aprovado por duzentos deputados.', ['duzentos deputados', 200]],
    ['por', 'Foi aprovado por trezentos e doze deputados.', ['trezentos e doze deputados', 312]],
    ['por', 'O Flamengo venceu por cento e vinte pontos.', ['cento e vinte pontos', 120]],
    ['spa', 'La carta fue firmada por cien diputados.', ['cien diputados', 100]],
    ['spa', 'El candidato ganó por ciento veinte votos.', ['ciento veinte votos', 120]],
    ['ita', 'Una cena per cento persone.', ['cento persone', 100]],
    ['ita', 'Una cena per trecento persone.', ['trecento persone', 300]],
    ['fra', 'Un repas pour cent personnes.', ['cent personnes', 100]],
  ])('%s: %s', (language, text, figure) => {
    expect(read(text, language)).toContainEqual(figure)
  })

  it.each([
    // the same figures in English and Vietnamese read as before
    ['One hundred twenty people were arrested.', ['One hundred twenty people', 120]],
    ['Có một trăm hai mươi người bị bắt.', ['một trăm hai mươi người', 120]],
    ['Có hai trăm năm mươi nghìn người tham gia.', ['hai trăm năm mươi nghìn người', 250000]],
    ['The bill passed by two hundred votes.', ['two hundred votes', 200]],
    ['Dự luật được thông qua với một trăm hai mươi phiếu.', ['một trăm hai mươi phiếu', 120]],
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
    ['spa', 'Subió cinco por ciento en el año.'],
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

describe('a figure before "por cento" makes the hundred a percent, not a count', () => {
  it.each([
    ['por', 'Subiu 5 por cento no ano.'],
    ['ita', 'Crescita del 5 per cento annuo.'],
  ])('%s: %s reads no 100', (language, text) => {
    expect(read(text, language).map(([, v]) => v)).not.toContain(100)
  })
})

const PT_BILL = (figure: string): string => `O projeto de lei foi aprovado por ${figure} na Câmara nesta terça-feira. A oposição votou contra.`
const ES_BILL = (figure: string): string => `El proyecto de ley fue aprobado por ${figure} en el Congreso este martes. La oposición votó en contra.`
const PT_WIN = (figure: string): string => `O Flamengo venceu por ${figure} de diferença no campeonato. O técnico comemorou.`
const ES_WIN = (figure: string): string => `El candidato ganó por ${figure} en la segunda vuelta. La oposición pidió un recuento.`
const numberFlags = (a: string, b: string) => compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'number')

describe('after "por" (by) a count in words meets its figure', () => {
  it.each([
    ['por', PT_BILL('duzentos deputados'), PT_BILL('250 deputados'), ['duzentos deputados', '250 deputados']],
    ['spa', ES_BILL('doscientos diputados'), ES_BILL('250 diputados'), ['doscientos diputados', '250 diputados']],
  ])('%s: a different count is flagged', (_language, a, b, spans) => {
    const [flag] = numberFlags(a, b)
    expect([flag?.a?.text, flag?.b?.text]).toEqual(spans)
  })

  it.each([
    ['por', PT_WIN('cento e vinte pontos'), PT_WIN('120 pontos')],
    ['spa', ES_WIN('ciento veinte votos'), ES_WIN('120 votos')],
  ])('%s: the same count is no flag', (_language, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

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
