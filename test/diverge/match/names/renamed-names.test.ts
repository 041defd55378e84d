/**
 * A body renamed (renamed-names.ts): a report that states the change (formerly, trước đây là,
 * anciennement…) names one entity twice, so its new name is no missing fact in a report that
 * writes the old one. Without a stated change two names sharing a word stay two.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const missingNames = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing')
    .map((d) => d.a?.text ?? d.b?.text ?? '')

describe('a stated change of name links the two names', () => {
  it.each([
    [
      'en: formerly',
      'Fontem Ventures, a unit of Imperial Brands, formerly Imperial Tobacco, said it will raise the minimum age to 21.',
      'Fontem Ventures, a unit of Imperial Tobacco Group, would raise the minimum age to buy pods to 21.',
    ],
    [
      'en: now known as',
      'The deal was signed by Facebook, now known as Meta Platforms, on Tuesday in California.',
      'The deal was signed by Facebook on Tuesday in California, the company said.',
    ],
    [
      'vi: trước đây là',
      'Công ty Imperial Brands, trước đây là Imperial Tobacco, cho biết sẽ nâng độ tuổi tối thiểu lên 21.',
      'Công ty Imperial Tobacco cho biết sẽ nâng độ tuổi tối thiểu mua sản phẩm lên 21.',
    ],
    [
      'fr: anciennement',
      "Le constructeur Stellantis (anciennement Peugeot Citroën) a annoncé mardi la fermeture de l'usine.",
      "Le constructeur Peugeot Citroën a annoncé mardi la fermeture de l'usine, selon les syndicats.",
    ],
    [
      'pt: antiga',
      'A empresa Stellantis, antiga Peugeot Citroën, anunciou nesta terça o fechamento da fábrica.',
      'A empresa Peugeot Citroën anunciou nesta terça o fechamento da fábrica, segundo o sindicato.',
    ],
  ])('%s', (_, a, b) => {
    expect(missingNames(a, b)).toEqual([])
  })

  it.each([
    [
      'en: no change stated, two names sharing a word',
      'Fontem Ventures, a unit of tobacco company Imperial Brands, said it will raise the minimum age to 21.',
      'Fontem Ventures, a unit of Imperial Tobacco Group, would raise the minimum age to buy pods to 21.',
      'Imperial Brands',
    ],
    [
      'en: two names joined by and, not renamed',
      'The deal was signed by Facebook and Meta Platforms on Tuesday in California.',
      'The deal was signed by Facebook on Tuesday in California, the company said.',
      'Meta Platforms',
    ],
    [
      'vi: a cue far from the names',
      'Công ty Imperial Brands cho biết sẽ nâng độ tuổi tối thiểu lên 21, trước đây là 18, theo Imperial Tobacco.',
      'Công ty Imperial Tobacco cho biết sẽ nâng độ tuổi tối thiểu mua sản phẩm lên 21.',
      'Imperial Brands',
    ],
    [
      'pt: ex- is a former club, not a rename',
      'O técnico Renato Gaúcho, do Flamengo, ex-Grêmio, foi demitido nesta segunda-feira após a derrota.',
      'O técnico Renato Gaúcho foi demitido nesta segunda-feira após a derrota. Ele já treinou o Grêmio.',
      'Flamengo',
    ],
    [
      'pt: ex- after a club, the old club of a player',
      'O meia Gerson, do Flamengo, ex-Roma, foi convocado nesta sexta-feira para a seleção.',
      'O meia Gerson, que jogou na Roma, foi convocado nesta sexta-feira para a seleção.',
      'Flamengo',
    ],
    [
      'en: formerly before a role, the past post of a person',
      'Newcastle signed Jones, formerly Chelsea captain, on Monday for £20 million.',
      'Newcastle signed the former Chelsea captain on Monday for £20 million.',
      'Jones',
    ],
    [
      'vi: a person, trước đây là a bank',
      'Ông Trần Văn Nam, trước đây là Vietcombank, được bổ nhiệm làm tổng giám đốc hôm thứ Hai.',
      'Vietcombank bổ nhiệm tổng giám đốc mới hôm thứ Hai tại Hà Nội.',
      'Trần Văn Nam',
    ],
  ])('still missing: %s', (_, a, b, name) => {
    expect(missingNames(a, b)).toContain(name)
  })
})
