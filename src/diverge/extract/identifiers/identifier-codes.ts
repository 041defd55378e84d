/**
 * Codes written as one token of letters and digits: a US plate "8HJ-2291", a case number
 * "22-cr-673", "CVE-2024-1580", a tail number "N704AL", a fishing boat "BĐ-97569-TS", a container
 * "MSKU-123456". Each is one identifier, equal only to itself whatever its separators, case or Đ/D
 * ("22-cr-673" is "22CR673", "BĐ-97569-TS" is "BD-97569-TS"): read as a count it was a bare
 * "2291" (or, opening with a letter, nothing at all), so a digit swapped in it went unseen.
 * (A code whose parts a space sets apart, "8HJ 2291", "CVE 2024-1580", is read in identifiers.ts.)
 *
 * A code has three digits or more and letters standing for a series, not a unit: a capital, or
 * a run of two letters or more before more digits. Not codes: a figure and its unit ("2,3GB",
 * "35-year-old", letters closing the token), a clock time or a height ("10h45", "1m80": one small
 * letter between digits), a size ("1920x1080"), a range ("18-to-64"), an event and its year
 * ("APEC-2017": its only digits a year), "Covid-19" (two digits), and a name and its number of four
 * digits or fewer, with or without a dash ("QX100", "MH370", "MH-370", "C-130", "Tu-154"), which the
 * name rules read. A changed flight number ("VN123" / "VN124") is thus left to them: they do not
 * flag it, and reading short names as codes made one name typed two ways two missing facts.
 */

const MIN_DIGITS = 3

/** Words that join two figures into a range or a ratio ("18-to-64", "2-for-1"), not a series of a code. */
const JOINING_WORDS = new Set(['to', 'and', 'or', 'of', 'for', 'by', 'per', 'in', 'on', 'at', 'vs', 'x', 'đến', 'tới', 'và', 'trên', 'của'])

interface Run {
  readonly letters: boolean
  readonly text: string
  /** The separator before the run ('' when none). */
  readonly after: string
}

/** The token's runs of letters and of digits, each with the separator ("-", ".", "/") before it. */
function runsOf(raw: string): Run[] | undefined {
  const runs: Run[] = []
  let text = ''
  let letters = false
  let separator = ''
  const close = (): void => {
    if (text) runs.push({ letters, text, after: separator })
    text = ''
    separator = ''
  }
  for (const c of raw) {
    const isDigit = c >= '0' && c <= '9'
    const isLetter = !isDigit && /[\p{L}\p{M}]/u.test(c)
    if (!isDigit && !isLetter) {
      if (c !== '-' && c !== '.' && c !== '/') return undefined
      close()
      separator = c
      continue
    }
    if (text && isLetter !== letters) close()
    letters = isLetter
    text += c
  }
  close()
  return runs
}

/** Small letters longer than this between digits are a word ("5-through-17"), not a series ("22-cr-673"). */
const MAX_SMALL_SERIES = 3

/** A letter run that names a series: a capital in it, or two or three small letters that are no joining word. */
const seriesLetters = (run: Run): boolean =>
  /\p{Lu}/u.test(run.text) || (run.text.length >= 2 && run.text.length <= MAX_SMALL_SERIES && !JOINING_WORDS.has(run.text))

/** A serial number has more digits than this ("MSKU-123456", "IMO-9811000"); a model's or a flight's number no more ("MH-370", "C-130", "ABC-1234"). */
const MAX_NAME_NUMBER = 4

/**
 * Letters, then one short figure: a name and its number ("QX100", "MH370", "ĐT741", "Boeing 737"
 * glued), which the name rules read, or a sum glued to its currency ("$US1.06"). A dash changes
 * nothing ("MH-370", "C-130", "Tu-154"): read as a code the dashed form met neither the glued one
 * nor "Tu 154", a fact one report "never" stated. A code mixes more: letters on both sides of the
 * digits ("N704AL"), digits on both ("8HJ2291"), two runs of digits ("CVE-2024-1580") or a serial
 * number longer than a name's.
 */
function nameAndNumber(runs: readonly Run[]): boolean {
  if (runs.length < 2 || !runs[0]!.letters || runs.slice(1).some((r) => r.letters)) return false
  return runs.slice(1).reduce((n, r) => n + r.text.length, 0) <= MAX_NAME_NUMBER
}

const YEAR = /^(?:19|20)\d\d$/

/**
 * The code's value: its letters and digits, upper-cased, Đ as D, as one exact number (a hash of the
 * string). Plates and boats are typed with and without the diacritic ("BĐ-97569-TS" / "BD-97569-TS"),
 * as document numbers are ("NĐ-CP" / "ND-CP").
 */
function codeHash(kept: string): number {
  let h = 0x811c9dc5
  for (let k = 0; k < kept.length; k++) h = Math.imul(h ^ kept.charCodeAt(k), 0x01000193) >>> 0
  return kept.length * 2 ** 32 + h
}

/** The value of `raw` read as a code of letters and digits, if it is one. */
export function letterDigitCode(raw: string): number | undefined {
  const runs = runsOf(raw)
  if (!runs) return undefined
  const digitRuns = runs.filter((r) => !r.letters)
  const digits = digitRuns.reduce((n, r) => n + r.text.length, 0)
  if (digits < MIN_DIGITS || digitRuns.length === runs.length) return undefined
  if (digitRuns.length === 1 && YEAR.test(digitRuns[0]!.text)) return undefined
  // letters that open the code, or stand between digits, name a series; letters that only close it are a unit
  let lastDigits = runs.length - 1
  while (runs[lastDigits]!.letters) lastDigits--
  const series = runs.slice(0, lastDigits).filter((r) => r.letters)
  if (series.length === 0 || !series.every(seriesLetters) || nameAndNumber(runs)) return undefined
  return codeHash(runs.map((r) => r.text).join('').toUpperCase().replaceAll('Đ', 'D'))
}
