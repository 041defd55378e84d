/**
 * A capitalised run with no switch between marked Vietnamese syllables and words that cannot be
 * Vietnamese is emitted as it is (no copy into parts); a run with one is still split there.
 */
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../../src/document/fact-tokens'
import { extractNames } from '../../../../src/diverge/extract/names/names'

const names = (text: string) => extractNames(text, tokenize(text)).map((n) => n.text)

describe('names: runs split at a switch of script only', () => {
  it.each([
    // No switch: one name each.
    ['Ông Đoàn Phương Lan cho biết.', ['Đoàn Phương Lan']],
    ['Mr Park Heong-joon said so.', ['Park Heong-joon']],
    ['Bà Nguyễn Thị Mai và ông Lê Văn Tám đến.', ['Nguyễn Thị Mai', 'Lê Văn Tám']],
    ['Boris Johnson spoke in London.', ['Boris Johnson', 'London']],
    // A switch: split where it falls.
    ['Tại Busan Đoàn Phương Lan phát biểu.', ['Busan', 'Đoàn Phương Lan']],
    // Traps: two single words across the boundary stay one place; a lone word is not split.
    ['huyện Krông Ana đã có mưa.', ['Krông Ana']],
    ['He met Putin.', ['Putin']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})
