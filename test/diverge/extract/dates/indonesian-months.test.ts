/**
 * Indonesian and Dutch month names (days47: IndoSum's *Sabtu, 3 Februari 2018* was a bare 3 and a
 * year, so the other report's *Sabtu (3/1)* had nothing to meet). Both languages capitalise their
 * months (Indonesian) or not (Dutch), and several of their month words are also English words or
 * names (*April*, *Juni*, *Juli*, *Mei*): those are read only after a date's lead word or before a year.
 */
import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'
import { weekdayOfWord } from '../../../../src/diverge/extract/dates/day-words'

const read = (text: string) => extractDates(text).map((f) => [f.text, f.day, f.month, f.year])

describe('a day and an Indonesian or Dutch month name is a date', () => {
  it.each([
    ['id: weekday, day, month, year', 'Ia ditangkap pada Sabtu, 3 Februari 2018 di Jakarta.', [['3 Februari 2018', 3, 2, 2018]]],
    ['id: pada + day + month', 'Sidang digelar pada 12 Agustus di Surabaya.', [['12 Agustus', 12, 8, undefined]]],
    ['id: Desember with its year', 'Proyek itu selesai 31 Desember 2017.', [['31 Desember 2017', 31, 12, 2017]]],
    ['id: Mei after a lead', 'Pemilu diadakan pada 9 Mei lalu.', [['9 Mei', 9, 5, undefined]]],
    ['id: Juli with its year', 'Kebakaran terjadi 14 Juli 2017.', [['14 Juli 2017', 14, 7, 2017]]],
    ['nl: day, month, year', 'De brand brak uit op 3 februari 2018 in Utrecht.', [['3 februari 2018', 3, 2, 2018]]],
    ['nl: maart after op', 'De vergadering is op 21 maart in Den Haag.', [['21 maart', 21, 3, undefined]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })

  it.each([
    ['id: Mei a name after a count', 'Ada 3 Mei Ling di kelas itu.', []],
    ['id: Juli a first name after a count', 'Sebanyak 2 Juli dan Rina datang.', []],
    ['vi: a count before Mai', 'Có 3 Mai Anh trong lớp, cô giáo nói.', []],
  ])('%s: no date', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})

describe('Indonesian weekdays', () => {
  it.each([
    ['Senin', 1],
    ['Selasa', 2],
    ['Rabu', 3],
    ['Kamis', 4],
    ['Jumat', 5],
    ["Jum'at", 5],
    ['Sabtu', 6],
    ['Minggu', 0],
  ])('%s is weekday %i', (word, day) => {
    expect(weekdayOfWord(word)?.day).toBe(day)
  })
})

describe('a slash date after a day-first language weekday is day first', () => {
  it.each([
    ['id: Sabtu (3/1) is 3 January', 'Bupati itu tiba di Gedung KPK, Sabtu (3/1) malam.', [['3/1', 3, 1, undefined]]],
    ['id: Jumat 5/1 bare', 'Deklarasi digelar Jumat 5/1 di Medan.', [['5/1', 5, 1, undefined]]],
    ['fr: samedi 3/1', 'La police est arrivée samedi (3/1) au soir.', [['3/1', 3, 1, undefined]]],
    ['en trap: Saturday 3/1 stays American, March 1', 'The police arrived on Saturday 3/1 in the evening.', [['3/1', 1, 3, undefined]]],
  ])('%s', (_why, text, want) => {
    expect(read(text)).toEqual(want)
  })
})
