/**
 * A caption repeating its own report's body sentence states the conflict that sentence's body link
 * flags: listed once (revQ bug 6). A caption with other values than its own body still stands.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const lines = (...xs: string[]): string => xs.join('\n')
const en = (rescued: string, ...extra: string[]): string =>
  lines('Hanoi apartment fire kills 14', 'A fire tore through a nine-storey apartment block in Hanoi early on Tuesday, killing 14 people, police said.', `Firefighters rescued ${rescued} people from the burning building, police said.`, ...extra, 'The fire started in a ground-floor parking area packed with motorbikes.')
const vi = (rescued: string, ...extra: string[]): string =>
  lines('Cháy chung cư mini ở Hà Nội, 14 người thiệt mạng', 'Rạng sáng 12/9, một vụ cháy lớn đã xảy ra tại chung cư mini ở phường Khương Đình, quận Thanh Xuân, Hà Nội, làm 14 người thiệt mạng.', `Lực lượng cứu hộ đã đưa ${rescued} người ra khỏi tòa nhà an toàn.`, ...extra, 'Theo Công an Hà Nội, đám cháy bùng phát từ tầng 1 nơi để xe máy.')

const numbers = (a: string, b: string): string[][] =>
  compare(a, b).divergences.filter((d) => d.kind === 'number').map((d) => [d.a!.text, d.b!.text, d.role])

describe('withoutCaptionEchoes', () => {
  it.each([
    ['en, the caption repeats its body', en('54', 'Photo: Firefighters rescued 54 people from the burning building', 'Photo: Reuters/Thinh Nguyen'), en('70'), [['54 people', '70 people', 'body']]],
    ['vi, the caption repeats its body', vi('54', 'Lực lượng cứu hộ đưa 54 người ra khỏi tòa nhà - Ảnh 1.', 'Ảnh: Phạm Hùng'), vi('70'), [['54 người', '70 người', 'body']]],
    // Trap: the caption's own figure differs from its body's: a conflict of its own, kept.
    ['vi, the caption has another figure than its body', vi('60', 'Lực lượng cứu hộ đưa 54 người ra khỏi tòa nhà - Ảnh 1.', 'Ảnh: Phạm Hùng'), vi('70'), [['60 người', '70 người', 'body'], ['54 người', '70 người', 'caption']]],
  ])('%s: each conflict once', (_what, a, b, expected) => {
    expect(numbers(a, b)).toEqual(expected)
    expect(numbers(b, a)).toEqual(expected.map(([x, y, role]) => [y, x, role]))
  })
})
