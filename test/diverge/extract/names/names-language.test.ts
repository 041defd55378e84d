import { describe, expect, it } from 'vitest'
import { prepare } from '../../../../src/document'
import { languageReading, nounsCapitalisedIn } from '../../../../src/diverge/extract/names/names-language'

// names55 (issue 11 point 2): one reading of a report's names language, made once per prepared document and
// shared by the fact reader and the name judges (before, each judge read it again per pair from franc's code).
const doc = (text: string) => prepare({ text }, { detectBoilerplate: false })
const de = 'Die Polizei hat am Montag in Hamburg mehrere Personen befragt. Die Ermittlungen dauern nach Angaben der Behörden noch an, sagte ein Sprecher der Stadt.'
const en = 'Police questioned several people in Hamburg on Monday. The investigation is continuing, according to the authorities in the city.'
const vi = 'Cảnh sát đã thẩm vấn nhiều người tại Hamburg hôm thứ Hai. Cuộc điều tra vẫn đang tiếp tục, theo nhà chức trách thành phố.'
const tr = 'Polis pazartesi günü Ankara’da birkaç kişiyi sorguladı. Soruşturma yetkililere göre devam ediyor ve bu konuda bir açıklama yapılacak.'
// franc reads this English report as German by its German nouns; its function words say English.
const enAboutGermany =
  'Chancellor Angela Merkel told the Bundestag on Monday that the Bundesregierung would extend the Kurzarbeit scheme until the Bundesrat meets. ' +
  'The plan was criticised by economist Dennis Snower, and by Warren and Hansen of the union.'

describe('a report’s names are read in one language, read once per document', () => {
  it.each([
    ['de: German capitalises its nouns', de, true],
    ['en: English does not', en, false],
    ['vi: Vietnamese does not', vi, false],
    ['tr: Turkish does not', tr, false],
    // trap: franc's German for an English report about Germany is not the names' language
    ['en read by franc as German: its names read in English', enAboutGermany, false],
  ])('%s', (_why, text, capitalised) => {
    expect(nounsCapitalisedIn(doc(text))).toBe(capitalised)
  })

  it('is read once for a document: every pair it is in shares the reading', () => {
    const prepared = doc(de)
    expect(languageReading(prepared)).toBe(languageReading(prepared))
  })

  it('the names language of an English report franc reads as German is English', () => {
    expect(languageReading(doc(enAboutGermany)).names).toBe('eng')
  })
})
