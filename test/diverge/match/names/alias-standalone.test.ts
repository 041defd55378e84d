/**
 * A place's other name names the place only where it stands alone: inside a longer name of a body
 * (Bombay Stock Exchange, Madras High Court, Saigon Newport) it names the body, which keeps the old form.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

const BASE_EN = 'The council met on Monday to discuss the budget for next year. Officials said the vote would be held soon.'
const BASE_VI = 'Hội đồng họp hôm thứ Hai để bàn ngân sách năm tới. Các quan chức cho biết cuộc bỏ phiếu sẽ sớm diễn ra.'

describe('a place alias inside a longer name does not name the place', () => {
  it.each([
    ['en: Bombay only in the exchange\'s name', `${BASE_EN} Shares rose on the stock exchange in Mumbai.`, `${BASE_EN} Shares rose on the Bombay Stock Exchange.`, ['Mumbai', 'Bombay Stock Exchange']],
    ['en: Madras only in the court\'s name', `${BASE_EN} The court in Chennai ruled on the case.`, `${BASE_EN} The Madras High Court ruled on the case.`, ['Chennai', 'Madras High Court']],
    ['vi: Bombay only in the exchange\'s name', `${BASE_VI} Cổ phiếu tăng mạnh tại Mumbai.`, `${BASE_VI} Cổ phiếu tăng mạnh trên sàn Bombay Stock Exchange.`, ['Mumbai', 'Bombay Stock Exchange']],
    // traps: the alias stands alone somewhere, or a title or person follows it
    ['en trap: the alias alone', `${BASE_EN} The court in Mumbai ruled on the case.`, `${BASE_EN} The court in Bombay ruled on the case.`, []],
    ['en trap: the alias alone besides the body', `${BASE_EN} Shares rose in Mumbai.`, `${BASE_EN} Shares rose on the Bombay Stock Exchange, and traders in Bombay cheered.`, ['Bombay Stock Exchange']],
    ['en trap: a title after the alias', `${BASE_EN} The talks were held in Moscow.`, `${BASE_EN} Moskva Mayor Sergei Sobyanin held the talks.`, ['Sergei Sobyanin']],
    ['vi trap: a person after the alias', `${BASE_VI} Quan hệ với Hoa Kỳ được cải thiện.`, `${BASE_VI} Tổng thống Mỹ Donald Trump nói quan hệ được cải thiện.`, ['Donald Trump']],
    ['vi trap: a title and a person after the alias', `${BASE_VI} Hội nghị diễn ra tại Matxcơva.`, `${BASE_VI} Thị trưởng Moskva Sergei Sobyanin dự hội nghị.`, ['Moskva Sergei Sobyanin']],
  ])('%s', (_why, a, b, names) => {
    expect(missingNames(a, b)).toEqual(names)
  })
})
