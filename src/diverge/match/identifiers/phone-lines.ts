/**
 * Two phone numbers in one slot: a number misprinted differs in one digit, or two digits
 * swapped (*458-8477* / *458-8478*, *458-8747*), while numbers that differ more are two lines —
 * one detective's desk and another's on one exchange (*688-4068* / *688-4163*), a hotline and a
 * switchboard — however alike the sentences around them.
 */
import type { Fact } from '../../extract/fact'
import { editDistance } from '../../reasons/edit-distance'

/** A phone number's local part: its last seven digits, which every way of writing it keeps. */
const localDigits = (value: number): string => String(value).slice(-7)

/** Whether two facts are phone numbers too far apart to be one number misprinted. */
export function otherLines(x: Fact, y: Fact): boolean {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'phone' || y.kind !== 'phone') return false
  const a = localDigits(x.value)
  const b = localDigits(y.value)
  return editDistance(a, b, 1) > 1 && !swapped(a, b)
}

/** One pair of neighbouring digits swapped, the rest equal. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
}
