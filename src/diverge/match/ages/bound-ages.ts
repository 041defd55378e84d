/**
 * Whether an age is bound to its holder's name tightly enough to pair it across unlinked sentences
 * (review rage56). Only the sentence ties the age to the name, so the name must stand right beside
 * the figure: *Name, 37,*, *Name (37)*, *Name, 37 tuổi*, *37-year-old Name*, *die 37-jährige Name*.
 * A verb, *of*, *daughter of*, *con gái anh*, *quê* between them names someone else (the victim, the
 * father, a home province), and an age at another moment (*then-17-year-old*, *damals*, *hồi đó*,
 * *à l'époque*) is no age at the paper's day. The name must read as a person: never a place or an
 * organisation by the name stage's kinds, and a bare figure (*Smith, 45,*) only with a person's cue
 * (a title, the name stage's person), since a club's points or a party's seats read alike.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts } from '../../extract/collect'
import { type AgeMention, TITLES, foldName } from '../../extract/numbers/ages'

/** How a bound age reads its holder. */
export interface Bound {
  /** Told as a person: an age in words beside the name, a title, or the name stage's person. */
  readonly person: boolean
}

// One word of a name, whole (tested on one word at a time: no scan of a run).
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.'’\u2010-\u2015-]*$/u
// The comma or bracket between a name and the age after it (*Name, 37*, *Name (37 tuổi)*, *Name, aged 37*).
const SEPARATORS = [', ', ',', ' (', '(']
const MAX_WORDS = 5
const WORDS = /[^\s,(]+/gu

// A word before the name that makes it another's: the possessor (*of*, *của*, *von*), a place one comes from (*quê*, *from*).
const NOT_THE_HOLDER = new Set(
  'of from in at near outside của quê từ ở tại thuộc von aus bei des der de du des chez del dari asal di'.split(' ').map(foldName),
)
// A kin noun before a title and a name: *con gái anh Hùng, 9 tuổi* is the daughter's age, not Hùng's.
const KIN = new Set('con gái trai vợ chồng mẹ bố cha'.split(' ').map(foldName))
// Another moment right before the figure (*the then-17-year-old*, *der damals 17-jährige*) or right after it (*17 at the time*).
const MOMENT_BEFORE = /(?:^|[^\p{L}])(?:then|once|former|damals|einst|ehemalige[nrms]?|alors|entonces|hồi đó|khi đó|lúc đó|khi ấy|lúc ấy|saat itu|ketika itu)[- ]+$/iu
const MOMENT_AFTER = /^[\s,)]*(?:at the time|then|back then|damals|à l'époque|alors|entonces|en aquel momento|hồi đó|khi đó|lúc đó|khi ấy|lúc ấy|saat itu|ketika itu)(?![\p{L}])/iu
// Words that put the whole sentence at another moment, whichever figure they stand by.
const MOMENT_ANYWHERE = /(?:^|[^\p{L}])(?:at the time|back then|damals|à l'époque|en aquel momento|hồi đó|khi ấy|lúc ấy|saat itu|ketika itu)(?![\p{L}])/iu

/** The holder's folded words as the run reads them, titles and openers dropped from the front like ages.ts does. */
const foldRun = (run: string): string[] => run.split(/[\s.]+/u).map(foldName).filter((w) => w.length > 0)

const endsWith = (run: readonly string[], holder: readonly string[]): boolean =>
  holder.length > 0 && holder.length <= run.length && holder.every((w, k) => run[run.length - holder.length + k] === w)

/** Where the name ends `left` right before its comma or bracket: [start, end) in `left`, up to five words. */
function nameThenAge(left: string): [number, number] | undefined {
  const sep = SEPARATORS.find((x) => left.endsWith(x))
  if (sep === undefined) return undefined
  const end = left.length - sep.length
  let start = end
  // words of a name part on one space; a run ends at any other mark
  for (let n = 0; n < MAX_WORDS && start > 0; n++) {
    const wordEnd = start < end ? start - 1 : end
    if (start < end && left[wordEnd] !== ' ') break
    const from = left.lastIndexOf(' ', wordEnd - 1) + 1
    let word = left.slice(from, wordEnd)
    // a bracket opening the name (*said (Nguyễn Văn A, 45)*) closes the run after this word
    const opened = word.startsWith('(')
    if (opened) word = word.slice(1)
    if (!NAME_WORD.test(word)) break
    start = opened ? from + 1 : from
    if (opened) break
  }
  return start < end ? [start, end] : undefined
}

/** How many characters of `text` (right after the age and its space) the name takes, up to five words. */
function ageThenName(text: string): number | undefined {
  let end = 0
  for (let n = 0; n < MAX_WORDS; n++) {
    const stop = text.indexOf(' ', end)
    const raw = text.slice(end, stop < 0 ? text.length : stop)
    let cut = raw.length
    while (cut > 0 && ',;:!?)"”'.includes(raw[cut - 1]!)) cut--
    const word = raw.slice(0, cut)
    if (!NAME_WORD.test(word)) break
    const wordEnd = end + word.length
    if (word !== raw || stop < 0) return wordEnd
    end = stop + 1
    if (n === MAX_WORDS - 1) return wordEnd
  }
  return end > 0 ? end - 1 : undefined
}

/** The age's binding to its name, or undefined when the name does not stand right beside it or reads as no person. */
export function boundAge(doc: PreparedDocument, facts: DocumentFacts, m: AgeMention): Bound | undefined {
  const s = doc.sentences[m.sentence]!
  const from = doc.nfc.toOriginal(s.nfcStart)
  const to = doc.nfc.toOriginal(s.nfcEnd)
  const left = doc.original.slice(Math.max(from, m.start - 160), m.start)
  const right = doc.original.slice(m.end, Math.min(to, m.end + 160))
  if (MOMENT_ANYWHERE.test(doc.original.slice(from, to)) || MOMENT_BEFORE.test(left.slice(-40)) || MOMENT_AFTER.test(right.slice(0, 40))) return undefined
  let runStart: number
  let run: string
  let titled = false
  const before = nameThenAge(left)
  const after = before === undefined && right.startsWith(' ') ? ageThenName(right.slice(1)) : undefined
  if (before !== undefined) {
    run = left.slice(before[0], before[1])
    runStart = m.start - left.length + before[0]
    // titles before the name are the holder's; the word before them must not make the name another's
    const prior = (left.slice(0, before[0]).match(WORDS) ?? []).map(foldName)
    let k = prior.length
    while (k > 0 && TITLES.has(prior[k - 1]!)) k--
    titled = k < prior.length
    const word = prior[k - 1]
    if (word !== undefined && (NOT_THE_HOLDER.has(word) || (titled && KIN.has(word)))) return undefined
  } else if (after !== undefined) {
    run = right.slice(1, 1 + after)
    runStart = m.end + 1
  } else return undefined
  const folded = foldRun(run)
  const holder = m.holder.flatMap((w) => w.split('.')).filter((w) => w.length > 0)
  if (!endsWith(folded, holder)) return undefined
  titled ||= folded.slice(0, folded.length - holder.length).some((w) => TITLES.has(w))
  const runEnd = runStart + run.length
  let person = titled || !m.bare
  for (const l of facts.namesBySentence.get(m.sentence) ?? []) {
    if (l.span.end <= runStart || runEnd <= l.span.start) continue
    if (l.fact.category === 'place' || l.fact.category === 'org') return undefined
    person ||= l.fact.category === 'person'
  }
  return { person }
}
