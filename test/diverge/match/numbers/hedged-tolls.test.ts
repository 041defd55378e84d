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
 * The contradictions the main-toll rule made. Some traps below are still flagged by the slot rules
 * of linked sentences ("150 outras" / "100 outras", "12 người" bị thương nặng / "25 người" bị
 * thương), as before the toll rule existed: not this rule's to settle.
 */
const tollFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b && d.evidence.some((e) => e.startsWith('the main toll of the')))
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

  // review rcounts47: a second figure sentence on each side is no sign the two leads tell one event
  it.each([
    ['en: two attacks, each report going on (MSRP 787432)', 'The blasts killed two people and injured more than 150 others. Police later detained 3 suspects.', 'The Atlanta Olympic Games attack killed one woman and injured more than 100 other people. The park reopened 3 days later.', '150', '100'],
    ['en: two attacks, a like figure sentence appended', 'The blasts killed two people and injured more than 150 others. Police questioned 20 people.', 'The Atlanta Olympic Games attack killed one woman and injured more than 100 other people. Police questioned 30 people.', '150', '100'],
    ['vi: hai vụ tấn công, mỗi bài kể tiếp', 'Các vụ nổ làm 2 người chết và hơn 150 người khác bị thương. Cảnh sát sau đó bắt giữ 3 nghi phạm.', 'Vụ tấn công tại Thế vận hội Atlanta làm một phụ nữ chết và hơn 100 người khác bị thương. Công viên mở cửa lại sau 3 ngày.', '150', '100'],
    ['pt: dois ataques, cada texto seguindo', 'As explosões mataram duas pessoas e feriram mais de 150 outras. A polícia deteve 3 suspeitos.', 'O ataque nos Jogos Olímpicos de Atlanta matou uma mulher e feriu mais de 100 outras pessoas. O parque reabriu 3 dias depois.', '150', '100'],
  ])('%s', (_label, a, b, va, vb) => {
    expect(tollFlags(a, b).filter(([x, y]) => x!.includes(va) && y!.includes(vb))).toEqual([])
  })

  // a part of the dead ("3 of the dead were children") and a qualified outcome ("seriously injured") are subsets of the toll, not it
  it.each([
    ['en: a part of the dead', 'At least 3 of the dead were children, officials said. Aid arrived in Aceh on Wednesday.', 'Aid arrived in Aceh on Wednesday. At least 8 people died when the quake struck, police said.'],
    ['en: a part of the dead, the toll first', 'At least 3 of the dead were children, officials said. Aid arrived in Aceh on Wednesday.', 'At least 8 people died when the quake struck, police said. Aid arrived in Aceh on Wednesday.'],
    ['en: a part of those killed', 'At least 4 of those killed were women, officials said. Aid arrived in Aceh on Wednesday.', 'Aid arrived in Aceh on Wednesday. At least 12 people were killed in the attack, police said.'],
    ['pt: ao menos 3 dos mortos', 'Ao menos 3 dos mortos eram crianças, segundo as autoridades. A ajuda chegou a Aceh em 12 de agosto.', 'A ajuda chegou a Aceh em 12 de agosto. Ao menos 8 pessoas morreram no terremoto, disse a polícia.'],
    ['vi: ít nhất 3 trong số người chết', 'Ít nhất 3 trong số người chết là trẻ em, chính quyền cho biết. Hàng cứu trợ đến Aceh vào ngày 12/8.', 'Hàng cứu trợ đến Aceh vào ngày 12/8. Ít nhất 8 người đã chết trong trận động đất, cảnh sát cho biết.'],
    ['id: sedikitnya 3 dari korban tewas', 'Sedikitnya 3 dari korban tewas adalah anak-anak, kata pejabat. Bantuan tiba di Aceh pada 12 Agustus.', 'Bantuan tiba di Aceh pada 12 Agustus. Sedikitnya 8 orang tewas dalam gempa itu, kata polisi.'],
    ['en: the seriously injured against the injured', 'More than 12 people were seriously injured, the hospital said. Firefighters reached the Tianjin plant on Monday.', 'Firefighters reached the Tianjin plant on Monday. More than 25 people were wounded, police said.'],
    ['vi: bị thương nặng / bị thương', 'Hơn 12 người bị thương nặng, bệnh viện cho biết. Lính cứu hỏa đến nhà máy Thiên Tân vào thứ Hai.', 'Lính cứu hỏa đến nhà máy Thiên Tân vào thứ Hai. Hơn 25 người bị thương, cảnh sát cho biết.'],
    ['pt: gravemente feridos / feridos', 'Mais de 12 pessoas ficaram gravemente feridas, disse o hospital. Os bombeiros chegaram à fábrica de Tianjin na segunda-feira.', 'Os bombeiros chegaram à fábrica de Tianjin na segunda-feira. Mais de 25 pessoas ficaram feridas, disse a polícia.'],
    ['id: luka berat / luka-luka', 'Lebih dari 12 orang luka berat, kata rumah sakit. Petugas pemadam tiba di pabrik Tianjin pada Senin.', 'Petugas pemadam tiba di pabrik Tianjin pada Senin. Lebih dari 25 orang luka-luka, kata polisi.'],
  ])('%s', (label, a, b) => {
    expect(tollFlags(a + A_MORE[lang(label)], B_MORE[lang(label)] + b)).toEqual([])
  })
})

/**
 * Two reports' leads each giving a floor of one outcome's toll ("killed at least 5 people" / "At
 * least 3 people died"; "ao menos 30" / "Ao menos 33 pessoas morreram", CSTNews 18): an editor
 * wants them side by side, flagged below a toll told plainly.
 */
describe('two lower bounds in two reports\' leads', () => {
  it.each([
    ['en: at least 5 / at least 3', 'The quake killed at least 5 people, officials said. Aid arrived in Aceh on Wednesday.', 'Aid arrived in Aceh on Wednesday. At least 3 people died when the quake struck, police said.', '5', '3'],
    ['vi: ít nhất 5 / ít nhất 3', 'Trận động đất làm ít nhất 5 người chết, chính quyền cho biết. Hàng cứu trợ đến Aceh vào ngày 12/8.', 'Hàng cứu trợ đến Aceh vào ngày 12/8. Cảnh sát cho biết ít nhất 3 người đã thiệt mạng.', '5', '3'],
    ['pt: ao menos 30 / ao menos 33', 'Ataque a tiros mata ao menos 30 em universidade dos EUA. A polícia fechou o campus em 16 de abril.', 'O campus, nos EUA, foi fechado em 16 de abril. Ao menos 33 pessoas morreram no tiroteio, segundo o presidente da instituição.', '30', '33'],
    ['en: the injured, more than 40 / more than 25', 'The blast injured more than 40 people, the hospital said. Firefighters reached the Tianjin plant on Monday.', 'Firefighters reached the Tianjin plant on Monday. More than 25 people were wounded, police said.', '40', '25'],
    ['en: both seriously injured', 'More than 12 people were seriously injured, the hospital said. Firefighters reached the Tianjin plant on Monday.', 'Firefighters reached the Tianjin plant on Monday. More than 25 people were seriously injured, police said.', '12', '25'],
    ['vi: cả hai bị thương nặng', 'Hơn 12 người bị thương nặng, bệnh viện cho biết. Lính cứu hỏa đến nhà máy Thiên Tân vào thứ Hai.', 'Lính cứu hỏa đến nhà máy Thiên Tân vào thứ Hai. Hơn 25 người bị thương nặng, cảnh sát cho biết.', '12', '25'],
  ])('%s', (label, a, b, va, vb) => {
    const flags = flagsOf(label, a, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })

  // review rcounts47: a headline and a byline are not two of the lead's sentences
  it.each([
    ['en: a headline and a byline before the lead', 'The blast injured more than 40 people, the hospital said. Firefighters reached the Tianjin plant on Monday.', 'Blast at Tianjin chemical plant\nBy Jane Doe\nVolunteers fed 200 people. More than 25 people were wounded, police said.', '40', '25'],
    ['vi: tiêu đề và tên tác giả trước phần mở đầu', 'Trận động đất làm ít nhất 5 người chết, chính quyền cho biết. Hàng cứu trợ đến Aceh vào ngày 12/8.', 'Động đất ở Aceh\nBởi Nguyễn Văn An\nTình nguyện viên phát cơm cho 200 người. Cảnh sát cho biết ít nhất 3 người đã thiệt mạng.', '5', '3'],
  ])('%s', (_label, a, b, va, vb) => {
    const flags = numberFlags(a + A_MORE.en, b)
    expect(flags.some(([x, y]) => x!.includes(va) && y!.includes(vb))).toBe(true)
  })

  it('weighs two floors below a toll told plainly', () => {
    const plain = compare(`The quake killed 5 people, officials said. Aid arrived in Aceh on Wednesday.${A_MORE.en}`, `${B_MORE.en}Aid arrived in Aceh on Wednesday. Three people died when the quake struck, police said.`)
    const floors = compare(`The quake killed at least 5 people, officials said. Aid arrived in Aceh on Wednesday.${A_MORE.en}`, `${B_MORE.en}Aid arrived in Aceh on Wednesday. At least 3 people died when the quake struck, police said.`)
    const weight = (r: ReturnType<typeof compare>): number => r.divergences.find((d) => d.kind === 'number')?.confidence ?? 0
    expect(weight(floors)).toBeGreaterThanOrEqual(0.5)
    expect(weight(floors)).toBeLessThan(weight(plain))
  })
})
