import { describe, expect, it } from 'vitest'
import { numberFlags, enBase, viBase, frBase } from './_unlinked-counts'

/**
 * One set of people two outlets count under two nouns of one class (noun-count-classes.ts): the
 * performers of one ceremony, "15.000 acteurs" / "14.000 figurants" (RPM2, test/fixtures/rpm2),
 * told in sentences the aligner does not link.
 */
describe('one count of performers told under two nouns', () => {
  it.each([
    ['fr: acteurs / figurants', `Quelque 15.000 acteurs participent à cette grand-messe. ${frBase}`, `${frBase} Le stade accueillait 14.000 figurants sur la pelouse.`, ['15.000 acteurs', '14.000 figurants']],
    ['en: performers / actors', `The opening ceremony featured 15,000 performers. ${enBase}`, `${enBase} Organisers counted 14,000 actors on the field.`, ['15,000 performers', '14,000 actors']],
    ['fr: figurants / acteurs, the other way', `Le stade accueillait 9.000 figurants. ${frBase}`, `${frBase} Quelque 8.000 acteurs participent à la cérémonie.`, ['9.000 figurants', '8.000 acteurs']],
  ])('flags — %s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([pair])
  })

  it.each([
    ['fr: a generic noun (personnes) counts anyone', `Quelque 15.000 personnes participent à cette grand-messe. ${frBase}`, `${frBase} Le stade accueillait 14.000 figurants sur la pelouse.`],
    ['fr: one report tells two sets of the class apart', `Quelque 15.000 figurants et 3.000 acteurs professionnels participent à la cérémonie. ${frBase}`, `${frBase} Le stade accueillait 14.000 acteurs sur la pelouse.`],
    ['fr: another Games (a year)', `A Athènes en 2004, 10.000 figurants avaient défilé. ${frBase}`, `${frBase} Quelque 12.000 acteurs participent à la grand-messe de Pékin.`],
    ['fr: a noun outside the class (athlètes)', `Les 10.600 athlètes participent aux épreuves. ${frBase}`, `${frBase} Le stade accueillait 14.000 figurants sur la pelouse.`],
    ['en: people counts anyone', `The opening ceremony featured 15,000 people. ${enBase}`, `${enBase} Organisers counted 14,000 actors on the field.`],
    ['en: values far apart (a part)', `The opening ceremony featured 15,000 performers. ${enBase}`, `${enBase} Organisers counted 2,000 actors on the field.`],
    ['vi: người counts anyone', `Khoảng 15.000 người tham gia buổi lễ. ${viBase}`, `${viBase} Sân vận động có 14.000 nghệ sĩ trên sân cỏ.`],
    ['vi: another year', `Năm 2004, 10.000 diễn viên đã tham gia lễ khai mạc ở Athens. ${viBase}`, `${viBase} Sân vận động có 12.000 nghệ sĩ trên sân cỏ.`],
    ['en: "extra" is an adjective as often as a noun (extra officers)', `The city deployed 500 extra officers for the ceremony. ${enBase}`, `${enBase} Organisers counted 450 performers on the field.`],
  ])('stays quiet — %s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

const en = 'The crowd cheered as the lights came up over the square.'
const fr = 'La foule a applaudi quand les lumières se sont allumées sur la place.'
const vi = 'Khán giả reo hò khi ánh đèn bừng sáng trên quảng trường.'

/**
 * Review ramounts52: "participant" (athletes, survey respondents, delegates) and "artiste" / "nghệ sĩ"
 * (any artist) count other sets than a show's performers, so they are no class's.
 */
describe('generic nouns of taking part and of art stay out of the class', () => {
  it.each([
    ['fr: participants (athletes) / figurants', `Les Jeux accueillent 10.500 participants. ${fr}`, `${fr} Le stade accueillait 9.000 figurants sur la pelouse.`],
    ['en: participants of a survey / performers', `The survey of the festival had 1,500 participants. ${en}`, `${en} The festival featured 1,000 performers.`],
    ['fr: participants of a survey / artistes', `L'enquête sur le festival a compté 1.500 participants. ${fr}`, `${fr} Le festival a accueilli 1.000 artistes.`],
    ['vi: nghệ sĩ (a festival\'s artists) / diễn viên', `Liên hoan phim có sự góp mặt của 120 nghệ sĩ. ${vi}`, `${vi} Thảm đỏ đón 90 diễn viên.`],
    ['fr: participants / figurants of one show', `Le spectacle accueille 15.000 participants. ${fr}`, `${fr} Le stade accueillait 14.000 figurants sur la pelouse.`],
  ])('stays quiet — %s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** Review ramounts52: a report counting two sets of the class has no class figure, but each noun keeps its own slot. */
describe('two sets of the class in one report: each noun still pairs by itself', () => {
  it.each([
    ['en: participants and actors / participants', `The marathon drew 15,000 participants and 40 actors. ${en}`, `${en} Organisers counted 14,000 participants on the route.`, ['15,000 participants', '14,000 participants']],
    ['en: performers and actors / performers', `The ceremony featured 15,000 performers and 200 actors. ${en}`, `${en} Organisers counted 14,000 performers on the field.`, ['15,000 performers', '14,000 performers']],
    ['fr: figurants et acteurs / figurants', `La cérémonie accueille 15.000 figurants et 200 acteurs. ${fr}`, `${fr} Le stade accueillait 14.000 figurants sur la pelouse.`, ['15.000 figurants', '14.000 figurants']],
    ['vi: diễn viên và nghệ sĩ / diễn viên', `Buổi lễ có 300 diễn viên và 20 nghệ sĩ. ${vi}`, `${vi} Sân khấu đón 250 diễn viên.`, ['300 diễn', '250 diễn']],
  ])('flags — %s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toContainEqual(pair)
  })
})
