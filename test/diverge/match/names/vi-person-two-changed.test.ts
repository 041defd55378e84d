/**
 * names40 (issue 11): one Vietnamese person whose middle and given names two outlets both write
 * otherwise (ViMs 7_47 / 7_50: *Trần Hữu Trung* / *Trần Thủy Chung*, the yard owner at 93 Giải
 * Phóng). Two syllables changed is one person only when both reports place him at one address
 * beside the name, he is the only man of his family name in each, and nothing beside the names
 * sets the two apart.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

const EVENT_VI = 'Một thanh niên bị điện giật tử vong khi hàn thùng xe tải chiều 19/5.'
const EVENT_EN = 'A young man was electrocuted while welding a truck on Thursday afternoon.'

const read = (a: string, b: string) =>
  compare(a, b).divergences.filter((d) => d.kind === 'name').map((d) => [d.a?.text, d.b?.text])

describe('a Vietnamese full name with two syllables changed, one address beside both', () => {
  it.each([
    // traps first
    ['vi trap: no address beside the names',
      `${EVENT_VI} Cảnh sát đã có mặt. Ông Trần Hữu Trung nói vụ việc đã được báo.`,
      `${EVENT_VI} Sau đó ông Trần Thủy Chung đã gọi cấp cứu ngay lập tức.`, []],
    ['vi trap: two addresses',
      `${EVENT_VI} Ông Trần Hữu Trung (ngụ đường Lê Lợi, phường Tân Lập) cho biết sự việc.`,
      `${EVENT_VI} Theo ông Trần Thủy Chung (ngụ đường Giải Phóng, phường Tân Thành), nạn nhân đến từ sớm.`, []],
    ['vi trap: a mother and a daughter at one address, a woman and a girl',
      `${EVENT_VI} Bà Lê Thị Lan (ngụ đường Giải Phóng, phường Tân Thành), 62 tuổi, cho biết sự việc.`,
      `${EVENT_VI} Theo chị Lê Thu Lâm (ngụ đường Giải Phóng, phường Tân Thành), 30 tuổi, nạn nhân đến từ sớm.`, []],
    ['vi trap: another man of the family in one report',
      `${EVENT_VI} Ông Trần Hữu Trung (ngụ đường Giải Phóng, phường Tân Thành) và em trai Trần Văn Hải cho biết sự việc.`,
      `${EVENT_VI} Theo ông Trần Thủy Chung (ngụ đường Giải Phóng, phường Tân Thành), nạn nhân đến từ sớm.`, []],
    ['vi trap: three syllables changed',
      `${EVENT_VI} Ông Trần Hữu Trung (ngụ đường Giải Phóng, phường Tân Thành) cho biết sự việc.`,
      `${EVENT_VI} Theo ông Trần Thủy Chinh (ngụ đường Giải Phóng, phường Tân Thành), nạn nhân đến từ sớm.`, []],
    ['en trap: a Vietnamese name at two addresses',
      `${EVENT_EN} The victim had come to the home of Mr Tran Huu Trung (12 Le Loi Street, Ben Nghe Ward) to load old tyres.`,
      `${EVENT_EN} According to Mr Tran Thuy Chung (owner of a used-tyre yard on Giai Phong Street, Tan Thanh Ward), the victim arrived at 3pm.`, []],
    ['vi trap: a daughter at her mother\'s address (review rnames40 3)',
      'Vụ cháy xảy ra lúc 2 giờ sáng. Bà Nguyễn Thị Lan, ngụ đường Lê Lợi, phường Tân Thành, cho biết lửa lan nhanh.',
      'Vụ cháy xảy ra lúc 2 giờ sáng. Con gái bà là chị Nguyễn Thu Lâm, ngụ đường Lê Lợi, phường Tân Thành, bị bỏng nặng.', []],
    ['vi trap: one address, a witness and a victim, nothing else in common',
      'Vụ cháy xảy ra lúc 2 giờ sáng. Bà Nguyễn Thị Lan, ngụ đường Lê Lợi, phường Tân Thành, cho biết lửa lan nhanh.',
      'Vụ cháy xảy ra lúc 2 giờ sáng. Chị Nguyễn Thu Lâm, ngụ đường Lê Lợi, phường Tân Thành, bị bỏng nặng.', []],
    ['en trap: the wife at one address, both quoted',
      `${EVENT_EN} Tran Huu Trung, of Giai Phong Street, Tan Thanh Ward, said the victim arrived early.`,
      `${EVENT_EN} His wife Tran Thuy Chung, of Giai Phong Street, Tan Thanh Ward, said the victim arrived early.`, []],
    ['en trap: one address, a witness and a victim',
      `${EVENT_EN} Tran Huu Trung, of Giai Phong Street, Tan Thanh Ward, said the victim arrived early.`,
      `${EVENT_EN} Tran Thuy Chung, of Giai Phong Street, Tan Thanh Ward, was badly burned.`, []],
    ['en trap: two English names at one address',
      `${EVENT_EN} John Paul Smith (of Oak Street, Dayton) said the victim arrived early.`,
      `${EVENT_EN} According to Jean Pau Smith (of Oak Street, Dayton), the victim arrived early.`, []],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })

  it.each([
    ['vi: the yard owner at one address (ViMs 7_47 / 7_50)',
      `${EVENT_VI} Trước đó, anh Huy đến nhà của ông Trần Hữu Trung (SN 1982) tại số nhà 93 Giải Phóng, P. Tân Thành, TP. Buôn Ma Thuột để bốc lốp xe cũ. Ông Trần Hữu Trung cho biết, ông phát hiện anh Huy nằm bất tỉnh trên thùng xe.`,
      `${EVENT_VI} Theo ông Trần Thủy Chung (chủ cơ sở thu mua lốp cũ ở đường Giải Phóng, phường Tân Thành), khoảng 15h cùng ngày, nạn nhân đến bãi tập kết lốp cũ.`,
      [['Trần Hữu Trung', 'Trần Thủy Chung']]],
    ['en: a Vietnamese name in an English report, one address',
      `${EVENT_EN} The victim had come to the home of Mr Tran Huu Trung (93 Giai Phong Street, Tan Thanh Ward) to load old tyres. Mr Tran Huu Trung said he found the victim unconscious.`,
      `${EVENT_EN} According to Mr Tran Thuy Chung (owner of a used-tyre yard on Giai Phong Street, Tan Thanh Ward), the victim arrived at 3pm.`,
      [['Tran Huu Trung', 'Tran Thuy Chung']]],
  ])('%s', (_why, a, b, want) => {
    expect(read(a, b)).toEqual(want)
  })
})
