import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

/** Every pairing of figures, weak ones too. */
const pairings = (a: string, b: string): string[] => figurePairings(a, b, ['number'])

describe('a whole (its part named after it) against a part of a whole', () => {
  it.each([
    [
      'vi: trong đó / trong tổng số',
      'Chiều dài quốc lộ 1A qua tỉnh Bình Định gần 120 km, trong đó dự án phải mở rộng 83 km.',
      'Tỉnh Bình Định đã bàn giao mặt bằng gần 80 km trong tổng số 83 km chiều dài dự án mở rộng quốc lộ 1A.',
    ],
    [
      'vi: trong đó / trong số',
      'Đoàn có 45 người, trong đó 30 người là phụ nữ.',
      'Đoàn có 12 người trong số 30 người là phụ nữ đã về nước.',
    ],
    [
      'en: of which / out of',
      'Highway 1 runs nearly 120 miles through the state, of which 83 miles will be widened by the project.',
      'The state has handed over nearly 80 miles out of the 83 miles of Highway 1 the project will widen.',
    ],
    [
      'en: including / out of',
      'The plane carried 45 passengers, including 30 children, officials said.',
      'Officials said 12 passengers out of 30 children on the plane were rescued.',
    ],
    [
      'en: N of them / out of',
      'The plane carried 45 passengers, 30 of them children, officials said.',
      'Officials said 12 passengers out of 30 children on the plane were rescued.',
    ],
    [
      'vi: trong số đó / trong tổng số',
      'Đoàn có 45 người, 30 người trong số đó là phụ nữ.',
      'Đoàn có 12 người trong tổng số 30 người là phụ nữ đã về nước.',
    ],
    [
      // the whole's clause is found past a lead longer than the clause reader keeps (40 words)
      'vi: trong đó after a long opening',
      'Theo báo cáo mà Sở Giao thông vận tải tỉnh Bình Định vừa gửi tới Ủy ban nhân dân tỉnh cùng các sở ngành liên quan sau nhiều tháng rà soát và kiểm đếm từng đoạn đường cùng các hộ dân hai bên đường trong suốt mùa mưa năm ngoái và đầu năm nay, chiều dài quốc lộ 1A qua tỉnh gần 120 km, trong đó dự án phải mở rộng 83 km.',
      'Tỉnh Bình Định đã bàn giao mặt bằng gần 80 km trong tổng số 83 km chiều dài dự án mở rộng quốc lộ 1A.',
    ],
  ])('%s: the whole is not paired with the part', (_name, a, b) => {
    expect(pairings(a, b).filter((p) => /^(120|45) /.test(p))).toEqual([])
  })

  // Traps: two parts of one whole, or two wholes, are one slot and still conflict.
  it.each([
    [
      'vi: two parts of 83 km',
      'Tỉnh Bình Định đã bàn giao mặt bằng gần 75 km trong tổng số 83 km chiều dài dự án.',
      'Tỉnh Bình Định đã bàn giao mặt bằng gần 80 km trong tổng số 83 km chiều dài dự án.',
      ['75 km | 80 km'],
    ],
    [
      'vi: two wholes',
      'Chiều dài quốc lộ 1A qua tỉnh Bình Định là 120 km, trong đó dự án phải mở rộng 83 km.',
      'Chiều dài quốc lộ 1A qua tỉnh Bình Định là 118 km, trong đó dự án phải mở rộng 83 km.',
      ['120 km | 118 km'],
    ],
    [
      'en: two parts out of 83',
      'The state has handed over 75 miles out of the 83 miles of highway to be widened.',
      'The state has handed over 80 miles out of the 83 miles of highway to be widened.',
      ['75 miles | 80 miles'],
    ],
  ])('%s: still a conflict', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})

describe('a whole (its part named after it) against a figure equal to that part', () => {
  // The other report counts only the part ("three American soldiers"): the part, read ("three of them"), meets it.
  it.each([
    ['en: N of them', 'Five soldiers, three of them American, were killed in the attack on Monday.', 'Three American soldiers were killed in the attack on Monday.'],
    ['en: including', 'The crash killed 12 people, including four children, police said.', 'Four children died in the crash, police said.'],
    ['en: among them', 'Nine people were arrested, among them two journalists, on Sunday.', 'Police arrested two journalists on Sunday.'],
    ['vi: trong đó có', 'Vụ tai nạn làm 5 người chết, trong đó có 3 người là trẻ em.', 'Vụ tai nạn làm 3 người là trẻ em chết.'],
    ['vi: trong số đó', 'Có 20 người bị thương, 6 người trong số đó bị thương nặng.', 'Có 6 người bị thương nặng được đưa đi cấp cứu.'],
  ])('%s: no conflict', (_name, a, b) => {
    expect(figureFlags(a, b, ['number'])).toEqual([])
    expect(figureFlags(b, a, ['number'])).toEqual([])
  })

  // Traps: no part named, or a part of another value, still conflicts.
  it.each([
    ['en: a whole against a whole', 'Five soldiers were killed in the attack on Monday.', 'Three soldiers were killed in the attack on Monday.'],
    ['en: part of another value', 'Five soldiers, three of them American, were killed in the attack on Monday.', 'Four American soldiers were killed in the attack on Monday.'],
    ['vi: a whole against a whole', 'Vụ tai nạn làm 5 người chết.', 'Vụ tai nạn làm 3 người chết.'],
    ['vi: part of another value', 'Vụ tai nạn làm 5 người chết, trong đó có 3 người là trẻ em.', 'Vụ tai nạn làm 4 người là trẻ em chết.'],
  ])('%s: still a conflict', (_name, a, b) => {
    expect(figureFlags(a, b, ['number']).length).toBeGreaterThan(0)
  })
})

describe('a part read with the whole\'s noun ("three of them …") meets only a figure that carries its subset marker', () => {
  // The part is a subset of the whole marked by the words after "of them" (American, children, in
  // critical condition); a figure in the other report without that marker is the whole told
  // differently, not the part: the totals still conflict.
  it.each([
    ['en: of them, marker not in the other', 'Ten miners were rescued on Friday, three of them in critical condition.', 'Three miners were rescued on Friday.'],
    ['en: of them after the verb', 'Five soldiers were killed in the attack on Sunday, three of them American.', 'Three soldiers were killed in the attack on Sunday.'],
    ['vi: trong đó có', 'Vụ tai nạn khiến 5 người chết, trong đó có 3 trẻ em.', 'Vụ tai nạn khiến 3 người chết.'],
    ['vi: hai trong số đó là', 'Vụ tai nạn khiến 5 người chết, hai trong số đó là trẻ em.', 'Vụ tai nạn khiến 2 người chết.'],
    // the equal part is no restatement of the other's figure either (no equivalence takes it from the whole)
    ['en: of whom, the subject first', 'Twelve passengers, four of whom were children, died in the crash.', 'Four passengers died in the crash.'],
    ['vi: trong số đó, the subject first', '12 người, 4 người trong số đó là trẻ em, đã thiệt mạng trong vụ tai nạn.', '4 người đã thiệt mạng trong vụ tai nạn.'],
  ])('%s: still a conflict', (_name, a, b) => {
    expect(figureFlags(a, b, ['number']).length).toBeGreaterThan(0)
    expect(figureFlags(b, a, ['number']).length).toBeGreaterThan(0)
  })
})

describe('a whole against a part of another total', () => {
  // "10 cư dân trong số 40 cư dân": a part of the residents, not of the dead the other report counts; the death tolls still meet.
  it.each([
    ['vi: trong số đó / trong số 40', 'Vụ cháy làm 12 cư dân của tòa nhà thiệt mạng, trong số đó có 4 trẻ em.', 'Vụ cháy làm 10 cư dân trong số 40 cư dân của tòa nhà thiệt mạng.', ['12 cư | 10 cư']],
    ['en: including / out of 40', 'The fire killed 12 residents of the building, including four children.', 'The fire killed 10 residents out of 40 residents of the building.', ['12 residents | 10 residents']],
  ])('%s: still a conflict', (_name, a, b, expected) => {
    expect(figureFlags(a, b, ['number'])).toEqual(expected)
  })
})
