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
 * The main count of one counted noun in each report, told in sentences the aligner does not link
 * (issue 11): "205 délégations en tout" / "Les 204 délégations présentes", "Máy bay chở 180 hành
 * khách" / "186 hành khách". Each row must give its one number contradiction.
 */
describe('one counted noun\'s main figure on each side, in unlinked sentences', () => {
  it.each([
    ['fr: délégations', `Les trois heures de spectacle ont vu défiler 205 délégations en tout. ${frBase}`, `${frBase} Les 204 délégations présentes à Pékin ont ensuite défilé dans le stade.`, ['205 délégations', '204 délégations']],
    ['fr: a part beside the whole (des 123)', `Aucune des 123 délégations qui avaient défilé auparavant n'avait été sifflée. Le défilé a réuni 205 délégations en tout. ${frBase}`, `${frBase} Les 204 délégations présentes à Pékin ont ensuite défilé dans le stade.`, ['205 délégations', '204 délégations']],
    ['en: delegations', `In all, 205 delegations marched into the stadium. ${enBase}`, `${enBase} The 204 delegations present then paraded around the track.`, ['205 delegations', '204 delegations']],
    ['vi: hành khách', `Máy bay chở 180 hành khách phải quay đầu vì động cơ bốc cháy. ${viBase}`, `${viBase} Theo hãng, chuyến bay có 186 hành khách khi cất cánh từ Guadalajara.`, ['180 hành', '186 hành']],
    ['vi: a capacity is no count of those on board', `Máy bay chở 180 hành khách phải quay đầu. Chuyến bay VB518 có sức chứa 200 hành khách. ${viBase}`, `${viBase} Hãng cho biết 186 hành khách đã an toàn.`, ['180 hành', '186 hành']],
    ['en: none of the passengers were hurt counts them all', `A plane carrying 180 passengers turned back after an engine fire. ${enBase}`, `${enBase} None of the crew or the 186 passengers were injured, the airline said.`, ['180 passengers', '186 passengers']],
    ['fr: chefs', `Les dirigeants chinois accueillent 90 chefs d'État du monde entier. ${frBase}`, `${frBase} On comptait 80 chefs d'Etats dans les tribunes.`, ['90 chefs', '80 chefs']],
  ])('%s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([pair])
  })
})

/** Counts of one noun that are not one slot: whatever pairs main figures must leave these without a number contradiction. */
describe('counts of one noun in unlinked sentences that stay apart', () => {
  it.each([
    ['en: two planes in one report', `One plane carried 180 passengers and a second plane carried 150 passengers. ${enBase}`, `${enBase} The airline said 186 passengers were on the flight.`],
    ['en: passengers against crew', `The plane carried 180 passengers from Guadalajara. ${enBase}`, `${enBase} The airline said 6 crew members were on board.`],
    ['vi: hành khách against phi hành đoàn', `Máy bay chở 180 hành khách từ Guadalajara. ${viBase}`, `${viBase} Hãng cho biết có 6 thành viên phi hành đoàn trên máy bay.`],
    ['fr: pays against délégations (other nouns)', `On attend 10.624 athlètes venus de 204 pays. ${frBase}`, `${frBase} Les trois heures de spectacle ont vu défiler 205 délégations en tout.`],
    ['en: the country count of another Games', `At the 2004 Games in Athens, 201 delegations took part. ${enBase}`, `${enBase} The 204 delegations present then paraded around the track.`],
    ['fr: délégations d\'autres Jeux (une année)', `A Athènes en 2004, 201 délégations avaient défilé. ${frBase}`, `${frBase} Les 204 délégations présentes à Pékin ont ensuite défilé dans le stade.`],
    ['en: a part (of whom)', `The 312 French athletes marched behind their flag. ${enBase}`, `${enBase} In all, 10,600 athletes will compete in the Games.`],
    ['fr: une part (dont)', `Le stade comptait 91.000 spectateurs, dont quelque 80 chefs d'Etat. ${frBase}`, `${frBase} Les dirigeants chinois accueillent 90 chefs d'État du monde entier.`],
    ['en: a forecast', `Organisers expect 12,000 volunteers could join next week. ${enBase}`, `${enBase} Some 10,000 volunteers worked at the venue on Friday.`],
    ['vi: an injured count is a toll, not a passenger count', `Máy bay chở 180 hành khách phải quay đầu. ${viBase}`, `${viBase} Vụ việc khiến 12 hành khách bị thương nhẹ.`],
    ['vi: a magnitude is a measure, not a count', `Trận động đất mạnh 6,1 độ richter xảy ra ở Aceh. ${viBase}`, `${viBase} Một dư chấn mạnh 5,2 độ richter xảy ra sau đó.`],
    ['en: temperatures in degrees', `The heat reached 41 degrees in the city on Monday. ${enBase}`, `${enBase} Forecasters said it would be 38 degrees by noon.`],
    ['fr: les heures d\'un spectacle sont une durée', `Le spectacle a duré trois heures. ${frBase}`, `${frBase} La fête a tenu quatre heures en tout.`],
    ['en: seasons are a span of time (MSRP 257789)', `Knight had 29 interceptions in his years with the Saints, including 17 the last three seasons. ${enBase}`, `${enBase} Knight has played six seasons, all with New Orleans.`],
    ['en: injured passengers are a toll', `A plane carrying 180 passengers turned back after an engine fire. ${enBase}`, `${enBase} Twelve passengers were injured in the evacuation.`],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})
