import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { DateFact, NumberFact } from '../../../../src/diverge/extract/fact'
import { foldWord } from '../../../../src/normalize/fold'
import { atAMoment, predicateOf, predicatesAgree, saidOn } from '../../../../src/diverge/match/numbers/noun-count-predicates'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/**
 * One noun counted in two reports where the two clauses say different things happened to it
 * (review rcounts45): two sets of one noun, each rightly told, never one misreported count.
 */
describe('counts of one noun whose clauses tell different happenings stay apart', () => {
  it.each([
    ['en: opened the hatch / descended (number words, a shared "with")', 'Two divers opened the hatch with special tools.', 'Four divers descended with cameras.'],
    ['en: pulled from / seen from (a shared "from")', 'Divers pulled two bodies from the wreck.', 'Four bodies were seen from the surface.'],
    ['en: removed two engines / the plane\'s four engines (a whole it has)', 'Investigators removed two engines from the crash site on Tuesday. The airline said it was cooperating.', "Searchers found remains from the plane's four engines scattered across the field. The airline said it was cooperating."],
    ['fr: avait 4 moteurs / a récupéré 3 moteurs', "L'avion avait 4 moteurs selon le constructeur.", 'Les enquêteurs ont récupéré 3 moteurs dans la rivière.'],
    ['fr: avait 4 moteurs / a retrouvé 3 moteurs', 'Le Boeing avait 4 moteurs.', 'Les enquêteurs ont retrouvé 3 moteurs dans la rivière.'],
    ['es: tenía 4 motores / han recuperado 3 motores', 'El avión tenía 4 motores.', 'Los investigadores han recuperado 3 motores del río.'],
    ['en: at first / later (moments of a running count)', 'At first 40 volunteers joined the search.', 'Later 60 volunteers came from nearby villages to help.'],
    ['en: the first of 40 is a part', 'The first of 40 volunteers arrived at dawn.', 'Some 60 volunteers joined the search.'],
    ['en: arrived / registered', 'About 50 delegations arrived in the capital on the first day.', 'Some 90 delegations registered for the summit.'],
    ['fr: étaient arrivées / se sont inscrites', 'Quelque 50 délégations étaient arrivées vendredi soir.', 'Au total, 90 délégations se sont inscrites au sommet.'],
    ['vi: huy động 30 xe / công ty có 45 xe', 'Thành phố đã huy động 30 xe để chở người dân đến nơi an toàn.', 'Công ty có 45 xe chở khách hoạt động trên tuyến này.'],
    ['vi: có 60 xe được huy động / công ty có 100 xe', 'Có 60 xe được huy động để sơ tán người dân.', 'Công ty có 100 xe đang hoạt động bình thường.'],
    ['en: runs 30 buses / deployed 45 buses', 'The company runs 30 buses on the route.', 'Authorities deployed 45 buses to evacuate residents.'],
    ['en: closed 120 schools / 200 schools used as shelters', 'Authorities closed 120 schools across the province.', 'About 200 schools were used as shelters.'],
    ['en: registered / attended', '300 journalists registered to cover the summit.', '250 journalists attended the opening press conference.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/** The same happening told in other words, or a count with no predicate of its own, still pairs; so does a count dated only by its statement. */
describe('counts of one noun whose clauses agree still pair', () => {
  it.each([
    ['en: arrived / came', 'In all, 50 delegations arrived for the summit.', 'Organisers said 60 delegations came to the summit.', ['50 delegations', '60 delegations']],
    ['fr: défileront / ont défilé', 'Au total, 205 délégations défileront dans le stade.', 'Les 204 délégations ont défilé dans le stade.', ['205 délégations', '204 délégations']],
    ['vi: huy động / huy động', 'Thành phố đã huy động 30 xe buýt để sơ tán người dân.', 'Chính quyền huy động 45 xe buýt cho cuộc sơ tán.', ['30 xe', '45 xe']],
    ['en: a statement day is not the count\'s date', 'The navy said Thursday that 116 sailors were on board the Kursk.', 'The Kursk sank on Saturday with 118 sailors on board.', ['116 sailors', '118 sailors']],
    ['fr: a déclaré jeudi', 'La marine a déclaré jeudi que 116 marins étaient à bord du Koursk.', 'Le Koursk a coulé samedi avec 118 marins à bord.', ['116 marins', '118 marins']],
  ])('%s', (_label, a, b, pair) => {
    expect(numberFlags(a, b)).toEqual([pair])
  })
})

const words = (text: string): string[] => text.split(' ').filter((w) => w !== '').map(foldWord)
const plural = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w)
/** A count as the extractor gives it: its words before and its clause after, noun first. */
const count = (before: string, clause: string): NumberFact => ({ type: 'number', kind: 'count', value: 3, text: '3', unit: '', before: words(before), clause: words(clause) }) as unknown as NumberFact

/** Two clauses around one noun: whether they tell one happening (or nothing that differs). */
describe('predicates of a count', () => {
  it.each([
    ['en: arrived / came', '', 'delegations arrived in', '', 'delegations came to', 'delegation', true],
    ['en: arrived / registered', '', 'delegations arrived in', '', 'delegations registered for', 'delegation', false],
    ['en: with … aboard / had … on board', 'sank with', 'sailors aboard', 'the kursk had', 'sailors on board', 'sailor', true],
    ["en: the plane's four / removed two", "the plane's", 'engines scattered', 'investigators removed', 'engines from', 'engine', false],
    ['en: said / were on the flight (saying is no predicate)', 'the airline said', 'passengers were on', 'plane took off with', 'passengers', 'passenger', true],
    ['fr: défileront / ont défilé', 'au total ,', 'délégations défileront dans', 'les', 'délégations ont défilé dans', 'délégation', true],
    ['fr: avait / ont récupéré', "l'avion avait", 'moteurs selon', 'les enquêteurs ont récupéré', 'moteurs dans', 'moteur', false],
    ['es: tenía / han recuperado', 'el avión tenía', 'motores', 'los investigadores han recuperado', 'motores del', 'motor', false],
    ['es: con … a bordo / llevaba', 'se hundió con', 'marineros a bordo', 'kursk llevaba', 'marineros cuando', 'marinero', true],
    ['vi: huy động / huy động', 'thành phố đã huy động', 'xe buýt để', 'chính quyền huy động', 'xe buýt cho', 'xe buýt', true],
    ['vi: huy động / công ty có (a fleet it has)', 'đã huy động', 'xe để chở', 'công ty có', 'xe chở khách', 'xe', false],
    ['vi: có … được huy động / công ty có', 'có', 'xe được huy động', 'công ty có', 'xe đang hoạt động', 'xe', false],
    ['vi: chở … phải quay đầu / có … khi cất cánh (the outer clause\'s verb is no predicate)', 'máy bay chở', 'hành khách phải quay đầu', 'chuyến bay có', 'hành khách khi cất cánh', 'hành khách', true],
  ])('%s', (_label, beforeA, clauseA, beforeB, clauseB, noun, agree) => {
    const [x, y] = [predicateOf(count(beforeA, clauseA), noun, false, plural), predicateOf(count(beforeB, clauseB), noun, false, plural)]
    expect(predicatesAgree(x, y)).toBe(agree)
  })
})

/** A moment word opening a count's clause: a step of a running count, never its main figure. */
describe('a count at one moment', () => {
  it.each([
    ['en: at first', 'at first', true],
    ['en: later', 'later', true],
    ['vi: ban đầu có', 'ban đầu có', true],
    ['vi: sau đó', 'sau đó', true],
    ['fr: d\'abord', "d'abord", true],
    ['fr: d\'abord split at its apostrophe', "d abord", true],
    ['es: al principio', 'al principio', true],
    ['en trap: the first day is no moment of the count', 'on the first day ,', false],
    ['vi trap: sau khi', 'sau khi tàu chìm ,', false],
    ['fr trap: au total', 'au total ,', false],
  ])('%s', (_label, lead, moment) => {
    expect(atAMoment(words(lead))).toBe(moment)
  })
})

/** A day right after a verb of saying dates the statement, not the count it reports. */
describe('a statement day', () => {
  const day = (before: string): DateFact => ({ type: 'date', before: words(before) }) as unknown as DateFact
  it.each([
    ['en: said Thursday', 'the navy said', true],
    ['en: said on Thursday', 'navy said on', true],
    ['vi: cho biết hôm thứ Năm', 'cho biết hôm', true],
    ['fr: a déclaré jeudi', 'marine a déclaré', true],
    ['es: dijo el jueves', 'armada dijo el', true],
    ['en trap: sank on Saturday', 'kursk sank on', false],
    ['vi trap: chìm hôm thứ Bảy', 'tàu kursk chìm hôm', false],
    ['fr trap: a coulé samedi', 'koursk a coulé', false],
  ])('%s', (_label, before, said) => {
    expect(saidOn(day(before))).toBe(said)
  })
})
