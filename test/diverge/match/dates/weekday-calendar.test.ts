/**
 * A date written with its weekday that the calendar belies (days47, IndoSum *Sabtu (3/1) malam* /
 * *Sabtu, 3 Februari 2018*): 3 February 2018 was a Saturday, 3 January a Wednesday. Two reports that
 * give one weekday and one day of the month, one of them true to the calendar of the year either
 * states and the other not, wrote one day, and the other's month (or day) is wrong.
 *
 * Traps: the same date twice (nothing to flag, even when its weekday is wrong in both); two dates
 * both true to their weekday (two Saturdays: two events a week or a month apart); weekdays that
 * differ; no year stated on either side (the calendar cannot speak); a weekday not beside its date
 * (*said on Saturday that the fire of Jan. 3*); two years stated that differ; dates that differ in
 * both day and month (no one slip of the pen).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const ID_A = (day: string) => `Bupati Jombang tiba di Gedung KPK ${day} malam setelah ditangkap di sebuah pusat perbelanjaan di Jakarta.`
const ID_B = (day: string) => `Ia diduga menerima hadiah terkait perizinan senilai total Rp 275 juta pada ${day}. Partai Golkar segera menunjuk pelaksana tugas ketua.`
const EN_A = (day: string) => `The ferry sank off the coast ${day} with more than 200 people aboard, the coast guard said.`
const EN_B = (day: string) => `Divers reached the wreck late ${day}. Families gathered at the port to wait for news of their relatives.`
const VI_A = (day: string) => `Vụ cháy xảy ra vào tối ${day} tại một xưởng gỗ ở quận 12, TP.HCM.`
const VI_B = (day: string) => `Lực lượng cứu hỏa đã được điều động tới hiện trường ${day}. Rất may không có thiệt hại về người.`
const FR_A = (day: string) => `L'incendie s'est déclaré ${day} dans un entrepôt de la zone industrielle.`
const FR_B = (day: string) => `Les pompiers sont intervenus ${day} avec une dizaine de véhicules. Aucune victime n'est à déplorer.`

const dates = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => [d.a!.text, d.b!.text])

describe('a weekday the calendar belies', () => {
  it.each([
    ['id trap: the same date twice', ID_A('Sabtu (3/2/2018)'), ID_B('Sabtu, 3 Februari 2018'), []],
    ['id trap: the same wrong date twice', ID_A('Sabtu (3/1/2018)'), ID_B('Sabtu (3/1)'), []],
    ['id trap: two Saturdays, both true', ID_A('Sabtu (10/2)'), ID_B('Sabtu, 3 Februari 2018'), []],
    ['id trap: two Saturdays a month apart, both true', ID_A('Sabtu (3/3)'), ID_B('Sabtu, 3 Februari 2018'), []],
    ['id trap: weekdays that differ', ID_A('Jumat (3/1)'), ID_B('Sabtu, 3 Februari 2018'), []],
    ['id trap: no year on either side', ID_A('Sabtu (3/1)'), ID_B('Sabtu (3/2)'), []],
    ['id trap: both belied', ID_A('Sabtu (3/1)'), ID_B('Sabtu, 4 Januari 2018'), []],
    ['en trap: a weekday not beside its date', 'Police said on Saturday that the fire of Jan. 3 killed two workers at the plant.', 'The blaze broke out on Saturday, Feb. 3, 2018, at a chemical plant.', []],
    ['en trap: two years stated that differ', EN_A('on Saturday, Jan. 3, 2015'), EN_B('on Saturday, Feb. 3, 2018'), []],
    ['en trap: day and month both differ', EN_A('on Saturday, Jan. 6'), EN_B('on Saturday, Feb. 3, 2018'), []],
    ['vi trap: an ordinal, not a weekday', VI_A('lần thứ hai (3/1)'), VI_B('thứ Bảy, 3/2/2018'), []],
    ['en trap: a yearless date true the year after', EN_A('on Saturday, Feb. 3, 2018'), EN_B('on Saturday, Feb. 2, a year after the disaster,'), []],
    ['en trap: a date of a coming event', EN_A('on Saturday, Feb. 3, 2018'), 'A memorial will be held on Saturday, Jan. 3. Families gathered at the port.', []],
    ['en trap: a day beyond its month', EN_A('on Wednesday, Feb. 29, 2023'), EN_B('on Wednesday, Jan. 29'), []],
    ['id trap: a day beyond its month', ID_A('Sabtu (31/2/2018)'), ID_B('Sabtu, 3 Februari 2018'), []],
    ['vi trap: a day beyond its month', VI_A('thứ Bảy (31/4/2018)'), VI_B('thứ Bảy, 3/4/2018'), []],
    ['id: the month belied by its weekday', ID_A('Sabtu (3/1)'), ID_B('Sabtu, 3 Februari 2018'), [['3/1', '3 Februari 2018']]],
    ['en: the month belied by its weekday', EN_A('on Saturday, Jan. 3'), EN_B('on Saturday, Feb. 3, 2018'), [['Jan. 3', 'Feb. 3, 2018']]],
    ['en: the day belied by its weekday', EN_A('on Saturday, Feb. 4'), EN_B('on Saturday, Feb. 3, 2018'), [['Feb. 4', 'Feb. 3, 2018']]],
    ['vi: the month belied by its weekday', VI_A('thứ Bảy (3/1)'), VI_B('thứ Bảy, 3/2/2018'), [['3/1', '3/2/2018']]],
    ['fr: the month belied by its weekday', FR_A('samedi 3 janvier'), FR_B('samedi 3 février 2018'), [['3 janvier', '3 février 2018']]],
  ])('%s', (_why, a, b, want) => {
    expect(dates(a, b)).toEqual(want)
  })

  // two dates both true to one weekday are two days: no other rule may pair them as one (review rdays47 bug 8)
  it.each([
    ['id trap: two Saturdays, both true, lone days', 'Kapal feri tenggelam di perairan Bali pada Sabtu, 3 Februari 2018, dan 12 orang tewas.', 'Keluarga korban berkumpul di pelabuhan. Tim SAR menghentikan pencarian pada Sabtu (3/3).'],
    ['en trap: two Saturdays, both true, lone days', 'A ferry sank off Bali on Saturday, Feb. 3, 2018, killing 12 people aboard.', 'Relatives gathered at the harbour. The search was called off on Saturday, March 3.'],
  ])('%s', (_why, a, b) => {
    expect(dates(a, b)).toEqual([])
  })
})
