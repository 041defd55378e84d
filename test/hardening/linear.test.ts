/**
 * compare() stays linear on pathological inputs: each case, compared with itself and with
 * its digits shifted, is timed at size n and 2n (test/growth.ts; no wall-clock limit).
 */
import { describe, it } from 'vitest'
import { compare } from '../../src'
import { expectLinear } from '../growth'
import { corpusArticles } from '../helpers'

const corpusWords = corpusArticles()
  .flatMap((article) => article.sentences)
  .join(' ')
  .replace(/[.!?…]/g, '')
  .split(/\s+/)
  .filter(Boolean)

const repeat = (n: number, f: (i: number) => string, sep = ' '): string => Array.from({ length: n }, (_, i) => f(i)).join(sep)
/** The same text with its digits changed, so numbers and dates conflict instead of matching. */
const shifted = (text: string): string => text.replace(/\d/g, (d) => String((Number(d) + 1) % 10))

/** [name, input of size n, n (the smaller size)]. Sizes are chosen so one run takes tens of milliseconds. */
const CASES: ReadonlyArray<readonly [string, (n: number) => string, number]> = [
  ['one giant sentence (no punctuation)', (n) => repeat(n, (i) => corpusWords[i % corpusWords.length]!), 3_000],
  ['one giant sentence (one word, no spaces)', (n) => 'ab'.repeat(n), 100_000],
  ['thousands of identical sentences', (n) => repeat(n, () => 'Thành phố Hà Nội công bố kế hoạch mới về giao thông công cộng.', '\n'), 1_000],
  ['thousands of near-identical sentences', (n) => repeat(n, (i) => `Tin số ${i}: thành phố Hà Nội công bố kế hoạch ${i % 7} về giao thông.`), 400],
  ['thousands of repeated numbers', (n) => repeat(n, (i) => `${(i % 97) + 1} người`) + '.', 2_000],
  ['thousands of repeated dates', (n) => repeat(n, (i) => `ngày ${(i % 28) + 1}/${(i % 12) + 1}`, ', ') + '.', 1_000],
  ['thousands of repeated names', (n) => repeat(n, (i) => (i % 2 ? 'Ông Park Heong-joon gặp Lee Jae Myung.' : 'Bà Nguyễn Thị Lan nói.')), 500],
  ['a long run of "TP. "', (n) => 'TP. '.repeat(n), 4_000],
  ['a long run of initials "A. B. C. "', (n) => 'A. B. C. '.repeat(n), 2_000],
  ['a long run of digits and dots', (n) => repeat(n, (i) => String(i % 10), '.'), 20_000],
  ['a long run of digits and commas', (n) => repeat(n, (i) => String(i % 1000).padStart(3, '0'), ','), 10_000],
  ['5 000 capitalised words in a row', (n) => repeat(n, (i) => ['Nguyễn', 'Văn', 'Park', 'Heong', 'Joon', 'Lee', 'Busan', 'Hà'][i % 8]!), 5_000],
  ['capitalised ASCII words in a row', (n) => repeat(n, (i) => `Word${String.fromCharCode(97 + (i % 26))}`), 5_000],
  ['one-word lines (roles)', (n) => repeat(n, (i) => `từ${i % 997}`, '\n'), 5_000],
  ['long lines of whitespace', (n) => `Một.${' \t'.repeat(n)}Hai.\n${'\t'.repeat(n)}\n`, 50_000],
  ['a long run of combining marks', (n) => 'a' + '\u0301'.repeat(n) + ' Hà Nội.', 50_000],
  ['a long run of dots', (n) => '.'.repeat(n) + 'A.', 50_000],
  ['thousands of tolls in unlinked sentences', (n) => repeat(n, (i) => `The storm killed ${(i % 400) + 1} people. Rescuers said ${(i % 300) + 2} others were injured.`), 600],
]

describe('linear time', () => {
  it.each(CASES)('%s', (_name, make, n) => {
    expectLinear(
      (size) => {
        const text = make(size)
        return [text, shifted(text)] as const
      },
      ([text, other]) => {
        compare(text, text)
        compare(text, other)
      },
      n,
    )
  }, 60_000)
})
