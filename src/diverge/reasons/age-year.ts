/**
 * An age against a year of birth, or two ages, told of one person: whether both can hold.
 * An age is told at its paper's day; a year of birth with no day gives two ages in any year
 * (before and after the birthday), so *SN 1976* is 45 or 46 in 2022. Without the paper's year
 * nothing is judged: a year of birth then fits any age.
 */

/** The paper's year from `Article.published` (ISO 8601), if it gives one. */
export function paperYear(published: string | undefined): number | undefined {
  const m = /^(\d{4})-\d{2}/u.exec(published ?? '')
  return m ? Number(m[1]) : undefined
}

export type AgeVerdict = 'compatible' | 'conflict' | 'unknown'

/** How far `age` told in `year` sits from what a birth in `born` gives: 0 when it fits. */
export function ageYearGap(age: number, born: number, year: number): number {
  const oldest = year - born
  const youngest = oldest - 1
  return age > oldest ? age - oldest : age < youngest ? youngest - age : 0
}

/** An age told in `year` against a year of birth. */
export function ageAgainstBirthYear(age: number, born: number, year: number | undefined): AgeVerdict {
  if (year === undefined) return 'unknown'
  return ageYearGap(age, born, year) === 0 ? 'compatible' : 'conflict'
}

/**
 * Two ages of one person told in `yearA` and `yearB`: a birthday may fall between, and each year
 * between the papers adds one. Without both papers' years two ages a year apart are a birthday
 * or a rounding, never a conflict.
 */
export function ageAgainstAge(ageA: number, ageB: number, yearA: number | undefined, yearB: number | undefined): AgeVerdict {
  const apart = yearA !== undefined && yearB !== undefined ? Math.abs(yearA - yearB) : 0
  const gap = Math.abs(ageA - ageB)
  return gap <= 1 + apart ? 'compatible' : 'conflict'
}
