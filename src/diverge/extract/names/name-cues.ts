/**
 * The cues that introduce a name: a person's title or office ("thị trưởng", "Mr", "HLV") and a
 * place word ("TP", "tỉnh", "city of"), matched on folded words, the longest cue first.
 * extractNames (names.ts) splits a cue off the capitalised run it opens.
 */
import { foldWord } from '../../../normalize/fold'
import type { Word } from '../../../document/letter-words'

/**
 * Title cues that introduce a person's name, per language. Matched
 * case-insensitively on folded words; a longer cue wins over its prefix.
 * Extend per call with `extractNames(text, tokens, extraCues)`.
 */
export const TITLE_CUES: Readonly<Record<'vi' | 'en' | 'id', readonly string[]>> = {
  vi: [
    'tổng bí thư', 'bí thư', 'phó bí thư', 'chủ tịch', 'phó chủ tịch', 'chủ tịch nước', 'chủ tịch quốc hội',
    'thủ tướng', 'phó thủ tướng', 'bộ trưởng', 'thứ trưởng', 'bộ trưởng ngoại giao', 'bộ trưởng quốc phòng',
    'bộ trưởng công an', 'bộ trưởng tài chính', 'tổng thống', 'phó tổng thống', 'thị trưởng', 'thống đốc',
    'đại sứ', 'tổng lãnh sự', 'lãnh sự', 'phu nhân', 'giáo sư', 'phó giáo sư', 'gs', 'pgs', 'tiến sĩ', 'ts',
    'ths', 'bác sĩ', 'luật sư', 'nhà báo', 'ca sĩ', 'nghệ sĩ', 'cầu thủ', 'hlv', 'huấn luyện viên', 'tiền đạo',
    'tiền vệ', 'trung vệ', 'hậu vệ', 'thủ môn', 'kỳ thủ', 'vua', 'hoàng đế', 'nữ hoàng', 'giám đốc',
    'tổng giám đốc', 'chủ nhiệm', 'trưởng ban', 'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng',
    'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'tổng thư ký', 'người phát ngôn', 'ngài', 'ông', 'bà',
    'anh', 'chị', 'cô', 'chú', 'em',
    // offices capitalised on their first syllable only (Chánh Thanh tra, Ngoại trưởng): else that syllable ends the name before them
    // (not Thanh tra or Văn phòng alone: Thanh tra Chính phủ, Văn phòng Quốc gia are bodies)
    'ngoại trưởng', 'chánh thanh tra', 'chánh án',
  ],
  en: [
    'president', 'vice president', 'prime minister', 'minister', 'foreign minister', 'mayor', 'governor',
    'senator', 'secretary', 'general secretary', 'secretary-general', 'chancellor', 'king', 'queen', 'prince',
    'princess', 'chairman', 'chairwoman', 'ceo', 'coach', 'manager', 'ambassador', 'consul general', 'consul',
    'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'judge', 'general', 'colonel', 'pope', 'spokesman',
    'spokeswoman', 'spokesperson', 'director', 'lieutenant general', 'major general', 'brigadier general', 'gen',
    // military ranks in short before a name (Army Pfc. Jessica Lynch, Staff Sgt. …): no part of the name before them
    'pfc', 'sgt', 'cpl', 'spc', 'lt', 'capt', 'adm',
    // a member of a lower house before a name (Representative Linda T. Sánchez, Rep. Loretta Sanchez): no word of it
    'representative', 'congressman', 'congresswoman',
  ],
  // Indonesian and Malay ranks and the head of state, capitalised right before a name (Jenderal Gatot Nurmantyo,
  // Kombes Pol Djarod Padakova, Presiden Joko Widodo); offices that name a body first (Menteri Luar Negeri,
  // Gubernur DKI) are left out, as Bộ trưởng's portfolio needs its own rule.
  id: [
    'jenderal', 'letjen', 'mayjen', 'brigjen', 'laksamana', 'laksdya', 'laksda', 'laksma', 'marsekal', 'marsdya', 'marsda', 'marsma',
    'kolonel', 'kapten', 'kombes', 'presiden',
  ],
}

// Another spelling of a cue, read as the cue itself so that one man's rank written two ways (Jendral / Jenderal,
// Kombes Pol / Kombes with the police corps) is one title, not two people's.
// A rank spelt out (Letnan Jenderal, Laksamana Muda) is the title its short form (Letjen, Laksda) is.
// A plural title before one name or a list (Justices Kennedy and Alito, Sens. McCain and Graham) is that
// title, never a word of the first name: only plurals that name no body or place (not Ministers Meeting,
// House of Representatives, the Judges Panel).
const CUE_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['jendral', 'jenderal'], ['kombes pol', 'kombes'],
  ['justices', 'justice'], ['senators', 'senator'], ['sens', 'senator'], ['reps', 'representative'], ['rep', 'representative'],
  ['drs', 'dr'], ['messrs', 'mr'],
  ['letnan jenderal', 'letjen'], ['mayor jenderal', 'mayjen'], ['brigadir jenderal', 'brigjen'],
  ['laksamana madya', 'laksdya'], ['laksamana muda', 'laksda'], ['laksamana pertama', 'laksma'],
  ['marsekal madya', 'marsdya'], ['marsekal muda', 'marsda'], ['marsekal pertama', 'marsma'],
])

// Kinship pronouns double as ordinary words when capitalised mid-sentence (Anh = England).
export const LOWERCASE_ONLY_CUES = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'em', 'ngài', 'vua'].map(foldWord))
const PLACE_CUES = ['tp', 'thành phố', 'tỉnh', 'thủ đô', 'huyện', 'quận', 'city of', 'province']

// Plural abbreviations that are words or places too (Sens, a French town; reps, repetitions): a title only
// with their dot, before a capitalised name, and not after a word that leads a place (de Sens, of Sens, tại Sens).
const DOTTED_ONLY_CUES = new Set(['sens', 'reps'])
const PLACE_LEADS = new Set(['de', 'du', 'a', 'à', 'of', 'in', 'at', 'from', 'near', 'tai', 'tại', 'ở', 'o'].map(foldWord))
const dottedBeforeName = (words: readonly Word[], i: number): boolean =>
  words[i + 1] !== undefined && /^\.\s/u.test(words[i + 1]!.gap) && words[i + 1]!.cap && !PLACE_LEADS.has(words[i - 1]?.folded ?? '')

export type Cue = { readonly words: readonly string[]; readonly place: boolean; readonly title?: string }

/** The title cues (with a caller's `extra` ones) and the place cues by their first folded word, longest first. */
export function compileCues(extra: readonly string[]): Map<string, Cue[]> {
  const byFirst = new Map<string, Cue[]>()
  const add = (cue: string, place: boolean, title?: string) => {
    const words = cue.split(/[\s-]+/).map(foldWord)
    const list = byFirst.get(words[0]!) ?? []
    list.push(title === undefined ? { words, place } : { words, place, title })
    list.sort((x, y) => y.words.length - x.words.length)
    byFirst.set(words[0]!, list)
  }
  for (const cue of [...TITLE_CUES.vi, ...TITLE_CUES.en, ...TITLE_CUES.id, ...extra]) add(cue, false)
  for (const [spelling, cue] of CUE_SPELLINGS) add(spelling, false, cue)
  for (const cue of PLACE_CUES) add(cue, true)
  return byFirst
}
export const DEFAULT_CUES = compileCues([])

/** Is the folded word a cue of one word (TP, HLV, CEO, Mr)? An abbreviation before a name that is one introduces it. */
export function isCueWord(folded: string): boolean {
  return DEFAULT_CUES.get(folded)?.some((cue) => cue.words.length === 1) ?? false
}

/** The cue that opens at word `i`, if any; a kinship cue (ông, Anh) written capitalised inside a sentence is a word of its own (Anh = England). */
export function matchCue(words: readonly Word[], i: number, cues: Map<string, Cue[]>, sentenceStart: boolean): Cue | undefined {
  const list = cues.get(words[i]!.folded)
  if (!list) return words[i]!.folded.includes('-') ? hyphenedCue(words[i]!.folded, cues) : undefined
  for (const cue of list) {
    if (i + cue.words.length > words.length) continue
    let ok = true
    for (let k = 1; k < cue.words.length && ok; k++) {
      const w = words[i + k]!
      ok = w.folded === cue.words[k] && /^[\s-]+$/.test(w.gap)
    }
    if (!ok) continue
    if (cue.words.length === 1 && LOWERCASE_ONLY_CUES.has(cue.words[0]!) && words[i]!.cap && !sentenceStart) continue
    if (cue.words.length === 1 && DOTTED_ONLY_CUES.has(cue.words[0]!) && !dottedBeforeName(words, i)) continue
    if (namesBody(words, i + cue.words.length)) continue
    return cue
  }
  return undefined
}

// Heads of a body's name: a title right before one is a word of that name (the EU Representative Office,
// the Cultural Representative Office), not a title before a person (rnames52: cut into Office alone).
const BODY_HEADS = new Set('office offices committee council commission bureau department ministry agency board secretariat mission'.split(' '))
const namesBody = (words: readonly Word[], next: number): boolean => {
  const w = words[next]
  return w !== undefined && w.cap && /^[ \t\u00a0]+$/u.test(w.gap) && BODY_HEADS.has(w.folded)
}

// Words hyphened after a title that leave it a title: President-elect, Minister-designate, and the rank of
// Director-General, Attorney-General, Governor-General (a title of its own when listed whole: Secretary-General).
const TITLE_SUFFIXES = new Set(['elect', 'designate', 'general'])
const hyphenedCues = new Map<string, Cue | undefined>()

/**
 * A title written as one hyphened word (President-elect, Secretary-General): the cue its parts
 * spell, read as one word (the caller steps over the cue's words). King-Smith, a family name, is no
 * cue: its second part is neither a suffix nor the rest of a title.
 */
function hyphenedCue(folded: string, cues: Map<string, Cue[]>): Cue | undefined {
  if (cues !== DEFAULT_CUES) return findHyphenedCue(folded, cues)
  if (!hyphenedCues.has(folded)) {
    if (hyphenedCues.size >= 10_000) hyphenedCues.clear()
    hyphenedCues.set(folded, findHyphenedCue(folded, cues))
  }
  return hyphenedCues.get(folded)
}

function findHyphenedCue(folded: string, cues: Map<string, Cue[]>): Cue | undefined {
  const parts = folded.split('-')
  for (;;) {
    const cue = cues.get(parts[0]!)?.find((c) => !c.place && c.words.length === parts.length && c.words.every((w, k) => w === parts[k]))
    if (cue) return { words: [cue.words.join(' ')], place: false }
    if (parts.length < 2 || !TITLE_SUFFIXES.has(parts[parts.length - 1]!)) return undefined
    parts.pop()
  }
}
