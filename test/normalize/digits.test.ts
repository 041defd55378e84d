import { describe, expect, it } from 'vitest'
import { foldDigits, hasForeignDigits } from '../../src/normalize/digits'
import { toNfc } from '../../src/normalize/unicode'

describe('foldDigits', () => {
  it.each([
    ['Arabic-Indic', '١٣٥٩', '1359'],
    ['Persian', '۱۳۹۸', '1398'],
    ['Devanagari', '१२५०', '1250'],
    ['Bengali', '২০২০', '2020'],
    ['Thai', '๒๕๖๓', '2563'],
    ['fullwidth', '１２：３０', '12：30'],
    ['Arabic decimal separator and percent', '٣٫٥٪', '3.5%'],
    ['Arabic thousands separator', '١٢٬٥٠٠', '12,500'],
  ])('reads %s digits as ASCII', (_, text, folded) => {
    expect(foldDigits(text)).toBe(folded)
  })

  it.each([
    ['ASCII figures', 'Ngày 13/8, 1.250 người'],
    ['Arabic words without digits', 'أعلن برنامج حساب المواطن'],
    ['digits outside the BMP (two units each)', '\u{1D7CE}\u{1D7CF}'],
    ['Roman numerals (no decimal digit)', 'Ⅻ'],
  ])('leaves %s as they are', (_, text) => {
    expect(foldDigits(text)).toBe(text)
  })

  it('keeps the length, so offsets need no map', () => {
    const text = 'عام ١٣٥٩ و ۱۳۹۸ و १२५० و ๒๕๖๓'
    expect(foldDigits(text)).toHaveLength(text.length)
  })

  it('tells a text with foreign digits from one without', () => {
    expect(hasForeignDigits('عام ١٣٥٩')).toBe(true)
    expect(hasForeignDigits('năm 1359')).toBe(false)
  })
})

describe('toNfc with foreign digits', () => {
  it.each([
    ['NFC', 'Hòa Bình ghi nhận ١٢ ca, tỷ lệ ٣٫٥٪.'],
    ['NFD', 'Hòa Bình ghi nhận ١٢ ca, tỷ lệ ٣٫٥٪.'.normalize('NFD')],
  ])('folds the digits of %s input and maps them back onto the original digits', (_, original) => {
    const mapped = toNfc(original)
    const at = mapped.text.indexOf('12')
    const share = mapped.text.indexOf('3.5%')
    expect(original.slice(mapped.toOriginal(at), mapped.toOriginal(at + 2))).toBe('١٢')
    expect(original.slice(mapped.toOriginal(share), mapped.toOriginal(share + 4))).toBe('٣٫٥٪')
  })
})
