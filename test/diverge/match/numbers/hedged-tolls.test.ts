import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Other counts of people on each side, of no outcome: the floors are then no side's only count of people, and only the toll rule can pair them. */
const A_MORE = { en: ' Rescuers pulled 40 people from the rubble.', vi: ' Lực lượng cứu hộ đưa 40 người ra khỏi đống đổ nát.', pt: ' Os bombeiros retiraram 40 pessoas do local.', id: ' Tim penyelamat mengevakuasi 40 orang dari reruntuhan.' }
const B_MORE = { en: 'Volunteers fed 200 people. ', vi: 'Tình nguyện viên phát cơm cho 200 người. ', pt: 'Voluntários alimentaram 200 pessoas. ', id: 'Relawan memberi makan 200 orang. ' }
const lang = (label: string): keyof typeof A_MORE => label.slice(0, 2) as keyof typeof A_MORE
const flagsOf = (label: string, a: string, b: string): string[][] => numberFlags(a + A_MORE[lang(label)], B_MORE[lang(label)] + b)

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

/**
 * Two lower bounds of one outcome that must stay unflagged: two outcomes, a state that is no
 * outcome, another event recalled, two lone sentences (of two attacks, MSRP 787432).
 */
describe('two lower bounds that are not one toll', () => {
  it.each([
    ['en: dead against missing', 'The quake killed at least 5 people, officials said. Aid arrived on Wednesday.', 'Aid arrived on Wednesday in the region. At least 3 people are missing after the quake, police said.'],
    ['vi: chết / mất tích', 'Trận động đất làm ít nhất 5 người chết, chính quyền cho biết. Hàng cứu trợ đến vào ngày 12/8.', 'Hàng cứu trợ đến vào ngày 12/8 tại vùng này. Cảnh sát cho biết ít nhất 3 người mất tích.'],
    ['pt: mortos / desaparecidos', 'O terremoto matou ao menos 5 pessoas, disseram as autoridades. A ajuda chegou em 12 de agosto.', 'A ajuda chegou em 12 de agosto à região. Ao menos 3 pessoas estão desaparecidas, disse a polícia.'],
    ['en: another event recalled', 'The quake killed at least 5 people, officials said. Aid arrived on Wednesday.', 'Aid arrived on Wednesday in the region. Last week a similar quake killed at least 3 people, police said.'],
    ['vi: một trận động đất tương tự', 'Trận động đất làm ít nhất 5 người chết, chính quyền cho biết. Hàng cứu trợ đến vào ngày 12/8.', 'Hàng cứu trợ đến vào ngày 12/8 tại vùng này. Tuần trước, một trận động đất tương tự làm ít nhất 3 người chết.'],
  ])('%s', (label, a, b) => {
    expect(flagsOf(label, a, b)).toEqual([])
  })

  it.each([
    ['en: two lone sentences of two attacks (MSRP 787432)', 'The blasts killed two people and injured more than 150 others.', 'The Atlanta Olympic Games attack killed one woman and injured more than 100 other people.'],
    ['vi: hai câu riêng lẻ của hai vụ tấn công', 'Các vụ nổ làm 2 người chết và hơn 150 người khác bị thương.', 'Vụ tấn công tại Thế vận hội Atlanta làm một phụ nữ chết và hơn 100 người khác bị thương.'],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })
})

/**
 * Two reports' leads each giving a floor of one outcome's toll ("killed at least 5 people" / "At
 * least 3 people died"; "ao menos 30" / "Ao menos 33 pessoas morreram", CSTNews 18): an editor
 * wants them side by side, flagged below a toll told plainly.
 */
describe('two lower bounds in two reports\' leads', () => {
  it.each([
    ['en: at least 5 / at least 3', 'The quake killed at least 5 people, officials said. Aid arrived on Wednesday.', 'Aid arrived on Wednesday in the region. At least 3 people died when the quake struck, police said.', '5', '3'],
    ['vi: ít nhất 5 / ít nhất 3', 'Trận động đất làm ít nhất 5 người chết, chính quyền cho biết. Hàng cứu trợ đến vào ngày 12/8.', 'Hàng cứu trợ đến vào ngày 12/8 tại vùng này. Cảnh sát cho biết ít nhất 3 người đã thiệt mạng.', '5', '3'],
    ['pt: ao menos 30 / ao menos 33', 'Ataque a tiros mata ao menos 30 em universidade dos EUA. A polícia fechou o campus em 16 de abril.', 'O campus foi fechado em 16 de abril. Ao menos 33 pessoas morreram no tiroteio, segundo o presidente da instituição.', '30', '33'],
    ['en: the injured, more than 40 / more than 25', 'The blast injured more than 40 people, the hospital said. Firefighters arrived on Monday.', 'Firefighters arrived on Monday at the plant. More than 25 people were wounded, police said.', '40', '25'],
  ])('%s', (label, a, b, va, vb) => {
    const flags = flagsOf(label, a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })

  it('weighs two floors below a toll told plainly', () => {
    const plain = compare(`The quake killed 5 people, officials said. Aid arrived on Wednesday.${A_MORE.en}`, `${B_MORE.en}Aid arrived on Wednesday in the region. Three people died when the quake struck, police said.`)
    const floors = compare(`The quake killed at least 5 people, officials said. Aid arrived on Wednesday.${A_MORE.en}`, `${B_MORE.en}Aid arrived on Wednesday in the region. At least 3 people died when the quake struck, police said.`)
    const weight = (r: ReturnType<typeof compare>): number => r.divergences.find((d) => d.kind === 'number')?.confidence ?? 0
    expect(weight(floors)).toBeGreaterThanOrEqual(0.5)
    expect(weight(floors)).toBeLessThan(weight(plain))
  })
})
