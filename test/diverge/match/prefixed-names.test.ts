/**
 * A name read through a prefix, a hyphened title or a sentence-opening article is found missing or
 * present as the same name (planted-en gap30: anti-Trump, President-elect Trump, Die Engine).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

const BASE_EN = 'The council met on Monday to discuss the budget for next year. Officials said the vote would be held soon.'
const BASE_VI = 'Hội đồng họp hôm thứ Hai để bàn ngân sách năm tới. Các quan chức cho biết cuộc bỏ phiếu sẽ sớm diễn ra.'

describe('a name after a prefix or a hyphened title is one name', () => {
  it.each([
    ['en: a name after anti- is missing', `${BASE_EN} There is widespread anti-Trump sentiment in the town.`, BASE_EN, ['Trump']],
    ['vi: a name after anti- is missing', `${BASE_VI} Làn sóng anti-Trump lan rộng.`, BASE_VI, ['Trump']],
    ['en: President-elect Trump is one name, missing once', `${BASE_EN} He quoted President-elect Trump, and Trump replied.`, BASE_EN, ['Trump']],
    // traps: the other report names him, after a prefix or alone
    ['en trap: the other report writes the name alone', `${BASE_EN} There is widespread anti-Trump sentiment in the town.`, `${BASE_EN} Trump won the town.`, []],
    ['en trap: the other report writes it after a prefix', `${BASE_EN} Trump won the town.`, `${BASE_EN} There is widespread anti-Trump sentiment in the town.`, []],
    // issue 11 (names32): the adjective built on a prefixed name is the name for missing, and a name's own prefix stays its own
    ['en: a name after post- is missing', `${BASE_EN} The post-Covid recovery has been slow.`, `${BASE_EN} The recovery has been slow.`, ['Covid']],
    ['en trap: post-Covid against after Covid', `${BASE_EN} The post-Covid recovery has been slow.`, `${BASE_EN} The recovery after Covid has been slow.`, []],
    ['en trap: after Covid against post-Covid', `${BASE_EN} The recovery after Covid has been slow.`, `${BASE_EN} The post-Covid recovery has been slow.`, []],
    ['en trap: pro-Russian against Russia', `${BASE_EN} The pro-Russian rebels attacked the town.`, `${BASE_EN} The rebels backed by Russia attacked the town.`, []],
    ['en trap: a title-case party keeps its prefix', `${BASE_EN} The Pro-Democracy Party won the town.`, `${BASE_EN} The party won the town.`, ['Pro-Democracy Party']],
    ['en trap: a newspaper keeps its prefix', `${BASE_EN} He told the Post-Gazette about the town.`, `${BASE_EN} He told a newspaper about the town.`, ['Post-Gazette']],
    ['vi trap: hậu Covid against post-Covid', `${BASE_VI} Phục hồi hậu Covid còn chậm.`, `${BASE_VI} Phục hồi post-Covid còn chậm.`, []],
    ['vi: a name after pro- is missing', `${BASE_VI} Phiến quân pro-Russian tấn công thị trấn.`, `${BASE_VI} Phiến quân tấn công thị trấn.`, ['Russian']],
  ])('%s', (_why, a, b, names) => {
    expect(missingNames(a, b)).toEqual(names)
  })
})
