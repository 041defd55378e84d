/**
 * A person's age and year of birth, each read with the name it is told of: *Nguyễn Văn A (45
 * tuổi)*, *ông A (SN 1980)*, *Smith, 45,*, *45-year-old John Smith*, *born in 1979*, *Lucas Moura
 * berusia 25 tahun*, *kelahiran 1992*, *45-летний Иван Петров*, *1979 года рождения*, *âgé de 45
 * ans*, *né en 1979*, *die 37-jährige Anna Schmidt*. Without a name beside it a figure is no one's age here: *con gái 9 tuổi*,
 * *a 100-year-old building*, *45 years in prison*, *pria berusia 23 tahun*. An age at another
 * moment (*at 20*, *khi 20 tuổi*, *năm 20 tuổi*) is left unread: it is no age at the paper's day.
 * Offsets index the document's original string.
 */
import type { PreparedDocument } from '../../../document'

export interface AgeMention {
  readonly kind: 'age' | 'born'
  /** Years of age, or the year of birth. */
  readonly value: number
  readonly sentence: number
  /** The figure's statement in the original string (*46 tuổi*, *SN 1976*, *45*). */
  readonly start: number
  readonly end: number
  readonly text: string
  /** A bare figure after a name (*Smith, 45,*): an age only by its place, so a club's or a country's figure reads alike. */
  readonly bare: boolean
  /** The holder's name folded to plain lower-case words, honorifics left out (*ông Phạm Đức Huy* → pham duc huy). */
  readonly holder: readonly string[]
  /** Other years told in the sentence (*86, died in 2000*): the age may be one at that year. */
  readonly years: readonly number[]
}

// One pattern per way of telling it (literals: the ReDoS suite reads them); group 1 is the figure.
interface Form {
  readonly kind: 'age' | 'born'
  readonly re: RegExp
  /** The name may follow the figure (*45-year-old John Smith*, *45-летний Иван*). */
  readonly after?: boolean
  /** A bare figure, an age only right after a name and its comma or bracket (*Smith, 45,*, *Smith (45)*). */
  readonly bare?: boolean
  /** The name follows with no word between: *der 37-Jährige soll Anna Schmidt …* tells the perpetrator's age, not the victim's. */
  readonly tight?: boolean
}
const FORMS: readonly Form[] = [
  { kind: 'born', re: /(?<![\p{L}\p{N}])(?:SN|(?<!phát )sinh năm|born(?: in)?|b\.|kelahiran(?: tahun)?|lahir (?:pada )?tahun|née?s? en|nascid[oa] em|nacid[oa] en|geboren) ?((?:19|20)\d\d)(?![\p{L}\p{N}])/gu },
  { kind: 'born', re: /(?<![\p{L}\p{N}])((?:19|20)\d\d) ?(?:года рождения|г\. ?р\.)/gu },
  { kind: 'age', re: /(?<![\p{L}\p{N}])(\d{1,3}) ?tuổi(?![\p{L}\p{N}])/gu },
  { kind: 'age', re: /(?<![\p{L}\p{N}])(\d{1,3})[- ]years?[- ]old(?![\p{L}\p{N}])/gu, after: true },
  { kind: 'age', re: /(?<![\p{L}\p{N}])(?:aged|berusia|usia|âgée?s? de) (\d{1,3})(?: (?:tahun|ans|anos|años))?(?![\p{L}\p{N}])/gu },
  { kind: 'age', re: /(?<![\p{L}\p{N}])de (\d{1,3}) (?:ans|anos|años)(?![\p{L}\p{N}])/gu },
  { kind: 'age', re: /(?<![\p{L}\p{N}])(\d{1,3})-летн\p{L}*/gu, after: true },
  { kind: 'age', re: /(?<![\p{L}\p{N}])(\d{1,3})-[jJ]ährige[rn]?(?![\p{L}\p{N}])/gu, after: true, tight: true },
  { kind: 'age', re: /(?<=[,(] ?)(\d{1,3})(?: (?:tahun|ans|anos|años|лет|года|год))?(?= ?[,);]| ?\.(?!\d)|$)/gu, bare: true },
]

// The five Vietnamese tone marks (and the acute and grave of other scripts): a name dropped of
// them is still that name. The letters' own marks stay: *Hùng* / *Hưng*, *Lan* / *Lân* are two names.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** Lower-case, no tone marks, no dot or apostrophe at the end: one key for *Phạm Văn Hùng* and *Pham Văn Hung*. */
export function foldName(word: string): string {
  let folded = word.normalize('NFD').replace(TONES, '').normalize('NFC').toLowerCase()
  while (folded.length > 0 && ".'’".includes(folded[folded.length - 1]!)) folded = folded.slice(0, -1)
  return folded
}

// Words of a title or an address before a name, dropped from the holder (a title is no part of who it is).
// (folded as holders are, so each is written both with its marks and without them)
export const TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr prof sen rep gov president st ông ong bà anh chị cô co chú bác cháu chau em cụ pak bu bapak ibu tướng tuong thượng thuong đại dai thiếu thieu đồng dong gs ts pgs bs sdr saudara m mme mlle monsieur madame sr sra don dona herr frau г-н г-жа'
    .split(' ')
    .map((w) => foldName(w)),
)
// Capitalised words that open a sentence and name no one.
const NOT_NAMES = new Set(
  'the a an this that these those he she it they his her police le la les un une el los las o os a as ini itu dia các những theo вчера он она der die das den dem des ein eine einen einem'
    .split(' ')
    .map((w) => foldName(w)),
)
// Words that may stand between a name and what is told of it: *Smith, a 45-year-old*, *Smith was born in*, *Smith, who is 45*.
const BRIDGES = new Set('a an the who is was là năm nay hiện yang adalah est qui'.split(' '))
// A moment other than the paper's day right before an age: *at 20*, *khi 20 tuổi*, *năm 20 tuổi*, *until 18*.
const OTHER_MOMENTS = new Set('at age when until since by from to under over khi lúc năm từ đến tới dưới trên hơn ngoài pada saat sejak à dès avant после в до с'.split(' '))
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u
const LOWER = /^\p{Ll}+$/u
const WORDS = /[^\s,(]+/gu
const YEARS = /(?<![\p{L}\p{N}])(?:1[89]|20)\d\d(?![\p{L}\p{N}])/gu


function holderOf(words: readonly string[]): string[] {
  // initials split on their dots: *chị N.B* and *chị B.* name one woman
  const tokens = words.flatMap((w) => w.split('.')).map(foldName).filter((w) => w.length > 0)
  while (tokens.length > 0 && (TITLES.has(tokens[0]!) || NOT_NAMES.has(tokens[0]!))) tokens.shift()
  return tokens
}

/** The words of a short stretch of text, in order (spaces, commas and brackets part them). */
const wordsOf = (text: string): string[] => text.match(WORDS) ?? []

/** The capitalised run that ends `left` (after bridging words unless `bare`), up to five words. */
function nameBefore(left: string, bare: boolean): string[] {
  const words = wordsOf(left.slice(-120))
  let end = words.length
  // only a lower-case bridge: *Nguyễn Văn An*, *Nguyễn Văn A* end in a name, not in *an*, *a*
  if (!bare) while (end > 0 && LOWER.test(words[end - 1]!) && BRIDGES.has(words[end - 1]!)) end--
  // a bare figure sits right after the name and its comma or bracket, nothing between
  else {
    let k = left.length
    while (k > 0 && ' \t\n,('.includes(left[k - 1]!)) k--
    if (k === 0 || left.length - k > 3 || !/[\p{L}\p{M}.'’-]/u.test(left[k - 1]!)) return []
  }
  let start = end
  while (start > 0 && end - start < 5 && CAPITALISED.test(words[start - 1]!)) start--
  return holderOf(words.slice(start, end))
}

/** The capitalised run after `right`'s first lower-case words (`skip` at most): *driver John Smith*. */
function nameAfter(right: string, skip: number): string[] {
  const words = wordsOf(right.slice(0, 120))
  let i = 0
  while (i < words.length && i < skip && LOWER.test(words[i]!)) i++
  let end = i
  while (end < words.length && end - i < 4 && CAPITALISED.test(words[end]!)) end++
  return holderOf(words.slice(i, end))
}

function previousText(doc: PreparedDocument, sentence: number): string {
  const p = doc.sentences[sentence - 1]!
  return `${doc.nfc.text.slice(p.nfcStart, p.nfcEnd)} `
}

/** Ages and years of birth of one sentence, each with the name it is told of; none without one. */
export function sentenceAges(doc: PreparedDocument, sentence: number): AgeMention[] {
  const s = doc.sentences[sentence]!
  // read in NFC (a decomposed *tuổi* is the same word), offsets mapped back to the caller's string
  const text = doc.nfc.text.slice(s.nfcStart, s.nfcEnd)
  const out: AgeMention[] = []
  const taken: Array<[number, number]> = []
  for (const form of FORMS) {
    form.re.lastIndex = 0
    for (let m = form.re.exec(text); m !== null; m = form.re.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      if (taken.some(([a, b]) => start < b && a < end)) continue
      const value = Number(m[1])
      if (form.kind === 'age' && (value < 1 || value > 120)) continue
      const lead = wordsOf(text.slice(Math.max(0, start - 20), start))
      if (form.kind === 'age' && lead.length > 0 && OTHER_MOMENTS.has(lead[lead.length - 1]!.toLowerCase())) continue
      // a bracket opening the sentence continues the last one, cut after an initial (*chị N.B. | (25 tuổi, …)*)
      const own = /^[\s(]*$/u.test(text.slice(0, start)) && sentence > 0 ? previousText(doc, sentence) : ''
      const before = nameBefore(own + text.slice(0, start), form.bare === true)
      const holder = before.length > 0 ? before : form.after ? nameAfter(text.slice(end), form.tight ? 0 : 2) : []
      if (holder.length === 0) continue
      taken.push([start, end])
      const from = doc.nfc.toOriginal(s.nfcStart + start)
      const to = doc.nfc.toOriginal(s.nfcStart + end)
      out.push({ kind: form.kind, value, sentence, start: from, end: to, text: doc.original.slice(from, to), holder, bare: form.bare === true, years: [] })
    }
  }
  const born = new Set(out.filter((m) => m.kind === 'born').map((m) => m.value))
  const years = [...text.matchAll(YEARS)].map((m) => Number(m[0])).filter((y) => !born.has(y))
  return out.map((m) => (m.kind === 'age' ? { ...m, years } : m)).sort((x, y) => x.start - y.start)
}

/** Every age and year of birth of a document told of a named person. */
export function documentAges(doc: PreparedDocument): AgeMention[] {
  return doc.sentences.flatMap((_, i) => sentenceAges(doc, i))
}
