/**
 * A day-first language's weekday before a slash date says day first (fixdays47, review rdays47
 * bugs 7 and 10): after a comma too (*Sabtu, 3/2*, the usual Indonesian style; *samedi, 3/2*), and
 * only when the weekday is written as its language writes it in a sentence not in English: a
 * capitalised *Domingo* in an English sentence is a person, and English reads month first.
 */
import { describe, expect, it } from 'vitest'
import { extractDates } from '../../../../src/diverge/extract/dates/dates'

const dayMonth = (text: string) => extractDates(text).map((f) => [f.text, f.day, f.month])

describe('a weekday before a slash date', () => {
  it.each([
    ['id: weekday, comma, date', 'Kapal itu tenggelam pada Sabtu, 3/2.', [['3/2', 3, 2]]],
    ['id: weekday, parenthesis', 'Kapal itu tenggelam pada Sabtu (3/2) malam.', [['3/2', 3, 2]]],
    ['fr: weekday, comma, date', 'Le ferry a coulé samedi, 3/2, au large de Bali.', [['3/2', 3, 2]]],
    ['de: weekday, comma, date', 'Die Fähre sank am Samstag, 3/2, vor Bali.', [['3/2', 3, 2]]],
    ['es: weekday, comma, date', 'El ferry se hundió el sábado, 3/1, cerca de Bali.', [['3/1', 3, 1]]],
    ['en trap: an English weekday says nothing', 'The ferry sank on Saturday, 3/2, off Bali, officials said.', [['3/2', 2, 3]]],
    ['en trap: a person named Domingo', 'Ferry sank Domingo 4/3 near Manila, Domingo said.', [['4/3', 3, 4]]],
    ['en trap: Domingo, comma, in English', 'The ferry sank, said Domingo, 4/3 near Manila.', [['4/3', 3, 4]]],
  ])('%s', (_why, text, want) => {
    expect(dayMonth(text)).toEqual(want)
  })
})
