/**
 * English counted nouns compare in the singular, so "215 churches" and "one church" count one
 * thing. Vietnamese nouns have no plural: a count keeps its noun as written (the Vietnamese rows).
 */
import { describe, expect, it } from 'vitest'
import { singular } from '../../../../src/diverge/extract/numbers/count-units'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

describe('counted nouns in the singular', () => {
  it.each([
    ['ships', 'ship'],
    ['bodies', 'body'],
    ['churches', 'church'],
    ['branches', 'branch'],
    ['wishes', 'wish'],
    ['boxes', 'box'],
    ['buzzes', 'buzz'],
    ['addresses', 'address'],
    ['glass', 'glass'],
    ['census', 'census'],
    ['bus', 'bus'],
  ])('en: %s → %s', (plural, want) => {
    expect(singular(plural)).toBe(want)
  })

  it.each([
    ['en: a plural and a singular count one noun', 'about 215 churches', 'church'],
    ['en: inches are the conversion table’s inch', 'a thickness of 3 inches', 'inch'],
    ['vi: a noun without plural stays as written', 'khoảng 215 nhà thờ', 'nhà'],
  ])('%s', (_why, text, unit) => {
    expect(extractNumbers(text)[0]?.unit).toBe(unit)
  })
})

// A figure's span ends before the next clause: "to 9,090 while the Nasdaq …" hid the level from its move (review rlinked47, bug 6)
describe('the word that opens the next clause is no unit', () => {
  it.each([
    ['en: a bare level before "while"', 'The Dow rose 17 points to 9,090 while the Nasdaq rose 6 points.', '9,090', ''],
    ['en: points before "while" keep their unit', 'The Dow rose 17 points while the Nasdaq fell.', '17 points', 'point'],
    ['en: dollars before "and" keep their unit', 'It cost 5 dollars and more.', '5 dollars', 'usd'],
    ['en: a bare figure before "but"', 'The index closed at 1,995 but traders were wary.', '1,995', ''],
    ['vi: đồng before "và" keeps its unit', 'Giá tăng 200 đồng và giữ nguyên.', '200 đồng', 'vnd'],
    ['vi: a bare level before "nhưng"', 'Chỉ số đóng cửa ở mức 1.250 nhưng thanh khoản thấp.', '1.250', ''],
    ['fr: a bare level before "tandis"', "L'indice a terminé à 5490 tandis que le DAX a reculé.", '5490', ''],
    ['id: a bare level before "sementara"', 'Indeks naik ke 7.090 sementara rupiah melemah.', '7.090', ''],
    // trap: a noun that counts stays the unit
    ['en trap: a counted noun stays', 'Police arrested 12 protesters while others fled.', '12 protesters', 'protester'],
  ])('%s', (_why, text, span, unit) => {
    const f = extractNumbers(text).find((n) => n.text.startsWith(span.slice(0, 3)))!
    expect([f.text, f.unit]).toEqual([span, unit])
  })
})
