import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import type { Report } from '../../../../src'

const names = (report: Report): Array<[string | undefined, string | undefined]> =>
  report.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
const missingNames = (report: Report): string[] =>
  report.divergences.filter((d) => d.kind === 'missing' && d.factType === 'name').map((d) => (d.a ?? d.b)!.text)

// Two reports of one event written independently: the sentences naming the person share little wording.
describe('names paired across unlinked sentences', () => {
  it.each([
    [
      'Lewthwaite là vợ của Jermaine Lindsay, kẻ đánh bom liều chết giết hại 52 người ở London năm 2005. Cảnh sát Kenya đang truy lùng bà.',
      'Cảnh sát Kenya đang truy lùng bà. Bà từng kết hôn với Germaine Lindsay, một trong bốn kẻ đánh bom tự sát năm 2005.',
      ['Jermaine Lindsay', 'Germaine Lindsay'],
    ],
    [
      'Vụ đánh bom xe buýt ở thành phố Volgograd làm 6 người chết. Giới chức Nga đã mở cuộc điều tra.',
      'Giới chức Nga đã mở cuộc điều tra. Âm mưu này có liên quan đến vụ đánh bom ở thành phố Volgagrad hôm 21/10.',
      ['Volgograd', 'Volgagrad'],
    ],
    [
      'Microsoft had nothing to do with the decision, spokesman Sean Sundwell said on Monday.',
      'The company denied any role in the dismissal. "We had nothing to do with it," Sundwall said.',
      ['Sean Sundwell', 'Sundwall'],
    ],
    [
      // A one-word name opening its sentence is read as a name when the other report writes it respelt.
      'Kinsley, for example, wrote in the Post on Monday that sinners cherish the fantasy.',
      'Sinners cherish the fantasy, Michael Kinsely wrote in the Post on Monday.',
      ['Kinsley', 'Michael Kinsely'],
    ],
  ])('%s', (a, b, pair) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([pair])
    const found = report.divergences.find((d) => d.kind === 'name')!
    expect(found.confidence).toBeGreaterThanOrEqual(0.5)
    expect(found.evidence.length).toBeGreaterThan(0)
    // A respelt name is never also "missing" from the other report.
    expect(missingNames(report)).not.toContain(pair[0])
    expect(missingNames(report)).not.toContain(pair[1])
  })

  it.each([
    // Each report names both countries: two entities, not one respelt.
    ['Iran and Iraq signed the accord in Geneva on Monday.', 'Officials from Iraq and Iran met in Geneva on Monday.'],
    // One surname, two people.
    ['Thị trưởng Park Heong-joon đã tiếp đoàn.', 'Ông Park Soo Kwan, chủ tịch hội đồng, phát biểu tại buổi lễ.'],
    // A derivation is another word.
    ['The Maya heritage is protected by law in Guatemala.', 'Guatemala protects its Mayan heritage by law.'],
  ])('keeps different entities apart: %s', (a, b) => {
    expect(names(compare(a, b))).toEqual([])
  })

  it.each([
    // MSRP train pairs the engine flagged as respellings: another form of one name, neither missing
    // (the plural title is the title, alarms50: Anthony Kennedy is Anthony M. Kennedy's short form)
    ['Justice Anthony M. Kennedy also dissented from the dismissal.', 'Justices Anthony Kennedy, Sandra Day O\'Connor and Stephen Breyer dissented.', 'short-form'],
    [
      'It was the first speech by a US president to a joint session of the Philippines Congress since 1960.',
      'President Bush on Saturday became the first American president to address a joint session of the Philippine National Congress in 1960.',
      'word-form',
    ],
    // a name and its derivation (MSRP train): the other sentence names the same party, the same heritage
    [
      'The 2000 Democratic platform supported "the full inclusion of gay and lesbian families in the life of the nation."',
      'The Democrat\'s 2000 platform backed "the full inclusion of gay and lesbian families into the life of the nation."',
      'word-form',
    ],
    // VietnameseMDS cluster 97: the player's family name written last, then first
    [
      'Giải cầu lông khai mạc hôm qua tại Hà Nội. Tay vợt Wei Feng Chong của Malaysia đã thắng 2-0 ở vòng một.',
      'Chong Wei Feng từng vào tứ kết năm ngoái. Giải cầu lông khai mạc hôm qua tại Hà Nội.',
      'name-order',
    ],
  ])('one name in another form is an equivalence, not a respelling nor missing: %s', (a, b, reason) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([])
    expect(report.equivalences.map((e) => e.reason)).toContain(reason)
    const equivalence = report.equivalences.find((e) => e.reason === reason)!
    expect(missingNames(report)).not.toContain(equivalence.a.text)
    expect(missingNames(report)).not.toContain(equivalence.b.text)
  })

  it.each([
    // a temporary name and the final name: two names, each missing from the other sentence (MSRP train)
    [
      "The second company, temporarily dubbed ``InternationalCo.'', includes 19 international power and pipeline holdings.",
      'The second company, to be called Prisma Energy International Inc., includes 19 international power and pipeline holdings.',
    ],
  ])('keeps two names of one thing apart: %s', (a, b) => {
    expect(names(compare(a, b))).toEqual([])
  })

  it.each([
    // given names swapped, surname dropped: the award list names another family name (VietnameseMDS cluster 81)
    [
      'Thủ môn xuất sắc nhất: Tristan John Prendergast (500 USD). Vua phá lưới: Alex Urosevski.',
      'Vua phá lưới: Alex Urosevski. Thủ môn xuất sắc nhất giải: John Tristan (U-21 Sydney).',
      ['Tristan John Prendergast', 'John Tristan'],
    ],
    // reordered and respelt: the group the minister meant (MSRP train)
    [
      'The minister said the investigation points to a group arrested recently, an apparent reference to Djihad Salafist.',
      'The minister said the investigation points to a group arrested recently, an apparent reference to Salafist Jihad.',
      ['Djihad Salafist', 'Salafist Jihad'],
    ],
  ])('reports a name whose words are reordered as a respelling: %s', (a, b, pair) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([pair])
    expect(missingNames(report)).not.toContain(pair[0])
    expect(missingNames(report)).not.toContain(pair[1])
  })

  it("treats an apostrophe-less possessive as format, not a respelling (O'Neill's / ONeills)", () => {
    const report = compare(
      "The revival of Eugene O'Neill's family drama got seven Tony nominations.",
      'The revival of Eugene ONeills family drama got seven Tony nominations.',
    )
    expect(names(report)).toEqual([])
    expect(report.equivalences.map((e) => e.reason)).toContain('possessive')
  })
})

describe('missing names a reader would miss', () => {
  it('does not report a name the other report gives in short', () => {
    const report = compare('Cầu thủ Mesut Ozil đã ghi bàn ở phút 15.', 'Trong trận đấu, Ozil ghi bàn ở phút 15 cho Arsenal.')
    expect(missingNames(report)).not.toContain('Mesut Ozil')
  })

  it.each([
    ['Hàng nghìn người đã sơ tán khỏi khu vực (Ảnh: Reuters).', 'Reuters'],
    ['Theo AFP, hàng nghìn người đã sơ tán khỏi khu vực.', 'AFP'],
  ])('never reports a photo credit or a news agency attribution: %s', (a, credit) => {
    const report = compare(a, 'Hàng nghìn người đã sơ tán khỏi khu vực.')
    expect(missingNames(report)).not.toContain(credit)
  })

  it.each([
    ['Chính phủ sẽ hỗ trợ đời sống người có công… Lan Hương', 'Lan Hương'], // byline glued to the last sentence
    ['Chính phủ sẽ hỗ trợ đời sống người có công. Trọng Phú/VOV online', 'Trọng Phú'],
    ['Như Thanh Niên Online đã đưa tin, đội tuyển đã về nước.', 'Online'], // fragment of an outlet's name
    ['Phó chủ tịch Ủy ban nhân dân tỉnh đã đến thăm đội tuyển.', 'Ủy'], // an institution after a title
    ['Lực lượng cứu hộ đã có mặt kịp thời./. Thanh Tuấn (TTXVN)', 'Thanh Tuấn'], // a byline closing on its agency
    ['Người dùng có thể tìm lại máy khi bị mất. Thúy Nga - (laptopmag)', 'Thúy Nga'],
    ['Rescuers reached the village within hours. John Smith (Reuters)', 'John Smith'],
    ['Mưa đá rơi ở phường Tân Biên chiều 23-10 - Ảnh: N.T.Phúc', 'Phúc'], // a photo credit with initials
  ])('never reports a byline, a fragment or an institution head: %s', (a, notAName) => {
    const report = compare(a, 'Đội tuyển bóng đá đã về nước sáng nay.')
    expect(missingNames(report)).not.toContain(notAName)
  })

  it.each([
    ['Khi Messi ghi bàn, khán giả đứng dậy vỗ tay.', 'Messi'], // a capitalised opener before a name is no run
    ['Bộ trưởng Ngoại giao Philippines Albert F. Del Rosario phát biểu.', 'Albert F. Del Rosario'],
    ['Tổng thống Nga Putin sẽ thăm Việt Nam vào tháng tới.', 'Putin'], // one foreign word after a title and a place
    ['Ngài Sergei V.Mikhailov cảm ơn Chủ tịch nước.', 'Sergei V.Mikhailov'], // an initial glued to the surname
    ['Police said Sergei V.Mikhailov was released on Monday.', 'Sergei V.Mikhailov'],
  ])('still reports a real name: %s', (a, name) => {
    const report = compare(a, 'Khán giả đứng dậy vỗ tay sáng nay.')
    expect(missingNames(report)).toContain(name)
  })

  it('still reports a name the other report never writes', () => {
    const report = compare('Bộ trưởng Vladimir Markin cho biết 6 người chết.', 'Giới chức cho biết 6 người chết.')
    expect(missingNames(report)).toContain('Vladimir Markin')
  })
})

// Hualien written Hoa Liên by one outlet and Liên Hoa by another (VietnameseMDS cluster 40): a
// Vietnamese name's syllables reordered are one name respelt only where the reports state them alike.
describe('a name whose Vietnamese syllables are reordered', () => {
  it.each([
    [
      'vi: both places, in unlinked sentences',
      'Tâm chấn nằm cách thành phố Hoa Liên 53 km về phía tây nam. Các tòa nhà cao tầng rung lắc mạnh.',
      'Các tòa nhà cao tầng rung lắc mạnh. Có tám người bị mắc kẹt trong thang máy ở thành phố Liên Hoa và một khu vực khác.',
      ['Hoa Liên', 'Liên Hoa'],
    ],
    [
      'vi: linked sentences',
      'Động đất mạnh 6,3 độ làm rung chuyển thành phố Hoa Liên của Đài Loan tối qua.',
      'Động đất mạnh 6,3 độ làm rung chuyển thành phố Liên Hoa của Đài Loan tối qua.',
      ['Hoa Liên', 'Liên Hoa'],
    ],
    [
      'en: both places, in unlinked sentences',
      'The quake was centred 53 km from the city of Hoa Lien, the bureau said. Buildings swayed in Taipei.',
      'Buildings swayed in Taipei. Eight people were trapped in lifts in the city of Lien Hoa and later rescued.',
      ['Hoa Lien', 'Lien Hoa'],
    ],
    [
      'en: linked sentences',
      'A strong quake shook the city of Hoa Lien on Thursday night, officials said.',
      'A strong quake shook the city of Lien Hoa on Thursday night, officials said.',
      ['Hoa Lien', 'Lien Hoa'],
    ],
  ])('%s: one name respelt', (_name, a, b, pair) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([pair])
    expect(report.divergences.find((d) => d.kind === 'name')!.evidence).toContain('syllables reordered')
    expect(missingNames(report)).toEqual([])
  })

  it.each([
    // a given name and a family name swapped make another person's name: two people, not one respelt
    ['vi: two people', 'Ông Đức Anh cho biết đội sẽ thi đấu tại thành phố Hà Nội.', 'Ông Anh Đức cho biết đội sẽ thi đấu tại thành phố Hà Nội.'],
    ['en: two people', 'Mr Duc Anh said the team would play in Hanoi on Sunday.', 'Mr Anh Duc said the team would play in Hanoi on Sunday.'],
  ])('%s: neither a respelling nor one name in another form', (_name, a, b) => {
    const report = compare(a, b)
    expect(names(report)).toEqual([])
    expect(report.equivalences.filter((e) => e.reason === 'name-format')).toEqual([])
  })

  it('still reads a foreign name with its family name moved as one name (Chong Wei Feng / Wei Feng Chong)', () => {
    const report = compare("Malaysia's Chong Wei Feng beat Tien Minh 2-1 in the final.", "Malaysia's Wei Feng Chong beat Tien Minh 2-1 in the final.")
    expect(names(report)).toEqual([])
    expect(report.equivalences.map((e) => [e.reason, e.a.text, e.b.text])).toContainEqual(['name-format', 'Chong Wei Feng', 'Wei Feng Chong'])
  })
})

// Two people quoted in one reporting frame in unlinked sentences: the frame is no shared context
// (name-entities.ts' sharedCount leaves out stock pairs, name-phrases.ts), only the spelling speaks.
describe('the reporting frame is no shared context of two names', () => {
  const evidenceOf = (a: string, b: string): readonly string[] => {
    const report = compare(a, b, { minConfidence: 0 })
    return [...report.divergences, ...report.candidates].find((d) => d.kind === 'name')?.evidence ?? []
  }
  it.each([
    [
      'en: said at a news conference',
      'The refinery near Houston will close for repairs until the winter after weeks of outages, spokesman Tom Kessler said at a news conference on Monday.',
      'Inflation stayed low in the spring. The central bank will cut lending rates in May, Kesler said at a news conference on Monday.',
    ],
    [
      'vi: cho biết trong buổi họp báo',
      'Nhà máy lọc dầu sẽ đóng cửa để sửa chữa đến mùa đông sau nhiều tuần sự cố, ông Lindsay cho biết trong buổi họp báo hôm thứ hai.',
      'Lạm phát vẫn thấp trong mùa xuân. Ngân hàng nhà nước sẽ hạ lãi suất cho vay vào tháng năm, ông Lyndsay cho biết trong buổi họp báo hôm thứ hai.',
    ],
  ])('%s: judged by spelling alone', (_name, a, b) => {
    const evidence = evidenceOf(a, b)
    expect(evidence.length).toBeGreaterThan(0)
    expect(evidence.filter((e) => e.startsWith('shared context words'))).toEqual([])
  })
  // Traps: story words shared beside the names still count
  it.each([
    [
      'en: the same statement',
      'The refinery near Houston will close for repairs until the winter after weeks of outages, spokesman Tom Kessler said at a news conference on Monday.',
      'Inflation stayed low in the spring. The refinery near Houston will close for repairs until the winter, Kesler said at a news conference on Monday.',
    ],
  ])('%s: shared context counted', (_name, a, b) => {
    expect(evidenceOf(a, b).some((e) => e.startsWith('shared context words'))).toBe(true)
  })
})
