/**
 * "số" before a number: a label ("nhà số 236", "bão số 11", "vợt số 1 thế giới": number N) or the
 * tail of a compound noun whose value the number is ("sai số 3%", "chỉ số 3%", "dân số 3 triệu
 * người", "con số 6,3 triệu người", "trong số 46 triệu"). The set of compounds is open (sai số,
 * chỉ số, dân số, đa số, con số, tổng số, hệ số…), so the value tells them apart: a label is a
 * bare whole number, while a share sign, a multiplier or a decimal part makes a quantity, which no
 * house, storm or decree is numbered by. A match score after "tỷ số" is read apart (identifiers.ts).
 */
import { keys, type Token } from '../fact-tokens'
import { MULTIPLIERS } from './number-words'

/** Words before "số" that make the number after it a total ("trong số 200", "tổng số 83"). */
const TOTAL_LEADS = keys('trong tổng')

/** Whether the number at token `at` (after "số") is a quantity, not a label: "3%", "3 triệu", "6,3". */
export function quantityAfterSo(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]
  if (t === undefined || t.kind !== 'num') return false
  // "35 trong số 200 người", "trong tổng số 83 km": the total a part is counted out of, no label
  if (TOTAL_LEADS.has(tokens[at - 2]?.key ?? '')) return true
  if (/[.,]\d{1,2}$/.test(t.raw)) return true
  const next = tokens[at + 1]
  if (next === undefined) return false
  return next.raw === '%' || MULTIPLIERS.has(next.key) || (next.key === 'phần' && tokens[at + 2]?.key === 'trăm')
}
