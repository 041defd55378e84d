import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

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
    // a named end is not a way of saying now ("hôm qua" is yesterday)
    ['Từ đầu năm đến nay, cả nước xảy ra 98 vụ ngộ độc thực phẩm.', 'Từ đầu năm đến hôm qua, cả nước xảy ra 150 vụ ngộ độc thực phẩm.'],
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
    // other ways of saying now
    ['Từ đầu năm đến nay, cả nước xảy ra 98 vụ ngộ độc thực phẩm.', 'Từ đầu năm đến thời điểm này, cả nước xảy ra 150 vụ ngộ độc thực phẩm.', '98 vụ | 150 vụ'],
    ['Từ đầu năm đến nay, cả nước xảy ra 98 vụ ngộ độc thực phẩm.', 'Từ đầu năm đến hôm nay, cả nước xảy ra 150 vụ ngộ độc thực phẩm.', '98 vụ | 150 vụ'],
    ['Từ đầu năm đến nay, cả nước xảy ra 98 vụ ngộ độc thực phẩm.', 'Từ đầu năm tới thời điểm hiện tại, cả nước xảy ra 150 vụ ngộ độc thực phẩm.', '98 vụ | 150 vụ'],
    ['Từ đầu năm đến nay, cả nước xảy ra 98 vụ ngộ độc thực phẩm.', 'Từ đầu năm đến giờ, cả nước xảy ra 150 vụ ngộ độc thực phẩm.', '98 vụ | 150 vụ'],
    ['So far this year, officials recorded 98 outbreaks of food poisoning.', 'Since the start of the year through today, officials recorded 150 outbreaks of food poisoning.', '98 outbreaks | 150 outbreaks'],
    ['So far this year, officials recorded 98 outbreaks of food poisoning.', 'Since the start of the year to the present, officials recorded 150 outbreaks of food poisoning.', '98 outbreaks | 150 outbreaks'],
    // the end is read only right after the span, in its clause: words past a comma name no end
    ['Since the start of the year, as many as 98 outbreaks were recorded.', 'Since the start of the year, officials recorded 150 outbreaks.', '98 outbreaks | 150 outbreaks'],
    ["Since the start of the year, to everyone's surprise, officials recorded 98 outbreaks.", 'Since the start of the year, officials recorded 150 outbreaks.', '98 outbreaks | 150 outbreaks'],
    ['Kể từ đầu năm, đến lúc này vẫn chưa có dấu hiệu giảm, cả nước có 98 vụ ngộ độc.', 'Kể từ đầu năm, cả nước có 150 vụ ngộ độc.', '98 vụ | 150 vụ'],
    ['Since the start of the year through September, health officials recorded 98 outbreaks.', 'Since the start of the year through September, officials recorded 150 outbreaks.', '98 outbreaks | 150 outbreaks'],
  ])('%s / %s: still flagged', (a, b, flag) => {
    expect(figureFlags(a, b)).toContain(flag)
  })
})

// Counts to an end read at the clause head, no span beside them (total-ends.ts headEnd, compared as dates in tail-ends.ts):
// "By March, 98 people had died" / "So far, 150 people have died" are two periods' totals.
describe('total-ends: a count by a named end and one to now, read at the clause head, are two slots', () => {
  it.each([
    ['By March, 98 people had died of the disease.', 'So far, 150 people have died of the disease.'],
    ['As of March, 98 people had died of the disease.', 'To date, 150 people have died of the disease.'],
    ['By the end of June, 98 people had died of the disease.', 'So far, 150 people have died of the disease.'],
    ['Tính đến tháng 3, 98 người đã tử vong vì dịch bệnh.', 'Đến nay, 150 người đã tử vong vì dịch bệnh.'],
    ['Tính đến ngày 30/9, cả nước ghi nhận 98 ca tử vong vì dịch bệnh.', 'Tính đến nay, cả nước ghi nhận 150 ca tử vong vì dịch bệnh.'],
    ['As of Sept. 30, 98 people had died of the disease.', 'So far, 150 people have died of the disease.'],
  ])('%s / %s: no pairing', (a, b) => {
    expect(figurePairings(a, b)).toEqual([])
  })

  it.each([
    // the same named end, or now on both sides: one slot
    ['By March, 98 people had died of the disease.', 'By March, 150 people had died of the disease.', '98 people | 150 people'],
    ['So far, 98 people have died of the disease.', 'To date, 150 people have died of the disease.', '98 people | 150 people'],
    ['Tính đến tháng 3, 98 người đã tử vong vì dịch bệnh.', 'Tính đến tháng 3, 150 người đã tử vong vì dịch bệnh.', '98 người | 150 người'],
    ['Đến nay, 98 người đã tử vong vì dịch bệnh.', 'Tính đến nay, 150 người đã tử vong vì dịch bệnh.', '98 người | 150 người'],
    // not a period's end: "by" with a manner word, or a head two commas back
    ['By contrast, 98 people have died of the disease.', 'So far, 150 people have died of the disease.', '98 people | 150 people'],
    ['By March, officials said, health workers reported, 98 people had died of the disease.', 'So far, 150 people have died of the disease.', '98 people | 150 people'],
    ['By contrast, 98 people have died of the disease.', 'By March, 150 people had died of the disease.', '98 people | 150 people'],
    // a figure that is not a count of things: a change's size
    ['By March, shares had fallen 5 percent.', 'So far, shares have fallen 8 percent.', '5 percent | 8 percent'],
  ])('%s / %s: still flagged', (a, b, flag) => {
    expect(figureFlags(a, b)).toContain(flag)
  })
})
