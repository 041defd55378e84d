/**
 * A name given in full on one side and by its surname or given name alone where that opens a
 * quotation on the other is stated (opening-short-forms.ts; round missing21-1 of the missing-facts
 * gold, VietnameseMDS cluster 84). Another surname, a word the other report also writes in lower
 * case, a lone Vietnamese syllable, a name holding a description (Redwood Shores-based Oracle), or
 * the short form opening a plain sentence (left out for the planted benchmark) stay missing.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare({ text: a }, { text: b }).divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

describe('a short form opening a quotation stands for the name', () => {
  it.each([
    ['en, surname opens a quoted sentence', 'He left the club. "Ferguson never forgave him," he said.', 'The coach said Sir Alex Ferguson never forgave him.', 'Alex Ferguson'],
    ['en, curly quotation', 'He left the club. “Hillary will run again,” the paper said.', 'The paper said Hillary Rodham Clinton will run again.', 'Hillary Rodham Clinton'],
    ['vi, surname opens a quoted sentence', 'Ông rời CLB. "Beckham phải ra đi bởi cậu ấy nghĩ mình to hơn HLV".', 'Trong sách có những đoạn kể về mâu thuẫn của Sir Alex với David Beckham.', 'David Beckham'],
    ['vi, curly quotation', 'Ông rời CLB. “Messi là cầu thủ hay nhất”, ông nói.', 'Trong cuộc thăm dò, Lionel Messi là cầu thủ bóng đá đầu tiên lọt vào top 10.', 'Lionel Messi'],
  ])('%s', (_why, a, b, name) => {
    expect(missingNames(a, b)).not.toContain(name)
  })
})

describe('what is not the name opening a quotation stays missing', () => {
  it.each([
    ['en, another surname opens it', 'He left the club. "Smith never forgave him," he said.', 'The coach said Sir Alex Ferguson never forgave him.', 'Alex Ferguson'],
    ['en, an ordinary word written in lower case too', 'He left the club. "Young people were hit hardest," he said, and the young agreed.', 'Neil Young said the cuts hit hardest.', 'Neil Young'],
    ['en, a description hyphened to the name', 'He left the club. "Oracle shares were also higher," he said.', 'Shares of Redwood Shores-based Oracle rose 14 cents.', 'Redwood Shores-based Oracle'],
    ['en, the surname opens a plain sentence', 'Hannum was five and a half months pregnant when her mother died.', 'In her testimony, Kate Hannum said she was pregnant.', 'Kate Hannum'],
    ['vi, a lone Vietnamese syllable opens it', 'Ông rời CLB. "Nam đã thắng trận chung kết".', 'Nguyễn Văn Nam thắng trận chung kết.', 'Nguyễn Văn Nam'],
  ])('%s', (_why, a, b, name) => {
    expect(missingNames(a, b)).toContain(name)
  })
})
