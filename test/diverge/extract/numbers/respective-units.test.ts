import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

/** Each number's text, kind and unit. */
const read = (text: string): string[] => extractNumbers(text).map((f) => `${f.value} ${f.kind}:${f.unit}`)

describe('a value list read "respectively" shares the unit of its last value', () => {
  it.each([
    ['en: two values', 'Smith and Jones scored 10 and 12 points respectively.', ['10 count:point', '12 count:point']],
    ['en: serial comma (a value before a lone comma stays bare)', 'Ford, GM and Chrysler cut output by 3, 4, and 6 percent respectively.', ['3 plain:', '4 percent:', '6 percent:']],
    ['vi: "tương ứng", a multiplier', 'Vinamilk và Masan tương ứng đạt 10 và 12 tỷ đồng.', ['10000000000 amount:vnd', '12000000000 amount:vnd']],
    ['vi: "lần lượt", three values', 'Ba đội Hà Nội, Hải Phòng và Nam Định lần lượt đạt 10, 12 và 15 điểm.', ['3 count:đội', '10 plain:', '12 count:điểm', '15 count:điểm']],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected)
  })

  // Traps: no marker leaves a bare value bare; a value with its own unit keeps it.
  it.each([
    ['en: no marker', 'Smith and Jones scored 10 and 12 points.', '10 plain:'],
    ['vi: no marker', 'Vinamilk và Masan đạt 10 và 12 tỷ đồng.', '10 plain:'],
    ['en: own unit kept', 'Smith and Jones scored 10 goals and 12 points respectively.', '10 count:goal'],
    ['en: a lone comma closes an aside', 'Of the 300, 120 and 150 said yes and no respectively.', '300 plain:'],
    // ("trong số 300": a total, no label, as so-labels.ts reads "trong số")
    ['vi: a lone comma closes an aside', 'Trong số 300, 120 và 150 người lần lượt đồng ý và phản đối.', '300 plain:'],
  ])('%s: the first value as read alone', (_name, text, first) => {
    expect(read(text)[0]).toBe(first)
  })
})
