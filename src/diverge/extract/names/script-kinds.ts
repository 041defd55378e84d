/**
 * Which script a word of a capitalised run is in, as names.ts splits a run at a switch between
 * Vietnamese syllables and foreign words (Busan | Đoàn Phương Lan).
 */
import { scriptKind } from '../vi-syllables'

export type KindOf = (folded: string) => 'vi' | 'foreign' | undefined
// Letters only Vietnamese writes (ơ, ư, đ, ạ, ả, ễ …): the accents Spanish, French or Portuguese share with it (á, é, ô, ã) are not among them.
const VI_ONLY_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỷỹỵ]/u
/**
 * In a report known to be in another language a word is Vietnamese only by a letter no other language writes:
 * Linda T. Sánchez in an English report is one name, not Linda T and a Vietnamese Sánchez (BASIL, names52).
 */
export const foreignReportKind: KindOf = (folded) => {
  const kind = scriptKind(folded)
  return kind === 'vi' && !VI_ONLY_LETTER.test(folded) ? undefined : kind
}


/**
 * The alphabet a word is written in, by its first letter. A run that switches from Latin to a Cyrillic
 * full name is two names glued by word order (*Berkshire Уоррена Баффетта*, *SpaceX Илон Маск*), as a
 * Russian report writes a firm in Latin letters beside a man in Cyrillic. A single word on each side is
 * one name written in two alphabets: a make and its model (*Лада Vesta*, *Яндекс Go*), review rnames53.
 */
function alphabetOf(folded: string): 'latin' | 'cyrillic' | 'greek' | undefined {
  const c = folded.charCodeAt(0)
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return 'latin'
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic'
  if (c >= 0x370 && c <= 0x3ff) return 'greek'
  return undefined
}

/** `run` cut at each switch of alphabet; the run itself (not a copy) when it has none, as most do. */
export function alphabetParts<W extends { readonly folded: string }>(run: readonly W[]): (readonly W[])[] {
  let last = run.length > 0 ? alphabetOf(run[0]!.folded) : undefined
  const cuts: number[] = []
  for (let k = 1; k < run.length; k++) {
    const kind = alphabetOf(run[k]!.folded)
    if (kind !== undefined && last !== undefined && kind !== last) cuts.push(k)
    last = kind ?? last
  }
  if (cuts.length === 0) return [run]
  const bounds = [0, ...cuts, run.length]
  // A cut stands where the side not in Latin letters has two words or more (a given name and a family name).
  const fullName = (k: number): boolean => bounds[k + 1]! - bounds[k]! >= 2 && alphabetOf(run[bounds[k]!]!.folded) !== 'latin'
  const kept = cuts.filter((_, k) => fullName(k) || fullName(k + 1))
  if (kept.length === 0) return [run]
  return [0, ...kept].map((from, k) => run.slice(from, kept[k] ?? run.length))
}

// A Cyrillic word that runs on into a capitalised one, its space lost in the source (*НидерландовРоналд Куман*):
// four letters or more, then a capital between two small letters. Firms write camel case too (*АльфаСтрахование*,
// *ТрансКонтейнер*, *СпортМастер*: review rnames53), so the cut stands only where what follows the capital is a
// given name: one word, and a capitalised Cyrillic family name right after it.
const SMALL = /\p{Ll}/u
const CAPITAL = /\p{Lu}/u
const GLUED_AFTER = 4
/** Where the word's glued capital stands (four small letters before it, a small one after), or -1: a scan, linear in the word. */
function gluedCapital(raw: string): number {
  let small = 0
  for (let k = 0; k + 1 < raw.length; k++) {
    if (small >= GLUED_AFTER && CAPITAL.test(raw[k]!) && SMALL.test(raw[k + 1]!)) return k
    small = SMALL.test(raw[k]!) ? small + 1 : 0
  }
  return -1
}
const CYRILLIC_WORD = /^[\u0400-\u052f]+$/u
const SPACE_ONLY = /^[ \t\u00a0]+$/u
/** The glued piece text[from, to) reads as a given name: no other capital inside, a capitalised Cyrillic word after a plain space. */
function givenNameAt(text: string, from: number, to: number, next: { start: number; folded: string; cap: boolean; gap: string } | undefined): boolean {
  for (let k = from + 1; k < to; k++) if (CAPITAL.test(text[k]!)) return false
  return next !== undefined && next.cap && SPACE_ONLY.test(next.gap) && CYRILLIC_WORD.test(next.folded) && CAPITAL.test(text[next.start]!)
}

/** Each Cyrillic word glued to a capitalised one read from its capital: the name there opens a run of its own. */
export function splitGluedCyrillic<W extends { start: number; end: number; folded: string; cap: boolean; gap: string; initial: boolean }>(
  text: string,
  words: W[],
  fold: (raw: string) => string,
): W[] {
  let out: W[] | undefined
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (w.end - w.start < 7 || !CYRILLIC_WORD.test(w.folded)) {
      out?.push(w)
      continue
    }
    const glued = gluedCapital(text.slice(w.start, w.end))
    if (glued < 0 || !givenNameAt(text, w.start + glued, w.end, words[k + 1])) {
      out?.push(w)
      continue
    }
    out ??= words.slice(0, k)
    const cut = w.start + glued
    // The word before the lost space is read as the gap before the name, as a name's prefix is (name-articles.ts):
    // written apart it would stand right against the name and be read as the name's apposition.
    out.push({ ...w, start: cut, folded: fold(text.slice(cut, w.end)), cap: true, gap: `${w.gap}${text.slice(w.start, cut)}`, initial: false })
  }
  return out ?? words
}
