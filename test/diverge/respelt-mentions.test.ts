/**
 * A shorter or glued mention of a name reported as spelt two ways is that entity again,
 * never a `missing` fact; a different person who shares a surname stays missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'

const missingNames = (a: string, b: string) =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)
const nameVariants = (a: string, b: string) =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'name').map((d) => [d.a!.text, d.b!.text])

describe('mentions of a respelt name', () => {
  it.each([
    [
      'en',
      'Actress Moon Geun Young arrived in Busan on Friday for the film festival. Later that evening Moon Geun greeted fans outside the cinema hall.',
      'Actress Mun Geun Young arrived in Busan on Friday for the film festival. Later that evening Mun Geun Young greeted fans outside the cinema hall.',
    ],
    [
      'vi, a mention glued to the next word',
      'Cặp đôi trẻ Kim Bum và Moon Geun Youngđã gây nhiều nghi vấn tình cảm. Công ty quản lý của Moon Geun Young mới chính thức thừa nhận. Kim Bum kém bạn gái Moon Geun Young 2 tuổi.',
      'Cặp đôi trẻ Kim Bum và Mun Geun Youngđã gây nhiều nghi vấn tình cảm. Công ty quản lý của Mun Geun Young mới chính thức thừa nhận. Kim Bum kém bạn gái Mun Geun Young 2 tuổi.',
    ],
    [
      'vi',
      'Thị trưởng Park Heong-joon đón đoàn tại sân bay Gimhae chiều 13/8. Ông Park Heong tặng hoa cho đoàn đại biểu.',
      'Thị trưởng Park Hyeong Jun đón đoàn tại sân bay Gimhae chiều 13/8. Ông Park Hyeong Jun tặng hoa cho đoàn đại biểu.',
    ],
  ])('%s: the short mention is not missing, the respelling is reported', (_lang, a, b) => {
    expect(nameVariants(a, b).length).toBeGreaterThan(0)
    expect(missingNames(a, b)).toEqual([])
  })

  it('keeps another person who shares the surname missing', () => {
    const a = 'Mayor Park Heong-joon met the delegation at the airport. Park Soo Kwan, his deputy, joined them at the port.'
    const b = 'Mayor Park Hyeong Jun met the delegation at the airport.'
    expect(missingNames(a, b)).toContain('Park Soo Kwan')
  })
})

// After VietnameseMDS cluster 37: one outlet writes the Kremlin "Kremli", in a sentence worded
// apart from the other report's. A final n dropped after a letter other than a is a respelling,
// not a derivation like Maya / Mayan.
describe('a final n dropped', () => {
  it.each([
    [
      'vi',
      'Forbes xếp ông Putin đứng đầu danh sách. Không những thế, người đứng đầu Điện Kremli đã đạt được kết quả khả quan trong việc củng cố chính phủ.',
      'Forbes xếp ông Putin đứng đầu danh sách. Tờ báo cho biết thực quyền nằm trong tay các nhân vật trong điện Kremlin, trong khi kinh tế suy sụp.',
      [['Kremli', 'Kremlin']],
    ],
    [
      'en',
      'Forbes put Putin at the top of its list. The man in the Kremli also strengthened his government this year.',
      'Forbes put Putin at the top of its list. Real power lies with figures inside the Kremlin, the paper said.',
      [['Kremli', 'Kremlin']],
    ],
    ['en: a derivation stays apart (Syria / Syrians)', 'Forbes praised Syria for the deal on weapons.', 'Forbes praised Syrians for the deal on weapons.', []],
  ])('%s: reported as a respelling', (_lang, a, b, expected) => {
    expect(nameVariants(a, b)).toEqual(expected)
  })
})
