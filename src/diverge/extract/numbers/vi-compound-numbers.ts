/**
 * Vietnamese numbers spelled past the tens: "một trăm linh năm" (105), "hai trăm năm mươi" (250),
 * "một nghìn hai trăm" (1,200), "hai nghìn lẻ năm". The one-word reader (numeral-words.ts) reads
 * the first digit and takes "trăm" / "nghìn" for a multiplier, so the words after it became the
 * counted noun ("một trăm linh" counted "linh") or a duration ("hai trăm năm" 200 years). Read
 * whole only where a group follows the hundred or the scale unambiguously: after "trăm" a "linh" /
 * "lẻ" and a digit, "mười", or tens ("năm mươi"); after a scale a group with its own "trăm" or
 * "linh". The spoken short form, a lone digit after the scale counting tenths of it ("một trăm
 * mốt" 110, "hai trăm rưỡi" 250, "ba nghìn rưỡi" 3,500, "một nghìn hai" 1,200), is read whole
 * too, but not with "năm" (years or five: "hai trăm năm" is 200 years as often as 250) nor "một"
 * (101 or 110 by region), and not when another digit follows (a range: "hai ba").
 */
import { keys, type Token } from '../fact-tokens'
import { CLASSIFIERS, OF_COUNTED, VI_AFTER_TENS, VI_DIGITS } from './number-words'

const [TRAM, MUOI_TENS, MUOI_TEN, KHONG] = [...keys('trăm mươi mười không')] as [string, string, string, string]
const ZERO_TENS = keys('linh lẻ')
const [MOT] = [...keys('mốt')] as [string]
/** Short-form tails that are no other word after a scale: "mốt" 1, "rưỡi" half. */
const SHORT_ONLY: ReadonlyMap<string, number> = new Map([...keys('mốt rưỡi')].map((w, k) => [w, [1, 5][k]!] as [string, number]))
const [TU] = [...keys('tư')] as [string]
/**
 * Times and occasions: after a money figure they open a count of their own ("giảm hai nghìn ba
 * ngày liên tiếp" is 2,000 for three days, "tăng một nghìn hai lần" 1,000 twice), so a digit
 * before one is no short-form tail.
 */
const TIMES_COUNTED = keys('ngày tuần tháng năm giờ tiếng phút giây lần tuổi đợt kỳ thập kỷ thế chuyến phiên vòng hiệp')
/** Counted words a digit tail may stand before: a digit or "tư" also opens words ("tư vấn", "tư nhân", "chín muồi"), so "hai trăm tư vấn viên" is 200 consultants. */
const SHORT_COUNTED: ReadonlySet<string> = new Set([...CLASSIFIERS, ...OF_COUNTED, ...keys('hộ')].filter((w) => !TIMES_COUNTED.has(w)))
const [MOT_DIGIT, NAM] = [...keys('một năm')] as [string, string]
/** Scales above the hundred, largest last, and their values. */
const SCALES: ReadonlyMap<string, number> = new Map([...keys('nghìn ngàn')].map((w) => [w, 1e3] as [string, number]).concat([[[...keys('triệu')][0]!, 1e6], [[...keys('tỷ')][0]!, 1e9], [[...keys('tỉ')][0]!, 1e9]]))

const keyAt = (tokens: readonly Token[], k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')

/** Tens and units at `k` ("mười lăm", "năm mươi", "ba mươi tư"): value and last token; a lone digit is no tens. */
function tensAt(tokens: readonly Token[], k: number): { value: number; last: number } | undefined {
  if (keyAt(tokens, k) === MUOI_TEN) {
    const u = VI_AFTER_TENS.get(keyAt(tokens, k + 1))
    return u !== undefined && keyAt(tokens, k + 1) !== MOT ? { value: 10 + u, last: k + 1 } : { value: 10, last: k }
  }
  const d = VI_DIGITS.get(keyAt(tokens, k))
  if (d === undefined || d < 2 || keyAt(tokens, k + 1) !== MUOI_TENS) return undefined
  const u = VI_AFTER_TENS.get(keyAt(tokens, k + 2))
  return u !== undefined ? { value: d * 10 + u, last: k + 2 } : { value: d * 10, last: k + 1 }
}

/** A group below a thousand with its hundred at `k` ("hai trăm", "một trăm linh năm", "không trăm"): value, last token, and whether a tail followed the hundred. */
function hundredsAt(tokens: readonly Token[], k: number): { value: number; last: number; tail: boolean } | undefined {
  const d = keyAt(tokens, k) === KHONG ? 0 : VI_DIGITS.get(keyAt(tokens, k))
  if (d === undefined || keyAt(tokens, k + 1) !== TRAM) return undefined
  const hundred = d * 100
  const next = k + 2
  if (ZERO_TENS.has(keyAt(tokens, next))) {
    const u = VI_AFTER_TENS.get(keyAt(tokens, next + 1))
    return u !== undefined && u > 0 && keyAt(tokens, next + 1) !== MOT ? { value: hundred + u, last: next + 1, tail: true } : undefined
  }
  const tens = tensAt(tokens, next)
  if (tens) return { value: hundred + tens.value, last: tens.last, tail: true }
  const short = shortTailAt(tokens, next)
  return short !== undefined ? { value: hundred + short * 10, last: next, tail: true } : { value: hundred, last: k + 1, tail: false }
}

/**
 * The digit of a short form at `k` ("rưỡi", "mốt", "tư", "hai" after "trăm" or a scale), tenths
 * of the scale before it; undefined for "năm" and "một" (ambiguous) and when the number goes on
 * (a digit, tens, a hundred or a scale after it: "hai ba người" is a range, "hai trăm" a group).
 */
function shortTailAt(tokens: readonly Token[], k: number): number | undefined {
  const key = keyAt(tokens, k)
  const only = SHORT_ONLY.get(key)
  const digit = only ?? (key === TU ? 4 : key === NAM || key === MOT_DIGIT ? undefined : VI_DIGITS.get(key))
  if (digit === undefined) return undefined
  const after = keyAt(tokens, k + 1)
  if (only === undefined && after !== '' && !SHORT_COUNTED.has(after)) return undefined
  const goesOn = VI_AFTER_TENS.has(after) || after === TRAM || after === MUOI_TENS || after === MUOI_TEN || SCALES.has(after) || ZERO_TENS.has(after)
  return goesOn ? undefined : digit
}

/**
 * A Vietnamese number of more than one group at token `i` ("một trăm linh năm", "một nghìn hai
 * trăm"): its value and last token, or undefined where the one-word reader's reading stands.
 */
export function viCompoundAt(tokens: readonly Token[], i: number): { value: number; last: number } | undefined {
  if (keyAt(tokens, i) === KHONG) return undefined
  let total = 0
  let k = i
  let lastScale = Infinity
  let whole = false
  let last = -1
  for (;;) {
    const first = k === i
    // the first group may be tens or a lone digit ("hai nghìn"); after a scale a group names its hundred or its zero tens
    const hundreds = hundredsAt(tokens, k)
    const group = hundreds ?? (first ? (tensAt(tokens, k) ?? digitAt(tokens, k)) : zeroTensAt(tokens, k))
    if (!group) break
    if (hundreds?.tail || !first) whole = true
    const scale = SCALES.get(keyAt(tokens, group.last + 1))
    // a first scale no group follows is left to the suffix reader, as a multiplier before the counted noun or currency ("một trăm linh năm tỷ đồng")
    const short = scale !== undefined && scale < lastScale && !groupAfterScale(tokens, group.last + 2) ? shortTailAt(tokens, group.last + 2) : undefined
    if (short !== undefined) {
      // "ba nghìn rưỡi", "một nghìn hai": the digit counts tenths of the scale, and the number ends there
      total += group.value * scale! + (short * scale!) / 10
      last = group.last + 2
      whole = true
      break
    }
    if (scale !== undefined && scale < lastScale && (!first || groupAfterScale(tokens, group.last + 2))) {
      total += group.value * scale
      lastScale = scale
      last = group.last + 1
      k = group.last + 2
      continue
    }
    total += group.value
    last = group.last
    break
  }
  return whole && last > i ? { value: total, last } : undefined
}

const digitAt = (tokens: readonly Token[], k: number): { value: number; last: number } | undefined => {
  const d = VI_DIGITS.get(keyAt(tokens, k))
  return d === undefined ? undefined : { value: d, last: k }
}

/** "lẻ năm", "linh tư" after a scale: the units of a group with no hundred ("hai nghìn lẻ năm"). */
function zeroTensAt(tokens: readonly Token[], k: number): { value: number; last: number } | undefined {
  if (!ZERO_TENS.has(keyAt(tokens, k))) return undefined
  const u = VI_AFTER_TENS.get(keyAt(tokens, k + 1))
  return u !== undefined && u > 0 && keyAt(tokens, k + 1) !== MOT ? { value: u, last: k + 1 } : undefined
}

/** Does a group that may follow a scale start at `k`? */
const groupAfterScale = (tokens: readonly Token[], k: number): boolean => hundredsAt(tokens, k) !== undefined || zeroTensAt(tokens, k) !== undefined
