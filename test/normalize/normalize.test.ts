import { describe, expect, it } from 'vitest'
import { normalize } from '../../src/normalize'

describe('normalize', () => {
  it.each([
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['hoà bình', 'hòa bình'],
    ['150 tỉ USD', '150 tỷ USD'],
    ['Hòa Bình', 'hoa\u0300 bi\u0300nh'],
  ])('gives %s and %s one canonical form', (x, y) => {
    expect(normalize(x).text).toBe(normalize(y).text)
  })

  it('maps every word back into an NFD original', () => {
    const original = 'Thị trưởng Park Heong-joon tới TP.HCM.'.normalize('NFD')
    const { words } = normalize(original)
    expect(words.map((word) => original.slice(word.start, word.end).normalize('NFC'))).toEqual([
      'Thị',
      'trưởng',
      'Park',
      'Heong',
      'joon',
      'tới',
      'TP.HCM',
      'TP.HCM',
      'TP.HCM',
      'TP.HCM',
      'TP.HCM',
    ])
  })

  it('takes extra abbreviations', () => {
    expect(normalize('Q.BT', { abbreviations: { 'Q.BT': 'quận bình thạnh' } }).text).toBe('quận bình thạnh')
  })

  it('is idempotent on its own output', () => {
    const once = normalize('Thủ tướng thăm Hà Nội và TP.HCM, 13.8.2025').text
    expect(normalize(once).text).toBe(once)
  })
})
