/**
 * One event's weekday told with two verbs of that event (days47, the DUC miss *went down Saturday*
 * / *sank on Sunday*): a ship that sank, capsized or went down; a plane that crashed or went down.
 * The verbs of one event are a small table (weekday-verbs.ts), not a stem match: *took off* and
 * *crashed* are two steps of one flight, *went home* no sinking, *arrested* another event.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(thứ|Thứ|Chủ|chủ|samedi|dimanche|lundi|sábado|domingo|Sabtu|Minggu|Senin)/u
const weekdayPairs = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'date' && WEEKDAY.test(d.a?.text ?? '') && WEEKDAY.test(d.b?.text ?? ''))
    .map((d) => [d.a!.text, d.b!.text])

const EN = (verb: string, day: string) => `The overloaded ferry ${verb} ${day} off the coast of Bali with more than 200 passengers aboard, officials said.`

describe('the weekday of one event told with two of its verbs', () => {
  it.each([
    ['en trap: two steps of one flight', 'The plane took off Saturday from Jakarta with 189 people aboard, officials said.', 'The plane crashed Sunday into the Java Sea with 189 people aboard, officials said.', []],
    ['en trap: went, but not down', 'The survivors went home Saturday after a night in the port of Bali, officials said.', EN('sank on', 'Sunday'), []],
    ['en trap: an arrest and a sinking', 'Police arrested the captain of the ferry Monday off the coast of Bali, officials said.', EN('sank on', 'Sunday'), []],
    ['en trap: the same day, two verbs', EN('went down', 'Saturday'), EN('sank on', 'Saturday'), []],
    ['en trap: shares went down', 'Shares of the ferry operator went down on Monday after the accident off Bali, traders said.', 'The ferry operated by the company sank on Tuesday off Bali, police said.', []],
    ['en trap: power went down', 'Power went down on Friday across the island before the ferry sank off Bali, police said.', 'The ferry sank on Saturday off Bali, police said.', []],
    ['en trap: went down to the harbour', 'Relatives went down to the harbour on Sunday after the ferry sank off Bali, police said.', 'The ferry sank off Bali on Saturday, and relatives gathered at the harbour, police said.', []],
    ['en trap: a ferry went down to the port', 'The ferry went down to the port of Bali on Sunday with 200 passengers aboard, police said.', 'The ferry sank off Bali on Saturday with 200 passengers aboard, police said.', []],
    ['en trap: markets crashed, a ferry went down', 'Stock markets crashed on Monday as the ferry disaster unfolded, analysts said.', 'The ferry went down on Sunday near Bali as the disaster unfolded, officials said.', []],
    ['en trap: a website went down, a jet crashed', 'The airline website went down on Monday after the crash, officials said.', 'The airline jet crashed on Sunday, officials said.', []],
    ['es trap: a bus overturned, a ferry sank', 'El autobús volcó el sábado en la carretera y luego el ferry se hundió, dijo la policía.', 'El ferry se hundió el domingo cerca de Bali, dijo la policía.', []],
    ['fr trap: a market sank figuratively', 'La Bourse de Jakarta a sombré lundi après le naufrage.', 'Le ferry a coulé dimanche au large de Bali.', []],
    ['id trap: prices fell, a ship sank', 'Harga saham perusahaan pelayaran itu jatuh pada Senin di Jakarta.', 'Kapal perusahaan pelayaran itu tenggelam pada Minggu di perairan Bali.', []],
    ['id: one sentence but its weekday', 'Kapal itu tenggelam pada Sabtu malam di perairan Bali.', 'Kapal itu tenggelam pada Minggu malam di perairan Bali.', [['Sabtu', 'Minggu']]],
    ['id: tenggelam / karam', 'Kapal feri itu tenggelam pada Sabtu di perairan Bali dengan 200 penumpang.', 'Kapal feri itu karam pada Minggu di perairan Bali dengan 200 penumpang.', [['Sabtu', 'Minggu']]],
    ['en: a vessel went down / sank', 'The ferry went down on Saturday off the coast of Bali with more than 200 passengers aboard, officials said.', EN('sank on', 'Sunday'), [['Saturday', 'Sunday']]],
    ['en: went down / sank', EN('went down', 'Saturday'), EN('sank on', 'Sunday'), [['Saturday', 'Sunday']]],
    ['en: capsized / sank', EN('capsized on', 'Saturday'), EN('sank', 'Sunday'), [['Saturday', 'Sunday']]],
    ['vi: chìm / đắm, one sentence otherwise', 'Con tàu chở hơn 200 hành khách chìm hôm thứ Bảy ngoài khơi đảo Bali, nhà chức trách cho biết.', 'Con tàu chở hơn 200 hành khách bị đắm hôm Chủ nhật ngoài khơi đảo Bali, nhà chức trách cho biết.', [['thứ Bảy', 'Chủ nhật']]],
    ['fr: a coulé / a chaviré, one sentence otherwise', 'Le ferry surchargé a coulé samedi au large de Bali avec plus de 200 passagers à bord.', 'Le ferry surchargé a chaviré dimanche au large de Bali avec plus de 200 passagers à bord.', [['samedi', 'dimanche']]],
  ])('%s', (_why, a, b, want) => {
    expect(weekdayPairs(a, b)).toEqual(want)
  })
})
