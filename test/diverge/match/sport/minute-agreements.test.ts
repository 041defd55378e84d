import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every contradiction and missing fact about a figure, as "A | B" ("text |" / "| text" for a missing one). */
const figureFlags = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' || d.kind === 'date' || d.kind === 'missing')
    .map((d) => `${d.a?.text ?? ''} | ${d.b?.text ?? ''}`)

const ES_LEDE = 'El Madrid ganó 2-1 al Barcelona en el Bernabéu. '

describe('one minute of the match written on two clocks is agreement', () => {
  it.each([
    [
      'pt: minutes of the second half counted from zero equal the other report\'s single clock',
      'O Flamengo venceu o Vasco por 2 a 1 no Maracanã. Gabigol abriu o placar aos 19 minutos do primeiro tempo. No segundo tempo, Vegetti empatou aos 10. Pedro marcou aos 30 minutos.',
      'O Flamengo venceu o Vasco por 2 a 1 no Maracanã. Gabigol abriu o placar aos 19 minutos. Vegetti empatou aos 55 minutos. Pedro marcou aos 75 minutos.',
    ],
    [
      'es: the same, segundo tiempo',
      `${ES_LEDE}Vinícius marcó a los 19 minutos del primer tiempo. En el segundo tiempo, Bellingham marcó a los 20 minutos.`,
      `${ES_LEDE}Vinícius marcó a los 19 minutos. Bellingham marcó a los 65 minutos.`,
    ],
    [
      'en: an offset reaching the minute the other report states',
      'Liverpool beat Chelsea 2-1 at Anfield on Saturday. Salah scored in the 30th minute. Four minutes later, Palmer equalised. Nunez scored in the 80th minute.',
      'Liverpool beat Chelsea 2-1 at Anfield on Saturday. Salah scored in the 30th minute. Palmer equalised in the 34th minute. Nunez scored in the 80th minute.',
    ],
    [
      'vi: the same, sau đó 4 phút',
      'Hà Nội thắng Viettel 2-1 trên sân Hàng Đẫy. Phút 80, Hoàng Đức gỡ hòa. Sau đó 4 phút, Văn Quyết lập công.',
      'Hà Nội thắng Viettel 2-1 trên sân Hàng Đẫy. Phút 80, Hoàng Đức gỡ hòa. Văn Quyết lập công ở phút 84.',
    ],
  ])('%s', (_name, a, b) => {
    expect(figureFlags(a, b)).toEqual([])
  })

  it.each([
    [
      // Trap: the converted minute differs from the other report's: still a conflict.
      'pt trap: a per-half minute one clock puts elsewhere',
      'O Flamengo venceu o Vasco por 2 a 1 no Maracanã. Gabigol abriu o placar aos 19 minutos do primeiro tempo. No segundo tempo, Pedro marcou aos 30 minutos.',
      'O Flamengo venceu o Vasco por 2 a 1 no Maracanã. Gabigol abriu o placar aos 19 minutos. Pedro marcou aos 77 minutos.',
      ['30 minutos | 77 minutos'],
    ],
    [
      'en trap: an offset reaching another minute than the other report states',
      'Liverpool beat Chelsea 2-1 at Anfield on Saturday. Salah scored in the 30th minute. Four minutes later, Palmer equalised. Nunez scored in the 80th minute.',
      'Liverpool beat Chelsea 2-1 at Anfield on Saturday. Salah scored in the 30th minute. Palmer equalised in the 36th minute. Nunez scored in the 80th minute.',
      ['Four minutes | 36th'],
    ],
    [
      // A one-clock report that names the second half before its minutes: only minutes after the phrase shift.
      'pt: minutes stated before the second half is named stay where they are',
      'O Flamengo venceu o Vasco por 2 a 1. Gabigol marcou aos 19 minutos. Pedro ampliou aos 40 minutos. O segundo tempo foi morno.',
      'O Flamengo venceu o Vasco por 2 a 1. Gabigol marcou aos 21 minutos. Pedro ampliou aos 40 minutos. O segundo tempo foi morno.',
      ['19 minutos | 21 minutos'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})

describe('two goals by two named scorers stay apart on every path', () => {
  const EN_LEDE = 'Tottenham beat Arsenal 2-1 at home on Sunday. '
  const VI_LEDE = 'Hà Nội thắng Viettel 2-1 trên sân Hàng Đẫy. '
  it.each([
    [
      'en: the two goal sentences linked by the aligner',
      `${EN_LEDE}Kane scored in the 18th minute with a header. The visitors then hit the post before the break. Son was booked.`,
      `${EN_LEDE}Son scored in the 19th minute with a low shot. The visitors then hit the post before the break. Kane was booked.`,
      // Each report tells a goal the other does not: two missing facts, no contradiction.
      ['18th | ', ' | 19th'],
    ],
    [
      'vi: the same',
      `${VI_LEDE}Văn Quyết ghi bàn ở phút 18 bằng một cú đánh đầu. Đội khách sau đó dứt điểm trúng cột dọc. Hoàng Đức nhận thẻ vàng.`,
      `${VI_LEDE}Hoàng Đức ghi bàn ở phút 19 bằng một cú sút chìm. Đội khách sau đó dứt điểm trúng cột dọc. Văn Quyết nhận thẻ vàng.`,
      ['18 | ', ' | 19'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'en: a lone minute with no partner does not hold back the same scorer\'s goal across a fixed minute',
      'Tottenham beat Arsenal 2-1 at home on Sunday in the Premier League. Kane scored in the 18th minute. Son scored in the 19th minute. Saka pulled one back late on.',
      'Tottenham beat Arsenal 2-1 at home on Sunday in the Premier League. Son scored in the 19th minute. Kane scored in the 20th minute. Saka pulled one back late on.',
      ['18th | 20th'],
    ],
    [
      'vi: the same',
      'Hà Nội thắng Viettel 2-1 trên sân Hàng Đẫy. Văn Quyết ghi bàn ở phút 18. Hoàng Đức ghi bàn ở phút 19. Viettel gỡ một bàn cuối trận.',
      'Hà Nội thắng Viettel 2-1 trên sân Hàng Đẫy. Hoàng Đức ghi bàn ở phút 19. Văn Quyết ghi bàn ở phút 20. Viettel gỡ một bàn cuối trận.',
      ['18 | 20'],
    ],
    [
      'en: a hyphenated minute read as one',
      "Tottenham beat Arsenal 2-1. Kane's 19th-minute goal put Spurs ahead. Saka equalised in the 60th minute.",
      "Tottenham beat Arsenal 2-1. Kane's 21st-minute goal put Spurs ahead. Saka equalised in the 60th minute.",
      ['19th-minute | 21st-minute'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(figureFlags(a, b)).toEqual(expected)
  })
})
