import { describe, expect, it } from 'vitest'
import { figureFlags, figurePairings } from '../../../helpers'

// A count to a named end at its clause head against one dated by another day word (dated-counts.ts):
// MSRP train 949774 / 949346, "Toronto yesterday had 64 probable cases" / "As of Wednesday, there
// were 65 probable SARS cases" (64 was Tuesday's count): counts of two days, not a conflict.
describe('dated-counts: a count to a named end and one dated by another day word are two slots', () => {
  it.each([
    ['Toronto yesterday had 64 probable cases of SARS and nine suspect cases.', 'As of Wednesday, there were 65 probable SARS cases in the Toronto region.'],
    ['On Tuesday, there were 64 probable SARS cases in the Toronto region.', 'As of Wednesday, there were 65 probable SARS cases in the Toronto region.'],
    ['By March, 98 people had died of the disease.', 'Health officials today counted 150 people who have died of the disease.'],
    ['Hôm qua, cả nước ghi nhận 150 ca sốt xuất huyết.', 'Tính đến ngày 30/9, cả nước ghi nhận 98 ca sốt xuất huyết.'],
    ['Chiều qua, cả nước ghi nhận 150 ca sốt xuất huyết.', 'Tính đến tháng 9, cả nước ghi nhận 98 ca sốt xuất huyết.'],
    ['Tính đến cuối tháng 3, 98 người đã tử vong vì dịch bệnh.', 'Sáng nay, 150 người đã tử vong vì dịch bệnh.'],
    // an end naming another day still sets them apart, past a reporting verb on the end's side
    ['By the end of June, 98 people had died of the disease.', 'Health officials said 150 people died of the disease yesterday.'],
    ['Toronto had 64 probable cases on Tuesday, officials said Thursday.', 'As of Wednesday, there were 65 probable SARS cases in the Toronto region.'],
  ])('%s / %s: no pairing', (a, b) => {
    expect(figurePairings(a, b)).toEqual([])
  })

  // Real conflicts stay: the same day on both sides, no day word on the other side, or both heads alike.
  it.each([
    ['On Wednesday, there were 64 probable SARS cases in the Toronto region.', 'As of Wednesday, there were 65 probable SARS cases in the Toronto region.', '64 probable | 65 probable'],
    ['Toronto had 64 probable cases of SARS and nine suspect cases.', 'As of Wednesday, there were 65 probable SARS cases in the Toronto region.', '64 probable | 65 probable'],
    ['By March, 98 people had died of the disease, officials said on Monday.', 'By March, 150 people had died of the disease.', '98 people | 150 people'],
    ['Hôm qua, cả nước ghi nhận 150 ca sốt xuất huyết.', 'Tính đến hôm qua, cả nước ghi nhận 98 ca sốt xuất huyết.', '150 ca | 98 ca'],
    ['Cả nước ghi nhận 150 ca sốt xuất huyết.', 'Tính đến ngày 30/9, cả nước ghi nhận 98 ca sốt xuất huyết.', '150 ca | 98 ca'],
    // a day word dating the report is not the count's day; an "as of" on the other side is read
    ['As of Wednesday, there were 65 probable cases in Toronto.', 'Officials said Thursday that Toronto had 70 probable cases as of Wednesday.', '65 probable | 70 probable'],
    ['As of Wednesday, 65 people were in hospital.', "Wednesday's figures, released today, show 70 people were in hospital.", '65 people | 70 people'],
    ['Tính đến ngày 30/9, cả nước ghi nhận 98 ca.', 'Bộ Y tế hôm qua cho biết cả nước ghi nhận 150 ca.', '98 ca | 150 ca'],
    // an end that names no day (a time of one) does not set the counts apart
    ['By the end of the day, 12 people were arrested.', 'Police arrested 15 people on Saturday.', '12 people | 15 people'],
    ['By midnight, 12 people were arrested.', 'Police arrested 15 people on Saturday night.', '12 people | 15 people'],
    ['Tính đến tối, 12 người bị bắt.', 'Hôm thứ bảy, cảnh sát bắt 15 người.', '12 người | 15 người'],
    // now at the head is not a named end: total-ends.ts reads it when both sides state one
    ['Đến nay, 98 người đã tử vong vì dịch bệnh.', 'Hôm nay, 150 người đã tử vong vì dịch bệnh.', '98 người | 150 người'],
  ])('%s / %s: still flagged', (a, b, flag) => {
    expect(figureFlags(a, b)).toContain(flag)
  })
})
