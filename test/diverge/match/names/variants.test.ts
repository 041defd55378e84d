import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const nameFlags = (a: string, b: string): string[] =>
  compare(a, b, { minConfidence: 0 })
    .divergences.filter((d) => d.kind === 'name')
    .map((d) => `${d.a!.text} | ${d.b!.text}`)

// Names of linked sentences (variants.ts): a place's adjective or demonym after the place's own
// leading words is another word, not the name respelt; the same words with marks dropped, or a
// doubled letter dropped, are a respelling (names29).
describe('linked sentences: a derived name is no respelling', () => {
  it.each([
    ['en: North Korean / North Korea', 'The North Korean delegation arrived in Beijing on Monday for talks on the nuclear crisis.', 'The North Korea delegation arrived in Beijing on Monday for talks on the nuclear crisis.'],
    ['en: leader', 'North Korean leader Kim Jong Il met the envoy in Pyongyang on Tuesday.', 'North Korea leader Kim Jong Il met the envoy in Pyongyang on Tuesday.'],
    ['en: South African / South Africa', 'The South African team beat Australia in Cape Town on Sunday.', 'The South Africa team beat Australia in Cape Town on Sunday.'],
    // before a noun, a place the table does not know (review M 10: the adjective's position is read)
    ['en: Sri Lankan troops', 'Sri Lankan troops fired 12 rockets on Monday, the military said.', 'Sri Lanka troops fired 12 rockets on Monday, the military said.'],
    ['en: North Korean troops', 'North Korean troops fired 12 rockets, the Yonhap agency said.', 'North Korea troops fired 12 rockets, the Yonhap agency said.'],
    // Vietnamese writes a people as người + the place: one name on both sides, never a variant
    ['vi: người Triều Tiên', 'Đoàn đại biểu Triều Tiên đã đến Bắc Kinh hôm thứ Hai để đàm phán.', 'Đoàn đại biểu người Triều Tiên đã đến Bắc Kinh hôm thứ Hai để đàm phán.'],
  ])('%s: no name divergence', (_name, a, b) => {
    expect(nameFlags(a, b)).toEqual([])
  })

  // Traps: a respelling of the same words is still one.
  it.each([
    ['vi: marks dropped (planted Phú Nhuận / Phu Nhuan)', 'Doanh nghiệp ở Bình Thuận nộp thuế 200 tỷ đồng trong năm qua.', 'Doanh nghiệp ở Binh Thuan nộp thuế 200 tỷ đồng trong năm qua.', 'Bình Thuận | Binh Thuan'],
    ['vi: one word, marks dropped', 'Ông Nguyễn Văn Thuận phát biểu tại hội nghị ở Hà Nội hôm qua.', 'Ông Nguyễn Văn Thuan phát biểu tại hội nghị ở Hà Nội hôm qua.', 'Nguyễn Văn Thuận | Nguyễn Văn Thuan'],
    ['en: a doubled letter dropped', 'Police arrested Toni Kross at the airport in Munich on Friday.', 'Police arrested Toni Kros at the airport in Munich on Friday.', 'Toni Kross | Toni Kros'],
    ['en: the place respelt', 'The North Korea delegation arrived in Beijing on Monday for talks on the nuclear crisis.', 'The North Koera delegation arrived in Beijing on Monday for talks on the nuclear crisis.', 'North Korea | North Koera'],
    // A person's name ending as a demonym does is respelt, not derived (review M 9): no place's adjective before a noun.
    ['en: envoy -i', 'The envoy Omar Hassani arrived in Kabul on Monday.', 'The envoy Omar Hassan arrived in Kabul on Monday.', 'Omar Hassani | Omar Hassan'],
    ['en: minister -er', 'Minister Ahmed Karzai said on Monday the talks had failed.', 'Minister Ahmed Karzaier said on Monday the talks had failed.', 'Ahmed Karzai | Ahmed Karzaier'],
    ['en: striker -n', 'The striker Carlos Bacca scored twice.', 'The striker Carlos Baccan scored twice.', 'Carlos Bacca | Carlos Baccan'],
    // Vietnamese syllables are no derivation (review M 11): Thua is no -n stem of Thuận.
    ['vi: final n dropped', 'Ông Nguyễn Văn Thuận, Chủ tịch UBND xã, cho biết 12 hộ dân bị ảnh hưởng.', 'Ông Nguyễn Văn Thua, Chủ tịch UBND xã, cho biết 12 hộ dân bị ảnh hưởng.', 'Nguyễn Văn Thuận | Nguyễn Văn Thua'],
  ])('%s: flagged', (_name, a, b, flag) => {
    expect(nameFlags(a, b)).toEqual([flag])
  })
})
