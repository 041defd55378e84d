import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

// Review ralarms51: a date beside a speech word is still the event's date when the speech word is
// someone else's ("the man arrested on May 5 said"), an attribution after the event ("…, ông nói"),
// another sense ("nói trên" = above-mentioned, "that year") or a passive ("was reported", "được đưa tin").
const flags = (a: string, b: string) =>
  compare(a, b, { minConfidence: 0 })
    .divergences.filter((d) => d.kind === 'date')
    .map((d) => `${d.a?.text} | ${d.b?.text}`)

describe('two dates of one event beside a speech word', () => {
  it.each([
    ['en: a relative clause', 'The man arrested on May 5 said he acted alone.', 'The man arrested on May 4 admitted he acted alone.', 'May 5 | May 4'],
    ['id: a relative clause', 'Pria yang ditangkap pada 5 Mei mengatakan ia bertindak sendiri.', 'Pria yang ditangkap pada 4 Mei mengaku bertindak sendiri.', '5 Mei | 4 Mei'],
    ['vi: a relative clause', 'Người đàn ông bị bắt hôm 5/5 nói rằng anh ta hành động một mình.', 'Người đàn ông bị bắt hôm 4/5 khai rằng anh ta hành động một mình.', '5/5 | 4/5'],
    ['vi: an attribution after the event', 'Vụ cháy xảy ra hôm 5/5, ông nói.', 'Vụ cháy xảy ra hôm 4/5.', '5/5 | 4/5'],
    ['vi: "nói trên"', 'Nghi phạm bị bắt sau vụ cướp ngày 5/5 nói trên.', 'Nghi phạm bị bắt sau vụ cướp ngày 4/5.', '5/5 | 4/5'],
    ['en: "that year"', 'The first case was reported on March 5 that year.', 'The first case was confirmed on March 6 that year.', 'March 5 | March 6'],
    ['en: a passive', 'The first case was reported on March 5.', 'The first case was confirmed on March 6.', 'March 5 | March 6'],
    ['vi: a passive', 'Ca nhiễm đầu tiên được đưa tin hôm 5/3.', 'Ca nhiễm đầu tiên được ghi nhận hôm 6/3.', '5/3 | 6/3'],
  ])('%s: still a disagreement', (_name, a, b, flag) => {
    expect(flags(a, b)).toEqual([flag])
  })
})
