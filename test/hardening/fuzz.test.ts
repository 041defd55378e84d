/**
 * Seeded fuzzing: random mixtures of corpus text, random Unicode (unpaired
 * surrogates, combining marks, right-to-left text, control characters) and the
 * odd cases, with random options, valid and not. Nothing may throw but a
 * CorroborateError, and every report must be valid with offsets that slice back.
 *
 * Bounded by time (FUZZ_SECONDS, default 45 in CI and 10 locally) and by
 * iterations; every iteration has its own seed, printed on failure, so any
 * failure replays with FUZZ_SEED=<seed> FUZZ_ITERATIONS=1.
 */
import { describe, expect, it } from 'vitest'
import { CorroborateError, compare } from '../../src'
import type { CompareOptions } from '../../src'
import { corpusArticles } from '../helpers'
import { ODD_CASES, checkReport, prng } from './report-check'

const SECONDS = Number(process.env.FUZZ_SECONDS ?? (process.env.CI ? 45 : 10))
const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 100_000)
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 20_240_813)

const sentences = corpusArticles().flatMap((article) => article.sentences)
const ODD = ODD_CASES.map(([, text]) => text)
const SNIPPETS = ['TP. ', 'TP.HCM', 'A. B. C. ', '1.2.3.4.5', '2.709', '3,5%', '13/8', '13-8-2025', 'ngày 13 tháng 8', '$1.2bn', '- Ảnh 1.', 'ẢNH: TTXVN', '(Ngày Nay) - ', 'Theo VNA', 'Xem thêm:', 'Ông Park Heong-joon', 'Lee Jae Myung', '>>', '“', '”', '…', '。', '‐', '–', '—']

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x1f], // C0 controls
  [0x20, 0x7e],
  [0x7f, 0x9f], // DEL, C1 controls
  [0xc0, 0x24f], // Latin with diacritics
  [0x300, 0x36f], // combining marks
  [0x590, 0x6ff], // Hebrew, Arabic (RTL)
  [0x0e00, 0x0e7f], // Thai
  [0x1ea0, 0x1ef9], // Vietnamese
  [0x2000, 0x206f], // general punctuation, bidi controls, ZWJ
  [0x3000, 0x303f],
  [0x4e00, 0x4fff], // Han
  [0xd800, 0xdfff], // surrogates, paired or not
  [0xfe00, 0xfe0f], // variation selectors
  [0xfff0, 0xffff],
  [0x1f300, 0x1f9ff], // emoji
  [0xe0000, 0xe007f], // tags
]

type Random = () => number

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!
}

function randomUnicode(random: Random, length: number): string {
  let out = ''
  for (let k = 0; k < length; k++) {
    const [lo, hi] = pick(random, RANGES)
    const code = lo + Math.floor(random() * (hi - lo + 1))
    out += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code)
  }
  return out
}

function mutate(random: Random, text: string): string {
  switch (Math.floor(random() * 6)) {
    case 0:
      return text.normalize('NFD')
    case 1:
      return text.replace(/\d/g, (d) => String((Number(d) + 1 + Math.floor(random() * 8)) % 10))
    case 2:
      return text.toUpperCase()
    case 3: {
      // cut at a random code unit: may split a surrogate pair or a combining sequence
      const at = Math.floor(random() * (text.length + 1))
      return text.slice(0, at) + randomUnicode(random, 3) + text.slice(at)
    }
    case 4:
      return text.replace(/ /g, () => pick(random, [' ', '  ', '\n', '\t', '\u00a0', '']))
    default:
      return text
  }
}

function article(random: Random): string {
  const parts: string[] = []
  const count = Math.floor(random() * 24)
  for (let k = 0; k < count; k++) {
    const roll = random()
    if (roll < 0.55) parts.push(pick(random, sentences))
    else if (roll < 0.7) parts.push(randomUnicode(random, 1 + Math.floor(random() * 40)))
    else if (roll < 0.8) parts.push(pick(random, ODD))
    else if (roll < 0.95) parts.push(pick(random, SNIPPETS))
    else parts.push(pick(random, SNIPPETS).repeat(1 + Math.floor(random() * 300)))
    parts.push(pick(random, [' ', ' ', '\n', '\n\n', '', '\r\n']))
  }
  return mutate(random, parts.join(''))
}

function options(random: Random): unknown {
  const roll = random()
  if (roll < 0.6) return undefined
  // Mostly valid values, now and then one that must be refused.
  const either = (valid: readonly unknown[], invalid: readonly unknown[]): unknown => (random() < 0.9 ? pick(random, valid) : pick(random, invalid))
  const o: Record<string, unknown> = {}
  if (random() < 0.3) o.alignThreshold = either([0, 0.3, 0.5, 1], [2, -1, Number.NaN, '0.5'])
  if (random() < 0.3) o.kinds = either([[], ['number'], ['name', 'missing'], ['date', 'number', 'name', 'missing']], [['x'], 'date'])
  if (random() < 0.2) o.minSeverity = either(['high', 'medium', 'low'], ['urgent'])
  if (random() < 0.2) o.detectBoilerplate = either([true, false], [1])
  if (random() < 0.2) o.nameThreshold = either([0, 0.7, 1], [5])
  if (random() < 0.2) o.maxLength = either([1_000_000, 20_000_000], [0, 10, -1, 2.5])
  if (random() < 0.1) o.languages = either([['vie'], ['eng', 'tha'], []], ['vie'])
  if (random() < 0.1) o.abbreviations = either([{ 'tp.hcm': 'thành phố hồ chí minh' }, { '': '' }, { '.': 'a b' }, { ab: '' }], [{ x: 1 }])
  if (random() < 0.1) o.titles = either([['thượng nghị sĩ'], [''], [' '], ['-']], [[1]])
  if (random() < 0.02) o.bogus = true
  return roll < 0.98 ? o : pick(random, [null, 'x', [], 42])
}

function input(random: Random): unknown {
  const roll = random()
  if (roll < 0.9) return article(random)
  if (roll < 0.98) return { text: article(random), source: pick(random, ['A', '<b>x</b>', '\u0000', randomUnicode(random, 5)]) }
  return pick(random, [null, undefined, 42, {}, { text: 1 }, [], ['x'], { text: 'x', source: 5 }])
}

describe('fuzz', () => {
  it(`throws nothing but CorroborateError and keeps offsets valid (${SECONDS} s, seed ${FIRST_SEED})`, () => {
    const deadline = performance.now() + SECONDS * 1000
    let runs = 0
    let refused = 0
    for (let k = 0; k < ITERATIONS && performance.now() < deadline; k++) {
      const seed = FIRST_SEED + k
      const random = prng(seed)
      const a = input(random)
      const b = random() < 0.2 ? a : input(random)
      const o = options(random)
      let report
      try {
        report = compare(a as string, b as string, o as CompareOptions)
      } catch (error) {
        if (error instanceof CorroborateError) {
          refused++
          continue
        }
        throw new Error(`fuzz seed ${seed}: compare threw ${String(error)}`, { cause: error })
      }
      try {
        checkReport(report, a as string, b as string)
      } catch (error) {
        throw new Error(`fuzz seed ${seed}: ${String(error)}`, { cause: error })
      }
      runs++
    }
    console.log(`fuzz: ${runs} reports checked, ${refused} inputs refused with CorroborateError`)
    expect(runs).toBeGreaterThan(0)
  }, (SECONDS + 60) * 1000)
})
