/**
 * The last day of a span whose first day both reports state alike ("từ ngày 19 đến 21/3" / "từ
 * ngày 19 đến 22/3", "from March 19 to 21" / "to 22"): a span told two ways, not one event two
 * outlets a day apart date differently (they would shift both ends), so the one-day gap is flagged.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../../src'

const dates = (a: string, b: string): string[] =>
  compare(a, b).divergences.filter((d) => d.kind === 'date').map((d) => `${d.a?.text} / ${d.b?.text}`)

describe('the end of one span a day apart', () => {
  it.each([
    ['vi: từ ngày 19 đến 21/3 / đến 22/3, sentences merged', 'Thủ tướng tiếp Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội. Chuyến thăm kéo dài từ ngày 19 đến 21/3.', 'Thủ tướng tiếp Bộ trưởng Ngoại giao Nhật Bản, người đang thăm Việt Nam từ ngày 19 đến 22/3.', '21/3 / 22/3'],
    ['en: from March 19 to 21 / to 22', 'The minister is visiting Japan from March 19 to 21, the ministry said.', 'The ministry said the minister would be in Japan from March 19 to 22.', '21 / 22'],
    ['en: from 19 to 21 March / to 22 March (review rdate32)', 'The minister is visiting Japan from 19 to 21 March, the ministry said.', 'The ministry said the minister would be in Japan from 19 to 22 March, not longer.', '21 March / 22 March'],
    ['en: from March 19 to 21 / March 19-22', 'The minister is visiting Japan from March 19 to 21, the ministry said.', 'The ministry said the minister would be in Japan March 19-22.', '21 / 22'],
  ])('%s: flagged', (_why, a, b, pair) => {
    expect(dates(a, b)).toContain(pair)
  })

  it.each([
    ['vi: both ends a day later (outlets a day apart)', 'Thủ tướng tiếp Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội. Chuyến thăm kéo dài từ ngày 19 đến 21/3.', 'Thủ tướng tiếp Bộ trưởng Ngoại giao Nhật Bản, người đang thăm Việt Nam từ ngày 20 đến 22/3.'],
    ['en: both ends a day later (outlets a day apart)', 'The minister is visiting Japan from March 19 to 21, the ministry said.', 'The ministry said the minister would be in Japan from March 20 to 22.'],
  ])('%s: no contradiction', (_why, a, b) => {
    expect(dates(a, b).filter((p) => p.includes('21') && p.includes('22'))).toEqual([])
  })
})
