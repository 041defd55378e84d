/**
 * Sentences two reports write word for word, linked to each other: the number and date stage
 * takes their facts as stated in the other report without asking (diverge/match/pairing/copied-sentences.ts).
 * Traps where that could go wrong, each checked against compare() pair by pair: a copied value
 * whose slot another sentence of the other report fills with another value, a name of a copied
 * sentence the other report spells another way elsewhere, a copied lead the other headline also
 * links to, and more copies of one value than an index keeps under a key.
 */
import { describe, expect, it } from 'vitest'
import { compare, compareMany } from '../../src'
import type { Article } from '../../src'
import { inconsistencies } from './consistency'

const COPY_VI = 'Cơn bão làm 30 người chết và 1.200 ngôi nhà bị sập ở Quảng Ngãi, ông Nguyễn Văn An cho biết ngày 12/9.'
const COPY_EN = 'Governor Sergei Mikhailov said on Tuesday that 1,200 homes were destroyed and 35 people died.'

const cases: [string, string[], (reports: ReturnType<typeof compare>[]) => void][] = [
  [
    'a copied value whose slot another sentence of the other report fills with another value (vi)',
    [
      `Bão đổ bộ Quảng Ngãi\n\n${COPY_VI} Lực lượng cứu hộ đã đến các xã ven biển.`,
      `Bão đổ bộ Quảng Ngãi\n\n${COPY_VI} Lực lượng cứu hộ đã đến các xã ven biển. Đến chiều, số người chết đã lên 32 người.`,
      `Bão đổ bộ Quảng Ngãi\n\n${COPY_VI} Theo thống kê mới, 1.500 ngôi nhà bị sập.`,
    ],
    (reports) => {
      // the copied 30 and 1.200 are stated in every report: never missing
      for (const r of reports) expect(r.divergences.filter((d) => d.kind === 'missing' && /^(30|1\.200)/.test((d.a ?? d.b)!.text))).toEqual([])
    },
  ],
  [
    'a name of a copied sentence the other report spells another way elsewhere (en)',
    [
      `Storm hits coast\n\n${COPY_EN} Rescue teams reached the villages on Wednesday.`,
      `Storm hits coast\n\n${COPY_EN} Rescue teams reached the villages on Wednesday. Sergai Mikhailov visited a shelter on Thursday.`,
      `Storm hits coast\n\n${COPY_EN} About 4,000 people were moved to shelters.`,
    ],
    () => {},
  ],
  [
    'a copied lead that the other report’s headline also links to (en)',
    [
      `Governor Sergei Mikhailov said 1,200 homes were destroyed\n\n${COPY_EN} Rescue teams reached the villages on Wednesday.`,
      `Storm hits coast\n\n${COPY_EN} Rescue teams reached the villages on Wednesday, with 40 boats.`,
    ],
    () => {},
  ],
  [
    'more copies of one value than an index keeps under a key (vi)',
    [
      `Giải chạy\n\n${Array.from({ length: 18 }, (_, k) => `Vận động viên số ${k + 1} về đích sau 30 phút ở chặng ${k + 1}.`).join(' ')}`,
      `Giải chạy\n\n${Array.from({ length: 18 }, (_, k) => `Vận động viên số ${k + 1} về đích sau 30 phút ở chặng ${k + 1}.`).join(' ')} Người thứ 19 về đích sau 31 phút.`,
      `Giải chạy\n\n${Array.from({ length: 17 }, (_, k) => `Vận động viên số ${k + 1} về đích sau 30 phút ở chặng ${k + 1}.`).join(' ')} Vận động viên số 18 về đích sau 33 phút ở chặng 18.`,
    ],
    () => {},
  ],
]

describe('compareMany on reports that copy sentences, against compare() of each pair', () => {
  it.each(cases)('%s', (_case, texts, check) => {
    const articles: Article[] = texts.map((text, k) => ({ text, source: `Outlet ${k + 1}` }))
    const reports = new Map<string, ReturnType<typeof compare>>()
    for (let i = 0; i < articles.length; i++) for (let j = i + 1; j < articles.length; j++) reports.set(`${i},${j}`, compare(articles[i]!, articles[j]!))
    const story = compareMany(articles)
    expect(inconsistencies(story, articles, undefined, reports)).toEqual([])
    check([...reports.values()])
    // Facts one outlet alone gives: those compare() reports missing from every other outlet.
    const missingFrom = new Map<string, number>()
    for (const [key, report] of reports) {
      const [i, j] = key.split(',').map(Number) as [number, number]
      const seen = new Set<string>()
      for (const d of report.divergences) {
        if (d.kind !== 'missing' || !d.factType) continue
        const id = d.a ? `${i}:${d.a.start}:${d.a.end}` : `${j}:${d.b!.start}:${d.b!.end}`
        if (!seen.has(id)) missingFrom.set(id, (missingFrom.get(id) ?? 0) + 1)
        seen.add(id)
      }
    }
    const unique = [...missingFrom].filter(([, n]) => n === articles.length - 1).map(([id]) => id).sort()
    expect(story.unique.facts.map((f) => `${f.outlet}:${f.start}:${f.end}`).sort()).toEqual(unique)
  })
})
