import { describe, it, expect } from 'vitest'
import { compare } from '../../../../src'
import { namesLanguage } from '../../../../src/diverge/extract/names/capitalised-nouns'

// german54 (issue 11): the review of german53 (rgerman53) found German names it lost. Each row: German, with English and
// Vietnamese controls of the same fact; traps must not fire.
const de = 'Die Polizei hat am Montag in Hamburg mehrere Personen befragt. Die Ermittlungen dauern nach Angaben der Behörden noch an.'
const en = 'Police questioned several people in Hamburg on Monday. The investigation is continuing, according to the authorities.'
const vi = 'Cảnh sát đã thẩm vấn nhiều người tại Hamburg hôm thứ Hai. Cuộc điều tra vẫn đang tiếp tục, theo nhà chức trách.'
const names = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'name' || d.factType === 'name')
    .map((d) => (d.kind === 'name' ? `name ${d.a!.text} | ${d.b!.text}` : `missing ${d.a ? 'A ' + d.a.text : 'B ' + d.b!.text}`))

describe('German names the noun rules must keep (rgerman53)', () => {
  it.each([
    // B1: places and surnames in -ien, -en, -chen
    ['de: places ending -ien/-en/-chen', `${de} Die Verdächtigen stammen aus Syrien und flogen über Spanien nach München.`, de, ['missing A Syrien', 'missing A Spanien', 'missing A München']],
    ['de: surnames ending -en', `${de} Befragt wurden auch Frederiksen und Nguyen.`, de, ['missing A Frederiksen', 'missing A Nguyen']],
    ['en: places', `${en} The suspects are from Syria and flew via Spain to Munich.`, en, ['missing A Syria', 'missing A Spain', 'missing A Munich']],
    ['vi: places', `${vi} Các nghi phạm đến từ Syria và bay qua Tây Ban Nha tới Munich.`, vi, ['missing A Syria', 'missing A Tây Ban Nha', 'missing A Munich']],
    // B2: a relative pronoun or a verb before a name
    ['de: a relative pronoun before a name', `${de} Der Richter, den Trump nominiert hatte, wurde bestätigt.`, de, ['missing A Trump']],
    ['de: a verb between determiner and name', `${de} Viele kritisierten Merkel für ihre Flüchtlingspolitik.`, de, ['missing A Merkel']],
    ['de: die meisten gegen', `${de} Im Parlament stimmten die meisten gegen Müller.`, de, ['missing A Müller']],
    ['en: a relative clause', `${en} The judge whom Trump had nominated was confirmed.`, en, ['missing A Trump']],
    ['vi: a relative clause', `${vi} Thẩm phán mà Trump đề cử đã được phê chuẩn.`, vi, ['missing A Trump']],
    // B3: von der Leyen
    ['de: von der Leyen alone', `${de} Die Kritik an von der Leyen wächst.`, de, ['missing A Leyen']],
    ['en: von der Leyen', `${en} He spoke with Ursula von der Leyen.`, en, ['missing A Ursula', 'missing A Leyen']],
    // B4: a given name in -nis
    ['de: Dennis', `${de} Er sprach mit Dennis Schröder.`, de, ['missing A Dennis Schröder']],
    ['en: Dennis', `${en} He spoke with Dennis Schröder.`, en, ['missing A Dennis Schröder']],
    // B8: an opener word inside a name mid-sentence
    ['de: Da Nang', `${de} Der Gipfel findet in Da Nang statt.`, de, ['missing A Da Nang']],
    ['en: Da Nang', `${en} The summit takes place in Da Nang.`, en, ['missing A Da Nang']],
    ['vi: Da Nang', `${vi} Hội nghị diễn ra tại Da Nang.`, vi, ['missing A Da Nang']],
    // B7: a place's adjective in -er opens the name
    ['de: Krefelder / Kölner Zoo', `${de} Der Brand im Affenhaus des Krefelder Zoos tötete mehr als 30 Tiere.`, `${de} Der Brand im Affenhaus des Kölner Zoos tötete mehr als 30 Tiere.`, ['missing A Krefelder Zoos', 'missing B Kölner Zoos']],
    ['en: Krefeld / Cologne Zoo', `${en} The fire in the ape house of the Krefeld Zoo killed more than 30 animals.`, `${en} The fire in the ape house of the Cologne Zoo killed more than 30 animals.`, ['missing A Krefeld Zoo', 'missing B Cologne Zoo']],
    ['vi: Krefeld / Cologne', `${vi} Vụ cháy tại chuồng khỉ của Vườn thú Krefeld đã giết chết hơn 30 con vật.`, `${vi} Vụ cháy tại chuồng khỉ của Vườn thú Cologne đã giết chết hơn 30 con vật.`, ['missing A Krefeld', 'missing B Cologne']],
    // traps: nouns stay no names
    ['de trap: von der Stelle', `${de} Der Kurs kam kaum von der Stelle.`, de, []],
    ['de trap: a counted plural, a plural compound', `${de} Vor zwei Jahren kam es zu Konsequenzen und Hygienegründen.`, de, []],
  ])('%s', (_why, a, b, expected) => {
    expect(names(a, b)).toEqual(expected)
  })
})

describe('German endings: a genitive links, a different name is flagged (rgerman53)', () => {
  it.each([
    ['de: Kraus / Krause', `${de} Befragt wurde auch Thomas Kraus.`, `${de} Befragt wurde auch Thomas Krause.`, ['name Thomas Kraus | Thomas Krause']],
    ['de: Andrea / Andreas', `${de} Befragt wurde auch Andrea Nahles.`, `${de} Befragt wurde auch Andreas Nahles.`, ['name Andrea Nahles | Andreas Nahles']],
    ['de: Carolin / Caroline', `${de} Befragt wurde auch Carolin Kebekus.`, `${de} Befragt wurde auch Caroline Kebekus.`, ['name Carolin Kebekus | Caroline Kebekus']],
    ['de: Schwarz / Schwarzer', `${de} Befragt wurde auch Alice Schwarz.`, `${de} Befragt wurde auch Alice Schwarzer.`, ['name Alice Schwarz | Alice Schwarzer']],
    ['en: Kraus / Krause', `${en} Thomas Kraus was also questioned.`, `${en} Thomas Krause was also questioned.`, ['name Thomas Kraus | Thomas Krause']],
    ['vi: Kraus / Krause', `${vi} Ông Thomas Kraus cũng bị thẩm vấn.`, `${vi} Ông Thomas Krause cũng bị thẩm vấn.`, ['name Thomas Kraus | Thomas Krause']],
    // B6 traps: a genitive is the same name, no two missing facts
    ['de trap: Merkels / Merkel', `${de} Die Rede Merkels wurde mehrfach unterbrochen.`, `${de} Die Rede von Merkel wurde mehrfach unterbrochen.`, []],
    ['de trap: Müllers / Müller', `${de} Die Rede Müllers wurde mehrfach unterbrochen.`, `${de} Die Rede von Müller wurde mehrfach unterbrochen.`, []],
    ['en trap: Merkel’s', `${en} Merkel's speech was interrupted several times.`, `${en} The speech by Merkel was interrupted several times.`, []],
    ['vi trap: Merkel', `${vi} Bài phát biểu của Merkel bị ngắt lời nhiều lần.`, `${vi} Bài phát biểu của bà Merkel bị ngắt lời nhiều lần.`, []],
  ])('%s', (_why, a, b, expected) => {
    expect(names(a, b)).toEqual(expected)
  })
})

describe('the German reading needs German function words (rgerman53 B9)', () => {
  const english =
    'Chancellor Angela Merkel told the Bundestag on Monday that the Bundesregierung would extend the Kurzarbeit scheme until the Bundesrat meets. ' +
    'The plan was criticised by economist Dennis Snower, and by Warren and Hansen of the union.'
  it('en: an English report franc reads as German keeps its names', () => {
    expect(names(english, 'Chancellor Angela Merkel told the Bundestag on Monday that the Bundesregierung would extend the Kurzarbeit scheme until the Bundesrat meets. The plan was criticised by some economists.')).toEqual(['missing A Dennis Snower', 'missing A Warren', 'missing A Hansen'])
  })
  it.each([
    ['en read as deu', english, 'deu', 'eng'],
    ['de read as deu', de, 'deu', 'deu'],
    ['short de read as afr', 'Der Tod von Ghassem Soleimani löste Proteste aus. Die Regierung in Teheran kündigte Vergeltung an.', 'afr', 'deu'],
    ['short de undetermined', 'Die Moderatorin ist tot. Sie wurde 40 Jahre alt.', undefined, 'deu'],
    // traps: Afrikaans and Vietnamese stay theirs
    ['af stays af', 'Die regering het gesê dat hulle nie die plan sal steun nie, en die minister was ook daar.', 'afr', 'afr'],
    ['vi stays vi', vi, 'vie', 'vie'],
  ])('%s', (_why, text, detected, reading) => {
    expect(namesLanguage(text, detected)).toBe(reading)
  })
  it('de: a short German pair franc does not read as German still flags a respelt name', () => {
    expect(names('Der Tod von Ghassem Soleimani löste Proteste aus. Die Regierung in Teheran kündigte Vergeltung an.', 'Der Tod von Qassem Soleimani löste Proteste aus. Die Regierung in Teheran kündigte Vergeltung an.')).toEqual(['name Ghassem Soleimani | Qassem Soleimani'])
  })
})

// rgerman54: the second review found the first fixes too wide. Each row: German, English and Vietnamese controls; traps must not fire.
describe('German nouns the name rules must not win back (rgerman54)', () => {
  it.each([
    // G3: -gen, -men, -hen, -ben are plural endings; -chen after von / bei / um a diminutive
    ['de trap: seit Wochen, Maßnahmen', `${de} Die Stadt reagierte seit Wochen mit Maßnahmen gegen den Lärm.`, `${de} Die Stadt reagierte gegen den Lärm.`, []],
    ['de trap: seit Tagen mit Problemen', `${de} Die Anlage läuft seit Monaten mit Problemen.`, `${de} Die Anlage läuft schlecht.`, []],
    ['de trap: von Mädchen und Jungen', `${de} Die Studie untersuchte das Verhalten von Mädchen und Jungen.`, `${de} Die Studie untersuchte das Verhalten von Kindern.`, []],
    ['en trap: measures', `${en} For weeks the city has responded with measures against the noise.`, `${en} The city responded to the noise.`, []],
    ['vi trap: biện pháp', `${vi} Nhiều tuần nay thành phố đã phản ứng bằng các biện pháp chống tiếng ồn.`, `${vi} Thành phố đã phản ứng với tiếng ồn.`, []],
    // G4: a subject in -er before its object is no place's adjective
    ['de trap: der Täter Bewährung', `${de} Am Ende erhielt der Täter Bewährung.`, `${de} Am Ende wurde der Täter verurteilt.`, []],
    ['de trap: der Hersteller Stellung', `${de} Dazu nahm der Hersteller Stellung.`, `${de} Der Hersteller äußerte sich nicht.`, []],
    ['de: der Fahrer Polizei', `${de} Erst dann rief der Fahrer Polizei und Feuerwehr.`, `${de} Erst dann kamen Rettungskräfte.`, ['missing A Feuerwehr', 'missing B Rettungskräfte']],
    ['en trap: the offender', `${en} In the end the offender received a suspended sentence.`, `${en} In the end the offender was convicted.`, []],
    ['vi trap: thủ phạm', `${vi} Cuối cùng, thủ phạm được hưởng án treo.`, `${vi} Cuối cùng, thủ phạm bị kết án.`, []],
    // G5: von der after a noun is a preposition's
    ['de trap: Bilder von der Grenze', `${de} Bilder von der Grenze zeigen lange Schlangen.`, `${de} Aufnahmen zeigen lange Schlangen.`, []],
    ['de trap: Hilfe von der Stadt', `${de} Er bekam Hilfe von der Stadt.`, `${de} Er bekam keine Hilfe.`, []],
    // withdrawn: a capitalised word before von der is no evidence of a given name, so Leyen after Ursula is lost
    ['de: Ursula von der Leyen keeps Ursula', `${de} Er sprach mit Ursula von der Leyen.`, de, ['missing A Ursula']],
    ['en trap: pictures from the border', `${en} Pictures from the border show long queues.`, `${en} Footage shows long queues.`, []],
    ['vi trap: biên giới', `${vi} Hình ảnh từ biên giới cho thấy hàng dài người xếp hàng.`, `${vi} Đoạn phim cho thấy hàng dài người xếp hàng.`, []],
  ])('%s', (_why, a, b, expected) => {
    expect(names(a, b)).toEqual(expected)
  })
})

describe('German endings: a different name stays two (rgerman54)', () => {
  it.each([
    // G1: a lone surname takes only a genitive, and a genitive only by its noun
    // narrowed: a lone word's other ending is no flag (Gebiet / Gebiete is a noun's on the dev pairs) and no link either
    ['de: lone Kraus / Krause not linked', `${de} Dazu äußerte sich auch Kraus.`, `${de} Dazu äußerte sich auch Krause.`, ['missing A Kraus', 'missing B Krause']],
    ['de: lone Peter / Peters, no genitive, not linked', `${de} Dazu äußerte sich auch Peter.`, `${de} Dazu äußerte sich auch Peters.`, ['missing A Peter', 'missing B Peters']],
    ['vi: lone Kraus / Krause', `${vi} Ông Kraus cũng bình luận.`, `${vi} Ông Krause cũng bình luận.`, ['name Kraus | Krause']],
    ['de trap: Merkels by its noun', `${de} Die Rede Merkels wurde unterbrochen.`, `${de} Die Rede von Merkel wurde unterbrochen.`, []],
    // G2: a given name in -es / -er is no adjective
    ['de: Hannes / Hanne', `${de} Befragt wurde auch Hannes Jaenicke.`, `${de} Befragt wurde auch Hanne Jaenicke.`, ['name Hannes Jaenicke | Hanne Jaenicke']],
    ['de: Heiner / Heine', `${de} Befragt wurde auch Heiner Müller.`, `${de} Befragt wurde auch Heine Müller.`, ['name Heiner Müller | Heine Müller']],
    ['en: Hannes / Hanne', `${en} Hannes Jaenicke was also questioned.`, `${en} Hanne Jaenicke was also questioned.`, ['name Hannes Jaenicke | Hanne Jaenicke']],
    ['vi: Hannes / Hanne', `${vi} Ông Hannes Jaenicke cũng bị thẩm vấn.`, `${vi} Ông Hanne Jaenicke cũng bị thẩm vấn.`, ['name Hannes Jaenicke | Hanne Jaenicke']],
    ['de trap: Bayerischer / Bayerischen Rundfunk', `${de} Das meldete der Bayerische Rundfunk.`, `${de} Das meldete ein Sprecher des Bayerischen Rundfunks.`, []],
  ])('%s', (_why, a, b, expected) => {
    expect(names(a, b)).toEqual(expected)
  })
})
