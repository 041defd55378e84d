import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { figureFlags } from '../../../helpers'
import { countedAs } from '../../../../src/diverge/extract/numbers/counted-synonyms'

const contradictions = (a: string, b: string): string[] => figureFlags(a, b, ['number'])

const missing = (a: string, b: string): string[] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'missing' && d.factType === 'number')
    .map((d) => (d.a ?? d.b)!.text)

describe('counted nouns that count the same thing fill one slot', () => {
  it.each([
    ['dân', 'người'],
    ['resident', 'people'],
    ['inhabitant', 'people'],
    ['người', 'người'],
    ['tàu', 'tàu'],
    ['soldier', 'troop'],
    ['lính', 'binh'],
    ['congregation', 'church'],
    ['pessoa', 'people'],
    ['persona', 'people'],
    ['personne', 'people'],
    ['persone', 'people'],
    // "feriu outras 85", "hirió a otras 85", "blessant 85 autres": others, as "85 others" (review rtolls43)
    ['outra', 'other'],
    ['otra', 'other'],
    ['autre', 'other'],
    ['weitere', 'other'],
    ['other', 'other'],
    // traps: a kind of person stays its own noun
    ['criança', 'criança'],
    ['passenger', 'passenger'],
  ])('%s is counted as %s', (noun, as) => {
    expect(countedAs(noun)).toBe(as)
  })

  it.each([
    [
      // VietnameseMDS cluster 22: Tổ Quốc and Dân Trí on Nanjing, a number word against a hedged figure.
      'vi: a population in words against a hedged one with another noun',
      'Ông Quý bị điều tra. Thành phố tám triệu dân này là thủ phủ tỉnh Giang Tô ở miền Đông Trung Quốc. Ông bị cách chức hôm qua.',
      'Ông Quý bị bắt. Nam Kinh, thủ phủ tỉnh Giang Tô, có dân số khoảng 7 triệu người. Tân Hoa Xã đưa tin.',
      ['tám triệu dân | 7 triệu người'],
    ],
    [
      'en: residents and people of one town',
      'The storm hit the coast on Monday. The town of 3,000 residents was cut off by the flood. Help arrived late.',
      'The storm struck on Monday. The town, home to 5,000 people, was cut off by the flood. Help came on Tuesday.',
      ['3,000 residents | 5,000 people'],
    ],
    ['en: troops and soldiers of one toll', 'At least 27 US troops have been killed by hostile fire since May 1.', 'At least 26 American soldiers have been killed by hostile fire since May 1.', ['27 US troops | 26 American soldiers']],
    [
      'en: congregations and churches of one movement, and its bishops beside them',
      'It reports a mailing list of 50,000 and support from about 500 congregations and 50 bishops.',
      'The group has the support of about 215 churches and an estimated 25 bishops.',
      ['500 congregations | 215 churches', '50 bishops | 25 bishops'],
    ],
    ['vi: binh sĩ and lính of one blast', 'Vụ nổ làm 30 binh sĩ thiệt mạng tại căn cứ.', 'Vụ nổ làm 32 lính thiệt mạng tại căn cứ.', ['30 binh | 32 lính']],
  ])('%s', (_name, a, b, expected) => {
    expect(contradictions(a, b)).toEqual(expected)
  })

  it.each([
    ['vi: the same population with either noun', 'Thành phố 8 triệu dân này là thủ phủ tỉnh Giang Tô.', 'Nam Kinh, thủ phủ tỉnh Giang Tô, có 8 triệu người.'],
    ['en: the same crowd with either noun', 'About 3,000 residents were evacuated from the valley.', 'Some 3,000 people were evacuated from the valley.'],
    ['en: the same toll with either noun', 'At least 27 US troops have been killed since May 1.', 'At least 27 American soldiers have been killed since May 1.'],
    ['vi: the same toll with either noun', 'Vụ nổ làm 30 binh sĩ thiệt mạng.', 'Vụ nổ làm 30 lính thiệt mạng.'],
  ])('agree, no figure missing: %s', (_name, a, b) => {
    expect(contradictions(a, b)).toEqual([])
    expect(missing(a, b)).toEqual([])
  })
})
