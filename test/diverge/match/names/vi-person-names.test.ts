/**
 * vinames38 (issue 11 point 2): one Vietnamese person's full name written two ways by two outlets
 * (ViMs: *Trần Chung Thủy* / *Trần Thủy Chung*, *Trần Hữu Chung* / *Trần Hữu Trung*, the yard
 * owner), in sentences the aligner does not link, is a name divergence, not two missing names;
 * traps are two people of one family (siblings in one report, a father and a son by their ages).
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const EVENT_VI = 'Một thanh niên bị điện giật tử vong khi hàn thùng xe tải chiều 19/5.'
const EVENT_EN = 'A young man was electrocuted while welding a truck on Thursday afternoon.'

const read = (a: string, b: string) => {
  const r = compare(a, b)
  return r.divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])
}

describe('a Vietnamese full name with one syllable changed or two swapped, sentences not linked', () => {
  it.each([
    // traps first: two people of one family
    ['vi trap: siblings Nam and Năm both in one report',
      `${EVENT_VI} Anh Nguyễn Văn Nam và em trai Nguyễn Văn Năm, chủ cơ sở, cho biết nạn nhân đến từ sớm.`,
      `${EVENT_VI} Cảnh sát đã có mặt. Theo ông Nguyễn Văn Năm (chủ cơ sở thu mua lốp cũ), nạn nhân đến từ sớm.`, []],
    ['vi (linked, old path): father and son, two ages — the name flag stays, the ages are a number divergence',
      `${EVENT_VI} Cảnh sát đã có mặt. Ông Trần Văn Hùng, 62 tuổi, chủ cơ sở thu mua lốp cũ cho biết sự việc.`,
      `${EVENT_VI} Anh Trần Văn Hưng, 35 tuổi, con chủ cơ sở thu mua lốp cũ, đã gọi cấp cứu ngay.`, [['Trần Văn Hùng', 'Trần Văn Hưng']]],
    ['vi (linked, old path): a man and a woman — the name flag stays',
      `${EVENT_VI} Cảnh sát đã có mặt. Ông Trần Văn Hùng, chủ cơ sở thu mua lốp cũ cho biết sự việc.`,
      `${EVENT_VI} Bà Trần Văn Hưng, chủ cơ sở thu mua lốp cũ, đã gọi cấp cứu ngay.`, [['Trần Văn Hùng', 'Trần Văn Hưng']]],
    ['vi trap: two syllables changed, nothing else shared',
      `${EVENT_VI} Cảnh sát đã có mặt. Ông Trần Hữu Trung nói vụ việc đã được báo.`,
      `${EVENT_VI} Sau đó ông Trần Thủy Chung đã gọi cấp cứu ngay lập tức.`, []],
    ['vi: middle and given names swapped',
      `${EVENT_VI} Anh ấy được đi cấp cứu nhưng đã không qua khỏi", anh Trần Chung Thủy, chủ cơ sở cho biết.`,
      `${EVENT_VI} Theo ông Trần Thủy Chung (chủ cơ sở thu mua lốp cũ ở đường Giải Phóng), khoảng 15h cùng ngày, nạn nhân đến bãi lốp.`,
      [['Trần Chung Thủy', 'Trần Thủy Chung']]],
    ['vi: one syllable two letters apart, the same age',
      `${EVENT_VI} Cảnh sát đã có mặt. Anh Trần Hữu Chung, 32 tuổi, chủ cơ sở thu mua lốp cũ cho biết sự việc.`,
      `${EVENT_VI} Anh Trần Hữu Trung (32 tuổi), chủ cơ sở thu mua lốp cũ, đã gọi cấp cứu ngay.`,
      [['Trần Hữu Chung', 'Trần Hữu Trung']]],
    ['en: a Vietnamese name in an English report',
      `${EVENT_EN} Police arrived. Tran Huu Chung, 32, the owner of the tyre yard, said the victim came early.`,
      `${EVENT_EN} Tran Huu Trung, 32, the owner of the tyre yard, called an ambulance.`,
      [['Tran Huu Chung', 'Tran Huu Trung']]],
    ['en (old one-word path): father and son by their ages — the name flag stays',
      `${EVENT_EN} Police arrived. Tran Van Hung, 62, the owner of the tyre yard, said the victim came early.`,
      `${EVENT_EN} Tran Van Hang, 35, the son of the owner of the tyre yard, called an ambulance.`, [['Tran Van Hung', 'Tran Van Hang']]],
    // review rvinames38: an age anywhere in the clause, two roles, linked sentences keep their name divergence
    ['vi trap: father and son, the age after năm nay',
      `${EVENT_VI} Cảnh sát đã có mặt. Ông Trần Văn Hùng 62 tuổi, chủ cơ sở thu mua lốp cũ cho biết sự việc.`,
      `${EVENT_VI} Anh Trần Văn Hưng năm nay 35 tuổi, con chủ cơ sở thu mua lốp cũ, đã gọi cấp cứu ngay.`, []],
    ['en (old one-word path): ages in brackets — the name flag stays',
      `${EVENT_EN} Police arrived. Tran Van Hung (62), the owner of the tyre yard, said the victim came early.`,
      `${EVENT_EN} Tran Van Hang (35), the son of the owner of the tyre yard, called an ambulance.`, [['Tran Van Hung', 'Tran Van Hang']]],
    ['en (linked, old path): the 62-year-old — the name flag stays',
      `${EVENT_EN} Police arrived. The 62-year-old Tran Van Hung, owner of the tyre yard, said the victim came early.`,
      `${EVENT_EN} The 35-year-old Tran Van Hang, son of the owner of the tyre yard, called an ambulance.`, [['Tran Van Hung', 'Tran Van Hang']]],
    ['vi trap: a director and his deputy, middle and given swapped',
      'Vụ cháy xảy ra tại xưởng gỗ ở Bình Dương. Cảnh sát đã có mặt. Ông Phạm Minh Tuấn, giám đốc công ty, cho biết thiệt hại ước tính 5 tỷ đồng.',
      'Xưởng gỗ ở Bình Dương bốc cháy dữ dội. Nhiều người hoảng loạn. Ông Phạm Tuấn Minh, phó giám đốc công ty, cho biết thiệt hại ước tính 5 tỷ đồng.', []],
    ['en (linked, old path): an owner and the owner\'s son — the name flag stays',
      `${EVENT_EN} Police arrived. Tran Huu Chung, the owner of the tyre yard, said the victim came early.`,
      `${EVENT_EN} Tran Huu Trung, the son of the owner of the tyre yard, called an ambulance.`, [['Tran Huu Chung', 'Tran Huu Trung']]],
    ['vi: linked sentences, two ages: the name divergence stays (the ages are a number divergence)',
      'Một thanh niên bị điện giật tử vong chiều 19/5. Anh Trần Hữu Chung, 32 tuổi, chủ cơ sở thu mua lốp cũ, cho biết nạn nhân đến từ sớm.',
      'Một thanh niên bị điện giật tử vong chiều 19/5. Anh Trần Hữu Trung, 36 tuổi, chủ cơ sở thu mua lốp cũ, cho biết nạn nhân đến từ sớm.',
      [['Trần Hữu Chung', 'Trần Hữu Trung']]],
  ])('%s', (_why, a, b, pairs) => {
    const named = read(a, b).filter(([x, y]) => /Tr[aầ]n|Nguyễn/u.test(`${x} ${y}`))
    expect(named).toEqual(pairs)
  })
})
