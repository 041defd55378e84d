/**
 * Weekdays of the languages that capitalise them are no names (fixdays47, review rdays47 bug 6):
 * Indonesian *pada Sabtu*, German *am Samstag* were reported as names the other report "never"
 * stated, as an English *on Monday* never is. Traps: a person beside the weekday stays a name.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string) =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('a weekday is no missing name', () => {
  it.each([
    ['id: Sabtu', 'Kapal itu tenggelam pada Sabtu di perairan Bali, kata polisi.', 'Kapal itu tenggelam di perairan Bali, kata polisi.', []],
    ['id: Minggu, Senin', 'Pencarian dihentikan pada Minggu dan dilanjutkan Senin di perairan Bali.', 'Pencarian dihentikan di perairan Bali.', []],
    ['de: Samstag', 'Die Fähre sank am Samstag vor Bali, sagte die Polizei.', 'Die Fähre sank vor Bali, sagte die Polizei.', []],
    ['en: Monday', 'The ship sank on Monday near Bali, police said.', 'The ship sank near Bali, police said.', []],
    ['id trap: a person beside the weekday', 'Kapal milik Budi Santoso tenggelam pada Sabtu di perairan Bali.', 'Kapal itu tenggelam pada Sabtu di perairan Bali.', ['Budi Santoso']],
    ['en trap: a person beside the weekday', 'The ship owned by Budi Santoso sank on Monday near Bali.', 'The ship sank on Monday near Bali.', ['Budi Santoso']],
  ])('%s', (_why, a, b, want) => {
    expect(missingNames(a, b)).toEqual(want)
  })
})
