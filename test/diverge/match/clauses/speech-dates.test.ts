import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// The day someone spoke of an event ("Reuters reported on Wednesday") is not the event's day
// ("arrested on Tuesday"): not flagged against it. Two days of statements, or two of events, still are.
const dates = (a: string, b: string) =>
  compare(a, b, { minConfidence: 0 })
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => `${d.a?.text} | ${d.b?.text}`)

describe('the date of a statement against the date of an event', () => {
  it.each([
    ['id: the date before its verb', 'Reuters pada Rabu (24/5) melansir, polisi telah menangkap pria itu di Manchester.', 'Polisi telah menangkap pria itu di Manchester pada Selasa (23/5).'],
    ['id: the date closing an attribution', '"Kami memutuskan mendukung Edy Rahmayadi," ujar Johnny di Kantor DPP Partai Nasdem, Jakarta, Jumat (5/1).', 'Partai Nasdem memutuskan mendukung Edy Rahmayadi di Medan, Minggu (7/1).'],
    ['en: reported on a day', 'Police have arrested the man in Manchester, Reuters reported on Wednesday, May 24.', 'Police arrested the man in Manchester on Tuesday, May 23.'],
    ['vi: "đưa tin" after the date', 'Cảnh sát đã bắt giữ người đàn ông tại Manchester, Reuters hôm 24/5 đưa tin.', 'Cảnh sát đã bắt giữ người đàn ông tại Manchester hôm 23/5.'],
    ['fr: a lower-case weekday in the attribution', "Le porte-parole de la police a déclaré mercredi 24 mai que l'homme avait été arrêté à Manchester.", "La police a arrêté l'homme à Manchester mardi 23 mai."],
  ])('%s', (_name, a, b) => {
    expect(dates(a, b)).toEqual([])
  })

  it.each([
    ['id: two days of the arrest', 'Polisi telah menangkap pria itu di Manchester pada Rabu (24/5).', 'Polisi telah menangkap pria itu di Manchester pada Selasa (23/5).', '24/5 | 23/5'],
    ['id: two days of one report', 'Reuters pada Rabu (24/5) melansir, polisi telah menangkap pria itu.', 'Reuters pada Selasa (23/5) melansir, polisi telah menangkap pria itu.', '24/5 | 23/5'],
    ['en: two days of one statement', 'Police have arrested the man in Manchester, police said on Wednesday, May 24.', 'Police have arrested the man in Manchester, police said on Tuesday, May 23.', 'May 24 | May 23'],
    ['vi: two days of the arrest', 'Cảnh sát đã bắt giữ người đàn ông tại Manchester hôm 24/5.', 'Cảnh sát đã bắt giữ người đàn ông tại Manchester hôm 23/5.', '24/5 | 23/5'],
    ['vi: two days of one statement', 'Cảnh sát đã bắt giữ người đàn ông tại Manchester, ông Hùng cho biết hôm 24/5.', 'Cảnh sát đã bắt giữ người đàn ông tại Manchester, ông Hùng cho biết hôm 23/5.', '24/5 | 23/5'],
    ['fr: two days of the arrest', "La police a arrêté l'homme à Manchester mercredi 24 mai.", "La police a arrêté l'homme à Manchester mardi 23 mai.", '24 mai | 23 mai'],
    // the date opens what was said, after the attribution's comma: the event's day (retold-days.test.ts)
    ['vi trap: the date after "cho biết,"', 'Ban quản lý dự án cho biết, ngày 17/8, trước khi thông xe, đơn vị thi công đã thảm nhựa toàn tuyến.', 'Theo Sở GTVT, ngày 16/8, trước khi thông xe, đơn vị thi công đã thảm nhựa toàn tuyến.', '17/8 | 16/8'],
    ['en trap: the date opens the statement', 'Rescuers said on August 16, the last survivors were pulled from the rubble of the building.', 'According to officials, on August 17, the last survivors were pulled from the rubble of the building.', 'August 16 | August 17'],
    // "s'est déclaré" is a fire breaking out, not a statement
    ['fr trap: a fire that broke out', "L'incendie s'est déclaré samedi 3 janvier dans un entrepôt de la zone industrielle.", "L'incendie a pris samedi 10 janvier dans un entrepôt de la zone industrielle.", '3 janvier | 10 janvier'],
  ])('%s: still a disagreement', (_name, a, b, flag) => {
    expect(dates(a, b)).toContain(flag)
  })
})
