/**
 * One place under several names: the English or local name and the Vietnamese one (*London* /
 * *Luân Đôn*, *Moscow* / *Moskva* / *Matxcơva*, *Australia* / *Úc*, *Mỹ* / *Hoa Kỳ* / *United
 * States*). Vietnamese outlets write either, so a report that says *Moskva* has not left out the
 * *Moscow* of another report, and the two are no respelling of each other. No rule of spelling
 * gets from one to the other (*Úc* from *Australia*), hence a table; a name not in it is judged by
 * its letters as before.
 *
 * The one table of places: a place is added here once, and both lookups are read from it:
 * - `sameExonym` / `exonymWrittenIn` (variants.ts, not-missing.ts): the place's names only;
 * - `PLACE_FORMS` (written-forms.ts, not-missing.ts: is the place named otherwise in the other
 *   report?): its names, its initials and the adjective of its people.
 */
import { foldWord } from '../../normalize/fold'
import { inPersonalName } from './personal-names'

// Each line one place; spellings as outlets write them (with and without hyphens and marks).
// `#US`: initials, which stand for the place only written in capitals (US, U.S.; not the pronoun
// us), so never a name to pair or to search. `+American`: the adjective of its people, which
// stands for the country when asking whether the other report names it (an American soldier /
// a U.S. soldier) but is no second name of it (an American is not America).
// Names that are also a given name or a word (Đức for Germany, Ý for Italy, Anh for Britain) are
// left out: text search would find those.
const PLACES: readonly string[] = [
  // Countries
  'Mỹ|Hoa Kỳ|United States|America|#US|+American|+Americans',
  'Trung Quốc|Trung Hoa|China|+Chinese',
  'Nga|Liên bang Nga|Russia|+Russian',
  'Vương quốc Anh|Britain|Great Britain|United Kingdom|#UK|+British',
  'Triều Tiên|Bắc Triều Tiên|North Korea|+North Korean',
  'Hàn Quốc|Nam Hàn|South Korea|+South Korean',
  'Nhật Bản|Japan|+Japanese',
  'Việt Nam|Vietnam|+Vietnamese',
  'Australia|Úc|Ô-xtrây-li-a',
  'India|Ấn Độ',
  'Egypt|Ai Cập',
  'Switzerland|Thụy Sĩ|Thụy Sỹ',
  'Myanmar|Mi-an-ma|Miến Điện|Burma|+Burmese',
  'Cambodia|Campuchia|Cam-pu-chia',
  'Singapore|Xin-ga-po|Xinh-ga-po',
  'Italy|Italia|I-ta-li-a',
  'Syria|Xy-ri|Xi-ri',
  'Philippines|Phi-líp-pin|Philíppin|+Philippine|+Filipino|+Filipinos',
  'Netherlands|Holland|+Dutch',
  // Cities
  'Moscow|Moskva|Moscva|Matxcơva|Mátxcơva|Mát-xcơ-va|Mat-xcơ-va',
  'London|Luân Đôn',
  'Paris|Pa-ri|Pari',
  'Washington|Oa-sinh-tơn|Oasinhtơn',
  'Beijing|Bắc Kinh|Peking',
  'Berlin|Béc-lin|Beclin',
  'Geneva|Genève|Giơ-ne-vơ|Giơnevơ',
  'Brussels|Bruxelles|Brúc-xen|Brucxen',
  'New York|Niu Oóc|Niu-oóc|Niu Yoóc',
  'Seoul|Xơ-un|Xơun',
  'Vientiane|Viêng Chăn',
  'Phnom Penh|Phnôm Pênh|Nông Pênh',
  'Siem Reap|Xiêm Riệp',
  'Pyongyang|Bình Nhưỡng',
  // Ukrainian and Russian-based transliterations of one city (Ukraine's national system of 2010, BGN-PCGN's Ukrainian
  // (Zaporizhzhya, Mykolayiv) and Russian):
  // two vowels apart, a consonant doubled or undoubled, -iv / -ov. No rule of spelling: doubling is how a name is
  // mistyped (planted respellings), and -iv / -ov parts two family names (Petriv, Petrov).
  'Kyiv|Kiev',
  'Odesa|Odessa|Ô-đét-xa',
  'Lviv|Lvov|Lwów',
  'Kharkiv|Kharkov|Khác-cốp',
  'Mykolaiv|Mykolayiv|Nikolaev|Nikolayev',
  'Zaporizhzhia|Zaporizhzhya|Zaporizhia|Zaporozhye',
  'Luhansk|Lugansk',
  'Chernihiv|Chernigov',
  // A city under its older name: an alias, not a respelling (no letters shared)
  // Saigon was renamed Ho Chi Minh City on 2 July 1976 (Wikipedia, "Ho Chi Minh City"); Vietnamese outlets
  // write either, and TP.HCM for short. Not Hồ Chí Minh alone (the man), nor Sai Gon (marks dropped: a respelling).
  // HCMC, HCM City, Thành phố HCM: VnExpress International, VNA and Tuoi Tre News write these.
  'Thành phố Hồ Chí Minh|thành phố Hồ Chí Minh|TP Hồ Chí Minh|TP. Hồ Chí Minh|Tp. Hồ Chí Minh|TP.HCM|TP HCM|TP. HCM|TPHCM|Thành phố HCM|thành phố HCM|Ho Chi Minh City|HCM City|HCMC|Sài Gòn|Saigon',
  'Mumbai|Bombay',
  'Kolkata|Calcutta',
  'Chennai|Madras',
  'Yangon|Rangoon',
]

/** The name's words folded, joined by single spaces (in one loop: map then join was recompiled for another array kind). */
function key(name: string): string {
  const words = name.split(/\s+/u)
  let out = foldWord(words[0]!)
  for (let k = 1; k < words.length; k++) out += ` ${foldWord(words[k]!)}`
  return out
}

const isName = (form: string): boolean => form[0] !== '#' && form[0] !== '+'

/** Folded name → its place's names as written (initials and adjectives left out). */
const BY_NAME: ReadonlyMap<string, readonly string[]> = new Map(
  PLACES.flatMap((line) => {
    const names = line.split('|').filter(isName)
    return names.map((n) => [key(n), names] as const)
  }),
)

/**
 * Every form of a place, folded (words and initials, initials marked `#` and periods dropped:
 * `#us`), → all the forms of its place: whether another report names the place otherwise.
 */
export const PLACE_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  PLACES.flatMap((line) => {
    const forms = line.split('|').map((form) => (form[0] === '#' ? `#${foldWord(form.slice(1))}` : key(form[0] === '+' ? form.slice(1) : form)))
    return forms.map((f) => [f, forms] as const)
  }),
)

/** The other names of the place `name` stands for, or none. */
function exonymsOf(name: string): readonly string[] {
  const group = BY_NAME.get(key(name))
  return group ? group.filter((n) => key(n) !== key(name)) : []
}

/** Are `a` and `b` one place under two of its names (Moscow / Matxcơva)? */
export function sameExonym(a: string, b: string): boolean {
  const group = BY_NAME.get(key(a))
  return group !== undefined && key(a) !== key(b) && group.some((n) => key(n) === key(b))
}

/** Does `text` write `name` under another of its names, as a whole word run? */
export function exonymWrittenIn(name: string, text: string): boolean {
  return exonymsOf(name).some((other) => {
    let at = text.indexOf(other)
    while (at >= 0) {
      const before = at === 0 ? '' : text[at - 1]!
      const after = text[at + other.length] ?? ''
      // Nga in chị Nga is a woman, not Russia.
      if (!/[\p{L}\p{M}\p{N}]/u.test(before) && !/[\p{L}\p{M}\p{N}]/u.test(after) && !inPersonalName(text, at)) return true
      at = text.indexOf(other, at + 1)
    }
    return false
  })
}

/** Folded word → the places (their forms, each as its folded words) one of whose names or adjectives holds it. */
const BY_WORD: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<readonly string[]>>> = (() => {
  const out = new Map<string, Array<ReadonlyArray<readonly string[]>>>()
  for (const line of PLACES) {
    const forms = line.split('|').filter((f) => f[0] !== '#').map((f) => key(f[0] === '+' ? f.slice(1) : f).split(' '))
    for (const words of forms) for (const w of new Set(words)) {
      const list = out.get(w) ?? []
      if (!list.includes(forms)) list.push(forms)
      out.set(w, list)
    }
  }
  return out
})()

/**
 * Is `word` (folded) part of a place's name that one sentence (`own`, its folded words) writes whole,
 * while the other (`other`) writes another name of that place (*Mỹ* / *Hoa Kỳ*, *Moscow* / *Matxcơva*)?
 * Then the word names no place or body the other sentence leaves out.
 */
export function placeNamedOtherwise(word: string, own: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  for (const forms of BY_WORD.get(word) ?? []) {
    const whole = (words: readonly string[], set: ReadonlySet<string>): boolean => words.every((w) => set.has(w))
    if (!forms.some((f) => f.includes(word) && whole(f, own))) continue
    if (forms.some((f) => !f.includes(word) && whole(f, other))) return true
  }
  return false
}

/** Folded name → every other written form of its place: its other names, adjectives and initials as written. */
const OTHER_WRITTEN: ReadonlyMap<string, readonly string[]> = new Map(
  PLACES.flatMap((line) => {
    const written = line.split('|').map((form) => (isName(form) ? form : form.slice(1)))
    return line.split('|').filter(isName).map((n) => [key(n), written.filter((w) => key(w) !== key(n))] as const)
  }),
)

/** The place `name` names under its other names, adjectives and initials as outlets write them (Mumbai → Bombay), or none. */
export function otherPlaceForms(name: string): readonly string[] {
  return OTHER_WRITTEN.get(key(name)) ?? []
}

// The words a city's bare name follows when it names the city (thành phố Hồ Chí Minh, TP. Hồ Chí Minh),
// folded, periods dropped; and the one it precedes (Ho Chi Minh city).
const CITY_WORDS = ['thành phố', 'tp'].map(key)
const CITY = key('city')
// Kinds of thing named after a place (sông Sài Gòn the river, cảng Sài Gòn the port, Bia Sài Gòn the beer):
// after one, the place's name names that thing, never the place.
const FEATURE_WORDS: ReadonlySet<string> = new Set(
  ['sông', 'kênh', 'rạch', 'cầu', 'cảng', 'bến', 'chợ', 'đường', 'ga', 'sân bay', 'bia', 'nhà hát', 'bưu điện', 'hồ', 'núi', 'đèo'].map(key),
)
// How far back the word before a name is read: the longest cue (thành phố, sân bay, bưu điện) and its spaces.
const CUE_REACH = 12

/** The word or two written just before `start`, folded, periods dropped: at most CUE_REACH characters read. */
function wordsBefore(text: string, start: number): { readonly one: string; readonly two: string } {
  const words = text.slice(Math.max(0, start - CUE_REACH), start).split(/[\s\u00a0]+/u).filter((w) => w !== '')
  // A word cut by the reach is no whole word: only the last two are read, and only when the reach held them.
  const clean = (w: string | undefined): string => (w === undefined ? '' : foldWord(w.endsWith('.') ? w.slice(0, -1) : w))
  const last = clean(words[words.length - 1])
  // TP.Hồ Chí Minh: the cue glued to the name by its period.
  const glued = text[start - 1] === '.' ? clean(text.slice(Math.max(0, start - 4), start).split(/[\s\u00a0]+/u).pop()) : ''
  return { one: glued !== '' ? glued : last, two: words.length >= 2 ? `${clean(words[words.length - 2])} ${last}` : last }
}

/** Is the place named at `start` in `text` a thing named after it (sông Sài Gòn, cầu Long Biên), not the place? */
export function featureNamedAfterPlace(text: string, start: number): boolean {
  const { one, two } = wordsBefore(text, start)
  return FEATURE_WORDS.has(one) || FEATURE_WORDS.has(two)
}

/** Is the name running from `start` to `end` in `text` cued as a city (thành phố, TP. before it; city after it)? */
export function cuedAsCity(text: string, start: number, end: number): boolean {
  const { one, two } = wordsBefore(text, start)
  if (CITY_WORDS.includes(one) || CITY_WORDS.includes(two)) return true
  const after = text.slice(end, end + 6)
  return after.length >= 5 && /^[ \u00a0]/u.test(after) && key(after.trim().slice(0, 4)) === CITY && !/[\p{L}\p{M}]/u.test(after[5] ?? '')
}

/**
 * The forms of the place the name from `start` to `end` stands for, read with the words around it:
 * its own (PLACE_FORMS), or, when the text cues it as a city, the city's whose full name is the cue's
 * word and this one (*Thành phố Hồ Chí Minh* read as *Hồ Chí Minh* after its cue), or the place whose
 * name an abbreviation just before it opens (*HCM City* read as *City*). Not uncued: *Chủ tịch Hồ Chí
 * Minh*, *tư tưởng Hồ Chí Minh* are the man, though the extractor reads a known place's name as a place
 * whatever the title.
 */
export function placeFormsAt(text: string, start: number, end: number, tokens: readonly string[]): readonly string[] | undefined {
  const name = tokens.join(' ')
  const own = PLACE_FORMS.get(name)
  if (own !== undefined) return own
  const { one } = wordsBefore(text, start)
  const capitals = /^[\s\u00a0]$/u.test(text[start - 1] ?? '') && one.length >= 2 && text.slice(start - 1 - one.length, start - 1) === one.toUpperCase()
  if (capitals && PLACE_FORMS.has(`${one} ${name}`)) return PLACE_FORMS.get(`${one} ${name}`)
  if (!cuedAsCity(text, start, end)) return undefined
  for (const word of CITY_WORDS) {
    const forms = PLACE_FORMS.get(`${word} ${name}`)
    if (forms !== undefined) return forms
  }
  return PLACE_FORMS.get(`${name} ${CITY}`)
}
