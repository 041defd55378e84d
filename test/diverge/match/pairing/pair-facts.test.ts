import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const flags = (a: string, b: string) => compare(a, b).divergences.filter((d) => d.kind === 'number' || d.kind === 'date')

describe('numbers and dates paired across the two reports', () => {
  it.each([
    [
      'en: one slot in sentences worded apart',
      'The company also earned 14 cents a share a year earlier, the survey showed.',
      'A year ago, the company posted a profit of 12 cents a share, according to the survey.',
      ['14 cents', '12 cents'],
    ],
    [
      'vi: the minute of a goal told in two sentences',
      'Đến phút 43, đội Việt Nam mắc sai lầm để Joshua ghi bàn mở tỷ số 1-0 cho Sydney FC.',
      'Tận dụng sai sót của hàng thủ, Joshua đã ghi bàn mở tỷ số 1-0 ở phút 44.',
      ['43', '44'],
    ],
    [
      'vi: a document number is compared exactly',
      'Việc xử phạt thực hiện theo Nghị định 51/2012/NĐ-CP của Chính phủ về giao thông.',
      'Việc xử phạt thực hiện theo Nghị định 71/2012/NĐ-CP của Chính phủ về giao thông.',
      ['51/2012/NĐ-CP', '71/2012/NĐ-CP'],
    ],
    [
      'en: a phone number is compared exactly',
      'To reach the newsroom, call (816) 234-7743 or send e-mail.',
      'To reach the newsroom, call (816) 234-7748 or send e-mail.',
      ['(816) 234-7743', '(816) 234-7748'],
    ],
    [
      'en: a count in words',
      'Twenty-eight people were killed in the blast on Tuesday, police said.',
      'Twenty-seven people were killed in the blast on Tuesday, police said.',
      ['Twenty-eight people', 'Twenty-seven people'],
    ],
    [
      // both ends of "18-to-64" read (MSRP train 2564891/2565017, where the range gave no fact)
      'en: a hyphenated word range against another range',
      'Uninsured rates rose significantly among whites, blacks and people 18 to 24, the bureau said.',
      'Uninsured rates rose significantly among whites, blacks and people 18-to-64, the bureau said.',
      ['24', '64'],
    ],
    [
      'vi: a version is an identifier',
      'Z1 chạy hệ điều hành Android 4.2.2 và có pin lên đến 3.000 mAh.',
      'Xperia Z1 được tích hợp hệ điều hành Android 4.3 và pin dung lượng 3.000 mAh.',
      ['4.2.2', '4.3'],
    ],
    // one figure in two units of one measure is two lengths (ECB+ 23_8/23_11: 200m / 200ft of one fall), not a format change
    ['en: one figure in metres and in feet', 'The climber fell about 200m down a steep icy gully.', 'The climber fell about 200ft down a steep icy gully.', ['200m', '200ft']],
    ['en: one figure in kilometres and in miles', 'The road runs 30 km along the coast.', 'The road runs 30 miles along the coast.', ['30 km', '30 miles']],
    [
      'en: two hedged heights in two units, sentences unlinked (ECB+ 23_8/23_11)',
      'A 36-year-old man died about 11am on Friday after he slipped and fell about 200m down a steep icy gully.',
      "Mr Buckley's death came a day after 36-year-old Duncan Raite died when he slipped and fell around 200ft from a ridge in the same national park.",
      ['200m', '200ft'],
    ],
    ['vi: one figure in mét and in feet', 'Người leo núi rơi khoảng 200 mét xuống một khe băng dốc.', 'Người leo núi rơi khoảng 200 feet xuống một khe băng dốc.', ['200 mét', '200 feet']],
    // units of one name (review rnum32, 9)
    ['en: one figure in nautical miles and in miles', 'The boat was 20 nautical miles off the coast.', 'The boat was 20 miles off the coast.', ['20 nautical', '20 miles']],
    ['vi: one figure in hải lý and in km', 'Con tàu cách bờ 20 hải lý khi gặp nạn.', 'Con tàu cách bờ 20 km khi gặp nạn.', ['20 hải', '20 km']],
  ])('%s', (_name, a, b, [va, vb]) => {
    const found = flags(a, b)
    expect(found.map((d) => [d.a?.text, d.b?.text])).toEqual([[va, vb]])
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(found[0]!.confidence).toBeLessThanOrEqual(1)
    expect(found[0]!.evidence.length).toBeGreaterThan(0)
  })

  it.each([
    ['en: rounding', 'Sales rose to $6.3 billion last year.', 'Sales rose to $6.32 billion last year.', 'rounding'],
    ['en: a hedge', 'The deal is worth less than $1 billion, the company said.', 'The deal is worth $952 million, the company said.', 'approximation'],
    ['vi: a hedge', 'Thu ngân sách ước đạt hơn 752.000 tỷ đồng.', 'Thu ngân sách ước đạt 752.370 tỷ đồng.', 'approximation'],
    ['en: metres and feet glued to the figure', 'The capsule drifted about 12 metres, dragged by the parachute.', 'The capsule was dragged about 40ft by the parachute.', 'unit'],
    ['vi: mét and feet', 'Con tàu dài khoảng 12 mét, theo báo cáo.', 'Con tàu dài khoảng 40ft, theo báo cáo.', 'unit'],
    ['en: miles and kilometres', 'The fire spread along 30 miles of coast on Sunday.', 'The fire spread along 48 km of coast on Sunday.', 'unit'],
    ['vi: hải lý and km', 'Con tàu cách bờ 20 hải lý khi gặp nạn.', 'Con tàu cách bờ 37 km khi gặp nạn.', 'unit'],
    ['en: metres written out and abbreviated', 'The climber fell about 200m down a steep icy gully.', 'The climber fell about 200 metres down a steep icy gully.', 'number-format'],
    ['vi: m and mét', 'Người leo núi rơi khoảng 200 m xuống một khe băng dốc.', 'Người leo núi rơi khoảng 200 mét xuống một khe băng dốc.', 'number-format'],
    ['vi: one plate in two spellings', 'Xe mang biển số 29A-123.45 bị giữ lại.', 'Xe mang biển số 29A-12345 bị giữ lại.', 'number-format'],
    ['en: one phone number in two styles', 'Anyone with information may call Crime Stoppers at (800) 458-8477.', 'Anyone with information may call Crime Stoppers at 800-458-8477.', 'number-format'],
    ['vi: one phone number in two styles', 'Người dân có thể gọi đường dây nóng 0913.456.789 để báo tin.', 'Người dân có thể gọi đường dây nóng 0913-456-789 để báo tin.', 'number-format'],
    ['en: a value inside a range', 'The course lasts 16 to 18 weeks, officials said.', 'The course lasts 17 weeks, officials said.', 'range'],
    ['en: a value inside a hyphenated word range', 'The survey covered adults ages 18-to-64 in all states.', 'The survey covered adults aged 30 in all states.', 'range'],
    ['vi: a value inside a range "từ … cho đến"', 'Tỷ lệ thất nghiệp tăng ở nhóm người từ 18 cho đến 64 tuổi.', 'Tỷ lệ thất nghiệp tăng ở nhóm người 30 tuổi.', 'range'],
    ['en: 9/11 is 11 September in English', 'Security changed after the 9/11 attacks on New York.', 'Security changed after the Sept. 11 attacks on New York.', 'date-format'],
  ])('%s: an equivalence, no flag, nothing missing', (_name, a, b, reason) => {
    const report = compare(a, b)
    // names are another stage's business ("Eastern" is a capitalised word)
    expect(report.divergences.filter((d) => d.kind !== 'name' && d.factType !== 'name')).toEqual([])
    expect(report.equivalences.map((e) => e.reason)).toContain(reason)
  })

  it('consecutive days are weaker evidence of a conflict than days further apart', () => {
    const confidence = (b: string): number => {
      const report = compare('The council voted on the plan on Oct. 22, officials said.', b, { minConfidence: 0 })
      return report.divergences.find((d) => d.kind === 'date')!.confidence
    }
    expect(confidence('The council voted on the plan on Oct. 21, officials said.')).toBeLessThan(confidence('The council voted on the plan on Oct. 19, officials said.'))
  })

  it.each([
    [
      'en: shares of different wholes',
      'About 22% of twentysomethings are obese, which is roughly 30 pounds over a healthy weight.',
      'About 31 percent of Americans are now obese, roughly 30 or more pounds over a healthy weight.',
      ['number', 'date'],
    ],
    [
      'en: counts dated on different days',
      'As of Wednesday, there were 65 probable SARS cases in the Toronto region.',
      'As of Monday, there were 66 probable cases in and around Toronto, a city of 4 million people.',
      ['number', 'date'],
    ],
    [
      'en: prices at two clock times',
      'SSE shares were little changed, up 0.3 percent at 654 pence by 1018 GMT, but analysts welcomed the move.',
      'SSE shares were unchanged at 652 pence by 0835 GMT but analysts welcomed the deal.',
      ['number', 'date'],
    ],
    ['en: two clock times of one storm', 'At 5 p.m. EDT, Henri had maximum sustained winds near 50 mph.', 'At 8 p.m. Friday, Henri had maximum sustained winds near 50 mph.', ['number', 'date']],
    [
      'vi: figures of two budget years',
      'Thu ngân sách năm 2013 ước đạt 790.800 tỷ đồng, theo Bộ Tài chính.',
      'Thu ngân sách năm 2014 ước đạt 782.700 tỷ đồng, theo Bộ Tài chính.',
      // the years themselves, in otherwise identical sentences, may well be a real conflict
      ['number'],
    ],
    ['vi: giờ Hà Nội and GMT restated', 'Trận đấu bắt đầu lúc 19h giờ Hà Nội.', 'Trận đấu bắt đầu lúc 12 giờ GMT.', ['number', 'date']],
  ])('%s: different slots, no contradiction at defaults', (_name, a, b, kinds) => {
    expect(flags(a, b).filter((d) => kinds.includes(d.kind)).map((d) => [d.a?.text, d.b?.text])).toEqual([])
  })

  it.each([
    ['vi: a part beside a whole', 'Ngoài ra, nữ nghi phạm còn có 3 đứa con khác.', 'Cuốn nhật ký nói cô muốn lôi kéo cả 4 đứa con của cô ta.', '3 đứa'],
    ['en: a part beside a whole', 'Seven other governments have signed agreements, officials said.', 'Eight governments have signed agreements, officials said.', 'Seven'],
    ['vi: a former rank', 'Tay vợt nữ số 3 thế giới đã rút lui vì chấn thương.', 'Chấn thương khiến cựu tay vợt số 1 thế giới rút lui.', 'số 3'],
    ['en: a former owner', 'The owner paid $6 million for the team in 2001.', 'The former owner paid $5 million for the team in 2001.', '$6 million'],
    ['vi: two moments of one game', 'U23 Việt Nam nâng tỷ số lên 2-1 trước U23 Myanmar ở Yangon.', 'U23 Myanmar mở tỷ số 1-0 trước U23 Việt Nam ở Yangon.', '2-1'],
    ['en: an expected figure and a reported one', 'Excluding items, the company earned a profit of 6 cents a share.', 'Excluding items, it expects a profit of 11 cents a share.', '6 cents'],
    [
      'vi: two deals, each named',
      'Theo thỏa thuận, Rosneft sẽ cung cấp dầu với tổng trị giá 85 tỷ USD cho Sinopec.',
      'Theo thỏa thuận, dự án khí đốt của Gazprom có tổng trị giá 20 tỷ USD.',
      '85 tỷ USD',
    ],
    [
      'vi: a forecast and a result',
      'Dự kiến các dự án mới ký tại diễn đàn có số vốn khoảng 4,7 tỷ USD.',
      'Khu kinh tế đã thu hút các dự án có số vốn khoảng 16,8 tỷ USD.',
      '4,7 tỷ USD',
    ],
  ])('%s: the clauses qualify the figures differently, no contradiction', (_name, a, b, figure) => {
    expect(compare(a, b, { minConfidence: 0 }).divergences.filter((d) => d.kind === 'number' && d.a?.text === figure)).toEqual([])
  })

  it.each([
    ['en: an abbreviation the other report spells another way', 'At least 23 U.S. troops have been killed by hostile fire since May 1.', 'At least 26 American troops have been killed in hostile fire since May 1.', ['23 U.S. troops', '26 American troops']],
    ['en: a month is a date, not a place', 'Most taxpayers will get tax cuts of between $4 and $11 a week from July 1.', "Australia's taxpayers received tax cuts of between $3 and $11 a week from Treasurer Peter Costello.", ['$4', '$3']],
  ])('%s: still one slot', (_name, a, b, [va, vb]) => {
    expect(flags(a, b).map((d) => [d.a?.text, d.b?.text])).toContainEqual([va, vb])
  })

  it.each([
    ['vi: two approximations by two outlets', 'Với thỏa thuận trị giá khoảng 450 triệu USD, Philippines mua 12 chiếc FA-50.', 'Hợp đồng này lên tới 18 tỷ peso (khoảng 440 triệu USD).'],
    ['en: two approximations by two outlets', 'The deal is worth about $450 million to the navy.', 'Officials put it near 18 billion pesos (about $440 million).'],
  ])('%s: compatible in unlinked sentences', (_name, a, b) => {
    expect(flags(a, b).filter((d) => d.kind === 'number')).toEqual([])
  })

  it('among certain pairings, each figure goes to the partner with more evidence (crest to crest, above flood stage to above flood stage)', () => {
    const found = flags(
      'Downstream at Mount Vernon, the Skagit River was expected to crest at 36 feet -- 8 feet above flood stage -- tonight, Burke said.',
      'The Skagit was expected to crest during the night at 38 feet at Mount Vernon, 10 feet above flood stage, the National Weather Service said.',
    )
    expect(found.map((d) => [d.a?.text, d.b?.text])).toEqual([
      ['36 feet', '38 feet'],
      ['8 feet', '10 feet'],
    ])
  })

  it.each([
    [
      'vi: the day of an event and the day it was announced',
      'Tài khoản Twitter của CCTV hôm nay thông báo rằng nó đã bị sử dụng bất hợp pháp trong ngày 21/10.',
      'Ngày 22-10, CCTV tuyên bố một tài khoản Twitter của cơ quan này đã bị sử dụng bất hợp pháp.',
      [],
    ],
    [
      'vi: a copied sentence whose only change is the day',
      'Ngày 21/10, CCTV tuyên bố một tài khoản Twitter của cơ quan này đã bị tấn công.',
      'Ngày 22/10, CCTV tuyên bố một tài khoản Twitter của cơ quan này đã bị tấn công.',
      [['21/10', '22/10']],
    ],
  ])('%s: consecutive days', (_name, a, b, want) => {
    expect(flags(a, b).map((d) => [d.a?.text, d.b?.text])).toEqual(want)
  })

  it('one instant in two named zones that do not meet is a contradiction', () => {
    const found = flags('They extended the contest until 7 p.m. EST Sunday.', 'They extended the contest until 8am (AEST) today.')
    expect(found.map((d) => [d.a?.text, d.b?.text])).toEqual([['7 p.m.', '8am']])
  })

  it.each([
    ['vi', 'Các đám cháy cho tới nay đã tàn phá khoảng 25.800 héc-ta rừng ở bang này.', 'Trong khi đó, lính cứu hỏa cho biết hơn 120.000 ha rừng đã bị thiêu cháy tại bang NSW.', '25.800 héc-ta'],
    ['en', 'The fires have so far burnt about 25,800 hectares of forest in the state.', 'Meanwhile, firefighters said more than 120,000 ha of forest had burnt across NSW.', '25,800 hectares'],
  ])('%s: one measure in two spellings (héc-ta / ha) counts as one unit', (_lang, a, b, figure) => {
    const found = compare(a, b, { minConfidence: 0 }).divergences.filter((d) => d.kind === 'number' && d.a?.text === figure)
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence.filter((e) => e.startsWith('same unit'))).toHaveLength(1)
  })

  it.each([
    ['vi', 'Ở nội dung cử giật, Yun Chol đạt 127 kg và giành HCB.', 'Om Yun Chol (Triều Tiên, 127-162-289kg) giành HCV chung cuộc.', '127 kg'],
    ['en', 'In the snatch, Yun Chol lifted 127 kg for silver.', 'Om Yun Chol (North Korea, 127-162-289kg) took the overall gold.', '127 kg'],
  ])("%s: a lift the other report gives in a lifter's dashed series is stated there", (_lang, a, b, figure) => {
    const missing = compare(a, b).divergences.filter((d) => d.kind === 'missing' && d.a?.text === figure)
    expect(missing).toEqual([])
  })

  // After VietnameseMDS cluster 92 (VOV / QĐND): Celtic 2 – 1 Ajax against Ajax losing 0-2 at Celtic.
  const sidesOf = (a: string, b: string) =>
    compare(a, b, { minConfidence: 0 })
      .divergences.filter((d) => d.kind === 'number')
      .map((d) => [d.a?.text, d.b?.text, d.evidence.includes('scores between the same two sides')])
  it.each([
    ['vi', 'Barcelona thắng đậm ở bảng F tối qua. Trong trận đấu còn lại của bảng H, Celtic vượt qua Ajax với tỷ số 2 – 1. Messi lập cú đúp cho Barcelona. Milan hòa Porto ở bảng G tối qua. Arsenal thua Dortmund trên sân nhà.', 'Barcelona giành ba điểm ở bảng F tối qua. Ở trận đấu cùng bảng H, Ajax thất thủ 0-2 khi đến làm khách của Celtic. Neymar kiến tạo cho Messi. Porto cầm hòa Milan. Dortmund đánh bại Arsenal.', ['2 – 1', '0-2', true]],
    ['en', 'Barcelona won big in Group F on Tuesday. In the other Group H game, Celtic beat Ajax by 2-1 at home. Messi scored twice for Barcelona. Milan drew with Porto in Group G on Tuesday. Arsenal lost to Dortmund at home.', 'Barcelona took three points in Group F on Tuesday. Elsewhere in Group H, Ajax lost 0-2 away at Celtic. Neymar set up Messi. Porto held Milan. Dortmund beat Arsenal.', ['2-1', '0-2', true]],
  ])('%s: two sentences naming the same two sides give one match score', (_name, a, b, want) => {
    expect(sidesOf(a, b)).toContainEqual(want)
  })

  it.each([
    ['vi: one side in common', 'Barcelona thắng đậm ở bảng F tối qua. Trong trận đấu còn lại của bảng H, Celtic vượt qua Ajax với tỷ số 2 – 1. Messi lập cú đúp cho Barcelona. Milan hòa Porto ở bảng G tối qua. Arsenal thua Dortmund trên sân nhà.', 'Barcelona giành ba điểm ở bảng F tối qua. Ở trận đấu cùng bảng H, Napoli thất thủ 0-2 khi đến làm khách của Celtic. Neymar kiến tạo cho Messi. Porto cầm hòa Milan. Dortmund đánh bại Arsenal.'],
    ['en: one side in common', 'Barcelona won big in Group F on Tuesday. In the other Group H game, Celtic beat Ajax by 2-1 at home. Messi scored twice for Barcelona. Milan drew with Porto in Group G on Tuesday. Arsenal lost to Dortmund at home.', 'Barcelona took three points in Group F on Tuesday. Elsewhere in Group H, Napoli lost 0-2 away at Celtic. Neymar set up Messi. Porto held Milan. Dortmund beat Arsenal.'],
  ])('%s: no one match by its sides', (_name, a, b) => {
    expect(sidesOf(a, b).filter((d) => d[2])).toEqual([])
  })

  it('a weak pairing leaves both facts missing, and minConfidence 0 lists it as a contradiction', () => {
    const a = 'Báo cáo nêu 5.000 người tham gia. Trời mưa to.'
    const b = 'Sự kiện thu hút 40.000 người. Ban tổ chức hài lòng.'
    const weak = compare(a, b)
    const all = compare(a, b, { minConfidence: 0 })
    const strong = all.divergences.filter((d) => d.kind === 'number')
    expect(weak.candidates.length + weak.divergences.filter((d) => d.kind === 'number').length).toBe(strong.length)
    expect(all.candidates).toEqual([])
  })
})

describe('a day against the last day of a period the other side gives', () => {
  it.each([
    [
      'en: a due date and the end of its window',
      'The agency will consider as timely any tax returns or payments due Aug. 15 if they are submitted by Aug. 22.',
      'The agency said it would consider as timely any tax returns or payments due from Friday through Aug. 22 if they are completed by Aug. 22.',
    ],
    ['vi: một ngày và ngày cuối của một thời hạn', 'Hồ sơ nộp ngày 15/8 sẽ được chấp nhận, công an tỉnh cho biết.', 'Hồ sơ nộp đến hết ngày 22/8 sẽ được chấp nhận, công an tỉnh cho biết.'],
  ])('%s: no contradiction at the default threshold', (_why, a, b) => {
    expect(flags(a, b)).toEqual([])
  })

  it.each([
    ['en: two ends of one period', 'The exhibit runs until Aug. 15, the museum said.', 'The exhibit runs until Aug. 22, the museum said.', ['Aug. 15', 'Aug. 22']],
    ['vi: hai hạn chót', 'Hồ sơ nộp đến hết ngày 15/8 sẽ được chấp nhận, công an tỉnh cho biết.', 'Hồ sơ nộp đến hết ngày 22/8 sẽ được chấp nhận, công an tỉnh cho biết.', ['15/8', '22/8']],
    ['en: a day after the period ends', 'Payments are due Aug. 25, the agency said.', 'Payments are due through Aug. 22, the agency said.', ['Aug. 25', 'Aug. 22']],
  ])('%s: still a contradiction', (_why, a, b, pair) => {
    expect(flags(a, b).map((d) => [d.a!.text, d.b!.text])).toContainEqual(pair)
  })
})

describe('identifiers read exactly', () => {
  it.each([
    ['tỷ số 2 – 1', 'Celtic vượt qua Ajax với tỷ số 2 – 1.', { text: '2 – 1', kind: 'score' }],
    ['1-0 equals 0-1', 'Trận đấu khép lại với tỷ số 0-1.', { text: '0-1', kind: 'score', value: 1000 }],
    ['won 3-0', 'Chelsea won 3-0 at home.', { text: '3-0', kind: 'score' }],
    ['Android 4.3', 'Máy chạy Android 4.3 mới.', { text: '4.3', kind: 'version' }],
    ['version 4.2.2', 'The phone runs version 4.2.2 today.', { text: '4.2.2', kind: 'version' }],
    ['a range is no score', 'Mất từ 5-7 ngày.', { text: '5', kind: 'duration' }],
    ['thất thủ 0-2', 'Ajax thất thủ 0-2 khi đến làm khách của Celtic.', { text: '0-2', kind: 'score', value: 2000 }],
  ])('%s', (_name, text, want) => {
    expect(extractNumbers(text)[0]).toMatchObject(want)
  })
})

describe('clock ranges', () => {
  const found = (a: string, b: string) =>
    compare(a, b)
      .divergences.filter((d) => d.kind === 'date')
      .map((d) => [d.a?.text, d.b?.text])

  it('pair opening with opening and closing with closing, as one schedule, not two moments', () => {
    const pairs = found('Early voting will run weekdays from 8 a.m. to 5 p.m. through Sept. 9.', 'Early voting polls will be open from 7 a.m. to 7 p.m. Sept. 8 and Sept. 9.')
    expect(pairs).toEqual(expect.arrayContaining([['8 a.m.', '7 a.m.'], ['5 p.m.', '7 p.m.']]))
    expect(pairs).not.toContainEqual(['8 a.m.', '7 p.m.'])
  })

  it.each([
    ['en: two clock times of an update', 'Spot gold was quoted at $367.90 an ounce at 10 a.m., up from the open.', 'Spot gold was quoted at $365.25 an ounce at 8 a.m., up from the open.'],
    ['en: a range end against a single moment', 'The polls are open from 8 a.m. to 5 p.m. on Monday.', 'The polls on Monday closed at 7 p.m., officials said.'],
  ])('%s: outside a range, clock times stay weak', (_name, a, b) => {
    expect(found(a, b)).toEqual([])
  })
})
