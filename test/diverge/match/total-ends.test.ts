import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../helpers'

// Totals since a period's start to two ends (total-ends.ts): vnPara line 2727, "tính từ đầu năm đến
// nay" against "Từ đầu năm đến hết tháng 9-2008" (98 / 150 outbreaks, 4.600 / 6.724 people, 16 / 49 dead).
describe('total-ends: totals since a period start to now and to a named end are two slots', () => {
  it.each([
    [
      'Theo số liệu mới nhất từ Tổng cục Thống kê , tính từ đầu năm đến nay , trên địa bàn cả nước đã xảy ra 98 vụ ngộ độc thực phẩm làm 4.600 người bị ngộ độc , trong đó 16 người tử vong .',
      'Từ đầu năm đến hết tháng 9-2008 , cả nước xảy ra 150 vụ ngộ độc thực phẩm với 6.724 người mắc , trong đó tử vong 49 người .',
    ],
    ['Kể từ đầu năm, thành phố ghi nhận 1.200 ca sốt xuất huyết.', 'Từ đầu năm đến hết tháng 6, thành phố ghi nhận 900 ca sốt xuất huyết.'],
    ['So far this year, health officials have recorded 98 outbreaks of food poisoning nationwide.', 'Since the start of the year through September, health officials recorded 150 outbreaks of food poisoning nationwide.'],
    ['Since the beginning of the year, the port has handled 2.1 million containers.', 'Since the beginning of the year as of June, the port has handled 1.4 million containers.'],
  ])('%s / %s: no pairing', (a, b) => {
    expect(figurePairings(a, b)).toEqual([])
  })

  // Real conflicts stay: two totals to now, or to the same named end.
  it.each([
    ['Từ đầu năm đến nay, cả nước xảy ra 98 vụ ngộ độc thực phẩm làm 4.600 người bị ngộ độc.', 'Từ đầu năm đến nay, cả nước xảy ra 150 vụ ngộ độc thực phẩm làm 4.600 người bị ngộ độc.', '98 vụ | 150 vụ'],
    ['Từ đầu năm đến hết tháng 9, cả nước xảy ra 98 vụ ngộ độc thực phẩm.', 'Từ đầu năm đến hết tháng 9, cả nước xảy ra 150 vụ ngộ độc thực phẩm.', '98 vụ | 150 vụ'],
    ['Kể từ đầu năm đến nay, cả nước xảy ra 98 vụ ngộ độc thực phẩm.', 'Kể từ đầu năm, cả nước xảy ra 150 vụ ngộ độc thực phẩm.', '98 vụ | 150 vụ'],
    ['So far this year, health officials have recorded 98 outbreaks of food poisoning nationwide.', 'So far this year, health officials have recorded 150 outbreaks of food poisoning nationwide.', '98 outbreaks | 150 outbreaks'],
    ['Since the start of the year through September, officials recorded 98 outbreaks of food poisoning.', 'Since the start of the year through September, officials recorded 150 outbreaks of food poisoning.', '98 outbreaks | 150 outbreaks'],
  ])('%s / %s: still flagged', (a, b, flag) => {
    expect(figureFlags(a, b)).toContain(flag)
  })
})
