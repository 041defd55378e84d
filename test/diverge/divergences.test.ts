import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
import type { Divergence, Report } from '../../src'
import { seed } from '../helpers'

const pairs = (report: Report): Array<[string, string | undefined, string | undefined]> =>
  report.divergences.map((d: Divergence) => [d.kind, d.a?.text, d.b?.text])

describe('divergences on the seed pair', () => {
  const report = compare({ text: seed('thanhnien'), source: 'Thanh Niên' }, { text: seed('ngaynay'), source: 'Ngày Nay' })
  const names = report.divergences.filter((d) => d.kind === 'name')

  it('finds exactly one name divergence: the mayor', () => {
    expect(names.map((d) => [d.a?.text, d.b?.text])).toEqual([['Park Heong-joon', 'Park Hyeong Jun']])
  })

  it('lists every occurrence of both spellings, captions included', () => {
    expect(names[0]?.occurrences?.a.length).toBe(5)
    expect(names[0]?.occurrences?.b.length).toBe(4)
  })

  it('finds no number or date divergence', () => {
    expect(report.divergences.filter((d) => d.kind === 'number' || d.kind === 'date')).toEqual([])
  })

  it.each([
    ['13.8', '13/8'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['TP.Busan', 'thành phố Busan'],
  ])('lists %s = %s as an equivalence', (a, b) => {
    expect(report.equivalences.some((e) => e.a.text === a && e.b.text === b)).toBe(true)
  })

  it.each([
    ['a', '150 tỉ USD'],
    ['a', 'Park Soo Kwan'],
    ['a', 'Đoàn Phương Lan'],
    ['b', 'thứ 5'],
    ['b', 'thứ hai'],
  ] as const)('lists the fact only %s states: %s', (side, text) => {
    const found = report.divergences.find((d) => d.kind === 'missing' && d[side]?.text === text)
    expect(found?.[side === 'a' ? 'b' : 'a']).toBeNull()
  })

  it('never takes a fact from a byline, dateline, caption or credit', () => {
    const roles = report.divergences.flatMap((d) => [d.a && report.a.sentences[d.a.sentence]!.role, d.b && report.b.sentences[d.b.sentence]!.role])
    expect(roles.filter((role) => role && !['body', 'headline', 'related'].includes(role))).toEqual([])
  })

  it('writes a message naming both values and both sources', () => {
    expect(names[0]?.message).toBe('Thanh Niên (A) spells a name "Park Heong-joon" where Ngày Nay (B) spells it "Park Hyeong Jun".')
  })

  it('slices every span back out of its original text', () => {
    const a = seed('thanhnien')
    const b = seed('ngaynay')
    for (const d of report.divergences) {
      if (d.a) expect(a.slice(d.a.start, d.a.end)).toBe(d.a.text)
      if (d.b) expect(b.slice(d.b.start, d.b.end)).toBe(d.b.text)
    }
  })
})

describe('divergences in aligned sentences', () => {
  it.each([
    [
      'a changed age (vi)',
      'Trung vệ 35 tuổi đã ký hợp đồng có thời hạn 2 năm với câu lạc bộ thủ đô Paris.',
      'Trung vệ 38 tuổi đã ký hợp đồng có thời hạn 2 năm với câu lạc bộ thủ đô Paris.',
      [['number', '35 tuổi', '38 tuổi']],
    ],
    [
      'a changed date (vi)',
      'Ngày 12/8, đoàn đại biểu cấp cao đã tới thăm thành phố cảng Busan của Hàn Quốc.',
      'Ngày 13/8, đoàn đại biểu cấp cao đã tới thăm thành phố cảng Busan của Hàn Quốc.',
      [['date', '12/8', '13/8']],
    ],
    [
      'a tone change in a name (vi)',
      'Ông Nguyễn Hồng Tâm, giám đốc sở, cho biết công trình sẽ hoàn thành trong năm nay.',
      'Ông Nguyễn Hồng Tấm, giám đốc sở, cho biết công trình sẽ hoàn thành trong năm nay.',
      [['name', 'Nguyễn Hồng Tâm', 'Nguyễn Hồng Tấm']],
    ],
    [
      'dropped diacritics in a place (vi)',
      'Đoàn công tác đã làm việc tại Hà Nội trong ba ngày với các bộ ngành liên quan.',
      'Đoàn công tác đã làm việc tại Ha Noi trong ba ngày với các bộ ngành liên quan.',
      [['name', 'Hà Nội', 'Ha Noi']],
    ],
    [
      'a doubled letter (en)',
      'Manager Pep Guardiola said the club would appeal the decision of the league on Monday.',
      'Manager Pep Guardiolla said the club would appeal the decision of the league on Monday.',
      [['name', 'Pep Guardiola', 'Pep Guardiolla']],
    ],
    [
      'a changed amount (en)',
      'The company said on Tuesday it had raised $3.5 million from investors in its latest round.',
      'The company said on Tuesday it had raised $4.5 million from investors in its latest round.',
      [['number', '$3.5 million', '$4.5 million']],
    ],
  ])('flags %s', (_name, a, b, expected) => {
    expect(pairs(compare(a, b))).toEqual(expected)
  })

  it.each([
    ['13.8 / 13/8', 'Ngày 13.8, đoàn đại biểu cấp cao đã tới thăm thành phố cảng Busan.', 'Ngày 13/8, đoàn đại biểu cấp cao đã tới thăm thành phố cảng Busan.'],
    ['tỉ / tỷ', 'Kim ngạch thương mại hai nước đặt mục tiêu đạt 150 tỉ USD vào năm 2030.', 'Kim ngạch thương mại hai nước đặt mục tiêu đạt 150 tỷ USD vào năm 2030.'],
    ['1.000 / 1000', 'Khoảng 1.000 người đã tham dự buổi lễ khai mạc tại sân vận động.', 'Khoảng 1000 người đã tham dự buổi lễ khai mạc tại sân vận động.'],
    ['tone placement', 'Lễ kỷ niệm diễn ra trong không khí hoà bình và hữu nghị giữa hai nước.', 'Lễ kỷ niệm diễn ra trong không khí hòa bình và hữu nghị giữa hai nước.'],
    ['NFC / NFD', 'Thị trưởng Park Heong-joon cảm ơn Tổng Bí thư Tô Lâm và phu nhân.', 'Thị trưởng Park Heong-joon cảm ơn Tổng Bí thư Tô Lâm và phu nhân.'.normalize('NFD')],
    ['title case', 'Tổng Bí thư Tô Lâm cùng phu nhân dự lễ ra mắt Tổng lãnh sự quán Việt Nam.', 'Tổng Bí thư Tô Lâm cùng Phu nhân dự lễ ra mắt Tổng Lãnh sự quán Việt Nam.'],
    ['abbreviation', 'Thị trưởng khẳng định muốn hợp tác chặt chẽ với TP.HCM trong nhiều lĩnh vực.', 'Thị trưởng khẳng định muốn hợp tác chặt chẽ với Thành phố Hồ Chí Minh trong nhiều lĩnh vực.'],
    ['percent sign / word', 'Tăng trưởng kinh tế của thành phố đạt 7,5% trong năm qua theo báo cáo.', 'Tăng trưởng kinh tế của thành phố đạt 7,5 phần trăm trong năm qua theo báo cáo.'],
    ['hyphenation of a Korean name', 'Tổng thống Hàn Quốc Lee Jae Myung đã tiếp đoàn đại biểu cấp cao Việt Nam tại Seoul.', 'Tổng thống Hàn Quốc Lee Jae-myung đã tiếp đoàn đại biểu cấp cao Việt Nam tại Seoul.'],
    ['hyphen for a space (en)', 'The rock was first observed by the Lincoln Near-Earth Asteroid Research Program.', 'The rock was first observed by the Lincoln Near Earth Asteroid Research Program.'],
    ['English dates', 'The minister arrived in Hanoi on Aug. 13 for a three-day visit.', 'The minister arrived in Hanoi on August 13 for a three-day visit.'],
  ])('stays silent on a format-only difference: %s', (_name, a, b) => {
    expect(compare(a, b).divergences).toEqual([])
  })

  it('does not take two people who share a surname for one', () => {
    const report = compare(
      'Ông Park Soo Kwan, nguyên Tổng lãnh sự danh dự, nhận Kỷ niệm chương tại buổi lễ ở Busan.',
      'Ông Park Hyeong Jun, nguyên Tổng lãnh sự danh dự, nhận Kỷ niệm chương tại buổi lễ ở Busan.',
    )
    expect(report.divergences.filter((d) => d.kind === 'name')).toEqual([])
  })

  it('never compares facts of sentences that are not aligned', () => {
    const report = compare(
      'Đoàn đại biểu tới Busan ngày 13/8. Hôm qua (12.8), Tổng Bí thư đã hội đàm với Tổng thống tại Seoul.',
      'Đoàn đại biểu tới Busan ngày 13/8. Thị trường chứng khoán tăng mạnh trong phiên giao dịch sáng nay.',
    )
    expect(report.divergences.filter((d) => d.kind === 'date')).toEqual([])
  })
})

describe('options', () => {
  const a = 'Trung vệ 35 tuổi đã ký hợp đồng có thời hạn 2 năm với Paris Saint-Germain vào mùa hè.'
  const b = 'Trung vệ 38 tuổi đã ký hợp đồng có thời hạn 2 năm với Paris Saint-Germain vào mùa hè năm 2021.'

  it('reports only the kinds asked for', () => {
    expect(compare(a, b, { kinds: ['missing'] }).divergences.every((d) => d.kind === 'missing')).toBe(true)
  })

  it('drops divergences below the minimum severity', () => {
    expect(compare(a, b, { minSeverity: 'high' }).divergences.map((d) => d.kind)).toEqual(['number'])
  })
})

describe('name variants a word diff supports', () => {
  it.each([
    ['u / oo', 'Đội tuyển Cuba đã giành chiến thắng thuyết phục trong trận đấu tối qua tại Havana.', 'Đội tuyển Cooba đã giành chiến thắng thuyết phục trong trận đấu tối qua tại Havana.', 'Cuba', 'Cooba'],
    ['ch / j', 'Giải China Open năm nay có sự tham gia của nhiều tay vợt hàng đầu thế giới.', 'Giải Jina Open năm nay có sự tham gia của nhiều tay vợt hàng đầu thế giới.', 'China Open', 'Jina Open'],
    ['a tone change in a place', 'Đoàn công tác đã tới Hà Nội hôm qua để làm việc với các bộ ngành trung ương.', 'Đoàn công tác đã tới Hà Nối hôm qua để làm việc với các bộ ngành trung ương.', 'Hà Nội', 'Hà Nối'],
  ])('flags %s', (_name, a, b, nameA, nameB) => {
    expect(compare(a, b).divergences.map((d) => [d.kind, d.a?.text, d.b?.text])).toEqual([['name', nameA, nameB]])
  })

  it.each([
    ['a different given name', 'Ông Nguyễn Văn An phát biểu tại hội nghị tổng kết công tác năm của tỉnh.', 'Ông Nguyễn Văn Bình phát biểu tại hội nghị tổng kết công tác năm của tỉnh.'],
    ['both spellings on both sides', 'Theo Vietnam+, Việt Nam đã ký kết hiệp định thương mại với nhiều đối tác lớn.', 'Theo Vietnam+, Việt Nam đã ký kết hiệp định thương mại với nhiều đối tác lớn trong năm.'],
  ])('does not flag %s', (_name, a, b) => {
    expect(compare(a, b).divergences.filter((d) => d.kind === 'name')).toEqual([])
  })

  it('reports one respelling once, however many name runs contain it', () => {
    const report = compare(
      'Người dân Tây Thanh Hóa vui mừng. Tỉnh Thanh Hóa đã khánh thành tuyến đường mới nối các huyện miền núi.',
      'Người dân Tây Thanh Hõa vui mừng. Tỉnh Thanh Hõa đã khánh thành tuyến đường mới nối các huyện miền núi.',
    )
    expect(report.divergences.filter((d) => d.kind === 'name').length).toBe(1)
  })
})

describe('equivalences inside aligned sentences', () => {
  it.each([
    ['letter-case', 'Tổng Bí thư cùng phu nhân dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại BUSAN.', 'Tổng Bí thư cùng phu nhân dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại Busan.', 'BUSAN', 'Busan'],
    ['letter-case', 'The mayor of Busan met President LEE Jae-myung in Seoul on Monday.', 'The mayor of Busan met President Lee Jae-myung in Seoul on Monday.', 'LEE', 'Lee'],
    ['tone-placement', 'Lễ kỷ niệm diễn ra trong không khí hoà bình và hữu nghị giữa hai nước.', 'Lễ kỷ niệm diễn ra trong không khí hòa bình và hữu nghị giữa hai nước.', 'hoà', 'hòa'],
    ['i-y-spelling', 'Lễ kỉ niệm diễn ra trong không khí hòa bình và hữu nghị giữa hai nước.', 'Lễ kỷ niệm diễn ra trong không khí hòa bình và hữu nghị giữa hai nước.', 'kỉ', 'kỷ'],
  ])('lists a %s difference with its reason', (reason, a, b, textA, textB) => {
    expect(compare(a, b).equivalences).toContainEqual(expect.objectContaining({ reason, a: expect.objectContaining({ text: textA }), b: expect.objectContaining({ text: textB }) }))
  })

  it.each([
    ['phu nhân / Phu nhân', 'Tổng Bí thư cùng phu nhân dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại Busan.', 'Tổng Bí thư cùng Phu nhân dự lễ ra mắt Tổng lãnh sự quán Việt Nam tại Busan.'],
    ['nhà nước / Nhà nước', 'Chuyến thăm cấp nhà nước đầu tiên tới Hàn Quốc của Tổng Bí thư Tô Lâm.', 'Chuyến thăm cấp Nhà nước đầu tiên tới Hàn Quốc của Tổng Bí thư Tô Lâm.'],
  ])('does not list the letter case of a common word (%s)', (_name, a, b) => {
    expect(compare(a, b).equivalences).toEqual([])
  })

  it('lists a sentence that differs only in Unicode form', () => {
    const text = 'Thị trưởng Park Heong-joon cảm ơn Tổng Bí thư Tô Lâm và phu nhân đã tới thăm.'
    const [equivalence] = compare(text, text.normalize('NFD')).equivalences
    expect(equivalence?.reason).toBe('unicode-form')
    expect(equivalence?.b.text).toBe(text.normalize('NFD'))
  })
})

describe('missing names', () => {
  it('ignores a common word that is capitalised only because it opens a sentence', () => {
    const report = compare(
      'The economy added 150,000 jobs in August, the Labor Department said. Powell said the bank would move carefully.',
      'The economy added 150,000 jobs in August, the Labor Department said. Analysts said a cut was likely. Powell said the bank would move carefully.',
    )
    expect(report.divergences.filter((d) => d.kind === 'missing').map((d) => d.b?.text)).toEqual([])
  })

  it('keeps a name that opens a sentence when the report names it elsewhere too', () => {
    const report = compare(
      'The central bank kept rates on hold on Wednesday.',
      'The central bank kept rates on hold on Wednesday. Yellen said the decision was expected, and analysts agreed with Yellen.',
    )
    expect(report.divergences.filter((d) => d.kind === 'missing').map((d) => d.b?.text)).toContain('Yellen')
  })
})

describe('format equivalences read the same whichever side is A', () => {
  it.each([
    ['2012', 'Năm 2012'],
    ['Dự án khởi công năm 2012.', 'Dự án khởi công 2012.'],
    ['The project began in 2012.', 'The project began in the year 2012.'],
  ])('%s ↔ %s', (a, b) => {
    const forward = compare(a, b).equivalences.map((e) => [e.a.text, e.b.text, e.reason])
    const backward = compare(b, a).equivalences.map((e) => [e.b.text, e.a.text, e.reason])
    expect(forward).toEqual(backward)
    expect(forward.length).toBeGreaterThan(0)
  })
})
