import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const numberFlags = (a: string, b: string) =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number')
    .map((d) => [d.a?.text, d.b?.text])

describe('two phone numbers are one number misprinted only when a digit or a swap apart', () => {
  it.each([
    ['en: one digit changed', 'Anyone with information may call Detective Kevin Umphrey at 561-688-4163.', 'Anyone with information may call Detective Kevin Umphrey at 688-4168.', [['561-688-4163', '688-4168']]],
    ['en: two digits swapped', 'Anyone with information may call Detective Kevin Umphrey at 561-688-4163.', 'Anyone with information may call Detective Kevin Umphrey at 688-1463.', [['561-688-4163', '688-1463']]],
    ['vi: one digit changed', 'Người dân gọi đường dây nóng 0913.456.789 để báo tin.', 'Người dân gọi đường dây nóng 0913.456.788 để báo tin.', [['0913.456.789', '0913.456.788']]],
    // MSRP train 2055507/2055516: two detectives' lines on one exchange, both beside one hotline
    [
      'en: two lines on one exchange',
      "Anyone with information on Lopez can call O'Shea at 561-688-4068 or Crime Stoppers at 800-458-8477.",
      'Anyone with information is asked to call Detective Kevin Umphrey at 688-4163 or Crime Stoppers at (800) 458-8477.',
      [],
    ],
    // MSRP train 1167666/1167631, judged two slots in the gold: two reporters' lines
    [
      "en: two reporters' lines",
      'To reach John A. Dvorak, who covers Kansas, call (816) 234-7743 or send e-mail to jdvorak@kctar.com.',
      'To reach Brad Cooper, Johnson County municipal reporter, call (816) 234-7724 or send e-mail to bcooper@kcstar.com.',
      [],
    ],
    ['vi: two lines', 'Người dân gọi đường dây nóng 0913.456.789 để báo tin.', 'Người dân gọi đường dây nóng 0241.234.567 để báo tin.', []],
  ])('%s', (_name, a, b, expected) => {
    expect(numberFlags(a, b)).toEqual(expected)
  })
})
