import { describe, expect, it } from 'vitest'
import { canonicalTone, foldWord, isAscii, stripDiacritics } from '../../src/normalize/fold'

describe('foldWord', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['tỉ', 'tỷ'],
    ['kỉ', 'kỷ'],
    ['lí', 'lý'],
    ['mĩ', 'mỹ'],
    ['Ðà', 'đà'],
    ['HOÀ', 'hòa'],
    ['hoa\u0300', 'hòa'],
    ['thu\u0309y', 'thủy'],
  ])('folds %s like %s', (variant, canonical) => {
    expect(foldWord(variant)).toBe(foldWord(canonical))
  })

  it.each([
    ['tâm', 'tấm'],
    ['hòa', 'hoa'],
    ['ma', 'mà'],
    ['thi', 'thì'],
  ])('keeps %s and %s apart', (x, y) => {
    expect(foldWord(x)).not.toBe(foldWord(y))
  })

  it.each(['quý', 'giữa', 'người', 'thuở', 'khuya', 'ngoài', 'toán', 'Busan', 'café', 'naïve', '東京'])('is idempotent on %s', (word) => {
    expect(foldWord(foldWord(word))).toBe(foldWord(word))
  })
})

describe('canonicalTone', () => {
  it.each([
    ['hoà', 'hòa'],
    ['toán', 'toán'],
    ['ngoài', 'ngoài'],
    ['quý', 'quý'],
    ['giữa', 'giữa'],
    ['thuở', 'thuở'],
    ['người', 'người'],
  ])('places the tone of %s as in %s', (input, expected) => {
    expect(canonicalTone(input)).toBe(expected)
  })

  it('leaves words with two tone marks alone', () => {
    expect(canonicalTone('éé')).toBe('éé')
  })
})

describe('stripDiacritics', () => {
  it.each([
    ['Hà Nội', 'Ha Noi'],
    ['Đà Nẵng', 'Da Nang'],
    ['Nguyễn', 'Nguyen'],
  ])('turns %s into %s', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected)
  })
})

describe('isAscii', () => {
  it.each([
    ['', true],
    ['mayor', true],
    ['Park Heong-joon, 13.8', true],
    ['\x7f', true],
    ['Thị trưởng', false],
    ['đ', false],
    ['café', false],
    ['hoa\u0300', false],
  ])('reads %j as ASCII: %s', (text, ascii) => {
    expect(isAscii(text)).toBe(ascii)
  })
  it.each(['Hà Nội', 'TP.HCM', 'naïve', 'Seoul', '\u00a0'])('agrees with /^[\\x00-\\x7f]*$/ on %j', (text) => {
    // eslint-disable-next-line no-control-regex
    expect(isAscii(text)).toBe(/^[\x00-\x7f]*$/.test(text))
  })
})
