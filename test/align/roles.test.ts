/**
 * Headlines, teasers and captions are aligned with their own kind and their facts compared;
 * they never count in overlap.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import { type RoleDocument, alignRoles } from '../../src/align/roles'
import { type SharedCounts, sharedCounts } from '../../src/align/shared-counts'
import { type SentenceFrequencies, countsOf, sentenceFrequencies } from '../../src/align/bag-counts'
import { type Vocabulary, createVocabulary, intern, inverseFrequencyOfDocuments } from '../../src/align/weights'
import type { SentenceRole } from '../../src/types'

const bodyVi = [
  'Vụ cháy xảy ra lúc 2 giờ sáng tại một chung cư mini trên phố Khương Hạ, quận Thanh Xuân.',
  'Lực lượng cứu hỏa đã có mặt sau mười phút và dập tắt đám cháy vào lúc 4 giờ sáng.',
  'Nguyên nhân vụ cháy đang được cơ quan chức năng điều tra làm rõ.',
].join('\n\n')
const bodyEn = [
  'The fire broke out at 2 a.m. in a mini apartment block on Khuong Ha street in Thanh Xuan district.',
  'Firefighters arrived within ten minutes and put the fire out by 4 a.m.',
  'The cause of the fire is under investigation by the authorities.',
].join('\n\n')

const withHeadline = (headline: string, body: string): string => `${headline}\n\n${body}`

describe('headlines compared with headlines', () => {
  it.each([
    ['a number (vi)', 'Cháy chung cư mini ở Hà Nội, 32 người bị thương', 'Cháy chung cư mini ở Hà Nội, 39 người bị thương', bodyVi, 'number', '32', '39'],
    ['a number (en)', 'Apartment fire in Hanoi injures 32 people', 'Apartment fire in Hanoi injures 39 people', bodyEn, 'number', '32', '39'],
    ['a name spelt two ways', 'Thị trưởng Park Heong-joon đến hiện trường vụ cháy chung cư mini', 'Thị trưởng Park Hyeong Jun đến hiện trường vụ cháy chung cư mini', bodyVi, 'name', 'Park Heong-joon', 'Park Hyeong Jun'],
  ])('reports %s that the headlines disagree on, as a high headline divergence', (_what, headlineA, headlineB, body, kind, valueA, valueB) => {
    const report = compare(withHeadline(headlineA, body), withHeadline(headlineB, body))
    expect(report.a.sentences[0]!.role).toBe('headline')
    expect(report.alignments.find((link) => link.role === 'headline')).toMatchObject({ a: [0], b: [0] })
    const divergence = report.divergences.find((d) => d.kind === kind)
    expect(divergence).toMatchObject({ role: 'headline', severity: 'high', a: { sentence: 0, text: expect.stringContaining(valueA) }, b: { sentence: 0, text: expect.stringContaining(valueB) } })
    // The body links alone make the overlap: the headlines' difference changes nothing there.
    expect(report.overlap).toEqual(compare(withHeadline(headlineA, body), withHeadline(headlineA, body)).overlap)
  })

  it('finds headlines equal up to the format of a number equivalent, not divergent', () => {
    const report = compare(withHeadline('Cháy chung cư mini ở Hà Nội, 1.500 người sơ tán', bodyVi), withHeadline('Cháy chung cư mini ở Hà Nội, 1500 người sơ tán', bodyVi))
    expect(report.divergences).toEqual([])
    expect(report.equivalences).toContainEqual(expect.objectContaining({ a: expect.objectContaining({ sentence: 0, text: expect.stringContaining('1.500') }), b: expect.objectContaining({ sentence: 0, text: expect.stringContaining('1500') }) }))
  })

  it("compares a headline with the other report's lead when that report has none", () => {
    const lead = 'Cháy chung cư mini ở Hà Nội sáng nay làm 39 người bị thương.'
    const report = compare(withHeadline('Cháy chung cư mini ở Hà Nội, 32 người bị thương', bodyVi), `${lead}\n\n${bodyVi}`)
    expect(report.b.sentences[0]!.role).toBe('body')
    expect(report.divergences.find((d) => d.kind === 'number')).toMatchObject({ role: 'headline', severity: 'high', a: { sentence: 0, text: expect.stringContaining('32') }, b: { sentence: 0, text: expect.stringContaining('39') } })
    // The lead stays in its body link only.
    expect(report.alignments.filter((link) => link.b.includes(0)).length).toBeLessThanOrEqual(1)
  })

  it('links no headline to an unrelated lead', () => {
    const report = compare(withHeadline('Giá vàng hôm nay tăng mạnh lên 80 triệu đồng một lượng', bodyVi), `Bộ trưởng thăm 3 tỉnh miền Tây trong tuần này.\n\n${bodyVi}`)
    expect(report.divergences.filter((d) => d.kind !== 'missing')).toEqual([])
  })
})

describe('captions compared with captions', () => {
  it('reports a figure two captions disagree on, in role caption, and never counts captions in overlap', () => {
    const caption = (n: string): string => `Lực lượng cứu hỏa tiếp cận hiện trường với ${n} xe chữa cháy - Ảnh 1.\n\nẢNH: TTXVN`
    const a = `${bodyVi}\n\n${caption('12')}`
    const b = `${bodyVi}\n\n${caption('15')}`
    const report = compare(a, b)
    expect(report.alignments.some((link) => link.role === 'caption')).toBe(true)
    expect(report.divergences).toContainEqual(expect.objectContaining({ kind: 'number', role: 'caption', a: expect.objectContaining({ text: expect.stringContaining('12') }) }))
    expect(report.overlap).toEqual(compare(bodyVi, bodyVi).overlap)
  })
})

describe('alignRoles on lines copied one for one', () => {
  // A story's reports share counted bags among copies (compare.ts): alignRoles then links copied
  // lines without weighing them, and must give what alignBags gives the same lines counted apart.
  const roleDocument = (lines: readonly (readonly [SentenceRole, readonly string[]])[], vocabulary: Vocabulary, table?: SharedCounts): RoleDocument & { frequencies: SentenceFrequencies } => {
    const ids = lines.map(([, words]) => Int32Array.from(intern(vocabulary, words)))
    const counts = ids.map((list) => (table ? sharedCounts(table, countsOf(list)) : countsOf(list)))
    const lead = lines.findIndex(([role]) => role === 'body')
    return { roles: lines.map(([role]) => role), ids, lead, counts, frequencies: sentenceFrequencies(counts) }
  }
  const words = (text: string): string[] => text.toLowerCase().split(/\s+/)

  it.each([
    ['vi', [['headline', 'Kỷ niệm 30 năm thành lập trường'], ['caption', 'Ảnh: Ngọc Dương'], ['caption', 'Thầy trò tại lễ kỷ niệm'], ['body', 'Sáng 13.8 nhà trường tổ chức lễ kỷ niệm']]],
    ['en', [['headline', 'Mayor opens the new bridge'], ['caption', 'Photo: Reuters'], ['caption', 'Photo: Reuters'], ['body', 'The mayor opened the bridge on Monday']]],
  ] as const)('links each copied %s line to its copy as alignBags does', (_, lines) => {
    const parsed = lines.map(([role, text]) => [role, words(text)] as const)
    const vocabulary = createVocabulary()
    const table: SharedCounts = new Map()
    const sharedA = roleDocument(parsed, vocabulary, table)
    const sharedB = roleDocument(parsed, vocabulary, table)
    const apartA = roleDocument(parsed, vocabulary)
    const apartB = roleDocument(parsed, vocabulary)
    let asked = 0
    const weighting = () => {
      asked++
      return inverseFrequencyOfDocuments(vocabulary, [sharedA.frequencies, sharedB.frequencies])
    }
    const fast = alignRoles(sharedA, sharedB, weighting, 0.5)
    const general = alignRoles(apartA, apartB, () => inverseFrequencyOfDocuments(vocabulary, [apartA.frequencies, apartB.frequencies]), 0.5)
    expect(fast).toEqual(general)
    expect(asked).toBe(0)
    expect(fast.length).toBe(3)
  })

  // A story's outlets drop a caption or two: when every line of one side is linked to its copy,
  // nothing is left to search, and the copies' links are alignBags' whatever the weighting.
  it.each([
    ['B drops a caption', ['Ảnh: Ngọc Dương', 'Thầy trò tại lễ kỷ niệm', 'Ảnh: TTXVN'], ['Ảnh: Ngọc Dương', 'Ảnh: TTXVN'], 0],
    ['A drops a caption', ['Photo: Reuters'], ['Mayor at the bridge', 'Photo: Reuters'], 0],
    ['a repeated credit, once in B', ['Photo: Reuters', 'Photo: Reuters'], ['Photo: Reuters'], 0],
    ['out of order', ['Photo: Reuters', 'Mayor at the bridge'], ['Mayor at the bridge', 'Photo: Reuters'], 0],
    ['each side drops another caption (a search is left)', ['Ảnh: Ngọc Dương', 'Thầy trò tại lễ kỷ niệm'], ['Ảnh: Ngọc Dương', 'Lễ kỷ niệm 30 năm'], 1],
  ] as const)('links copies as alignBags does when %s', (_, captionsA, captionsB, weighings) => {
    const lines = (captions: readonly string[]) => [['headline', words('Kỷ niệm 30 năm thành lập trường')] as const, ...captions.map((c) => ['caption', words(c)] as const)]
    const vocabulary = createVocabulary()
    const table: SharedCounts = new Map()
    const sharedA = roleDocument(lines(captionsA), vocabulary, table)
    const sharedB = roleDocument(lines(captionsB), vocabulary, table)
    const apartA = roleDocument(lines(captionsA), vocabulary)
    const apartB = roleDocument(lines(captionsB), vocabulary)
    let asked = 0
    const fast = alignRoles(sharedA, sharedB, () => (asked++, inverseFrequencyOfDocuments(vocabulary, [sharedA.frequencies, sharedB.frequencies])), 0.5)
    const general = alignRoles(apartA, apartB, () => inverseFrequencyOfDocuments(vocabulary, [apartA.frequencies, apartB.frequencies]), 0.5)
    expect(fast).toEqual(general)
    expect(asked).toBe(weighings)
  })

  it('weighs the lines when a caption is not a copy', () => {
    const vocabulary = createVocabulary()
    const table: SharedCounts = new Map()
    const a = roleDocument([['caption', words('Ảnh: Ngọc Dương')]], vocabulary, table)
    const b = roleDocument([['caption', words('Ảnh: Ngọc Dương chụp')]], vocabulary, table)
    let asked = 0
    alignRoles(a, b, () => (asked++, inverseFrequencyOfDocuments(vocabulary, [a.frequencies, b.frequencies])), 0.5)
    expect(asked).toBe(1)
  })
})

// Issue 11 point 5: a caption with no caption to meet in the other report meets the body sentence that
// states its scene, compared but not shown; captions meet captions first; a caption dated another day
// than the sentence is another scene.
describe('a caption compared with the other report’s body when that report has no caption for it', () => {
  const captionVi = (line: string): string => `${bodyVi}\n\n${line} - Ảnh 1.\n\nẢnh: TTXVN`
  const bodyWith = (sentence: string, body = bodyVi): string => `${body}\n\n${sentence}`
  const photoEn = (line: string): string => `${bodyEn}\n\nPhoto: ${line}`
  it.each([
    ['vi, a count', captionVi('Lực lượng cứu hộ đưa 35 người ra khỏi tòa nhà bị cháy'), bodyWith('Lực lượng cứu hộ đã đưa 38 người ra khỏi tòa nhà bị cháy.'), '35', '38'],
    ['vi, a day', captionVi('Lực lượng cứu hộ đưa người bị thương ra khỏi tòa nhà bị cháy ngày 12/8'), bodyWith('Ngày 13/8, lực lượng cứu hộ đưa người bị thương ra khỏi tòa nhà bị cháy.'), undefined, undefined],
    ['en, a count', photoEn('Rescuers carry 35 people out of the burning apartment building'), bodyWith('Rescuers carry 38 people out of the burning apartment building, police said.', bodyEn), '35', '38'],
  ])('%s: the caption’s figure is contradicted by the body’s', (_what, a, b, valueA, valueB) => {
    const report = compare(a, b)
    const conflict = report.divergences.find((d) => d.kind === 'number' || d.kind === 'date')
    if (valueA === undefined) {
      // Dated two different days: two scenes, nothing compared.
      expect(conflict).toBeUndefined()
      return
    }
    expect(conflict).toMatchObject({ role: 'caption', a: { text: expect.stringContaining(valueA) }, b: { text: expect.stringContaining(valueB!) } })
    // Compared, not shown: the body sentence stays in its own body link only.
    expect(report.alignments.some((link) => link.role === 'caption')).toBe(false)
    // The other way round too.
    expect(compare(b, a).divergences.find((d) => d.kind === 'number')).toMatchObject({ role: 'caption', a: { text: expect.stringContaining(valueB!) }, b: { text: expect.stringContaining(valueA) } })
  })

  it.each([
    ['vi', captionVi('Lực lượng cứu hộ đưa 38 người ra khỏi tòa nhà bị cháy'), bodyWith('Lực lượng cứu hộ đã đưa 38 người ra khỏi tòa nhà bị cháy.')],
    ['en', photoEn('Rescuers carry 38 people out of the burning apartment building'), bodyWith('Rescuers carry 38 people out of the burning apartment building, police said.', bodyEn)],
  ])('%s: a body fact the other report states in a caption is not missing', (_what, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.b?.text.includes('38'))).toEqual([])
  })

  it.each([
    // Traps: another day's scene, a caption of another scene, a caption that meets a caption.
    ['vi, a queue photographed on another day', captionVi('Khoảng 200 người dân xếp hàng chờ tiêm vắc xin tại điểm tiêm ở quận Thanh Xuân ngày 12/8'), bodyWith('Ngày 13/8, khoảng 300 người dân xếp hàng chờ tiêm vắc xin tại điểm tiêm ở quận Thanh Xuân.')],
    ['en, a queue photographed on another day', photoEn('About 200 residents queue for vaccine shots at a vaccination site in Thanh Xuan district on Aug. 12'), bodyWith('On Aug. 13, about 300 residents queue for vaccine shots at a vaccination site in Thanh Xuan district.', bodyEn)],
    ['vi, a caption of another scene', captionVi('Bộ trưởng thăm hỏi 12 người bị thương tại bệnh viện'), bodyWith('Lực lượng cứu hộ đã đưa 38 người ra khỏi tòa nhà bị cháy.')],
    ['en, a caption of another scene', photoEn('The minister visits 12 injured people at the city hospital'), bodyWith('Rescuers carry 38 people out of the burning apartment building, police said.', bodyEn)],
  ])('%s: compares nothing', (_what, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind !== 'missing')).toEqual([])
  })

  it('meets the other report’s caption first, never its body, when a caption links', () => {
    const a = captionVi('Lực lượng cứu hộ đưa 35 người ra khỏi tòa nhà bị cháy')
    const b = `${bodyWith('Lực lượng cứu hộ đã đưa 38 người ra khỏi tòa nhà bị cháy.')}\n\nLực lượng cứu hộ đưa 36 người ra khỏi tòa nhà bị cháy - Ảnh 1.\n\nẢnh: TTXVN`
    const numbers = compare(a, b).divergences.filter((d) => d.kind === 'number')
    expect(numbers.map((d) => [d.a?.text, d.b?.text])).toEqual([['35 người', '36 người']])
  })
})
