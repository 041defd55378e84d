/**
 * A Vietnamese count's owner: the name after its counted noun. Vietnamese puts the owner behind the
 * noun ("200 cổ phiếu Vinamilk", "3 tàu Trung Quốc", "200 cổ phiếu của Hòa Phát") where English
 * puts it between the numeral and the noun ("200 Apple shares", read by firm-counts.ts from the
 * count's own text). The fact's text ends at the noun's first syllable, so the owner is read from the
 * text after it (fact-tails.ts): at most one more lower-case syllable of the noun (phiếu, cá), an
 * optional "của", then a run of capitalised words up to a punctuation mark. No owner when the noun
 * is followed by a common word ("200 cổ phiếu của công ty"), and none for an English count: the
 * noun or its second syllable must carry a Vietnamese mark, so "killed 5 people Monday" names no owner.
 */
import type { Fact } from '../../extract/fact'
import { firstReading } from '../../extract/collect'
import { tailOf } from '../../extract/fact-tails'
import { foldWord } from '../../../normalize/fold'
import { scriptKind } from '../../extract/vi-syllables'
import { EN_WEEKDAYS, VI_WEEKDAY_NUMBERS } from '../../extract/dates/day-words'
import { EN_MONTHS } from '../../extract/dates/date-words'

// Words that end a noun rather than continue it: after one of these the capitalised run is not the noun's owner.
const FUNCTION_WORDS = new Set(
  'cho tại ở và với trong từ đến tới là thì được bị đã đang sẽ này đó kia khác nữa mỗi các những theo như gồm thuộc vào ra lên xuống trên dưới sau trước khi'.split(' ').map(foldWord),
)
/** At most this many capitalised words make one owner: "Ngân hàng Thương mại Cổ phần Ngoại thương" is cut, which does not change whose it is. */
const MAX_OWNER_WORDS = 5
// One word of the tail: letters, digits and the marks inside a name (U23, TP.HCM, Coca-Cola).
const WORD = /^\s*([\p{L}\p{N}][\p{L}\p{N}.&'’-]*)/u

const seen = new WeakMap<Fact, string>()

/** The owner a Vietnamese count names after its noun, as written ("Vinamilk", "Trung Quốc"); '' for none. */
export function ownerAfterNoun(fact: Fact): string {
  let got = seen.get(fact)
  if (got === undefined) seen.set(fact, (got = readOwner(fact)))
  return got
}

function readOwner(fact: Fact): string {
  if (fact.type !== 'number' || fact.kind !== 'count') return ''
  const words = fact.text.split(/\s+/)
  // "200 Apple shares": an owner before the noun is English's order, read from the text itself
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return ''
  let vietnamese = scriptKind(foldWord(words[words.length - 1] ?? '')) === 'vi'
  let rest = tailOf(firstReading(fact))
  let m = WORD.exec(rest)
  // the noun's second syllable ("cổ phiếu", "tàu cá")
  if (m && /^\p{Ll}/u.test(m[1]!) && foldWord(m[1]!) !== 'của' && !FUNCTION_WORDS.has(foldWord(m[1]!))) {
    vietnamese ||= scriptKind(foldWord(m[1]!)) === 'vi'
    rest = rest.slice(m[0].length)
    m = WORD.exec(rest)
  }
  if (!vietnamese) return ''
  if (m && foldWord(m[1]!) === 'của') {
    rest = rest.slice(m[0].length)
    m = WORD.exec(rest)
  }
  const owner: string[] = []
  while (m && /^\p{Lu}/u.test(m[1]!) && owner.length < MAX_OWNER_WORDS) {
    // a word ends the name at a stop or comma glued to it ("Vinamilk.", "Phát,")
    const bare = trimEndMarks(m[1]!)
    owner.push(bare)
    if (bare.length < m[1]!.length && !/^\p{Lu}+\.\p{Lu}/u.test(m[1]!)) break
    rest = rest.slice(m[0].length)
    if (!/^ \S/u.test(rest)) break
    m = WORD.exec(rest)
  }
  // "12 người Chủ nhật vừa qua", "15 người Thứ Bảy", "Tháng Tám": a capitalised time word says when, not whose
  return owner.length > 0 && isTimeWord(owner) ? '' : owner.join(' ')
}

const VI_DAY_NUMBERS = new Set(VI_WEEKDAY_NUMBERS.map(foldWord))
// Capitalised words that open a time, not a name: weekdays, months, the lunar new year.
const TIME_HEADS = new Set([...EN_WEEKDAYS, ...[...EN_MONTHS.keys()].filter((m) => m.length > 3), 'tết', 'tháng', 'ngày'].map(foldWord))

/** The owner's words open a time: "Chủ nhật", "Thứ Bảy" / "Thứ 7", "Tháng Tám", "Tết", "Monday". */
function isTimeWord(words: readonly string[]): boolean {
  const first = foldWord(words[0]!)
  if (TIME_HEADS.has(first)) return true
  const second = words[1] === undefined ? '' : foldWord(words[1])
  if (first === foldWord('chủ') && second === foldWord('nhật')) return true
  return first === foldWord('thứ') && (VI_DAY_NUMBERS.has(second) || /^\d$/u.test(second))
}

/** A word without the stops, apostrophes and hyphens glued to its end ("Phát." → "Phát"): a scan, no regex. */
function trimEndMarks(word: string): string {
  let end = word.length
  while (end > 0 && ".'’-".includes(word[end - 1]!)) end--
  return word.slice(0, end)
}
