/**
 * Trần Hữu Chung / Trần Hữu Trung, Trần Chung Thủy / Trần Thủy Chung: one man whose full name two
 * outlets write differently. In a Vietnamese name a changed letter is most often another name
 * (word-spelling.ts), and Đức Anh / Anh Đức are two people (syllable-order.ts) — when nothing else
 * is known. A full name of three or four syllables whose family name agrees and whose other
 * syllables are one change apart (one syllable one or two letters off, or the middle and given
 * names swapped) names few people in one event; so it is one person respelt when the reports place
 * the two alike, and two people when one report writes both spellings (siblings), or when the ages,
 * years of birth or sexes written next to them differ (a father and a son).
 *
 * The spelling is judged here; where the two reports stand is the caller's (name-entities.ts).
 */
import { foldWord, stripDiacritics } from '../../normalize/fold'
import { VI_SURNAMES } from '../extract/names/names'
import { isVietnameseSyllable } from '../extract/vi-syllables'
import { editDistance } from './edit-distance'

const MIN_SYLLABLES = 3
const MAX_SYLLABLES = 4
// Chung / Trung: a consonant cluster misheard is two letters; three is another name (Hùng / Tuấn).
const MAX_LETTERS_CHANGED = 2
const SPLIT = /[\s\-‐‑–—]+/u
const LETTER = /\p{L}/u
// Tran Huu Chung: an English report writes the family name without its marks.
const PLAIN_SURNAMES: ReadonlySet<string> = new Set([...VI_SURNAMES].map((name) => stripDiacritics(name).replace(/đ/gu, 'd')))

export function syllablesOf(text: string): readonly string[] | undefined {
  const words = text.split(SPLIT).filter((w) => LETTER.test(w)).map(foldWord)
  if (words.length < MIN_SYLLABLES || words.length > MAX_SYLLABLES) return undefined
  return words.every(isVietnameseSyllable) && (VI_SURNAMES.has(words[0]!) || PLAIN_SURNAMES.has(words[0]!)) ? words : undefined
}

/** How two full names differ after one Vietnamese family name: one syllable changed, the last two swapped, or neither. */
export function viPersonRespelt(a: string, b: string): 'changed' | 'swapped' | undefined {
  const x = syllablesOf(a)
  const y = syllablesOf(b)
  if (!x || !y || x.length !== y.length || x[0] !== y[0]) return undefined
  const differing: number[] = []
  for (let k = 1; k < x.length; k++) if (x[k] !== y[k]) differing.push(k)
  if (differing.length === 1) {
    const at = differing[0]!
    return editDistance(x[at]!, y[at]!, MAX_LETTERS_CHANGED) <= MAX_LETTERS_CHANGED ? 'changed' : undefined
  }
  const last = x.length - 1
  if (differing.length === 2 && differing[0] === last - 1 && x[last - 1] === y[last] && x[last] === y[last - 1]) return 'swapped'
  return undefined
}

/** Does one report's list of names hold, besides `text`, a spelling one change apart from it (Nguyễn Văn Nam and Nguyễn Văn Năm: two people)? */
export function hasNamesake(names: Iterable<string>, text: string): boolean {
  const own = foldedWhole(text)
  for (const name of names) if (foldedWhole(name) !== own && viPersonRespelt(name, text) !== undefined) return true
  return false
}

const foldedWhole = (text: string): string => text.split(SPLIT).map(foldWord).join(' ')

/** A mention in its report: the original text and the name's span. */
export interface MentionAt {
  readonly text: string
  readonly start: number
  readonly end: number
}

// Titles of address say the person's sex: ông / bà, anh / chị, Mr / Mrs.
const MALE = new Set(['ông', 'anh', 'chú', 'bác', 'mr'].map(foldWord))
const FEMALE = new Set(['bà', 'chị', 'cô', 'mrs', 'ms', 'miss'].map(foldWord))
// An age or a year of birth anywhere in the mention's clause: "năm nay 35 tuổi", "(62)", ", 62,", "SN 1980".
const BIRTH_YEAR = /(?:SN|sn|sinh năm|born in)\s{1,2}(\d{4})(?!\d)/u
const AGE_VI = /(?<!\d)(\d{1,3})\s{0,2}tuổi/u
const AGE_EN = /(?:^\s{0,2}\(|^,\s{1,2}(?:aged\s)?|\baged\s)(\d{1,3})(?=[,)\s])/u
const YEAR_OLD = /(?<!\d)(\d{1,3})-year-old/u
const AGE_ONLY = /^\(?(?:\d{1,3}\s{0,2}(?:tuổi)?|(?:SN|sn|sinh năm|aged|born in)\s{1,2}\d{1,4})\)?$/u
// The clause reaches the sentence's end, bounded so a long sentence costs a fixed read.
const CLAUSE_AFTER = 80
const CLAUSE_BEFORE = 40
const SENTENCE_END = /[.!?;\n]/u
const TITLE_LETTERS = 6
// An age reported a year apart is a birthday between the two reports, or a rounding.
const AGE_SLACK = 1
// Words before a name that are no role: "theo ông X" and "của anh X" place one man alike.
const NOT_ROLE = new Set(['theo', 'của', 'và', 'cùng', 'với', 'là', 'by', 'and', 'with', 'to', 'said', 'the', 'a', 'an', 'of', 'according'].map(foldWord))
const ROLE_WORDS_BEFORE = 3
// Before a name only rank and kin words are read: "đến nhà anh X" / "nhà của ông X" place one man alike.
const ROLE_WORDS = new Set(['trưởng', 'phó', 'giám', 'đốc', 'chủ', 'tịch', 'con', 'vợ', 'chồng', 'cha', 'bố', 'mẹ', 'em', 'bí', 'thư', 'thứ', 'bộ', 'deputy', 'vice', 'chief', 'head', 'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'director', 'president', 'minister', 'owner'].map(foldWord))

interface Beside {
  readonly sex?: 'm' | 'f'
  readonly age?: number
  readonly born?: number
  /** giám đốc / phó giám đốc, chủ / con chủ: the role said before the name or in its apposition. */
  readonly roleBefore?: string
  readonly roleAfter?: string
}

function titleBefore(text: string, start: number): string | undefined {
  let i = start
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--
  if (i === start) return undefined
  if (text[i - 1] === '.') i--
  const end = i
  while (i > 0 && end - i <= TITLE_LETTERS && LETTER.test(text[i - 1]!)) i--
  return i < end && !(i > 0 && LETTER.test(text[i - 1]!)) ? foldWord(text.slice(i, end)) : undefined
}

export function clauseAfter(text: string, end: number): string {
  const window = text.slice(end, end + CLAUSE_AFTER)
  // A dot inside a number (13.8) or a short form (TP.HCM) does not end the sentence.
  for (let i = 0; i < window.length; i++) {
    if (SENTENCE_END.test(window[i]!) && !(window[i] === '.' && i + 1 < window.length && /\S/u.test(window[i + 1]!))) return window.slice(0, i)
  }
  return window
}

function clauseBefore(text: string, start: number): string {
  const from = Math.max(0, start - CLAUSE_BEFORE)
  const window = text.slice(from, start)
  for (let i = window.length - 1; i >= 0; i--) if (SENTENCE_END.test(window[i]!)) return window.slice(i + 1)
  return window
}

/** Up to three lower-case words right before the name, no punctuation between, titles of address and linking words dropped. */
function roleBeforeOf(before: string): string | undefined {
  const words: string[] = []
  let i = before.length
  while (words.length < ROLE_WORDS_BEFORE) {
    while (i > 0 && (before[i - 1] === ' ' || before[i - 1] === '\u00a0')) i--
    const end = i
    while (i > 0 && LETTER.test(before[i - 1]!)) i--
    if (i === end) break
    words.unshift(foldWord(before.slice(i, end)))
  }
  const role = words.filter((w) => ROLE_WORDS.has(w))
  return role.length > 0 ? role.join(' ') : undefined
}

// (đường Giải Phóng), tại số nhà 93, ngụ phường…: an address or a place beside a name is no role.
const NOT_A_ROLE_HEAD = new Set(['đường', 'phố', 'phường', 'xã', 'quận', 'huyện', 'tỉnh', 'tp', 'thôn', 'ấp', 'số', 'tại', 'ở', 'ngụ', 'trú', 'quê', 'street', 'road', 'in', 'at', 'from'].map(foldWord))

/** The apposition after the name (", giám đốc công ty," / "(62), the son of the owner"), an age in it skipped. */
function roleAfterOf(after: string): string | undefined {
  // Pieces count only while each is opened by a comma or a bracket: "(SN 1982) tại số nhà" ends the apposition.
  let i = 0
  while (i < after.length) {
    while (i < after.length && /\s/u.test(after[i]!)) i++
    if (after[i] === ')') i++
    while (i < after.length && /\s/u.test(after[i]!)) i++
    if (after[i] !== ',' && after[i] !== '(') return undefined
    i++
    let end = i
    while (end < after.length && after[end] !== ',' && after[end] !== '(' && after[end] !== ')') end++
    const piece = after.slice(i, end).trim()
    i = end
    if (piece === '' || AGE_ONLY.test(piece)) continue
    const words = piece.split(/\s+/u).map(foldWord)
    while (words.length > 0 && NOT_ROLE.has(words[0]!)) words.shift()
    return words.length > 0 && !NOT_A_ROLE_HEAD.has(words[0]!) && !/^\d/u.test(words[0]!) ? words.join(' ') : undefined
  }
  return undefined
}

function besideOf(mention: MentionAt): Beside {
  const title = titleBefore(mention.text, mention.start)
  const sex = title === undefined ? undefined : MALE.has(title) ? 'm' : FEMALE.has(title) ? 'f' : undefined
  const after = clauseAfter(mention.text, mention.end)
  const before = clauseBefore(mention.text, mention.start)
  const born = BIRTH_YEAR.exec(after)?.[1]
  const age = (AGE_VI.exec(after) ?? AGE_EN.exec(after) ?? YEAR_OLD.exec(before))?.[1]
  const roleBefore = roleBeforeOf(before)
  const roleAfter = roleAfterOf(after)
  return {
    ...(sex ? { sex } : {}),
    ...(age ? { age: Number(age) } : {}),
    ...(born ? { born: Number(born) } : {}),
    ...(roleBefore ? { roleBefore } : {}),
    ...(roleAfter ? { roleAfter } : {}),
  }
}

// "chủ cơ sở" / "chủ cơ sở thu mua lốp cũ": one role written at two lengths; its head is in its first two words.
const ROLE_HEAD_WORDS = 2

/** Do two roles begin alike (chủ cơ sở / chủ cơ sở thu mua), unlike giám đốc / phó giám đốc or owner / son of the owner? */
export function rolesAgree(a: string, b: string): boolean {
  const x = a.split(' ').slice(0, ROLE_HEAD_WORDS)
  const y = b.split(' ').slice(0, ROLE_HEAD_WORDS)
  const shorter = Math.min(x.length, y.length)
  for (let k = 0; k < shorter; k++) if (x[k] !== y[k]) return false
  return true
}

/** The role said beside a mention, for the swap rule, which asks the same role of both. */
export function roleOf(mention: MentionAt): string | undefined {
  const beside = besideOf(mention)
  return beside.roleAfter ?? beside.roleBefore
}

/**
 * Do the words next to two spellings' mentions make them two people: a man and a woman, two ages
 * more than a year apart, two years of birth, two roles? A year of birth and an age are not compared: the
 * report's own year is not known here.
 */
export function contextsDisagree(a: readonly MentionAt[], b: readonly MentionAt[]): boolean {
  const xs = a.map(besideOf)
  const ys = b.map(besideOf)
  for (const x of xs) {
    for (const y of ys) {
      if (x.sex && y.sex && x.sex !== y.sex) return true
      if (x.age !== undefined && y.age !== undefined && Math.abs(x.age - y.age) > AGE_SLACK) return true
      if (x.born !== undefined && y.born !== undefined && x.born !== y.born) return true
      // giám đốc / phó giám đốc, chủ / con chủ, trưởng / phó: two roles, two people.
      if (x.roleBefore && y.roleBefore && !rolesAgree(x.roleBefore, y.roleBefore)) return true
      if (x.roleAfter && y.roleAfter && !rolesAgree(x.roleAfter, y.roleAfter)) return true
    }
  }
  return false
}

/** Does something beside two spellings' mentions make them one person: one age, one year of birth, one role? */
export function contextsAgree(a: readonly MentionAt[], b: readonly MentionAt[]): boolean {
  const xs = a.map(besideOf)
  const ys = b.map(besideOf)
  for (const x of xs) {
    for (const y of ys) {
      if (x.age !== undefined && y.age !== undefined && Math.abs(x.age - y.age) <= AGE_SLACK) return true
      if (x.born !== undefined && x.born === y.born) return true
      const roleX = x.roleAfter ?? x.roleBefore
      const roleY = y.roleAfter ?? y.roleBefore
      if (roleX !== undefined && roleY !== undefined && rolesAgree(roleX, roleY)) return true
    }
  }
  return false
}
