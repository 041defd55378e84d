/** The seed pair's report, as every rendering test sees it. */
import { compare } from '../../src'
import type { Report } from '../../src'
import { seed } from '../helpers'

let report: Report | undefined
export function seedReport(): Report {
  report ??= compare({ text: seed('thanhnien'), source: 'Thanh Niên' }, { text: seed('ngaynay'), source: 'Ngày Nay' })
  return report
}
