/**
 * Numbers that are identifiers, compared exactly and never as quantities:
 * match scores ("tỷ số 2 – 1", "won 3-0") and software versions ("Android
 * 4.2.2"). A score is not two numbers, a version is not a decimal: reading them
 * so made "2-1" / "0-2" two unrelated counts and "4.2.2" no number at all.
 */
import type { QuantityKind } from './fact'
import { keys, type Token } from './fact-tokens'

/** Words a score follows within three words: "tỷ số", "thắng", "thất thủ", "beat", "won". */
const SCORE_LEAD = keys('tỷ thắng thua hòa hoà bại thất hạ gục score won beat lost defeated drew victory win defeat')
export const SCORE_CUES = keys('tỷ tỉ')
const DASHES = new Set(['-', '\u2013', '\u2014'])
/** Scores are small: a football, tennis or basketball score stays under this. */
const MAX_SCORE = 200
const VERSION_LEAD = keys('phiên bản version android ios windows macos linux v')

export interface Identifier {
  readonly last: number
  readonly value: number
  readonly kind: QuantityKind
  readonly unit: string
}

function scoreAfterCue(tokens: readonly Token[], i: number): boolean {
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

/** The identifier starting at digit token `i`, if it is one. */
export function identifierAt(tokens: readonly Token[], i: number): Identifier | undefined {
  const t = tokens[i]!
  const prev = tokens[i - 1]
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
  const dash = tokens[i + 1]
  const second = tokens[i + 2]
  if (/^\d{1,3}$/.test(t.raw) && dash && DASHES.has(dash.raw) && second?.kind === 'num' && /^\d{1,3}$/.test(second.raw)) {
    const [x, y] = [+t.raw, +second.raw]
    return x <= MAX_SCORE && y <= MAX_SCORE ? { last: i + 2, value: scoreValue(x, y), kind: 'score', unit: '' } : undefined
  }
  return undefined
}
