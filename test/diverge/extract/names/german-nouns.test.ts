/**
 * German capitalises every noun: the extractor must not read die Regierung, die Polizei, drei
 * Menschen or am Mittwoch as names in a German report (german-nouns.ts), and must keep doing so
 * for capitalised names in other languages (Den Haag, Van der Sar, chị Vinh).
 */
import { describe, expect, it } from 'vitest'
import { extractNames } from '../../../../src/diverge/extract/names/names'
import { tokenize } from '../../../../src/document/fact-tokens'
import { compare } from '../../../../src'

const names = (text: string, language: string): string[] => extractNames(text, tokenize(text), [], language).map((n) => n.text)

describe('German nouns are no names', () => {
  it.each([
    ['Die Polizei in Berlin hat am Mittwoch drei Menschen festgenommen.', ['Berlin']],
    ['Nach Angaben der Regierung wurden bei dem Brand zwölf Arbeiter verletzt.', ['Angaben']],
    ['Die Feuerwehr war mit 80 Einsatzkräften in Hamburg.', ['Hamburg']],
    ['Der Sprecher der Stadt sagte, die Ursache sei unklar.', []],
    ['Gestern sagte der Bundeskanzler Olaf Scholz in Berlin, die Lage sei ernst.', ['Olaf Scholz', 'Berlin']],
    ['Die Deutsche Bank teilte mit, der Gewinn sei gestiegen.', ['Deutsche Bank']],
    ['Im Tor stand Edwin Van der Sar, der Kapitän der Mannschaft.', ['Edwin Van der Sar']],
    ['Er traf Angela Merkel in München.', ['Angela Merkel', 'München']],
  ])('deu: %s', (text, expected) => {
    expect(names(text, 'deu')).toEqual(expected)
  })

  // Traps: the same shapes in other languages are names, read as before.
  it.each([
    ['eng', 'The Dutch goalkeeper Edwin Van der Sar saved a penalty in Den Haag.', ['Dutch', 'Edwin Van der Sar', 'Den Haag']],
    ['eng', 'Police said three Menschen Group employees were arrested on Wednesday.', ['Police', 'Menschen Group']],
    ['fra', 'Le ministre a rencontré la délégation de Berlin à Paris mercredi.', ['Berlin', 'Paris']],
    ['vie', 'Sáng nay, chị Vinh và anh Long đã đến Hà Nội.', ['Vinh', 'Long', 'Hà Nội']],
  ])('%s: %s', (language, text, expected) => {
    expect(names(text, language)).toEqual(expected)
  })
})

describe('German reports: no common noun reported as a missing name', () => {
  it('die Regierung, der Brand, die Polizei', () => {
    const a =
      'Die Polizei in Berlin hat am Mittwoch drei Menschen festgenommen. Nach Angaben der Regierung wurden bei dem Brand in der Fabrik zwölf Arbeiter verletzt. Die Feuerwehr war mit 80 Einsatzkräften vor Ort.'
    const b =
      'Die Berliner Polizei hat am Mittwoch drei Verdächtige festgenommen. Bei dem Feuer in der Fabrik wurden nach Angaben der Behörden zwölf Arbeiter verletzt. Die Feuerwehr rückte mit 80 Einsatzkräften an.'
    const missing = compare(a, b).divergences.filter((d) => d.kind === 'missing').map((d) => d.a?.text ?? d.b?.text)
    for (const noun of ['Menschen', 'Regierung', 'Brand', 'Feuer', 'Verdächtige', 'Behörden']) expect(missing.join(' | ')).not.toContain(noun)
  })
})
