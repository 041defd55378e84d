/**
 * One event's weekday told with two verbs of that event (days47, the DUC miss *went down Saturday*
 * / *sank on Sunday*): a ship that sank, capsized or went down; a plane that crashed or went down.
 * The verbs of one event are a small table (weekday-verbs.ts), not a stem match: *took off* and
 * *crashed* are two steps of one flight, *went home* no sinking, *arrested* another event.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(thứ|Thứ|Chủ|chủ|samedi|dimanche)/u
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
    ['en: went down / sank', EN('went down', 'Saturday'), EN('sank on', 'Sunday'), [['Saturday', 'Sunday']]],
    ['en: capsized / sank', EN('capsized on', 'Saturday'), EN('sank', 'Sunday'), [['Saturday', 'Sunday']]],
    ['vi: chìm / đắm, one sentence otherwise', 'Con tàu chở hơn 200 hành khách chìm hôm thứ Bảy ngoài khơi đảo Bali, nhà chức trách cho biết.', 'Con tàu chở hơn 200 hành khách bị đắm hôm Chủ nhật ngoài khơi đảo Bali, nhà chức trách cho biết.', [['thứ Bảy', 'Chủ nhật']]],
    ['fr: a coulé / a chaviré, one sentence otherwise', 'Le ferry surchargé a coulé samedi au large de Bali avec plus de 200 passagers à bord.', 'Le ferry surchargé a chaviré dimanche au large de Bali avec plus de 200 passagers à bord.', [['samedi', 'dimanche']]],
  ])('%s', (_why, a, b, want) => {
    expect(weekdayPairs(a, b)).toEqual(want)
  })
})
