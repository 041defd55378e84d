/**
 * names53 (TGNews): a Russian report's foreign names across the two reports — a name rendered two
 * ways in sentences the aligner did not link, a full name glued to a firm in Latin letters, and a
 * name glued to the word before it by a lost space.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const nameFlags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'name')
const pairsOf = (a: string, b: string) => nameFlags(a, b).map((d) => [...d.occurrences!.a, ...d.occurrences!.b].map((s) => s.text))

const RECORD_A =
  'Исландский силач Хафтор Бьернссон поднял штангу весом 501 килограмм. Предыдущий мировой рекорд, установленный британцем Эдди Голлом в 2016 году, составлял 500 кг. Спортсмен тренировался в собственном зале.'
const RECORD_B =
  'Хафтор Бьернссон установил новый мировой рекорд в становой тяге. Из-за пандемии соревнования прошли без зрителей. Предыдущий рекорд принадлежал британцу Эдди Холлу.'

describe('one foreign name rendered two ways in Cyrillic', () => {
  it('Голлом / Холлу in unlinked sentences is one man respelt', () => {
    expect(pairsOf(RECORD_A, RECORD_B)).toContainEqual(['Эдди Голлом', 'Эдди Холлу'])
  })
  it('a full name beside a firm in Latin letters is the entity its short form names: one divergence', () => {
    const a = 'Об этом сообщил предприниматель Уоррен Баффет, глава конгломерата. Мы ошиблись, признал Баффет на собрании.'
    const b = 'Компания миллиардера Уоррена Баффетта Berkshire Hathaway продала акции. Мы ошиблись, признал Баффетт на собрании.'
    const flags = pairsOf(a, b)
    expect(flags).toHaveLength(1)
    expect(flags[0]).toContain('Уоррена Баффетта')
    expect(flags[0]).not.toContain('Berkshire Hathaway')
  })
  it('a name glued to the word before it is read from its capital', () => {
    const a = 'Главный тренер сборной Нидерландов по футболу Рональд Куман госпитализирован. Он в стабильном состоянии.'
    const b = 'Главный тренер сборной НидерландовРоналд Куман попал в больницу. Он в стабильном состоянии.'
    expect(pairsOf(a, b).flat()).toContain('Роналд Куман')
  })
  // Traps: two men of one given name, one name in both reports under two case endings, English and Vietnamese pairs.
  it.each([
    ['rus', 'Рекорд установил британец Эдди Холл в 2016 году.', 'Тренером спортсмена был американец Эдди Гилл.'],
    ['rus', 'Рекорд, установленный британцем Эдди Холлом, продержался четыре года.', 'Рекорд принадлежал британцу Эдди Холлу.'],
    ['en', 'The record was set by Briton Eddie Hall in 2016.', 'His coach was the American Eddie Gall.'],
    ['vi', 'Kỷ lục do Nguyễn Văn Hùng lập năm 2016.', 'Huấn luyện viên là Nguyễn Văn Hồng.'],
  ])('%s trap: no name flag', (_lang, a, b) => {
    expect(nameFlags(a, b)).toEqual([])
  })
})
