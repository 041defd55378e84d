/**
 * names53 (IndoSum): one person's given names written in two orders by two reports, each writing
 * every word of the other's name, is one name respelt; a family name moved to the other end, two
 * Vietnamese names of the same syllables, and a report that writes both orders are not.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { compare } from '../../../../src'

const nameFlags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'name')
const texts = (a: string, b: string) => nameFlags(a, b).map((d) => [d.a?.text, d.b?.text])

const indosum = new Map(
  readFileSync(new URL('../../../fixtures/indosum/articles.jsonl', import.meta.url), 'utf8').trim().split('\n').map((line) => {
    const article = JSON.parse(line) as { id: string; text: string }
    return [article.id, article.text] as const
  }),
)

describe('given names in another order', () => {
  it('id (IndoSum): each report also writes Bobby alone, so neither full name is missing, and the two orders are one divergence', () => {
    const a = indosum.get('1510178742-ijab-kabul-akun-kahiyang-ayu-malah-live-instagram')!
    const b = indosum.get('1510213914-mpok-atiek-sedih-tak-bisa-hadir-pernikahan-kahiyan')!
    expect(texts(a, b)).toContainEqual(['Muhammad Bobby Afif Nasution', 'Muhammad Afif Bobby Nasution'])
    expect(nameFlags(a, b).flatMap((d) => d.evidence ?? [])).toContain('name words in another order')
  })
  it.each([
    [
      'id',
      'Pernikahan berlangsung di Solo pada Rabu pagi. Kahiyang Ayu resmi menjadi istri dari Muhammad Bobby Afif Nasution di Graha Saba. Bobby menikahi Kahiyang dengan mas kawin emas. Kahiyang dan Bobby kini resmi menikah.',
      'Pernikahan berlangsung di Solo pada Rabu pagi. Banyak artis tidak bisa hadir di pernikahan Kahiyang dan Bobby. Presiden menikahkan putrinya dengan Muhammad Afif Bobby Nasution di gedung itu. Bobby pun menjabat tangan Presiden.',
      ['Muhammad Bobby Afif Nasution', 'Muhammad Afif Bobby Nasution'],
    ],
    [
      'en',
      'The hearing opened in Leeds on Monday. The court heard from John Paul Smith about the fire. Smith said he saw smoke.',
      'The hearing opened in Leeds on Monday. Witnesses included Paul John Smith, a neighbour. Smith told the court about the smoke.',
      ['John Paul Smith', 'Paul John Smith'],
    ],
  ])('%s: linked sentences already flag the order (words reordered); the new judge adds no second flag', (_lang, a, b, pair) => {
    expect(texts(a, b)).toEqual([pair])
  })
  it.each([
    ['en: a family name moved to the other end', 'Prime Minister Orbán Viktor spoke in Budapest on Monday.', 'Prime Minister Viktor Orbán spoke in Budapest on Monday.'],
    ['en: three words, the family name moved', 'The minister Chong Wei Feng spoke in Kuala Lumpur on Monday.', 'Wei Feng Chong was named coach of the club last year.'],
    ['vi: syllables reordered in sentences apart name another person', 'Ông Nguyễn Đức Anh phát biểu tại hội nghị hôm qua.', 'Trong khi đó, cầu thủ Nguyễn Anh Đức ghi bàn ở phút 90.'],
    [
      'en: a title-case headline, its words written in lower case in the text',
      'Woman Killed In Queens Hit\nA woman was killed in a hit-and-run in Queens on Sunday, police said.',
      'Queens Woman Killed In Hit\nA woman was struck and killed in Queens early Sunday, police said.',
    ],
    ['ru: the same order in both', 'Жених Мухаммад Бобби Афиф Насутион приехал в Соло.', 'В Соло приехал жених Мухаммад Бобби Афиф Насутион.'],
  ])('trap %s', (_what, a, b) => {
    expect(texts(a, b)).toEqual([])
  })
})
