// Names resolved per entity across two reports: a report's second spelling of a name the
// other writes too, an entity respelt several ways, abbreviations with swapped letters.
// Sentences modelled on VietnameseMDS clusters 1–100 and MSRP train pairs (test/fixtures/real-divergences).
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'
import { fullForms } from '../../../../src/diverge/match/names/name-typos'

const names = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
const missingNames = (report: Report): string[] =>
  report.divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)
const occurrences = (report: Report): string[] =>
  report.divergences.filter((d) => d.kind === 'name').flatMap((d) => [...d.occurrences!.a, ...d.occurrences!.b].map((s) => s.text))

describe('one report writes a name two ways, once as the other report does', () => {
  it.each([
    [
      'Đội U21 Sydney đã thắng ở lượt trận đầu tiên. Trong trận chung kết, U21 Sydney dẫn trước ở phút 43.',
      'Đội U-21 Sydney đã thắng ở lượt trận đầu tiên. Bóng bay vào góc cao, đưa U-21 Syndey dẫn 1-0 sau hiệp một.',
      'Syndey',
    ],
    [
      'Tổng thống Nga Vladimir Putin được Forbes xếp đầu danh sách năm nay. Ông Vladimir Putin vượt Tổng thống Obama.',
      'Tổng thống Vladimir Putin đã làm được nhiều việc trong năm. Tổng thống Nga Vladmir Putin đã vượt qua ông Obama.',
      'Vladmir Putin',
    ],
    [
      'Prime Minister Manmohan Singh arrived in Moscow on Monday for talks on nuclear energy.',
      'The visit of Prime Minister Manmohan Singh was brief. Prime Minister Manhoman Singh left Moscow for Beijing on Tuesday.',
      'Manhoman Singh',
    ],
  ])('%s', (a, b, slip) => {
    const report = compare(a, b)
    const found = names(report).find(([, y]) => y === slip)
    expect(found).toBeDefined()
    expect(missingNames(report)).not.toContain(slip)
    // Linked sentences find it first where the two reports word it alike; elsewhere the second spelling does.
    const divergence = report.divergences.find((d) => d.kind === 'name' && d.b?.text === slip)!
    expect(divergence.evidence.some((e) => /also writes the other spelling|linked sentences/.test(e))).toBe(true)
  })

  it.each([
    // Iran beside Iraq: two short names a report writes, not one slip.
    ['Iran and Iraq signed the accord in Geneva on Monday.', 'Iraq signed the accord in Geneva on Monday.'],
    // A longer name holding a respelt word is another person, not a slip (Devi Prasad Tripathi, President Prasat).
    [
      'Ông Devi Prasad Tripathi phát biểu tại lễ. Đoàn thăm cây bồ đề do Tổng thống Prasat tặng năm 1959.',
      'Đoàn thăm chùa, nơi có cây bồ đề do Tổng thống Prasat tặng năm 1957.',
    ],
    // A mark dropped from a name the report writes right elsewhere is no conflict.
    [
      'Đại tướng là niềm tự hào của dân tộc Việt Nam và Quân đội Việt Nam.',
      'Người dân Việt Nam nhớ ơn Đại tướng. Ông gần gũi với từng người dân Viêt Nam.',
    ],
  ])('keeps these apart: %s', (a, b) => {
    expect(names(compare(a, b))).toEqual([])
  })
})

describe('an entity respelt several ways', () => {
  it('lists every spelling of both reports in one divergence, and none as missing', () => {
    const report = compare(
      'Hàn Quốc bán máy bay FA-50 cho Phlippines trong năm nay. Trung Quốc phản đối việc bán vũ khí cho Philippines.',
      'Trung Quốc phản đối hợp đồng FA-50 giữa Hàn Quốc và Phillipines. Trung Quốc và Phillippines vẫn có tranh chấp.',
    )
    expect(names(report)).toHaveLength(1)
    expect(occurrences(report)).toEqual(expect.arrayContaining(['Phlippines', 'Philippines', 'Phillipines', 'Phillippines']))
    expect(missingNames(report)).toEqual([])
  })

  it('judges a short form by its report’s full name (Assad is Bashar al-Assad, not Ammar al-Asad)', () => {
    const report = compare(
      'Latakia là thành trì của Tổng thống Bashar al-Assad. Chính quyền ông Assad bác bỏ cáo buộc.',
      'Người đứng đầu ủy ban ngoại giao của Hội đồng Quốc gia Syria, Ammar al-Asad, trả lời hãng tin RT.',
    )
    expect(names(report)).toEqual([])
  })
})

describe('respellings in unlinked sentences', () => {
  it.each([
    // Marks changed on one syllable, the given name agreeing, no one else with those letters.
    [
      'Cặp tiền vệ cánh Viết Phong và Quách Tân bị chia cắt bởi hàng thủ đối phương.',
      'U21 Việt Nam chơi hưng phấn hơn, song rất tiếc những Đình Bảo, Khắc Ngọc, Việt Phong đều bỏ lỡ cơ hội.',
      ['Viết Phong', 'Việt Phong'],
    ],
    // A middle name left out, Mac for Mc.
    [
      'Đến phút 43, hàng thủ mắc sai lầm để Joshua Robert Macdonal ghi bàn mở tỷ số 1-0.',
      'Bị dẫn trước ở phút 43 do hậu vệ mắc sai lầm để bóng đến chân Joshua McDonald.',
      ['Joshua Robert Macdonal', 'Joshua McDonald'],
    ],
    // An Arabic article in lower case opens the name.
    [
      'Các phiến quân thuộc Mặt trận al-Nusra liên kết với al-Qaeda đã hành quyết 10 binh sĩ.',
      'Nhóm phiến quân Nusra có liên hệ với tổ chức khủng bố al-Qeada đã hành quyết 10 binh sĩ.',
      ['al-Qaeda', 'al-Qeada'],
    ],
  ])('%s', (a, b, pair) => {
    const report = compare(a, b)
    expect(names(report)).toContainEqual(pair)
  })

  it.each([
    // The given name itself marked otherwise: another player.
    ['Đội bổ sung 4 gương mặt là Văn Nghĩa, Ngọc Hào, Xuân Nam và Văn Thành.', 'Bảo được tung vào sân thay Văn Thạnh bị chấn thương.'],
    // Gmail is not Yahoo Mail short.
    ['Yahoo áp dụng mã hóa SSL như Google đã làm với Gmail từ năm 2010.', 'Người dùng Yahoo Mail sẽ được mã hóa mặc định từ tháng 1.'],
  ])('keeps these apart: %s', (a, b) => {
    expect(names(compare(a, b))).toEqual([])
  })
})

describe('abbreviations with two letters swapped', () => {
  it.each([
    [
      'Lãnh đạo Đảng Cứu quốc Campuchia (CNRP) cho biết sẽ có 40.000 người biểu tình.',
      'Ông Sam Rainsy, chủ tịch đảng CNPR, nói cuộc biểu tình là hòa bình.',
      ['CNRP', 'CNPR'],
    ],
    ['The NAACP filed the suit in federal court on Monday.', 'The NAAPC said it filed the suit in federal court.', ['NAACP', 'NAAPC']],
  ])('%s', (a, b, pair) => {
    expect(names(compare(a, b))).toContainEqual(pair)
  })

  it.each([
    ['The NSA collected the records.', 'The NAS published the report.'], // three letters: too many collide
    ['The CNRP and the CNPR met.', 'The CNRP and the CNPR met again.'], // both reports write both
  ])('keeps these apart: %s', (a, b) => {
    expect(names(compare(a, b))).toEqual([])
  })
})

describe('fullForms', () => {
  it('maps each shorter run to the one longer name holding it, or to nothing when two do', () => {
    const fact = (text: string, tokens: string[]) => ({ fact: { type: 'name' as const, start: 0, end: 0, text, key: tokens.join(' '), tokens, category: 'person' as const } })
    const full = fullForms([fact('Bashar al-Assad', ['bashar', 'al', 'assad']), fact('Park Heong-joon', ['park', 'heong', 'joon']), fact('Park Soo Kwan', ['park', 'soo', 'kwan'])])
    expect(full.get('assad')).toBe('Bashar al-Assad')
    expect(full.get('al assad')).toBe('Bashar al-Assad')
    expect(full.get('park')).toBe('')
  })
})

describe('names that differ in form only are equivalences, not respellings', () => {
  it.each([
    ['Tổng thống Putin đã tới Hồng Kông hôm qua để gặp các nhà đầu tư.', 'Tổng thống Putin đã tới Hong Kong hôm qua để gặp các nhà đầu tư.', 'transliteration'],
    ["We had nothing to do with @Stake's internal personnel decision, spokesman Sean Sundwell said.", "Microsoft had nothing to do with AtStake's internal personnel decision, Sundwell said.", 'at-sign'],
    ['A total of 17 cases have been confirmed in Basra, the World Health Organization said.', 'A total of 17 cases were reported by the World Health Organisation in Basra.', 'british-american'],
  ])('%s', (a, b, reason) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([])
    expect(report.equivalences.map((e) => e.reason)).toContain(reason)
  })

  it.each([
    ['Chúng tôi đã làm việc với Hà Nội về dự án này trong nhiều tháng.', 'Chúng tôi đã làm việc với Ha Noi về dự án này trong nhiều tháng.'],
  ])('a Vietnamese name stripped of its marks stays a respelling: %s', (a, b) => {
    expect(names(compare(a, b))).toEqual([['Hà Nội', 'Ha Noi']])
  })
})
