/**
 * How likely two spellings denote the same personal or place name.
 *
 * Precision comes first: a report that flags "Nguyễn Văn An" against
 * "Nguyễn Văn Bình" as one person misspelt is worse than a missed respelling.
 * So every syllable of one name must find a close counterpart in the other
 * (a shared surname alone never suffices), and a Vietnamese syllable whose
 * letters (not just its marks) differ is a different name. Two spellings of
 * a Korean syllable are scored by korean-romanisation.ts.
 */

import levenshtein from 'fast-levenshtein'
import { isKoreanSurname, romanisationSimilarity, sameSurname } from './korean-romanisation'
import { collapseRepeats, foldWord, stripDiacritics } from '../../../normalize/fold'
import { nameCaseStem } from '../../../normalize/inflection'
import { sameCyrillicRendering } from '../../reasons/name-cyrillic'
import { TITLE_CUES } from '../../extract/names/name-cues'
import { reorderedSyllables } from '../../reasons/syllable-order'

export type NameRelation = 'same' | 'format' | 'variant' | 'different'

/** Lower case, no marks, no apostrophes: the letters a reader sees. */
function bareLetters(word: string): string {
  return stripDiacritics(word.toLowerCase()).replace(/['’ʼ‘`]/g, '')
}

function collapseDoubles(word: string): string {
  // not /(.)\1+/g, which overflows the stack on a run of ~10M equal letters
  return collapseRepeats(word)
}

// Letters a Vietnamese syllable carries that other Latin orthographies rarely do.
const VIETNAMESE_MARKED = /[ăâêôơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u

interface Token {
  readonly folded: string
  readonly bare: string
}

interface Ctx {
  readonly korean: boolean
  readonly surnameSlot: boolean
}

/** Similarity of one syllable (or a group of joined syllables) to another. */
function tokenSimilarity(a: Token, b: Token, ctx: Ctx): number {
  if (a.folded === b.folded) return 1
  if (a.bare === b.bare) return 0.92 // tone or diacritic changed: Tâm/Tấm, Nội/Noi
  const ca = collapseDoubles(a.bare)
  const cb = collapseDoubles(b.bare)
  if (ca === cb) return 0.9 // Guardiola/Guardiolla, Hahn/Hann
  if (sameCyrillicRendering(a.bare, b.bare)) return 0.88 // Холл/Голл, Рональд/Роналд, Баффета/Баффетта
  const shortest = Math.min(ca.length, cb.length)
  // In a Vietnamese syllable a changed letter makes another name (Lan/Lâm, Hùng/Hồng).
  const vietnamese = VIETNAMESE_MARKED.test(a.folded) || VIETNAMESE_MARKED.test(b.folded)
  if (ctx.korean && ctx.surnameSlot && sameSurname(a.bare, b.bare)) return 0.9
  // Outside a Korean name only longer words get the romanisation table (Busan/Pusan, not Dan/Tan).
  if (ctx.korean || (!vietnamese && shortest >= 5)) {
    const r = romanisationSimilarity(a.bare, b.bare)
    if (r > 0) return r
  }
  const len = Math.max(ca.length, cb.length)
  const d = levenshtein.get(ca, cb)
  // Korean syllables are short and dense: one changed letter is usually another syllable (Sedong/Sodong).
  if (!vietnamese && !ctx.korean) {
    if (d === 1 && shortest >= 6) return 0.8
    if (d === 2 && Math.min(ca.length, cb.length) >= 9) return 0.75
  }
  return 0.6 * Math.max(0, 1 - d / len)
}

function splitName(name: string): string[] {
  return name
    .normalize('NFC')
    .split(/[\s\-‐‑–—_]+/u)
    .filter((t) => t !== '' && /\p{L}/u.test(t))
}

function toToken(word: string): Token {
  return { folded: foldWord(word.replace(/['’ʼ‘`]/g, '')), bare: bareLetters(word) }
}

function joinTokens(tokens: readonly Token[]): Token {
  return { folded: tokens.map((t) => t.folded).join(''), bare: tokens.map((t) => t.bare).join('') }
}

/** Folded name key: what two spellings that differ only in form share (a case ending is form: Маска / Маск). */
export function nameKey(name: string): string {
  return splitName(name).map((w) => nameCaseStem(foldWord(w.replace(/[’ʼ‘`]/g, "'")))).join(' ')
}

function looksKorean(a: readonly Token[], b: readonly Token[]): boolean {
  const surnameAt = (t: readonly Token[]) =>
    t.length >= 2 && (isKoreanSurname(t[0]!.bare) || isKoreanSurname(t[t.length - 1]!.bare))
  const ascii = (t: readonly Token[]) => t.every((x) => /^[a-z]+$/.test(x.bare) && !VIETNAMESE_MARKED.test(x.folded))
  return (surnameAt(a) || surnameAt(b)) && ascii(a) && ascii(b)
}

const MAX_GROUP = 3

/**
 * Best in-order alignment of the syllables of two names where every syllable
 * is used once and up to three adjacent syllables may be joined (Jaemyung ↔
 * Jae-myung). Score: mean of the weakest pair and the average pair, so one
 * unmatched syllable sinks the name.
 */
function alignScore(a: readonly Token[], b: readonly Token[], korean: boolean): number {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0) return 0
  if (n > 8 || m > 8) return 0 // not a name: refuse rather than guess
  // best[i][j] = [minimum, sum, pairs] for a[0..i) ~ b[0..j)
  type Cell = { min: number; sum: number; count: number } | null
  const best: Cell[][] = Array.from({ length: n + 1 }, () => new Array<Cell>(m + 1).fill(null))
  best[0]![0] = { min: 1, sum: 0, count: 0 }
  const value = (c: { min: number; sum: number; count: number }) => 0.5 * c.min + (0.5 * c.sum) / Math.max(1, c.count)
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const cell = best[i]![j]
      if (!cell) continue
      for (let di = 1; di <= MAX_GROUP && i + di <= n; di++) {
        for (let dj = 1; dj <= MAX_GROUP && j + dj <= m; dj++) {
          if (di > 1 && dj > 1) continue
          const ta = di === 1 ? a[i]! : joinTokens(a.slice(i, i + di))
          const tb = dj === 1 ? b[j]! : joinTokens(b.slice(j, j + dj))
          const surnameSlot = (i === 0 && j === 0) || (i + di === n && j + dj === m)
          let s = tokenSimilarity(ta, tb, { korean, surnameSlot })
          if (di > 1 || dj > 1) s = Math.min(s, 0.95)
          const next = { min: Math.min(cell.min, s), sum: cell.sum + s, count: cell.count + 1 }
          const old = best[i + di]![j + dj]
          if (!old || value(next) > value(old)) best[i + di]![j + dj] = next
        }
      }
    }
  }
  const end = best[n]![m]
  return end ? value(end) : 0
}

/**
 * How likely two spellings denote the same name, in [0, 1]. 1 for spellings
 * that differ only in form (case, Unicode form, tone-mark placement, hyphen
 * vs space); about 0.9 for a tone/diacritic change, doubled letter or
 * standard romanisation alternation in one syllable; below 0.5 when any
 * syllable has no close counterpart (Park Soo Kwan vs Park Heong-joon).
 */
export function nameSimilarity(a: string, b: string): number {
  const wa = splitName(a)
  const wb = splitName(b)
  if (wa.length === 0 || wb.length === 0) return 0
  const ta = wa.map(toToken)
  const tb = wb.map(toToken)
  if (ta.map((t) => t.folded).join(' ') === tb.map((t) => t.folded).join(' ')) return 1
  const korean = looksKorean(ta, tb)
  let score = Math.max(alignScore(ta, tb, korean), alignScore(tb, ta, korean))
  // Given name first vs surname first (Mi-yeon Lee / Lee Mi-yeon).
  if (ta.length >= 2 && tb.length >= 2 && score < 0.9) {
    for (const [x, y] of [[ta, tb], [tb, ta]] as const) {
      // worth trying only when x's last word matches y's first (the surname moved)
      if (tokenSimilarity(x[x.length - 1]!, y[0]!, { korean, surnameSlot: true }) < 0.7) continue
      const rotated = [x[x.length - 1]!, ...x.slice(0, -1)]
      score = Math.max(score, 0.98 * alignScore(rotated, y, korean), 0.98 * alignScore(y, rotated, korean))
    }
  }
  return Math.round(score * 1000) / 1000
}

/** Drop leading title cues (Tổng Bí thư, Thị trưởng, Mayor, ông) from folded words. */
function stripTitles(words: readonly string[]): readonly string[] {
  let rest = words
  for (let changed = true; changed && rest.length > 1; ) {
    changed = false
    for (const cue of TITLE_CUES_SPLIT) {
      if (cue.length < rest.length && cue.every((w, k) => rest[k] === w)) {
        rest = rest.slice(cue.length)
        changed = true
        break
      }
    }
  }
  return rest
}
const TITLE_CUES_SPLIT: readonly (readonly string[])[] = Object.values(TITLE_CUES)
  .flat()
  .map((c) => c.split(' ').map(foldWord))
  .sort((x, y) => y.length - x.length)

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true
  }
  return false
}

/**
 * Paul D. Wolfowitz / Paul Wolfowitz: the longer name is the shorter with initials put in, so one
 * person written with and without a middle initial. Initials on both sides (George W. / George H.)
 * may be two people and stay for the spelling judge.
 */
function middleInitialOnly(withInitials: readonly string[], without: readonly string[]): boolean {
  if (without.length < 2 || without.some(isInitial)) return false
  const kept = withInitials.filter((w) => !isInitial(w))
  return kept.length === without.length && kept.length < withInitials.length && kept.every((w, k) => w === without[k])
}

const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word)

/**
 * Dean Harold Meyers / Dean H. Meyers: the same words but a middle one written in full on one side
 * and as its initial on the other, so one person. The first and last words stay whole and equal:
 * a given name cut to its initial (J. Smith / John Smith) is the partial-mention rule's to judge.
 */
function middleSpeltOut(x: readonly string[], y: readonly string[]): boolean {
  const last = x.length - 1
  if (x.length !== y.length || x.length < 3 || x[0] !== y[0] || x[last] !== y[last] || isInitial(x[0]!)) return false
  let spelt = 0
  for (let k = 1; k < last; k++) {
    if (x[k] === y[k]) continue
    const [initial, word] = isInitial(x[k]!) ? [x[k]!, y[k]!] : [y[k]!, x[k]!]
    if (!isInitial(initial) || isInitial(word) || stripDiacritics(word)[0] !== stripDiacritics(initial)[0]) return false
    spelt++
  }
  return spelt > 0
}

/**
 * Classify two spellings:
 * - `same`: identical text, or one is a partial mention of the other with
 *   identical syllables ("Park" / "Park Heong-joon", "Tô Lâm" / "Tổng Bí thư
 *   Tô Lâm"): one entity mentioned more or less fully, never a divergence;
 * - `format`: equal folded keys (letter case, Unicode form, tone-mark
 *   placement, i/y, hyphen vs space) or the same syllables in the other name
 *   order (not Vietnamese syllables reordered one by one: syllable-order.ts): not a divergence;
 * - `variant`: one name spelled two ways (similarity ≥ threshold);
 * - `different`: different names.
 */
export function isNameVariant(a: string, b: string, threshold = 0.7): NameRelation {
  if (a === b) return 'same'
  const ka = nameKey(a)
  const kb = nameKey(b)
  if (ka === '' || kb === '') return 'different'
  if (ka === kb) return 'format'
  const wa = ka.split(' ')
  const wb = kb.split(' ')
  // The same words in another name order (Mi-yeon Lee / Lee Mi-yeon); Vietnamese syllables reordered
  // (Hoa Liên / Liên Hoa) are another name or a respelling, which only the reports' contexts tell apart.
  // Only a rotation is a name order (Orbán Viktor / Viktor Orbán, Chong Wei Feng / Wei Feng Chong): given names
  // swapped inside the name (Muhammad Bobby Afif Nasution / Muhammad Afif Bobby Nasution) are one person written two ways.
  if (wa.length === wb.length && [...wa].sort().join(' ') === [...wb].sort().join(' ')) return reorderedSyllables(a, b) ? 'different' : rotated(wa, wb) ? 'format' : 'variant'
  const sa = stripTitles(wa)
  const sb = stripTitles(wb)
  if (sa.join(' ') === sb.join(' ') || containsRun(sa, sb) || containsRun(sb, sa)) return 'same'
  if (middleInitialOnly(sa, sb) || middleInitialOnly(sb, sa)) return 'same'
  if (middleSpeltOut(sa, sb)) return 'same'
  return nameSimilarity(sa.join(' '), sb.join(' ')) >= threshold ? 'variant' : 'different'
}

/** Is `b` the words of `a` turned round, some words moved from its end to its front? */
function rotated(a: readonly string[], b: readonly string[]): boolean {
  for (let k = 0; k < a.length; k++) if (a.every((w, i) => w === b[(i + k) % b.length])) return true
  return false
}
