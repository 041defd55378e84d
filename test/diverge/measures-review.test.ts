/**
 * fixmeasures54 (review rmeasures54, bugs 1–9): compounds, months and clocks that lost or faked a flag.
 * Every row of the review; each lists what compare() reports at any confidence.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'

/** Every flag and equivalence, as "kind: A / B" and "EQ reason: A / B". */
function outcome(a: string, b: string): string[] {
  const r = compare(a, b, { minConfidence: 0 })
  return [
    ...r.divergences.map((d) => `${d.kind}: ${d.a?.text ?? '-'} / ${d.b?.text ?? '-'}`),
    ...r.equivalences.map((e) => `EQ ${e.reason}: ${e.a.text} / ${e.b.text}`),
  ]
}

describe('bug 1: a compound or a market weight is exact to its smaller unit, no 5 % conversion share', () => {
  it.each([
    ['vi: 1m70 / 1,75 m', 'Cầu thủ này cao 1m70 và nặng 65 kg.', 'Cầu thủ này cao 1,75 m và nặng 65 kg.', ['number: 1m70 / 1,75 m']],
    ['en: 5 ft 9 in / 1.80 m', 'The player is 5 ft 9 in tall.', 'The player is 1.80 m tall.', ['number: 5 ft 9 in / 1.80 m']],
    ['en: 3 kg 200 g / 3.3 kg', 'The baby weighed 3 kg 200 g at birth.', 'The baby weighed 3.3 kg at birth.', ['number: 3 kg 200 g / 3.3 kg']],
    ['vi: 3 kg 200 g / 3,3 kg', 'Em bé nặng 3 kg 200 g khi chào đời.', 'Em bé nặng 3,3 kg khi chào đời.', ['number: 3 kg 200 g / 3,3 kg']],
    ['ru: 3 кг 200 г / 3,3 кг', 'Вес рыбы 3 кг 200 г.', 'Вес рыбы 3,3 кг.', ['number: 3 кг 200 г / 3,3 кг']],
    ['vi: 2 tạ 5 yến / 260 kg', 'Con lợn nặng 2 tạ 5 yến.', 'Con lợn nặng 260 kg.', ['number: 2 tạ 5 yến / 260 kg']],
    ['vi: 5 tạ / 520 kg', 'Chị nhận 5 tạ gạo cứu trợ.', 'Chị nhận 520 kg gạo cứu trợ.', ['number: 5 tạ / 520 kg']],
    ['en: 6 ft 2 in / 6 ft, a dropped part is rounding at most', 'The center is 6 ft 2 in tall.', 'The center is 6 ft tall.', ['EQ rounding: 6 ft 2 in / 6 ft']],
    ['en: 2 m 6 cm / 2 m, a dropped part is rounding at most', 'The pole is 2 m 6 cm long.', 'The pole is 2 m long.', ['EQ rounding: 2 m 6 cm / 2 m']],
    // traps: one value in two writings stays one
    ['vi: 2 tạ 5 yến / 250 kg', 'Con lợn nặng 2 tạ 5 yến.', 'Con lợn nặng 250 kg.', ['EQ unit: 2 tạ 5 yến / 250 kg']],
    ['en: 5 ft 9 in / 1.75 m, a converter rounds to the centimetre', 'The player is 5 ft 9 in tall.', 'The player is 1.75 m tall.', ['EQ unit: 5 ft 9 in / 1.75 m']],
    ['ru: 3 кг 200 г / 3,2 кг', 'Вес рыбы 3 кг 200 г.', 'Вес рыбы 3,2 кг.', ['EQ unit: 3 кг 200 г / 3,2 кг']],
  ])('%s', (_name, a, b, expected) => {
    expect(outcome(a, b)).toEqual(expected)
  })
})

describe('bug 2: a compound duration against one unit keeps the contradiction main flagged', () => {
  it.each([
    ['en: 1 hour 20 minutes / 2 hours', 'The match lasted 1 hour 20 minutes.', 'The match lasted 2 hours.', ['number: 1 hour 20 minutes / 2 hours']],
    ['vi: 1 giờ 20 phút / 2 giờ', 'Trận đấu kéo dài 1 giờ 20 phút.', 'Trận đấu kéo dài 2 giờ.', ['number: 1 giờ 20 phút / 2 giờ']],
    ['en: 2 years 6 months / 3 years', 'He was jailed for 2 years 6 months.', 'He was jailed for 3 years.', ['number: 2 years 6 months / 3 years']],
    ['vi: 2 năm 6 tháng / 3 năm', 'Ông bị tuyên phạt 2 năm 6 tháng tù.', 'Ông bị tuyên phạt 3 năm tù.', ['number: 2 năm 6 tháng / 3 năm']],
    // trap: one duration told alike is no flag
    ['vi: one compound in both', 'Trận đấu kéo dài 1 giờ 20 phút.', 'Trận đấu kéo dài 1 giờ 20 phút.', []],
    // traps: a compound's larger part alone drops its smaller part (the eval's enfresh-1 trap), no flag
    ['en: about two hours and 15 minutes / about two hours', 'The flight took about two hours and 15 minutes, officials said.', 'The flight took about two hours, officials said.', ['EQ rounding: two hours and 15 minutes / two hours']],
    ['vi: 2 năm 6 tháng / 2 năm', 'Ông bị tuyên phạt 2 năm 6 tháng tù.', 'Ông bị tuyên phạt 2 năm tù.', ['EQ rounding: 2 năm 6 tháng / 2 năm']],
    ['en: two hours and 15 minutes / three hours is still two values', 'The flight took two hours and 15 minutes, officials said.', 'The flight took three hours, officials said.', ['number: two hours and 15 minutes / three hours']],
  ])('%s', (_name, a, b, expected) => {
    expect(outcome(a, b)).toEqual(expected)
  })
})

describe('bugs 3–5, 7: a count after a month or a preposition is no year and no clock', () => {
  it.each([
    ['de: Im März 2000 Menschen', 'Im März 2000 Menschen demonstrierten in Berlin.', 'Im März 3000 Menschen demonstrierten in Berlin.', ['number: 2000 / 3000']],
    ['id: Pada Maret 2000 orang', 'Pada Maret 2000 orang berunjuk rasa di Jakarta.', 'Pada Maret 3000 orang berunjuk rasa di Jakarta.', ['number: 2000 / 3000']],
    // as main: the counts stay unpaired, but no month-and-year equivalence hides them
    ['ru: В марте 2000 человек', 'В марте 2000 человек вышли на улицы Москвы.', 'В марте 3000 человек вышли на улицы Москвы.', ['missing: 2000 / -', 'missing: - / 3000 человек']],
    ['pl: W marcu 2000 osób', 'W marcu 2000 osób protestowało w Warszawie.', 'W marcu 3000 osób protestowało w Warszawie.', ['missing: 2000 / -', 'missing: - / 3000 osób']],
    ['es: las 20 personas', 'Murieron las 20 personas que viajaban en el autobús.', 'Murieron las 25 personas que viajaban en el autobús.', ['number: 20 personas / 25 personas']],
    ['es: de las 20 personas', 'Murieron 3 de las 20 personas que viajaban en el autobús.', 'Murieron 3 de las 25 personas que viajaban en el autobús.', ['number: 20 personas / 25 personas']],
    ['es: las 3 víctimas', 'Murieron las 3 víctimas del accidente.', 'Murieron las 4 víctimas del accidente.', ['number: 3 víctimas / 4 víctimas']],
    ['pl: o 0.25 pkt', 'Stopy wzrosły o 0.25 pkt proc. w marcu.', 'Stopy wzrosły o 0.50 pkt proc. w marcu.', ['number: 0.25 pkt / 0.50 pkt']],
    ['pl: wzrosła o 2.50', 'Inflacja wzrosła o 2.50 w marcu.', 'Inflacja wzrosła o 3.50 w marcu.', ['number: 2.50 w / 3.50 w']],
    ['ru: вырос в 1.25 доллара', 'Курс вырос в 1.25 доллара.', 'Курс вырос в 1.35 доллара.', ['number: 1.25 доллара / 1.35 доллара']],
    ['fr: à 24 heures du scrutin', 'Le délai est fixé à 24 heures du scrutin.', 'Le délai est fixé à 48 heures du scrutin.', ['number: 24 heures / 48 heures']],
    ['fr: à 3 heures de route', 'Le village est situé à 3 heures de route de Paris.', 'Le village est situé à 4 heures de route de Paris.', ['number: 3 heures / 4 heures']],
  ])('%s', (_name, a, b, expected) => {
    expect(outcome(a, b)).toEqual(expected)
  })

  it.each([
    ['es: a las 20 horas is a time', 'El acto empezó a las 20 horas.', 'El acto empezó a las 21 horas.', 'date'],
    ['es: a las 9 de la noche is a time', 'El acto empezó a las 9 de la noche.', 'El acto empezó a las 10 de la noche.', 'date'],
    ['fr: à 3 heures du matin is a time', "L'incendie a éclaté à 3 heures du matin.", "L'incendie a éclaté à 4 heures du matin.", 'date'],
    ['pl: o 20.30 is a time', 'Mecz rozpoczął się o 20.30 w sobotę.', 'Mecz rozpoczął się o 21.30 w sobotę.', 'date'],
    ['ru: в марте 2019 года is a month and year', 'Завод закрыли в марте 2019 года.', 'Завод закрыли в марте 2020 года.', 'date'],
    ['vi: tháng 3 năm 2019', 'Nhà máy đóng cửa vào tháng 3 năm 2019.', 'Nhà máy đóng cửa vào tháng 3 năm 2020.', 'date'],
  ])('trap, %s', (_name, a, b, kind) => {
    expect(compare(a, b, { minConfidence: 0 }).divergences.map((d) => d.kind)).toEqual([kind])
  })
})

describe('bugs 6, 8, 9: heights in prime marks, square metres and lists are read for what they are', () => {
  it.each([
    ['en: 6′2″ / 6′4″', 'He is 6′2″ tall, the coach said.', 'He is 6′4″ tall, the coach said.', ['number: 6′2″ / 6′4″']],
    ['vi: 1m2 is a square metre', 'Căn phòng rộng 1m2 được dùng làm kho.', 'Căn phòng rộng 1 m2 được dùng làm kho.', ['missing: - / 1 m2']],
    ['vi: 1m3 is a cubic metre', 'Mỗi ngày nhà máy bơm 1m3 nước thải ra sông.', 'Mỗi ngày nhà máy bơm 1 m3 nước thải ra sông.', ['missing: - / 1 m3']],
    ['en: 2m3 is no height', 'The village lies 2m3 below sea level.', 'The village lies 2 m below sea level.', ['missing: - / 2 m']],
    ['vi: lần lượt 5 km và 800 m is a list', 'Hai tuyến đường mới dài lần lượt 5 km và 800 m.', 'Tuyến đường mới dài 5 km.', ['missing: 800 m / -']],
    ['en: 5 km and 800 m respectively is a list', 'The two new roads are 5 km and 800 m long respectively.', 'The new road is 5 km long.', ['missing: 800 m / -']],
    ['ru: 5 км и 800 м is a list', 'Две новые дороги длиной 5 км и 800 м соответственно.', 'Новая дорога длиной 5 км.', ['missing: 800 м / -']],
    ['vi: 5 kg và 800 g is a list', 'Hai ngư dân bắt được hai con cá nặng 5 kg và 800 g.', 'Ngư dân bắt được con cá nặng 5 kg.', ['missing: 800 g / -']],
    // traps: a compound written without a join, feet and inches with one
    ['vi: 5 km 800 m is one length', 'Tuyến đường mới dài 5 km 800 m.', 'Tuyến đường mới dài 5,8 km.', ['EQ unit: 5 km 800 m / 5,8 km']],
    ['en: 6 feet and 2 inches / 6 feet and 4 inches', 'He stands 6 feet and 2 inches, the coach said.', 'He stands 6 feet and 4 inches, the coach said.', ['number: 6 feet and 2 inches / 6 feet and 4 inches']],
  ])('%s', (_name, a, b, expected) => {
    expect(outcome(a, b)).toEqual(expected)
  })
})
