import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'
import { minuteForm } from '../../../../src/diverge/match/sport/minute-readings'
import { figureFlags } from '../../../helpers'

/** How each number of a sentence states a minute of the match ('-' for none). */
const forms = (sentence: string): string[] => extractNumbers(sentence).map((f) => `${f.text}:${minuteForm(f) ?? '-'}`)

/** Pairings the match timeline made, weak ones too. */
const timed = (a: string, b: string): string[] => {
  const report = compare(a, b, { minConfidence: 0 })
  return [...report.divergences, ...report.candidates]
    .filter((d) => d.evidence.some((e) => e.startsWith('minutes of one match')))
    .map((d) => `${d.a!.text} | ${d.b!.text}`)
}

describe('how a number states a minute of a match', () => {
  it.each([
    ['vi: phút N', 'Phút 19, Quang Hải ghi bàn.', ['19:minute']],
    ['vi: ở phút thứ N', 'Quang Hải ghi bàn ở phút thứ 19.', ['thứ 19:minute']],
    ['vi: an offset told after', 'Chỉ 4 phút sau, Công Phượng ghi bàn.', ['4 phút:offset']],
    ['vi: an offset told before', 'Sau đó 4 phút, Công Phượng ghi bàn.', ['4 phút:offset']],
    ['en: an ordinal minute', 'Kane scored in the 19th minute.', ['19th:minute']],
    ['en: on N minutes', 'Kane scored on 19 minutes.', ['19 minutes:minute']],
    ['en: an Nth-minute goal', "Kane's 19th-minute goal put Spurs ahead.", ['19th-minute:minute']],
    ['en: the Nst-minute winner', 'Son scored the 21st-minute winner.', ['21st-minute:minute']],
    ['en trap: an ordinal floor', 'She lived on the 19th floor.', ['19th:-']],
    ['en: an offset', 'Seven minutes later, Kane scored.', ['Seven minutes:offset']],
    ['pt: aos Nmin', 'Aos 19min, Maicon arrancou.', ['19min:minute']],
    ['pt: aos N minutos', 'Aos 18 minutos, Maicon cruzou.', ['18 minutos:minute']],
    ['pt: a bare aos N', 'Aos 14, Juan lançou.', ['14:bare']],
    ['pt: an offset', 'E 6 minutos depois, Elano marcou.', ['6 minutos:offset']],
    ['es: al minuto N', 'Messi marcó en el minuto 19.', ['19:minute']],
    ['es: a los N minutos', 'A los 19 minutos marcó Messi.', ['19 minutos:minute']],
    ['de: in der N. Minute', 'Müller traf in der 19. Minute.', ['19:minute']],
    // Traps: lengths of time, a clock time, an age.
    ['vi trap: a duration', 'Hòa 1-1 sau 90 phút thi đấu.', ['1-1:-', '90 phút:-']],
    ['en trap: a stoppage of N minutes', 'Play was stopped for 19 minutes.', ['19 minutes:-']],
    ['en trap: after N minutes of talks', 'They agreed after 19 minutes of talks.', ['19 minutes:-']],
    ['en trap: a clock time is a date, no number', 'The match kicked off at 19:00.', []],
    ['pt trap: an age', 'Aos 30 anos, Kaká voltou.', ['30 anos:-']],
    ['en trap: a glued length of time', 'Kane went off after 90min.', ['90min:-']],
    ['en trap: an offset of an hour', 'Two hours later, the fans left.', ['Two hours:-']],
  ])('%s', (_name, sentence, expected) => {
    expect(forms(sentence)).toEqual(expected)
  })
})

// Two reports of one match (after the CSTNews football reports): Brazilian papers count each half from
// zero and date a goal a minute apart.
const FOLHA =
  'O Brasil goleou o Equador por 5 a 0. No primeiro tempo, Vágner Love chutou na trave, aos 15min. Aos 19min, Maicon cruzou e Love marcou. Na etapa final, o Equador quase empatou aos 12min. Aos 32min, Kaká chutou de fora da área e marcou. A seleção volta em novembro.'
const JB =
  'O Brasil goleou o Equador por 5 a 0. Aos 14, Juan lançou e Love acertou a trave. Quatro minutos depois, aos 18, Maicon cruzou para Love abrir o placar. No segundo tempo, aos 12, Castillo bateu falta. Aos 31, Kaká fez o gol mais bonito da partida. A seleção volta em novembro.'

describe('minutes of a match in any language pair by event', () => {
  it.each([
    ['pt: per-half minutes, each event a minute apart, the 12th of the second half stated by both', FOLHA, JB, ['15min | 14', '19min | 18', '32min | 31']],
    [
      'pt: a minute against an offset from the same goal',
      'Aos 32min, Kaká chutou e marcou o terceiro. No rebote, Elano fez o quarto gol, aos 38min. Fim de jogo.',
      'Depois, Kaká acertou o ângulo aos 31 e fez 3 a 0. E seis minutos depois, Robinho cruzou e Elano completou para o gol. Fim de jogo.',
      ['32min | 31', '38min | seis minutos'],
    ],
    [
      'en: on N minutes against an ordinal minute, same scorer',
      'Spurs won 2-0. Kane scored on 19 minutes. Son added a second late on.',
      'Tottenham beat Leeds. Kane opened the scoring in the 18th minute. Son sealed it.',
      ['19 minutes | 18th'],
    ],
    [
      'vi: phút N against phút thứ N, same scorer',
      'Việt Nam thắng 2-0. Phút 19, Quang Hải ghi bàn mở tỷ số. Tiến Linh ấn định tỷ số.',
      'Việt Nam giành chiến thắng. Quang Hải mở tỷ số ở phút thứ 18. Tiến Linh ghi bàn thứ hai.',
      ['19 | thứ 18'],
    ],
    [
      'es: al minuto N against a los N minutos',
      'El Barcelona ganó 2-0. En el minuto 19 marcó Messi de cabeza. Luego cerró el partido Suárez.',
      'Victoria del Barcelona. A los 18 minutos marcó Messi de falta. Luego hizo el segundo Suárez.',
      ['19 marcó | 18 minutos'],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(flags(a, b)).toEqual(expected)
  })

  it.each([
    [
      'en: two goals by two players a minute apart, each report telling one',
      'Spurs won 2-0. Early on Son hit the post. In the 18th minute Harry Kane scored from close range.',
      'Tottenham won. Early on Harry Kane hit the bar. In the 19th minute Son scored from close range.',
    ],
    [
      'vi: two goals by two players a minute apart, each report telling one',
      'Việt Nam thắng 2-0. Trước đó, Tiến Linh đá mờ nhạt. Phút 18, Quang Hải ghi bàn.',
      'Việt Nam thắng. Trước đó, Quang Hải đá mờ nhạt. Phút 19, Tiến Linh ghi bàn.',
    ],
    [
      'en: one player two goals, the other report one minute between them',
      'Kane scored in the 18th minute and again in the 20th minute. Spurs won.',
      'Kane scored in the 19th minute. Spurs won.',
    ],
    [
      'pt: offsets from two different moments are never compared',
      'Na etapa final, aos 12min, Castillo quase empatou. 7 minutos depois, Love cabeceou para fora. Fim.',
      'Aos 14, Love acertou a trave. Quatro minutos depois, aos 18, Love marcou. Fim.',
    ],
    [
      'en: offsets from two different moments are never compared',
      'In the 12th minute Castillo hit the bar. Seven minutes later Love headed wide. The end.',
      'In the 30th minute Love hit the post. Four minutes later Love headed wide. The end.',
    ],
    [
      'en: a minute against a length of time',
      'Play was stopped for 19 minutes. Kane scored later. Spurs won.',
      'Kane scored in the 18th minute. Spurs won.',
    ],
    [
      'pt: a minute against a clock time',
      'O jogo começou às 19h. Love marcou. O Brasil venceu.',
      'Love marcou aos 18 minutos. O Brasil venceu.',
    ],
  ])('apart: %s', (_name, a, b) => {
    expect(timed(a, b)).toEqual([])
    expect(figureFlags(a, b).filter((f) => /minut|later|depois|\d+(?:th|min)?\s*\|/.test(f))).toEqual([])
  })
})

const flags = (a: string, b: string): string[] => figureFlags(a, b)
