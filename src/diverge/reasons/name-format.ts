/**
 * Is one name the other written in another form, not respelt? Apostrophes, where hyphens and
 * spaces fall, an English possessive, British and American endings, and a foreign name in
 * Vietnamese spelling (Hồng Kông / Hong Kong). name-spelling.ts judges respellings; these are
 * the equivalences that come before it.
 */
import { stripDiacritics } from '../../normalize/fold'
import { vietnameseShaped } from '../extract/vi-syllables'
import { memo } from '../../normalize/text-memo'

/** A difference of form only, or the same name once the form is read (`same`). */
export type FormatJudgement =
  | { readonly kind: 'format'; readonly reason: 'apostrophe' | 'hyphenation' | 'possessive' | 'british-american' }
  | { readonly kind: 'same' }

/** Letters only: what is left of a name when case, marks, spaces, hyphens and apostrophes go. */
const letters = memo((text: string): string => stripDiacritics(text.normalize('NFC').toLowerCase()).replace(/[^\p{L}]/gu, ''))

/** Lower case, marks kept, letters only. */
const markedLetters = memo((text: string): string => text.normalize('NFC').toLowerCase().replace(/[^\p{L}]/gu, ''))

/**
 * Form only: the same letters once apostrophes go (O'Connor / OConnor), hyphens
 * and spaces placed otherwise (WiFi / Wi-Fi, Near-Earth / Near Earth), or an English
 * possessive written without its apostrophe (O'Neill's / ONeills) — `possessiveA`
 * / `possessiveB` say that the name is followed by 's in its text.
 */
export function formatOnly(a: string, b: string, possessiveA = false, possessiveB = false): FormatJudgement | undefined {
  const la = letters(a)
  const lb = letters(b)
  if (la === '' || lb === '') return undefined
  // Marks are a spelling (Nguyễn / Nguyen stays a variant); only punctuation and joins are form.
  const marksAgree = markedLetters(a) === markedLetters(b)
  if (la === lb && marksAgree) {
    const apostrophe = /['’ʼ‘`]/u
    if (apostrophe.test(a) !== apostrophe.test(b)) return { kind: 'format', reason: 'apostrophe' }
    // WiFi / Wi-Fi, Near-Earth / Near Earth, Jae-myung / Jae Myung: where the hyphens and spaces
    // fall is how an outlet writes the name, not which name it is. The hand-judged golds read
    // every such pair as one name (docs/eval.md); a letter changed is still a respelling.
    const bare = (t: string): string => stripDiacritics(t.normalize('NFC').toLowerCase())
    const unjoined = (t: string): string => bare(t).replace(/[\s\-‐‑–—]+/gu, '')
    if (bare(a) !== bare(b) && unjoined(a) === unjoined(b)) return { kind: 'format', reason: 'hyphenation' }
    return undefined
  }
  if ((possessiveA && `${la}s` === lb) || (possessiveB && `${lb}s` === la)) return { kind: 'format', reason: 'possessive' }
  if (britishAmerican(a, b)) return { kind: 'format', reason: 'british-american' }
  // Long Day's / Long Days Journey Into Night: the possessive of a name the other writes in full.
  if ((possessiveA && lb.startsWith(`${la}s`)) || (possessiveB && la.startsWith(`${lb}s`))) return { kind: 'same' }
  return undefined
}

// Spellings Vietnamese writes only for a foreign word: k before a back vowel (Kông, Ka-di), f, j, w, z.
const FOREIGN_IN_VIETNAMESE = /(?:^|[\s\-‐‑])k[aăâoôơuưáàảãạắằẳẵặấầẩẫậóòỏõọốồổỗộớờởỡợúùủũụứừửữự]|[fjwz]/u
const MARKED = /[\u0300-\u036f]|đ/u

/**
 * A foreign name and its Vietnamese transcription with the same letters (Hong Kong / Hồng
 * Kông): one side carries marks, the other none, and the marked side is spelt as Vietnamese
 * spells only a foreign word, or a foreign name with its accents dropped (Nestlé / Nestle: the
 * marked words are no Vietnamese syllables). A Vietnamese name of two words or more stripped of its marks
 * (Hà Nội / Ha Noi) is one only in a report of another language: in a Vietnamese report it is respelt.
 */
export function transcription(a: string, b: string, vietnameseDocument = false): boolean {
  if (letters(a) !== letters(b)) return false
  const marked = (t: string): boolean => MARKED.test(t.normalize('NFD').toLowerCase())
  if (marked(a) === marked(b)) return false
  const vietnamese = (marked(a) ? a : b).normalize('NFC').toLowerCase()
  if (FOREIGN_IN_VIETNAMESE.test(vietnamese)) return true
  // Nestlé / Nestle, Népal / Nepal, Raudière / Raudiere: another Latin orthography's accents on words
  // no Vietnamese syllable is shaped as, dropped by the other report (planted-en; MSRP train). In a
  // Vietnamese report the marks are Vietnamese ones even on a minority-language syllable (Krông Pa,
  // Krông Búk, H'Mông): dropped, the name is respelt, as Krông Bông / Krong Bong is (review-revO 14).
  if (vietnameseDocument) return false
  const words = vietnamese.split(/[\s\-‐‑]+/u)
  const markedWords = words.filter(marked)
  if (markedWords.length > 0 && markedWords.every((w) => !vietnameseShaped(w))) return true
  // Tô Lâm / To Lam, Nguyễn Văn An / Nguyen Van An in a report of another language: written as that
  // language writes it, marks dropped (names40). One word alone (Lê / Le) may be another word.
  return markedWords.length > 0 && words.length >= MIN_WORDS_MARKS_DROPPED
}

/**
 * Does a report write Vietnamese, by its letters rather than by a guess at its language (a short
 * Vietnamese report may be read as another language): a share of its words carry a letter only
 * Vietnamese marks so (ơ, ư, ă, đ, ạ, ả, ế…). Any one such word is not enough: a report of another
 * language naming Trần Văn Hùng or Đà Nẵng writes them so too, yet stays in its language. Asked of
 * both reports (findNameVariants), once each.
 */
export function writesVietnamese(original: string): boolean {
  let words = 0
  let marked = 0
  for (const match of original.normalize('NFC').matchAll(WORD_RUN)) {
    words++
    if (VIETNAMESE_LETTER.test(match[0])) marked++
  }
  return marked > 0 && marked >= words * MIN_SHARE_MARKED
}
// Vietnamese prose marks a third or more of its words so; an English report quoting one name and one place, a tenth.
const MIN_SHARE_MARKED = 0.2
const WORD_RUN = /[\p{L}\p{M}]+/gu
const VIETNAMESE_LETTER = /[ăâêôơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu

// A Vietnamese name with its marks dropped is read as one only at two words or more.
const MIN_WORDS_MARKS_DROPPED = 2

/**
 * British and American endings, each folded to one form (Labour / Labor, Centre / Center, Defence / Defense,
 * Organisation / Organization): a word ending in the first of a pair ends in the second instead.
 * Plain suffixes read by endsWith, not end-anchored regexes: an unanchored start tried each of six
 * patterns at every position of every long word a report writes. No suffix here ends another, so at
 * most one applies, whatever the order.
 */
const TRANSATLANTIC: readonly (readonly [string, string])[] = [
  ['our', 'or'],
  ['ours', 'ors'],
  ...['e', 'es', 'ed', 'ing', 'ation', 'ations'].map((end) => [`is${end}`, `iz${end}`] as const),
  ...['e', 'es', 'ed', 'ing'].map((end) => [`ys${end}`, `yz${end}`] as const),
  ['tre', 'ter'],
  ['tres', 'ters'],
  ['ence', 'ense'],
  ['ogue', 'og'],
]

export function transatlantic(word: string): string {
  // short words are names of their own (Moore, Andre): only longer common-word endings fold
  if (word.length < 5) return word
  for (const [ending, replacement] of TRANSATLANTIC) if (word.endsWith(ending)) return word.slice(0, word.length - ending.length) + replacement
  return word
}

/** The same words once British and American spellings are folded, and not the same before: a style, not a respelling. */
function britishAmerican(a: string, b: string): boolean {
  const { words: wa, joined: ja } = nameWords(a)
  const { words: wb, joined: jb } = nameWords(b)
  if (wa.length === 0 || wa.length !== wb.length || ja === jb) return false
  return wa.every((w, i) => w === wb[i] || transatlantic(w) === transatlantic(wb[i]!))
}

/** A name's lower-case words and their join: a story's pairs judge the same names against each other again and again. */
const nameWords = memo((text: string): { readonly words: readonly string[]; readonly joined: string } => {
  const words = text.normalize('NFC').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)
  return { words, joined: words.join(' ') }
})
