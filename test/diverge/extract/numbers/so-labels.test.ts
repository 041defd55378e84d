/**
 * "số" before a number: a label (number N) or the tail of a compound whose value the number is
 * (issue 11: "sai số 3%" was read as "số 3"). Hits: a share sign, a multiplier or a decimal part
 * make a quantity; traps: a bare whole number stays a label, a score after "tỷ số" stays a score.
 */
import { describe, expect, it } from 'vitest'
import { extractNumbers } from '../../../../src/diverge/extract/numbers/numbers'

const facts = (text: string): string[] => extractNumbers(text).map((f) => `${f.text} ${f.kind}:${f.unit}`)

describe('số: a label or a compound\'s value', () => {
  it.each([
    ['vi: margin of error, a share', 'Cuộc thăm dò có sai số 3%.', ['3% percent:']],
    ['vi: an index, a share', 'Chỉ số giá tăng, chỉ số 5% là cao.', ['5% percent:']],
    ['vi: a majority, a share', 'Đa số 60% cử tri ủng hộ.', ['60% percent:']],
    ['vi: the share in words', 'Cuộc thăm dò có sai số 3 phần trăm.', ['3 phần trăm percent:']],
    ['vi: a population, a count with its multiplier', 'Dân số 3 triệu người.', ['3 triệu người count:người']],
    ['vi: a figure with a decimal part', 'Con số 6,3 triệu người là quá lớn.', ['6,3 triệu người count:người']],
    ['vi: among, a count', 'Trong số 46 triệu người dân có nhiều người nghèo.', ['46 triệu người count:người']],
    // traps: labels and scores as before
    ['vi: a house number stays a label', 'Nhà số 236 đường Lê Lợi bị cháy.', ['236 plain:số']],
    ['vi: number one in the world stays a label', 'Anh là vợt số 1 thế giới.', ['số 1 ordinal:']],
    ['vi: a label at the end of a clause', 'Cơn bão số 11, rất mạnh.', ['số 11 ordinal:']],
    ['vi: a match score after tỷ số', 'Đội thắng với tỷ số 2-1.', ['2-1 score:']],
  ])('%s', (_why, text, expected) => {
    expect(facts(text)).toEqual(expected)
  })
})
