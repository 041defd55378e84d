import { describe, expect, it } from 'vitest'
import { compatibleTimes, zoned } from '../../../src/diverge/reasons/time-zones'
import { extractDates } from '../../../src/diverge/extract/dates/dates'

describe('compatibleTimes: one instant in two zones', () => {
  it.each([
    ['3:49 p.m. Eastern', 'The quake struck at 3:49 p.m. Eastern on Monday.', '1:49 p.m. MDT', 'The quake struck at 1:49 p.m. MDT on Monday.', 'time-zone'],
    ['20h02 and 19h02 giờ Hà Nội', 'Động đất lúc 20h02 tối nay.', '19h02 giờ Hà Nội', 'Động đất lúc 19h02 giờ Hà Nội.', 'time-zone'],
    ['same zone, other time', 'It began at 10:30 a.m. EDT.', '11:30 a.m. EDT', 'It began at 11:30 a.m. EDT.', undefined],
    ['no zone, half an hour apart', 'It began at 10:30 a.m. today.', '11 a.m.', 'It began at 11 a.m. today.', undefined],
    ['EDT and Arizona time, three hours apart', 'It ends at 6 p.m. EDT Sunday.', '3 p.m. Arizona', 'It ends at 3 p.m. Arizona time Sunday.', 'time-zone'],
    ['EST and AEST that do not meet', 'It ends at 7 p.m. EST Sunday.', '8am', 'It ends at 8am (AEST) today.', undefined],
    ['EDT and AEST that meet', 'It ends at 6 p.m. EDT Sunday.', '8am', 'It ends at 8am (AEST) today.', 'time-zone'],
    ['giờ Hà Nội and GMT that do not meet', 'Trận đấu lúc 19h giờ Hà Nội.', '19h', 'The match starts at 10 a.m. GMT.', undefined],
  ])('times: %s / %s', (_a, a, _b, b, reason) => {
    const [x] = extractDates(a).filter((d) => d.minutes !== undefined)
    const [y] = extractDates(b).filter((d) => d.minutes !== undefined)
    expect(x).toBeDefined()
    expect(y).toBeDefined()
    expect(compatibleTimes(x!, y!)).toBe(reason)
  })
})

describe('zoned: a zone named by the time itself, not a word further on', () => {
  it.each([
    ['en, EST right after', 'It ends at 7 p.m. EST Sunday.', true],
    ['en, AEST in brackets', 'It ends at 8am (AEST) today.', true],
    ['en, local time', 'The flight left at 10 p.m. local time.', true],
    ['vi, giờ địa phương', 'Máy bay cất cánh lúc 22h (giờ địa phương).', true],
    ['en trap: local police', 'At 5 p.m., local police said the road was closed.', false],
    ['pt trap: o local (the place)', 'Até as 19h, o local do acidente foi liberado.', false],
    ['pt, (hora local)', 'A explosão ocorreu às 19h (hora local) perto do banco central.', true],
    ['es, (hora local)', 'La explosión ocurrió a las 19h (hora local) cerca del banco central.', true],
    ['pt, no horário local', 'O terremoto ocorreu às 10h30 no horário local, informou a agência.', true],
    ['fr, heure locale', "L'explosion a eu lieu à 19h heure locale près de la banque centrale.", true],
    ['vi, giờ địa phương', 'Vụ nổ xảy ra lúc 19h giờ địa phương gần ngân hàng trung ương.', true],
    ['pt trap: hora local far after the time', 'Às 19h, a polícia local chegou ao banco central.', false],
    ['en trap: a zone word two words on', 'At 5 p.m. the central bank cut its rate.', false],
  ])('%s', (_why, text, expected) => {
    const [x] = extractDates(text).filter((d) => d.minutes !== undefined)
    expect(x).toBeDefined()
    expect(zoned(x!)).toBe(expected)
  })
})
