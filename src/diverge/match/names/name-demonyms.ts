/**
 * Is a derived name (North Korea / North Korean, South Africa / South African: the same leading
 * words, the last one plus an English derivation ending) the adjective of a place, or a person's
 * name respelt? The letters cannot tell (Omar Hassan / Hassani, Carlos Bacca / Baccan, Ahmed
 * Karzai / Karzaier end as demonyms do), so the use decides (review M 9-10):
 * - a place the place table knows (places.ts: North Korea, North Korean), or
 * - the derived form in an adjective's position, right before a lower-case noun (North Korean
 *   troops, the South African team), not before a verb (Omar Hassani arrived, Karzaier said) nor
 *   a word that joins or relates (Hassani and, Hassani of), and never read as a person by the
 *   words around it (name-kinds.ts: a title of address or a role before it, an apposition after).
 * Outside the table a place's adjective is one word (Rwandan) or one led by the words that open a
 * place's name (West Virginian, New Mexican); a longer name is a person's given and family name
 * used attributively (the Ali Rahmani campaign, Karzai government). A name either report reads as
 * a person's (Mr Rahman, candidate Ali Rahman) is a person's on both sides (review N 6).
 * Vietnamese syllables are no derivation at all (name-spelling.ts).
 */
import { foldWord } from '../../../normalize/fold'
import { derivedName, derivedWord } from '../../reasons/name-spelling'
import { PLACE_FORMS } from '../../reasons/places'
import { nameKind } from './name-kinds'
import { TITLE_CUES } from '../../extract/names/name-cues'

interface At {
  readonly start: number
  readonly end: number
}

const placeKey = (name: string): string => name.trim().split(/\s+/u).map(foldWord).join(' ')

// Words right after a name that make it a clause's subject or join it to another: verbs English
// writes after a subject (past forms end in -ed, these do not), auxiliaries, and the joining and
// relating words. A noun the adjective qualifies is none of these.
const NOT_A_NOUN: ReadonlySet<string> = new Set(
  (
    'said says say told tells is was were are be been has have had will would could should can may might must ' +
    'did does do went goes came comes took takes made makes gave gives won wins lost met left leads led saw sees got ' +
    'became becomes began begins sent spoke speaks wrote writes held holds kept ran runs stood sat fell hit ' +
    'and or but nor of in on at to from for by with as than who whom whose which that while when where after before ' +
    'also again still himself herself'
  ).split(/[\s,]+/u),
)

// The word right after a name, blanks only between, when it opens in lower case.
const WORD_AFTER = /^[ \t\u00a0]+(\p{Ll}[\p{L}\p{M}]*)/u

/** Does the name at `at` in `text` stand where an adjective does, before a lower-case noun? */
export function adjectivePosition(text: string, at: At): boolean {
  const word = WORD_AFTER.exec(text.slice(at.end, at.end + 40))?.[1]
  if (!word) return false
  const w = word.toLowerCase()
  if (NOT_A_NOUN.has(w) || /ed$/u.test(w)) return false
  return nameKind(text, at.start, at.end) !== 'person'
}

// Words that open a place's multi-word name, never a person's given name: compass points, New, Upper…, and
// the first words of the multi-word countries the place table leaves out (Sri Lankan, Costa Rican).
const PLACE_OPENERS: ReadonlySet<string> = new Set(
  ('north south east west northern southern eastern western central new upper lower greater great saint st ' +
    'sri costa puerto saudi sierra nova papua hong')
    .split(' '),
)
// Roles of a person written right before a name, beyond name-kinds.ts's titles and trades.
const ROLE_BEFORE = /(?<![\p{L}\p{M}])(?:candidate|spokesman|spokeswoman|president|minister|senator|governor|mayor|leader|envoy|ứng viên|ứng cử viên|người phát ngôn)\s+$/iu

// Titles and offices of either language (name-cues.ts), as folded word sequences: "Thủ tướng Rouhani"
// is read as a person's name as "President Rouhani" is.
const TITLES: ReadonlyArray<readonly string[]> = [...TITLE_CUES.vi, ...TITLE_CUES.en, 'đặc phái viên', 'phái viên', 'đặc sứ'].map((c) => c.split(' ').map((w) => foldWord(w)))

/** Do the words right before `end` (blanks only after them) close a title or an office? */
function titleBefore(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 40), end)
  if (!/[ \t\u00a0]$/u.test(before)) return false
  const words = (before.match(/[\p{L}\p{M}.]+/gu) ?? []).map((w) => foldWord(w.replace(/\.$/u, '')))
  return TITLES.some((t) => t.length <= words.length && t.every((w, k) => words[words.length - t.length + k] === w))
}

/** Is the mention read as a person's name: a title, a role or an apposition around it? */
export const readAsPerson = (text: string, m: At): boolean =>
  nameKind(text, m.start, m.end) === 'person' || ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || titleBefore(text, m.start)

/** Can the name, by its words, be a place's outside the table: one word, or led by a place's opening words? */
const placeShaped = (name: string): boolean => {
  const words = name.trim().split(/\s+/u)
  return words.length === 1 || words.slice(0, -1).every((w) => PLACE_OPENERS.has(foldWord(w).replace(/\.$/u, '')))
}

/** The last word of the longer-ended name of the two: the derived one. */
const derivedSide = (a: string, b: string): 'a' | 'b' => {
  const la = a.trim().split(/\s+/u).pop()!.length
  const lb = b.trim().split(/\s+/u).pop()!.length
  return la >= lb ? 'a' : 'b'
}

/**
 * Two names, the same leading words and the last one derived (derivedName), used as a place's
 * adjective: the place is in the table, or a mention of the derived form stands before a noun.
 */
export function placeDerived(nameA: string, textA: string, atA: readonly At[], nameB: string, textB: string, atB: readonly At[]): boolean {
  if (!derivedName(nameA, nameB)) return false
  if (PLACE_FORMS.has(placeKey(nameA)) && PLACE_FORMS.has(placeKey(nameB))) return true
  if (!placeShaped(nameA) || !placeShaped(nameB)) return false
  if (atA.slice(0, 4).some((m) => readAsPerson(textA, m)) || atB.slice(0, 4).some((m) => readAsPerson(textB, m))) return false
  const [text, at] = derivedSide(nameA, nameB) === 'a' ? [textA, atA] : [textB, atB]
  return at.slice(0, 4).some((m) => adjectivePosition(text, m))
}

/**
 * A person's one-word name against the same name with a derivation's ending (the envoy Hassani /
 * Hassan, Mr. Qurei / Qureia's kin): a person has no demonym, so where either report reads a mention
 * as a person's (a title, a role, an apposition: readAsPerson) and the derived form never stands
 * where an adjective does, the two are one name respelt, not one word and its derivation. The dev
 * gold judges a person's one-word name with one letter more a respelling (MSRP 2936214, Qurei /
 * Qureia); a place of the table, or the derived form before a noun (Maya / Mayan heritage), is not.
 */
export function personRespelt(nameA: string, textA: string, atA: readonly At[], nameB: string, textB: string, atB: readonly At[]): boolean {
  if (!derivedWord(nameA, nameB)) return false
  if (PLACE_FORMS.has(placeKey(nameA)) || PLACE_FORMS.has(placeKey(nameB))) return false
  if (!atA.slice(0, 4).some((m) => readAsPerson(textA, m)) && !atB.slice(0, 4).some((m) => readAsPerson(textB, m))) return false
  const [text, at] = derivedSide(nameA, nameB) === 'a' ? [textA, atA] : [textB, atB]
  // (a mention after a title is a person's whatever follows: "Thủ tướng Rouhani đã tới", Vietnamese puts no adjective before its noun)
  return !at.slice(0, 4).some((m) => adjectivePosition(text, m) && !titleBefore(text, m.start))
}
