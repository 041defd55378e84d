/**
 * One incident's toll told in two German reports' unlinked sentences. German capitalises every
 * noun, so the clause rules read *Anschlag*, *Stadt*, *Explosion* as entities and set the two tolls
 * apart as "clauses about different places or entities"; a clause's names in a German sentence are
 * now the name reader's (capitalised-nouns.ts). The same shapes in English and Vietnamese were
 * already paired and stay so; the traps (two towns, last year's toll, a count over past weeks, the
 * injured against the dead, a province against the country, two people's ages) stay quiet in each
 * language. Sentences written for the tests after the wire shapes of the shared corpora.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const flags = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

const linkedAny = (a: string, b: string): boolean => compare(a, b).alignments.length > 0

const DE_AFRIN = 'Bei einem Anschlag in der Stadt Afrin sind mindestens 20 Menschen getötet worden. Ein Tanklaster explodierte auf einem Markt.'
const EN_AFRIN = 'A bomb attack in the town of Afrin killed at least 20 people. A tanker exploded on a market.'
const VI_AFRIN = 'Một vụ đánh bom tại thị trấn Afrin làm ít nhất 20 người chết. Một xe bồn phát nổ ở chợ.'

describe('one incident\'s toll across unlinked sentences is flagged, whatever the language capitalises', () => {
  it.each([
    ['de: ums Leben, nouns on both sides', DE_AFRIN, 'Die Türkei macht die YPG verantwortlich. Bei der Explosion in Afrin kamen 47 Menschen ums Leben. Die Miliz wies die Vorwürfe zurück.', '20 Menschen | 47 Menschen'],
    ['de: starben, a town and its municipality', 'Ein Reisebus ist auf Madeira von der Straße abgekommen. Bei dem Unglück in der Gemeinde Caniço starben 29 Menschen. Die Regierung ordnete Staatstrauer an.', 'Nach dem Absturz eines Busses auf Madeira hat Portugal drei Tage Staatstrauer angeordnet. In Caniço kamen 31 Menschen ums Leben, die meisten aus Deutschland.', '29 Menschen | 31 Menschen'],
    ['en: killed / died', 'A car bomb exploded in a crowded market in the town of Afrin on Tuesday. At least 20 people were killed. Turkey blamed Kurdish militants.', 'A bomb attack in Afrin has killed 47 people. The YPG denied any role. Ambulances rushed to the scene.', '20 people | 47 people'],
    ['vi: chết / thiệt mạng', 'Một xe buýt du lịch lao khỏi đường trên đảo Madeira. Vụ tai nạn tại thị trấn Caniço làm 29 người chết. Chính phủ tuyên bố quốc tang.', 'Sau vụ tai nạn xe buýt trên đảo Madeira, Bồ Đào Nha để quốc tang ba ngày. Tại Caniço, 31 người đã thiệt mạng, phần lớn đến từ Đức.', '29 người | 31 người'],
  ])('%s', (_name, a, b, expected) => {
    // the point of the case: the aligner leaves the two sentences apart
    expect(linkedAny(a, b)).toBe(false)
    expect(flags(a, b)).toEqual([expected])
  })
})

describe('two tolls that are two slots stay quiet', () => {
  it.each([
    ['de: two towns', DE_AFRIN, 'Die Türkei macht die YPG verantwortlich. Bei einer Explosion in Aleppo kamen 47 Menschen ums Leben. Die Miliz wies die Vorwürfe zurück.'],
    ['en: two towns', EN_AFRIN, 'Turkey blamed the YPG. An explosion in Aleppo killed 47 people. The militia denied the accusations.'],
    ['vi: two towns', VI_AFRIN, 'Thổ Nhĩ Kỳ đổ lỗi cho YPG. Một vụ nổ ở Aleppo làm 47 người thiệt mạng. Lực lượng này bác bỏ cáo buộc.'],
    ['de: last year\'s toll (im vergangenen Jahr)', DE_AFRIN, 'Die Türkei macht die YPG verantwortlich. Im vergangenen Jahr kamen bei einem Anschlag in Afrin 47 Menschen ums Leben. Die Miliz wies die Vorwürfe zurück.'],
    ['de: last year\'s toll (letztes Jahr, starben)', DE_AFRIN, 'Die Türkei macht die YPG verantwortlich. Letztes Jahr starben bei einem Anschlag in Afrin 47 Menschen. Die Miliz wies die Vorwürfe zurück.'],
    ['en: last year\'s toll', EN_AFRIN, 'Turkey blamed the YPG. Last year 47 people died in an attack in Afrin. The militia denied the accusations.'],
    ['vi: last year\'s toll', VI_AFRIN, 'Thổ Nhĩ Kỳ đổ lỗi cho YPG. Năm ngoái, một vụ đánh bom ở Afrin làm 47 người thiệt mạng. Lực lượng này bác bỏ cáo buộc.'],
    ['de: a count over past weeks', DE_AFRIN, 'Die Türkei macht die YPG verantwortlich. In den vergangenen Wochen kamen bei Anschlägen in Afrin 47 Menschen ums Leben.'],
    ['de: the injured against the dead', 'Ein Reisebus ist auf Madeira von der Straße abgekommen. Bei dem Unglück in der Gemeinde Caniço starben 29 Menschen.', 'Nach dem Absturz eines Busses auf Madeira hat Portugal Staatstrauer angeordnet. In Caniço wurden 27 Menschen verletzt, die meisten aus Deutschland.'],
    ['de: a province against the country', 'Bei dem Erdbeben in der Provinz Sichuan sind mindestens 20 Menschen ums Leben gekommen. Viele Häuser stürzten ein.', 'Landesweit starben durch das Unwetter in China 47 Menschen. Die Regierung schickte Helfer.'],
    ['de: two people\'s ages', 'Der Fahrer, ein 45 Jahre alter Mann aus Krefeld, wurde festgenommen. Die Polizei ermittelt.', 'Die Ermittler sprechen von einem Unfall. Das Opfer, eine 38 Jahre alte Frau aus Köln, starb im Krankenhaus.'],
  ])('%s', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})

describe('a short English sentence read as German keeps its names', () => {
  it('the member of a respectively-list written two ways (Da Nang / Danang) is still one entity', () => {
    expect(flags('Hanoi and Da Nang recorded 30 and 20 cases, respectively, last week.', 'Danang recorded 25 cases last week, the ministry said.')).toEqual(['20 cases | 25 cases'])
  })
})

// Review runlinked54: each row flagged a German pair of two slots once German clauses paired.
const DE_B = 'Die Türkei macht die YPG verantwortlich.'
const EN_B = 'Turkey blamed the YPG.'
const VI_B = 'Thổ Nhĩ Kỳ đổ lỗi cho YPG.'

describe('review runlinked54: two counts or two slots stay quiet', () => {
  it.each([
    // B1: the counted noun sets a class of victims apart
    ['de: soldiers / civilians', 'Bei einem Anschlag in der Stadt Afrin sind 20 Soldaten getötet worden. Die Polizei ermittelt.', `${DE_B} Bei der Explosion in Afrin kamen 47 Zivilisten ums Leben.`],
    ['en: soldiers / civilians', 'A bomb attack in the town of Afrin killed 20 soldiers. The police are investigating.', `${EN_B} The explosion in Afrin killed 47 civilians.`],
    ['vi: soldiers / civilians', 'Một vụ đánh bom tại thị trấn Afrin làm 20 binh sĩ thiệt mạng. Cảnh sát đang điều tra.', `${VI_B} Vụ nổ ở Afrin làm 47 dân thường thiệt mạng.`],
    ['de: children / people', 'Bei einem Anschlag in der Stadt Afrin sind 20 Kinder getötet worden. Die Polizei ermittelt.', `${DE_B} Bei der Explosion in Afrin kamen 47 Menschen ums Leben.`],
    ['en: children / people', 'A bomb attack in the town of Afrin killed 20 children. The police are investigating.', `${EN_B} The explosion in Afrin killed 47 people.`],
    ['vi: children / people', 'Một vụ đánh bom tại thị trấn Afrin làm 20 trẻ em thiệt mạng. Cảnh sát đang điều tra.', `${VI_B} Vụ nổ ở Afrin làm 47 người thiệt mạng.`],
    ['de: people / women', DE_AFRIN, `${DE_B} Bei der Explosion in Afrin kamen 11 Frauen ums Leben.`],
    ['en: people / women', EN_AFRIN, `${EN_B} The explosion in Afrin killed 11 women.`],
    // B2: a past attack or a running count
    ['de: vor zwei Jahren', DE_AFRIN, `${DE_B} Vor zwei Jahren kamen bei einem Anschlag in Afrin 47 Menschen ums Leben.`],
    ['en: two years ago', EN_AFRIN, `${EN_B} Two years ago 47 people died in an attack in Afrin.`],
    ['vi: hai năm trước', VI_AFRIN, `${VI_B} Hai năm trước, một vụ đánh bom ở Afrin làm 47 người thiệt mạng.`],
    ['de: im Vorjahr', DE_AFRIN, `${DE_B} Im Vorjahr kamen bei einem Anschlag in Afrin 47 Menschen ums Leben.`],
    ['en: the previous year', EN_AFRIN, `${EN_B} The previous year 47 people died in an attack in Afrin.`],
    ['de: seit Jahresbeginn', DE_AFRIN, `${DE_B} Seit Jahresbeginn kamen bei Anschlägen in Afrin 47 Menschen ums Leben.`],
    ['en: since the start of the year', EN_AFRIN, `${EN_B} Since the start of the year 47 people have died in attacks in Afrin.`],
    ['vi: từ đầu năm', VI_AFRIN, `${VI_B} Từ đầu năm, các vụ đánh bom ở Afrin đã làm 47 người thiệt mạng.`],
    ['de: seit Beginn des Krieges', DE_AFRIN, `${DE_B} Seit Beginn des Krieges kamen in Afrin 470 Menschen ums Leben.`],
    ['en: since the war began', EN_AFRIN, `${EN_B} Since the war began 470 people have died in Afrin.`],
    // B3: two countries' tolls
    ['de: der Türkei / im Irak', 'Bei dem Beben in der Türkei starben mindestens 20 Menschen. Viele Häuser stürzten ein.', 'Die Regierung schickte Helfer. Im Irak kamen durch das Beben 47 Menschen ums Leben.'],
    ['en: in Turkey / in Iraq', 'The quake in Turkey killed at least 20 people. Many houses collapsed.', 'The government sent helpers. In Iraq the quake killed 47 people.'],
    ['vi: Thổ Nhĩ Kỳ / Iraq', 'Trận động đất ở Thổ Nhĩ Kỳ làm ít nhất 20 người chết. Nhiều ngôi nhà bị sập.', 'Chính phủ đã cử người hỗ trợ. Tại Iraq, trận động đất làm 47 người thiệt mạng.'],
    ['de: der Türkei / in Syrien', 'Bei dem Erdbeben in der Türkei starben mindestens 20 Menschen. Viele Häuser stürzten ein.', 'Die Regierung schickte Helfer. Bei dem Erdbeben in Syrien kamen 47 Menschen ums Leben.'],
    // B4: fear for lives is no death
    ['de: Angst ums Leben', DE_AFRIN, `${DE_B} In Afrin wächst die Angst ums Leben von 47 Geiseln.`],
    ['de: bangen ums Leben', DE_AFRIN, `${DE_B} Angehörige bangen in Afrin ums Leben von 47 Verschütteten.`],
    ['en: fears for the lives', EN_AFRIN, `${EN_B} In Afrin fears grow for the lives of 47 hostages.`],
    ['vi: lo cho tính mạng', VI_AFRIN, `${VI_B} Tại Afrin, nỗi lo cho tính mạng của 47 con tin ngày càng lớn.`],
  ])('%s', (_name, a, b) => {
    expect(flags(a, b)).toEqual([])
  })
})

describe('review runlinked54: a past year dating another thing leaves the toll this event\'s', () => {
  it.each([
    ['de: the town captured last year', DE_AFRIN, `${DE_B} In der im vergangenen Jahr von der Türkei eroberten Stadt Afrin kamen 47 Menschen ums Leben.`, '20 Menschen | 47 Menschen'],
    ['en: which Turkey captured last year', EN_AFRIN, `${EN_B} In Afrin, which Turkey captured last year, 47 people died.`, '20 people | 47 people'],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual([expected])
  })
})

describe('review runlinked54: two countries\' tolls stay two missing facts', () => {
  it('de: der Türkei / in Syrien', () => {
    const r = compare('Bei dem Erdbeben in der Türkei starben mindestens 20 Menschen. Viele Häuser stürzten ein.', 'Die Regierung schickte Helfer. Bei dem Erdbeben in Syrien kamen 47 Menschen ums Leben.')
    const missing = r.divergences.filter((d) => d.kind === 'missing').map((d) => (d.a ?? d.b)!.text)
    expect(missing).toContain('20 Menschen')
    expect(missing).toContain('47 Menschen')
  })
})
