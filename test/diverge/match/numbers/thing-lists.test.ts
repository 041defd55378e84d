import { describe, expect, it } from 'vitest'
import { compare } from '../../../../src'

/** Every number contradiction of a compare, as its two texts. */
const numberFlags = (a: string, b: string): string[][] =>
  compare(a, b)
    .divergences.filter((d) => d.kind === 'number' && d.a && d.b)
    .map((d) => [d.a!.text, d.b!.text])

const enBase = 'Rescuers worked through the night as heavy rain lashed the coast.'
const viBase = 'Lực lượng cứu hộ làm việc suốt đêm trong mưa lớn.'

/**
 * A list of counts that tells its state once, after its last member (amounts55): each member
 * without a state of its own is told in that state, so a report's main count of houses destroyed
 * is found when it opens such a list ("24 nhà ở và 6 nhà bếp bị sập hoàn toàn", ViMs 47_314).
 */
describe('a state told once for a list of counts', () => {
  it.each([
    ['en: homes and barns destroyed', `The tornado hit the valley, and 24 homes and 6 barns were destroyed. ${enBase}`, `${enBase} According to a first report, 19 houses were destroyed.`],
    ['en: homes or sheds swept away', `The flash flood hit the valley, and 24 homes and 3 sheds were swept away. ${enBase}`, `${enBase} By the first count, raging water swept away 19 houses.`],
    ['vi: nhà ở và nhà bếp bị sập', `Lốc xoáy quét qua huyện, làm 24 nhà ở và 6 nhà bếp bị sập hoàn toàn. ${viBase}`, `${viBase} Theo báo cáo ban đầu, trận lốc xoáy khiến 19 nhà dân sập hoàn toàn.`],
  ])('%s', (_label, a, b) => {
    expect(numberFlags(a, b)).toContainEqual([expect.stringContaining('24'), expect.stringContaining('19')])
  })

  it.each([
    ['en: the first member tells its own state', `The tornado hit the valley: 24 homes were flooded and 6 barns collapsed. ${enBase}`, `${enBase} According to a first report, 19 houses collapsed.`],
    ['en: a list of houses damaged', `The tornado hit the valley, and 24 homes and 300 others were damaged. ${enBase}`, `${enBase} According to a first report, 19 houses collapsed.`],
    ['en: a comma is no joint', `The tornado hit the valley: 24 homes, 6 barns were destroyed. ${enBase}`, `${enBase} According to a first report, 19 houses were destroyed.`],
    ['vi: a member with a word of its own, kitchens after it', `Lốc xoáy quét qua huyện, làm 24 nhà tạm và 6 nhà bếp bị sập hoàn toàn. ${viBase}`, `${viBase} Theo báo cáo ban đầu, trận lốc xoáy khiến 19 nhà dân sập hoàn toàn.`],
    ['vi: nhà và nhà khác bị hư hỏng', `Lốc xoáy quét qua huyện, làm 24 nhà và 300 nhà khác bị hư hỏng. ${viBase}`, `${viBase} Theo báo cáo ban đầu, trận lốc xoáy khiến 19 nhà dân sập hoàn toàn.`],
  ])('%s: stays quiet', (_label, a, b) => {
    expect(numberFlags(a, b)).toEqual([])
  })

  // the count that tells the state is the one compared; the first gives it nothing
  it.each([
    ['en: and joins a clause, not a member', `The tornado hit 24 homes and 6 of them were destroyed. ${enBase}`, `${enBase} According to a first report, 19 houses were destroyed.`],
    ['en: a member with a word of its own', `Police found 24 homes empty and 6 houses destroyed. ${enBase}`, `${enBase} According to a first report, 19 houses were destroyed.`],
    ['en: a member with an adjective of its own', `The storm left 24 homes roofless and 6 houses destroyed. ${enBase}`, `${enBase} According to a first report, 19 houses were destroyed.`],
    ['vi: a member left empty', `Lốc xoáy quét qua huyện, làm 24 nhà bỏ hoang và 6 nhà dân bị sập hoàn toàn. ${viBase}`, `${viBase} Theo báo cáo ban đầu, trận lốc xoáy khiến 19 nhà dân sập hoàn toàn.`],
  ])('%s: the stated count is compared', (_label, a, b) => {
    const flags = numberFlags(a, b)
    expect(flags).toContainEqual([expect.stringContaining('6'), expect.stringContaining('19')])
    expect(flags).not.toContainEqual([expect.stringContaining('24'), expect.stringContaining('19')])
  })
})
