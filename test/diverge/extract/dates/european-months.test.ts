/**
 * Month names of French, Spanish, German, Portuguese and Italian (dates34 found none read):
 * *21 mars 2025*, *21 de marzo de 2025*, *am 21. März*, *21 de março*, *21 marzo 2025*, the
 * short forms (*janv.*, *Okt.*, *dic.*), spans (*du 19 au 21 mars*, *vom 19. bis 21. März*), and
 * the traps where a month's word is a planet, a name or a sauce.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

const read = (text: string) => extractDates(text).map((f) => [f.text, f.day, f.month, f.year])

describe('a day and a European month name is a date', () => {
  it.each([
    ['fr: day, month, year', 'La réunion a eu lieu le 21 mars 2025 à Paris.', [['21 mars 2025', 21, 3, 2025]]],
    ['fr: le + day + month', 'Le sommet s’ouvrira le 21 mars à Bruxelles.', [['21 mars', 21, 3, undefined]]],
    ['fr: weekday before the day', 'Il est arrivé mardi 21 mars au matin.', [['21 mars', 21, 3, undefined]]],
    ['fr: a short month with its dot', 'Le texte a été voté le 3 janv. 2024 par le Sénat.', [['3 janv. 2024', 3, 1, 2024]]],
    ['fr: févr. and août', 'Entre le 2 févr. et le 15 août, rien ne change.', [['2 févr.', 2, 2, undefined], ['15 août', 15, 8, undefined]]],
    ['es: day de month de year', 'El acuerdo se firmó el 21 de marzo de 2025 en Madrid.', [['21 de marzo de 2025', 21, 3, 2025]]],
    ['es: weekday, short month', 'Llegó el martes 21 de marzo y se fue el 3 de dic.', [['21 de marzo', 21, 3, undefined], ['3 de dic.', 3, 12, undefined]]],
    ['es: mayo after de is May', 'La ley entró en vigor el 2 de mayo.', [['2 de mayo', 2, 5, undefined]]],
    ['de: day with its dot, month, year', 'Die Wahl fand am 21. März 2025 statt.', [['21. März 2025', 21, 3, 2025]]],
    ['de: weekday, comma, day', 'Das Treffen ist am Dienstag, 21. März, in Berlin.', [['21. März', 21, 3, undefined]]],
    ['de: a short month', 'Die Frist endet am 3. Okt. 2024.', [['3. Okt. 2024', 3, 10, 2024]]],
    ['de: Juli after am', 'Das Gesetz gilt seit dem 1. Juli.', [['1. Juli', 1, 7, undefined]]],
    ['de: no lead word but a year', 'Er starb 21. September 2020 in Bonn.', [['21. September 2020', 21, 9, 2020]]],
    ['de: März after am', 'Der Gipfel beginnt am 21. März in Berlin.', [['21. März', 21, 3, undefined]]],
    ['pt: day de month', 'A cimeira realiza-se a 21 de março em Lisboa.', [['21 de março', 21, 3, undefined]]],
    ['pt: with its year', 'O decreto foi publicado em 5 de setembro de 2023.', [['5 de setembro de 2023', 5, 9, 2023]]],
    ['it: day, month, year', 'Il vertice si è tenuto il 21 marzo 2025 a Roma.', [['21 marzo 2025', 21, 3, 2025]]],
    ['it: a short month', 'La scadenza è fissata al 3 dic. prossimo.', [['3 dic.', 3, 12, undefined]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })

  it.each([
    ['en: the planet', 'The probe reached 21 Mars orbits before it failed.', []],
    ['en: lower-case mars after a count', 'He ate 3 mars bars and left.', []],
    ['en: may the verb after a count', 'Of the workers, 21 may leave by spring.', []],
    ['vi: Mai a person after a count', 'Có 3 Mai Anh trong lớp, cô giáo nói.', []],
    ['vi: mai the flower after a count', 'Ông bán được 21 mai vàng trong dịp Tết.', []],
    ['es: Marzo a surname', 'Con 21 Marzo anotó dos goles.', []],
    ['de: Juli a first name after a rank', 'Auf Platz 21. Juli Zeh folgt danach.', []],
    ['de: an ordinal before a noun that is no month', 'Er wurde am 21. Spieltag gesperrt.', []],
    ['fr: sept the number, no dot', 'Il a 21 sept ans de plus.', []],
    ['es: mayonnaise', 'Pidió 2 mayo y una ensalada.', []],
    ['en: a rank before September', 'He finished the season ranked 21. September brought a new coach.', []],
    ['en: a score before November', 'The bill passed 52 to 21. November elections will decide its fate.', []],
    ['en: I am 21 before August', 'I am 21. August is my favourite month of the year.', []],
    ['de: a place before März', 'Der Verein belegte Platz 3. März begann mit einer Niederlage.', []],
  ])('%s: no date', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('a span of days takes the month of its last day', () => {
  it.each([
    ['fr: du … au', 'Le festival a lieu du 19 au 21 mars à Cannes.', [['19', 19, 3, undefined], ['21 mars', 21, 3, undefined]]],
    ['fr: a dashed span', 'Le festival a lieu les 19-21 mars à Cannes.', [['19', 19, 3, undefined], ['21 mars', 21, 3, undefined]]],
    ['es: del … al … de', 'La feria será del 19 al 21 de marzo en Sevilla.', [['19', 19, 3, undefined], ['21 de marzo', 21, 3, undefined]]],
    ['de: vom … bis', 'Die Messe läuft vom 19. bis 21. März in Köln.', [['19', 19, 3, undefined], ['21. März', 21, 3, undefined]]],
    ['it: dal … al', 'La mostra è aperta dal 19 al 21 marzo a Milano.', [['19', 19, 3, undefined], ['21 marzo', 21, 3, undefined]]],
    ['pt: de … a … de', 'O encontro decorre de 19 a 21 de março no Porto.', [['19', 19, 3, undefined], ['21 de março', 21, 3, undefined]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })

  it.each([
    ['fr: a count rising to a date', 'Le nombre est passé de 19 à 21 mars plus tard.', [['21 mars', 21, 3, undefined]]],
    ['de: a later first day is no span', 'Die Zahl stieg vom 25. bis 21. März.', [['21. März', 21, 3, undefined]]],
  ])('%s: no span', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('two reports of one date, across forms and languages', () => {
  const dateDivergences = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.factType === 'date' || d.kind === 'date').map((d) => `${d.kind}: ${(d.a ?? d.b)!.text}`)
  it.each([
    ['fr / en', 'Le sommet aura lieu le 21 mars à Bruxelles, selon le ministère.', 'The summit will be held on March 21 in Brussels, the ministry said.'],
    ['es / en', 'La cumbre se celebrará el 21 de marzo en Bruselas.', 'The summit will be held on 21 March in Brussels.'],
    ['de / fr', 'Der Gipfel findet am 21. März in Brüssel statt.', 'Le sommet aura lieu le 21 mars à Bruxelles.'],
    ['fr: a span in two forms', 'Le festival a lieu du 19 au 21 mars à Cannes, selon les organisateurs.', 'Le festival a lieu les 19-21 mars à Cannes, selon les organisateurs.'],
    ['es / en: the same slash digits', 'El accidente ocurrió el 8/09/2023 en Madrid.', 'The crash happened on 8/09/2023 in Madrid.'],
    ['de / en: the same slash digits', 'Emmanuel Macron traf Olaf Scholz am 8/09 in Berlin.', 'Emmanuel Macron met Olaf Scholz on 8/09 in Berlin.'],
    ['vi / en: the same slash digits', 'Vụ tai nạn xảy ra ngày 8/09/2023 tại Madrid.', 'The crash happened on 8/09/2023 in Madrid.'],
  ])('%s: no date divergence', (_why, a, b) => {
    expect(dateDivergences(a, b)).toEqual([])
  })

  it.each([
    ['fr: a changed day', 'Le sommet aura lieu le 21 mars à Bruxelles, selon le ministère.', 'Le sommet aura lieu le 23 mars à Bruxelles, selon le ministère.'],
    ['de: a changed first day of a span', 'Die Messe läuft vom 19. bis 21. März in Köln, teilte der Veranstalter mit.', 'Die Messe läuft vom 17. bis 21. März in Köln, teilte der Veranstalter mit.'],
    ['en: a changed day', 'The summit will be held on March 21 in Brussels, the ministry said.', 'The summit will be held on March 23 in Brussels, the ministry said.'],
  ])('%s: a date contradiction', (_why, a, b) => {
    expect(compare(a, b).divergences.some((d) => d.kind === 'date')).toBe(true)
  })

  // the same slash digits meet whatever order each language reads them in; other digits do not
  it.each([
    ['es / en: other slash digits', 'El accidente ocurrió el 8/09/2023 en Madrid.', 'The crash happened on 8/10/2023 in Madrid.'],
    ['vi / en: other slash digits', 'Vụ tai nạn xảy ra ngày 8/09/2023 tại Madrid.', 'The crash happened on 8/10/2023 in Madrid.'],
    ['en: other slash digits', 'The crash happened on 8/09/2023 in Madrid.', 'The crash happened on 8/10/2023 in Madrid.'],
  ])('%s: still told apart', (_why, a, b) => {
    expect(dateDivergences(a, b)).not.toEqual([])
  })
})

describe('a slash date after a day-first language’s lead word is read day first', () => {
  it.each([
    ['fr: le 8/09', 'Le séisme a frappé le Maroc le 8/09 vers minuit.', [['8/09', 8, 9, undefined]]],
    ['es: el 8/09/2023', 'El sismo golpeó Marruecos el 8/09/2023 por la noche.', [['8/09/2023', 8, 9, 2023]]],
    ['de: am 8/09', 'Das Beben traf Marokko am 8/09 kurz vor Mitternacht.', [['8/09', 8, 9, undefined]]],
    ['en: on 8/09 stays month first', 'The quake struck Morocco on 8/09 near midnight.', [['8/09', 9, 8, undefined]]],
    ['vi: ngày 8/09 stays day first', 'Động đất xảy ra ngày 8/09 tại Maroc.', [['8/09', 8, 9, undefined]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})
