/**
 * An ordinal after its noun names the place of one occurrence in a series ("vụ thứ 3 trong năm",
 * "lần thứ hai", "the third crash this year"), not a count of things: against a count of them
 * ("5 vụ tai nạn", "3 lần", "five crashes") it is no contradiction. Two ordinals of one series
 * still contradict ("vụ tai nạn thứ 3" / "thứ 4").
 */
import { describe, expect, it } from 'vitest'
import { figureFlags } from '../../../helpers'

describe('an ordinal after the noun against a count', () => {
  it.each([
    ['vi trap: vụ thứ 3 trong năm / 5 vụ', 'Đây là vụ tai nạn thứ 3 trong năm tại đèo Hải Vân.', 'Trong năm đã có 5 vụ tai nạn tại đèo Hải Vân.', []],
    ['vi trap: lần thứ hai / 3 lần', 'Đây là lần thứ hai anh bị bắt vì trộm cắp.', 'Anh đã bị bắt 3 lần vì trộm cắp.', []],
    ['en trap: the third crash / five crashes', 'This is the third crash this year on the pass.', 'There have been five crashes this year on the pass.', []],
    ['vi: two ordinals of one series contradict', 'Đây là vụ tai nạn thứ 3 trong năm tại đèo Hải Vân, khiến 2 người chết.', 'Đây là vụ tai nạn thứ 4 trong năm tại đèo Hải Vân, khiến 2 người chết.', ['thứ 3 | thứ 4']],
    ['en: two ordinals of one series contradict', 'This is the third crash this year on the pass, police said.', 'This is the fourth crash this year on the pass, police said.', ['third | fourth']],
  ])('%s', (_why, a, b, want) => {
    expect(figureFlags(a, b, ['number'])).toEqual(want)
  })
})
