/**
 * Numbers written in words, read in one pass with no list of the report's words: the words are
 * cut as written-forms cuts them (runs bared of punctuation, split at anything but letters, digits
 * and hyphens), words turned away by the first letters and length of their skeleton (letters
 * without marks: the word itself when ASCII), the rest folded.
 */
import { describe, expect, it } from 'vitest'
import { readWords } from '../../../../src/diverge/match/missing/written-forms'
import { valuesInColumn, valuesInWords } from '../../../../src/diverge/match/missing/written-numbers'

describe('valuesInWords', () => {
  it.each([
    ['en: capitals fold like any word', 'TWENTY-FIVE SHIPS sailed.', ['25', '25 ships']],
    ['en: two words across a comma', 'Twenty, five ships.', ['25', '25 ships']],
    ['en: a teen before its noun', 'Twelve people', ['12', '12 people']],
    ['en: the last word of the text has no noun after it', 'They were twelve', ['12']],
    ['en: an ordinal, with no noun kept', 'the Third place', ['ord:3']],
    ['vi: decomposed marks (NFD) cut the word as the regex split did', 'hai mu\u031bo\u031bi la\u0306m người', ['2', '2 mu']],
    ['vi: tens and units over punctuation', 'hai,mươi-lăm người', ['2', '2 mươi-lăm']],
    ['vi: mười and a unit', 'Mười lăm người', ['15', '15 người']],
    ['vi: a rank after giải, in capitals (and the digit word itself)', 'đoạt GIẢI Ba', ['ord:3', '3']],
    ['vi: a rank after hạng in digits', 'xếp hạng 12 chung cuộc', ['ord:12']],
    ['vi: a number far into a long text, past the words kept', `${'chữ '.repeat(50)}chín người`, ['9', '9 người']],
    // The skeleton of a word with marks: one past ASCII, in capitals, or decomposed, still opens a number.
    ['vi: a digit word in capitals with its marks', 'MỘT người', ['1', '1 người']],
    ['vi: ð written for đ in the noun, folded', 'sáu mươi ðội', ['60', '60 đội']],
  ])('%s', (_why, text, expected) => {
    expect([...valuesInWords(text)]).toEqual(expected)
  })

  it.each([
    ['en: digits are no words', 'Some 32 people were hurt.'],
    ['en: a word that opens like a number is none', 'Twin towers and fives-a-side'],
    ['en: hundred alone', 'a hundred ships'],
    ['vi: no word at all', '... — !!'],
    // Traps: words past ASCII whose skeleton opens like a digit word's, yet fold to none.
    ['vi: a skeleton like một (mót) is another word', 'mót lúa'],
    ['vi: a skeleton like bốn (bón) is another word', 'bón phân'],
    ['empty', ''],
  ])('%s', (_why, text) => {
    expect([...valuesInWords(text)]).toEqual([])
  })

  it('reads thứ năm as a weekday, not a rank (the digit word alone stays)', () => {
    expect([...valuesInWords('vào thứ năm tuần này')]).toEqual(['5', '5 tuần'])
  })
})

// A report whose words written-forms has read is not cut again: its numbers are read from the column, the same values in the same order.
describe('valuesInColumn', () => {
  it.each([
    ['en: tens and units, hyphened and not', 'Thirty-two men and twenty five women, TWELVE ships.'],
    ['en: an ordinal and a teen at the end', 'the Third place, they were twelve'],
    ['vi: tens and units over punctuation, a rank after giải', 'hai,mươi-lăm người; đoạt GIẢI Ba, xếp hạng 12'],
    ['vi: decomposed marks and a weekday', 'hai mu\u0306o\u031bi la\u0306m người vào thứ năm tuần này'],
    ['vi: far into a long text', `${'chữ '.repeat(50)}chín người`],
    // Traps: nothing in words, or words that open like a number and are none.
    ['trap: digits only', 'Some 32 people were hurt.'],
    ['trap: skeletons like digit words', 'mót lúa, bón phân, Twin towers and fives-a-side'],
    ['trap: empty', ''],
  ])('%s', (_why, text) => {
    const { ids, distinct } = readWords(text)
    expect([...valuesInColumn(ids, distinct)]).toEqual([...valuesInWords(text)])
  })
})
