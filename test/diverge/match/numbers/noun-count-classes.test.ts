import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const enBase = 'The crowd cheered as the lights came up over the square.'
const viBase = 'Khán giả reo hò khi ánh đèn bừng sáng trên quảng trường.'
const frBase = 'La foule a applaudi quand les lumières se sont allumées sur la place.'

/**
 * One set of people two outlets count under two nouns of one class (noun-count-classes.ts): the
 * performers of one ceremony, "15.000 acteurs" / "14.000 figurants" (RPM2, test/fixtures/rpm2),
 * told in sentences the aligner does not link.
 */
describe('one count of performers told under two nouns', () => {
  it.each([
    ['fr: acteurs / figurants', `Quelque 15.000 acteurs participent à cette grand-messe. ${frBase}`, `${frBase} Le stade accueillait 14.000 figurants sur la pelouse.`, ['15.000 acteurs', '14.000 figurants']],
    ['fr: participants / figurants', `Le spectacle accueille 15.000 participants. ${frBase}`, `${frBase} Le stade accueillait 14.000 figurants sur la pelouse.`, ['15.000 participants', '14.000 figurants']],
    ['en: performers / actors', `The opening ceremony featured 15,000 performers. ${enBase}`, `${enBase} Organisers counted 14,000 actors on the field.`, ['15,000 performers', '14,000 actors']],
    ['vi: diễn viên / nghệ sĩ', `Tổng cộng 15.000 diễn viên tham gia buổi lễ. ${viBase}`, `${viBase} Sân vận động có 14.000 nghệ sĩ trên sân cỏ.`, ['15.000 diễn', '14.000 nghệ']],
  ])('flags — %s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([pair])
  })

  it.each([
    ['fr: a generic noun (personnes) counts anyone', `Quelque 15.000 personnes participent à cette grand-messe. ${frBase}`, `${frBase} Le stade accueillait 14.000 figurants sur la pelouse.`],
    ['fr: one report tells two sets of the class apart', `Quelque 15.000 figurants et 3.000 acteurs professionnels participent à la cérémonie. ${frBase}`, `${frBase} Le stade accueillait 14.000 figurants sur la pelouse.`],
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
