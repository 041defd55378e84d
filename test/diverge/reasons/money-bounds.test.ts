import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

// A sum of money rounds only within 7 % (money-rounding.test.ts), so a bound the hedge reader cannot read
// turns a bounded sum into an exact one and flags a value inside the bound (review rhedges52, rows 1-14):
// bounds before the figure, after it ("or more", "trở lên") and hyphened onto its multiplier ("-plus").
const flagged = (a: string, b: string): string[][] =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' }).divergences.filter((d) => d.kind === 'number').map((d) => [d.a!.text, d.b!.text])
const reasons = (a: string, b: string): string[] =>
  compare({ text: a, source: 'A' }, { text: b, source: 'B' }).equivalences.map((e) => e.reason)

describe('a bounded sum of money holds a value inside its bound', () => {
  it.each([
    ['en north of', 'The deal is worth north of $1 billion, people familiar said.', 'The deal is worth $1.2 billion, people familiar said.'],
    ['en -plus', 'It was a $1 billion-plus deal for the firm.', 'It was a $1.2 billion deal for the firm.'],
    ['en in excess of', 'The damage is in excess of $2 million, the mayor said.', 'The damage is $2.3 million, the mayor said.'],
    ['en or more', 'The project will cost $1 billion or more, officials said.', 'The project will cost $1.2 billion, officials said.'],
    ['en shy of', 'The repairs cost shy of $2 million, officials said.', 'The repairs cost $1.8 million, officials said.'],
    ['en no less than', 'The project will cost no less than $1 billion, officials said.', 'The project will cost $1.2 billion, officials said.'],
    ['vi trở lên', 'Dự án cần 1 tỉ đồng trở lên, lãnh đạo huyện cho biết.', 'Dự án cần 1,2 tỉ đồng, lãnh đạo huyện cho biết.'],
    ['vi tối thiểu', 'Dự án cần tối thiểu 1 tỉ đồng, lãnh đạo huyện cho biết.', 'Dự án cần 1,2 tỉ đồng, lãnh đạo huyện cho biết.'],
    ['vi vượt', 'Thiệt hại vượt 1 tỉ đồng, lãnh đạo huyện cho biết.', 'Thiệt hại 1,2 tỉ đồng, lãnh đạo huyện cho biết.'],
    ['vi non', 'Quỹ có non 1 tỉ đồng, lãnh đạo huyện cho biết.', 'Quỹ có 900 triệu đồng, lãnh đạo huyện cho biết.'],
    ['vi không dưới', 'Dự án cần không dưới 1 tỉ đồng, lãnh đạo huyện cho biết.', 'Dự án cần 1,2 tỉ đồng, lãnh đạo huyện cho biết.'],
    ['fr dépassent', "Les dégâts dépassent 1 million d'euros, selon le maire.", "Les dégâts s'élèvent à 1,2 million d'euros, selon le maire."],
    ['fr au minimum', "Les dégâts sont d'au minimum 1 million d'euros, selon le maire.", "Les dégâts sont de 1,2 million d'euros, selon le maire."],
    ["fr jusqu'à", "Le fonds atteindra jusqu'à 1 million d'euros, selon le maire.", 'Le fonds atteindra 900 000 euros, selon le maire.'],
    ['fr au maximum', "Le fonds atteindra au maximum 1 million d'euros, selon le maire.", 'Le fonds atteindra 900 000 euros, selon le maire.'],
    ['pt passa de', 'O prejuízo passa de R$ 1 milhão, segundo o prefeito.', 'O prejuízo é de R$ 1,2 milhão, segundo o prefeito.'],
  ])('%s: no flag', (_name, a, b) => {
    expect(flagged(a, b)).toEqual([])
    expect(flagged(b, a)).toEqual([])
  })

  it.each([
    ['en north of', 'The deal is worth north of $1 billion, people familiar said.', 'The deal is worth $1.2 billion, people familiar said.'],
    ['vi trở lên', 'Dự án cần 1 tỉ đồng trở lên, lãnh đạo huyện cho biết.', 'Dự án cần 1,2 tỉ đồng, lãnh đạo huyện cho biết.'],
    ['fr dépassent', "Les dégâts dépassent 1 million d'euros, selon le maire.", "Les dégâts s'élèvent à 1,2 million d'euros, selon le maire."],
  ])('%s: an approximation', (_name, a, b) => {
    expect(reasons(a, b)).toContain('approximation')
  })
})

// Traps: a bound that does not reach the other value, a bound read the wrong way round, and a bound on
// another figure of the sentence stay flagged.
describe('a bound outside the other value, or on another figure, is still a contradiction', () => {
  it.each([
    ['en: north of 1 billion against 900 million', 'The deal is worth north of $1 billion, people familiar said.', 'The deal is worth $900 million, people familiar said.'],
    ['en: shy of 2 million against 2.3 million', 'The repairs cost shy of $2 million, officials said.', 'The repairs cost $2.3 million, officials said.'],
    ['en: or more than half (a figure of its own)', 'The plan costs $1 trillion, or more than half the budget.', 'The plan costs $1.2 trillion, or more than half the budget.'],
    ['en: no more than is an upper bound', 'The project will cost no more than $1 billion, officials said.', 'The project will cost $1.2 billion, officials said.'],
    ['vi: ít hơn is fewer than', 'Dự án cần ít hơn 1 tỉ đồng, lãnh đạo huyện cho biết.', 'Dự án cần 1,2 tỉ đồng, lãnh đạo huyện cho biết.'],
    ['vi: trở lên on another figure', 'Dự án cần 1 tỉ đồng cho 3 xã trở lên, lãnh đạo huyện cho biết.', 'Dự án cần 1,2 tỉ đồng cho 3 xã trở lên, lãnh đạo huyện cho biết.'],
    ['fr: au maximum against a larger sum', "Le fonds atteindra au maximum 1 million d'euros, selon le maire.", "Le fonds atteindra 1,2 million d'euros, selon le maire."],
  ])('%s', (_name, a, b) => {
    expect(flagged(a, b)).toHaveLength(1)
  })
})
