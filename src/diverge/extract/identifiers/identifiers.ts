/**
 * Numbers that are identifiers, compared exactly and never as quantities:
 * match scores ("tỷ số 2 – 1", "won 3-0"), software versions ("Android
 * 4.2.2"), document numbers ("51/2012/NĐ-CP"), phone numbers ("(816) 234-7743",
 * "0913.456.789") and licence plates ("29A-123.45"). A score is not two numbers, a
 * version is not a decimal, a phone number is not a range: reading them so made
 * "2-1" / "0-2" two unrelated counts and "4.2.2" no number at all.
 */
import { foldWord } from '../../../normalize/fold'
import type { QuantityKind } from '../fact'
import { keys, type Token } from '../fact-tokens'
import { letterDigitCode } from './identifier-codes'
import { gluedRouteNumber, spacedRouteNumber } from './route-numbers'

/** Words a score follows within three words: "tỷ số", "thắng", "thất thủ", "beat", "won", "the first set". */
const SCORE_LEAD = keys('tỷ thắng thua hòa hoà bại thất hạ gục score won beat lost defeated drew victory win defeat set séc')
export const SCORE_CUES = keys('tỷ tỉ')
const DASHES = new Set(['-', '\u2013', '\u2014'])
/** Scores are small: a football, tennis or basketball score stays under this. */
const MAX_SCORE = 200
/**
 * A score written with a slash ("thắng 21/18", "để thua 7/21", "tỷ số 6/3") stays under this: the
 * points of a set. A larger pair after a cue is a fraction ("thắng 72/222 phiếu"), not a score.
 */
const MAX_SLASH_SCORE = 40
const VERSION_LEAD = keys('phiên bản version android ios windows macos linux v')

/** Does `text` write the dotted figure `dotted` (4.3) after a word that makes it a version (version 4.3, phiên bản 4.3)? */
export function versionWrittenIn(text: string, dotted: string): boolean {
  for (let at = text.indexOf(dotted); at !== -1; at = text.indexOf(dotted, at + 1)) {
    if (/[\p{N}.,]/u.test(text[at - 1] ?? '') || /\p{N}/u.test(text[at + dotted.length] ?? '')) continue
    const word = wordBefore(text.slice(Math.max(0, at - 24), at))
    if (word && VERSION_LEAD.has(foldWord(word))) return true
  }
  return false
}

/** The word `before` ends with, past the spaces that close it (none when no space closes it). A scan, not a regex anchored at the end. */
function wordBefore(before: string): string | undefined {
  let end = before.length
  while (end > 0 && /\s/u.test(before[end - 1]!)) end--
  if (end === before.length) return undefined
  let start = end
  while (start > 0 && /[\p{L}\p{M}]/u.test(before[start - 1]!)) start--
  return start < end ? before.slice(start, end) : undefined
}

interface Identifier {
  /** First token, when the identifier starts before the digit token ("(816) 234-7743"). */
  readonly first?: number
  readonly last: number
  readonly value: number
  readonly kind: QuantityKind
  readonly unit: string
}

/** Is digit token `i` within three words after a score cue ("tỷ số", "thắng", "won"), in the same clause? */
export function scoreAfterCue(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words < 3; k--) {
    const t = tokens[k]!
    if (t.kind !== 'word') {
      if (t.raw === ',' || t.raw === '.' || t.raw === ';') return false
      continue
    }
    if (SCORE_LEAD.has(t.key)) return true
    words++
  }
  return false
}

/** One value for a score, the same whichever side is named first: 2-1 and 1-2 → 2001. */
function scoreValue(x: number, y: number): number {
  return Math.max(x, y) * 1000 + Math.min(x, y)
}

/** A version's parts as one comparable value: 4.2.2 → 4.002002, 4.3 → 4.003. */
function versionValue(parts: readonly string[]): number {
  return parts.reduce((sum, p, k) => sum + Number(p) / 1000 ** k, 0)
}

/** Digits and letters of an identifier as one exact value (base 36): "29A-123.45" → 29A12345. */
function codeValue(raw: string): number {
  let kept = ''
  for (const c of raw.toUpperCase()) if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) kept += c
  return parseInt(kept, 36)
}

// "51/2012/NĐ-CP", "03/CT-TW", "49/NQ-CP": number, optional year, issuing code
const DOCUMENT = /^(\d{1,5})(?:\/(\d{4}))?\/(\p{Lu}[\p{Lu}\p{Ll}]*(?:-[\p{Lu}][\p{Lu}\p{Ll}]*)*)$/u
// "29A-123.45", "51F-678.90", "30E-12345": province, series, number
const PLATE = /^\d{2}[A-Z]{1,2}\d?-\d{3}\.?\d{2}$/
// "0913.456.789", "0913-456-789", "0241234567": a Vietnamese phone number starts with 0
const VI_PHONE = /^0\d{2,3}(?:[.-]?\d{3,4}){2}$/
// "234-7743" after an optional "(816)"
const US_PHONE = /^\d{3}-\d{4}$/
// "800-458-8477", "1-800-458-8477", "800.458.8477": a North American number written whole
const NANP_PHONE = /^(?:1[-.])?\d{3}([-.])\d{3}\1\d{4}$/

/** A document number, licence plate or other code of letters and digits written as one mixed token, if token `i` is one. */
export function codeAt(tokens: readonly Token[], i: number): Identifier | undefined {
  const t = tokens[i]!
  const doc = DOCUMENT.exec(t.raw)
  if (doc) return { last: i, value: Number(doc[1]) * 10_000 + Number(doc[2] ?? 0), kind: 'document', unit: t.key.slice(t.key.lastIndexOf('/') + 1) }
  if (PLATE.test(t.raw)) return { last: i, value: codeValue(t.raw), kind: 'plate', unit: '' }
  const code = letterDigitCode(t.raw)
  if (code !== undefined) return { last: i, value: code, kind: 'code', unit: '' }
  const route = gluedRouteNumber(tokens, i)
  if (route !== undefined) return { last: i, value: route, kind: 'code', unit: '' }
  return spacedCode(tokens, i)
}

/**
 * A code whose digits one report set apart with a space: "8HJ 2291" is the "8HJ-2291" of the
 * other report, not a bare count the other never stated. Only a token that already mixes letters
 * and digits opens it, so "NATO 300" or "USD 50000" stay a name and a sum.
 */
function spacedCode(tokens: readonly Token[], i: number): Identifier | undefined {
  const t = tokens[i]!
  const next = tokens[i + 1]
  if (t.kind !== 'mixed' || !/\p{L}/u.test(t.raw) || !/\d/.test(t.raw) || next?.kind !== 'num' || !/^\d+$/.test(next.raw)) return undefined
  if (next.start - t.end !== 1 || !/^\p{L}*\d+\p{Lu}+$/u.test(t.raw)) return undefined
  const code = letterDigitCode(`${t.raw}-${next.raw}`)
  return code === undefined ? undefined : { last: i + 1, value: code, kind: 'code', unit: '' }
}

const YEAR_RUN = /^(?:19|20)\d\d$/

/**
 * A code whose capitals one report set apart with a space: "CVE 2024-1580" is the "CVE-2024-1580"
 * of the other. Only two runs of digits make it a code ("UN 2024" is a name and a year, "USD 50000"
 * a sum), and two years are a period ("SDG 2015-2030").
 */
export function spacedCodeAfterWord(tokens: readonly Token[], i: number): Identifier | undefined {
  const t = tokens[i]!
  const word = tokens[i - 1]
  // "chuyến bay VN 123": a flight's number set apart from its carrier (route-numbers.ts)
  const route = spacedRouteNumber(tokens, i)
  if (route !== undefined) return { first: i - 1, last: i, value: route, kind: 'code', unit: '' }
  if (word?.kind !== 'word' || t.start - word.end !== 1 || !/^\p{Lu}{2,6}$/u.test(word.raw)) return undefined
  const runs = /^(\d+)[-/](\d+)$/.exec(t.raw)
  if (!runs || (YEAR_RUN.test(runs[1]!) && YEAR_RUN.test(runs[2]!))) return undefined
  const code = letterDigitCode(`${word.raw}-${t.raw}`)
  return code === undefined ? undefined : { first: i - 1, last: i, value: code, kind: 'code', unit: '' }
}

/** Token `i` is the "(816)" of "(816) 234-7743": the phone number that follows takes it. */
export function areaCodeAt(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.raw === '(' && tokens[i + 1]?.raw === ')' && /^\d{3}$/.test(tokens[i]!.raw) && US_PHONE.test(tokens[i + 2]?.raw ?? '')
}

/** A phone number at digit token `i`: "(816) 234-7743", "234-7743", "0913.456.789". */
function phoneAt(tokens: readonly Token[], i: number): Identifier | undefined {
  const t = tokens[i]!
  if (VI_PHONE.test(t.raw)) return { last: i, value: Number(t.raw.replace(/\D/g, '')), kind: 'phone', unit: '' }
  // Valued without the country code, so that "1-800-458-8477" is the "(800) 458-8477" of another report.
  if (NANP_PHONE.test(t.raw)) return { last: i, value: Number(t.raw.replace(/\D/g, '').slice(-10)), kind: 'phone', unit: '' }
  if (!US_PHONE.test(t.raw)) return undefined
  const area = tokens[i - 2]
  if (tokens[i - 1]?.raw === ')' && area?.kind === 'num' && /^\d{3}$/.test(area.raw) && tokens[i - 3]?.raw === '(') {
    return { first: i - 3, last: i, value: Number(area.raw + t.raw.replace(/\D/g, '')), kind: 'phone', unit: '' }
  }
  return { last: i, value: Number(t.raw.replace(/\D/g, '')), kind: 'phone', unit: '' }
}

/** The identifier starting at digit token `i`, if it is one. */
export function identifierAt(tokens: readonly Token[], i: number): Identifier | undefined {
  const t = tokens[i]!
  const prev = tokens[i - 1]
  const phone = phoneAt(tokens, i)
  if (phone) return phone
  // versions: "4.2.2" anywhere, "4.3" after Android / phiên bản
  const dotted = /^\d+(?:\.\d+)+$/.test(t.raw) ? t.raw.split('.') : undefined
  if (dotted && (dotted.length >= 3 && !dotted.slice(1).every((p) => p.length === 3))) {
    return { last: i, value: versionValue(dotted), kind: 'version', unit: prev?.kind === 'word' ? prev.key : '' }
  }
  if (dotted && dotted.length === 2 && prev?.kind === 'word' && VERSION_LEAD.has(prev.key)) {
    return { last: i, value: versionValue(dotted), kind: 'version', unit: prev.key }
  }
  if (!scoreAfterCue(tokens, i)) return undefined
  // "2-1", "2–1" in one token, or "2 – 1" over three
  const joined = /^(\d{1,3})[-\u2013](\d{1,3})$/.exec(t.raw)
  if (joined) {
    const [x, y] = [+joined[1]!, +joined[2]!]
    return x <= MAX_SCORE && y <= MAX_SCORE ? { last: i, value: scoreValue(x, y), kind: 'score', unit: '' } : undefined
  }
  const slashed = /^(\d{1,2})\/(\d{1,2})$/.exec(t.raw)
  if (slashed) {
    const [x, y] = [+slashed[1]!, +slashed[2]!]
    return x <= MAX_SLASH_SCORE && y <= MAX_SLASH_SCORE ? { last: i, value: scoreValue(x, y), kind: 'score', unit: '' } : undefined
  }
  const dash = tokens[i + 1]
  const second = tokens[i + 2]
  if (/^\d{1,3}$/.test(t.raw) && dash && DASHES.has(dash.raw) && second?.kind === 'num' && /^\d{1,3}$/.test(second.raw)) {
    const [x, y] = [+t.raw, +second.raw]
    return x <= MAX_SCORE && y <= MAX_SCORE ? { last: i + 2, value: scoreValue(x, y), kind: 'score', unit: '' } : undefined
  }
  return undefined
}
