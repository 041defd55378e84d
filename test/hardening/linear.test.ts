/**
 * Time stays linear on pathological inputs. No wall-clock limits: each case is
 * timed at size n and 2n (best of 3 or more, after a warm-up) and doubling the input
 * must not more than triple the time. A quadratic path quadruples it. The two sizes
 * are timed in alternation, so that load on a busy machine hits both alike.
 */
import { describe, expect, it } from 'vitest'
import { compare } from '../../src'
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

/** Best time of compare(text, text) plus compare(text, shifted text) at sizes n and 2n, measured interleaved so that load on the machine hits both alike. */
function timesAt(make: (n: number) => string, n: number, rounds: number): [number, number] {
  const inputs = [make(n), make(2 * n)].map((text) => [text, shifted(text)] as const)
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  for (let round = 0; round < rounds; round++) {
    inputs.forEach(([text, other], k) => {
      const started = performance.now()
      compare(text, text)
      compare(text, other)
      best[k] = Math.min(best[k]!, performance.now() - started)
    })
  }
  return [best[0]!, best[1]!]
}

// Below this a measurement is mostly noise: ratios are taken against at least this many ms.
const FLOOR_MS = 15
const MAX_RATIO = 3

describe('linear time', () => {
  it.each(CASES)('%s', (_name, make, n) => {
    timesAt(make, Math.max(1, n >> 3), 1) // warm-up: JIT and caches
    let ratio = Number.POSITIVE_INFINITY
    const times = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
    // A busy machine can slow some measurements: the best time of each size is kept across
    // attempts, so one quiet moment per size is enough, while a quadratic path fails them all.
    for (let attempt = 0; attempt < 3 && ratio > MAX_RATIO; attempt++) {
      timesAt(make, n, 3 + 2 * attempt).forEach((time, k) => (times[k] = Math.min(times[k]!, time)))
      ratio = times[1]! / Math.max(times[0]!, FLOOR_MS)
    }
    if (process.env.LINEAR_DEBUG) console.log(_name, n, times.map((t) => t.toFixed(1)))
    expect(ratio, `n: ${times[0]!.toFixed(1)} ms, 2n: ${times[1]!.toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO)
  }, 60_000)
})
