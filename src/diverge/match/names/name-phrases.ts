/**
 * Word pairs both reports write once only, beside two spellings of a name: *Kyi Ly đã mở tỷ số
 * 1-0* / *đội trưởng Kyi Lin … mở tỉ số trận đấu* share "mở tỷ" (opened the scoring), which each
 * report writes in that sentence alone. A pair of words both reports use once ties the two
 * mentions to one moment of the story more than a pair they repeat (*tỷ số* of every score, *the
 * company* of every sentence), so name-entities.ts counts it twice among the shared context
 * words. Only pairs of words with letters count (not *phút 34*).
 *
 * Only a pair specific to the story counts twice: not one holding a word of the two names
 * themselves (*U Kyi*), and not a stock phrase every report writes, whose words are all function
 * words, verbs of saying or words of the day and the press (*said on*, *on Monday*, *cho biết*,
 * *họp báo*): at least one word of the pair must be none of those.
 */
import { functionWords } from '../../../normalize/function-words'
import { SAYING_WORDS } from '../../../normalize/saying-verbs'
import { foldWord } from '../../../normalize/fold'
import { ENGLISH_WEEKDAYS } from '../../../normalize/month-names'

/** What nameWords reads of a spelling (name-entities.ts' Spelling): its mentions and the longer name it is short for. */
interface SpellingWords {
  readonly mentions: readonly { readonly fact: { readonly text: string }; readonly span: { readonly start: number } }[]
  readonly full: string | undefined
}

/** Function words of every language with a list, folded. */
const FUNCTION = new Set([...functionWords('und')].map(foldWord))
/** Words of saying (besides normalize/saying-verbs.ts' words), of the day and of the press: in every report's stock phrases, never a story's own. */
const STOCK = new Set([
  ...SAYING_WORDS,
  ...(
    'saying tell telling according reports noted reporters reporter press news conference briefing statement interview spokesman spokeswoman spokesperson ' +
    `${ENGLISH_WEEKDAYS.join(' ')} today yesterday tomorrow morning afternoon evening night week month year day ` +
    'cho rằng hay khẳng định chia sẻ phát biểu ngôn trả lời thông tin tin phóng viên báo chí họp buổi ' +
    'thứ hai ba tư năm sáu bảy nhật hôm nay qua mai sáng trưa chiều tối đêm ngày tuần tháng'
  )
    .split(' ')
    .map(foldWord),
])
/** Whether a folded word says nothing of the story: a function word, or a word of stock phrases. */
export const stock = (w: string): boolean => FUNCTION.has(w) || STOCK.has(w)

/** How many sentences of one report hold each word pair, counted on first ask. */
export function phraseCounter(sentences: number, grams: (sentence: number) => ReadonlySet<string>): (gram: string) => number {
  let counts: Map<string, number> | undefined
  return (gram) => {
    if (counts === undefined) {
      counts = new Map()
      // only pairs onceShared may ask about are kept: a long report's function-word pairs would fill the map
      for (let i = 0; i < sentences; i++) for (const g of grams(i)) if (countable(g)) counts.set(g, (counts.get(g) ?? 0) + 1)
    }
    return counts.get(gram) ?? 0
  }
}

/** The word pairs of a run of words, folded: "mở tỷ", "tỷ số". */
export function wordPairs(words: readonly { readonly raw: string }[]): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < words.length; i++) out.add(`${foldWord(words[i]!.raw)} ${foldWord(words[i + 1]!.raw)}`)
  return out
}

const LETTER = /\p{L}/u
/** A pair of two words each holding a letter (a loop, not one regex: a two-part regex with free runs backtracks on long lines). */
function wordLetterPair(gram: string): boolean {
  const space = gram.indexOf(' ')
  return space > 0 && gram.indexOf(' ', space + 1) < 0 && LETTER.test(gram.slice(0, space)) && LETTER.test(gram.slice(space + 1))
}

/**
 * Whether a word pair is of a stock phrase: both words function words or words of saying, of the
 * day and of the press (*said at*, *news conference*, *cho biết*, *buổi họp*). Such a pair ties two
 * mentions to nothing (two people quoted in one reporting frame), so it is no shared context.
 */
export function stockPair(gram: string): boolean {
  const space = gram.indexOf(' ')
  return space > 0 && stock(gram.slice(0, space)) && stock(gram.slice(space + 1))
}

/** Whether onceShared may ask for a word pair's count: two words with letters, one at least not stock. */
function countable(gram: string): boolean {
  if (!wordLetterPair(gram)) return false
  const space = gram.indexOf(' ')
  return !stock(gram.slice(0, space)) || !stock(gram.slice(space + 1))
}

/** Whether a word pair may tie two mentions: no word of the names (`own`), and one word at least that is not stock. */
function specific(gram: string, own: ReadonlySet<string>): boolean {
  const space = gram.indexOf(' ')
  const [u, v] = [gram.slice(0, space), gram.slice(space + 1)]
  return !own.has(u) && !own.has(v) && (!stock(u) || !stock(v))
}

/** The shared word pairs of two contexts that each report writes in one sentence only, specific to the story (`own`: the names' folded words). */
export function onceShared(
  x: ReadonlySet<string>,
  y: ReadonlySet<string>,
  countA: (gram: string) => number,
  countB: (gram: string) => number,
  own: ReadonlySet<string> = new Set(),
): number {
  let n = 0
  for (const gram of x) if (y.has(gram) && wordLetterPair(gram) && specific(gram, own) && countA(gram) === 1 && countB(gram) === 1) n++
  return n
}

/** Capitalised words written right before a name (up to three: "ông Trần Văn" of "Kyi Ly"): the name's own too. */
const UPPER = /\p{Lu}/u
const NAME_CHAR = /[\p{L}\p{M}.'’-]/u
const SPACE = /\s/u

/**
 * The capitalised words (up to three) that end `text` before its trailing space, read back word by
 * word: a loop rather than a regex of repeated groups, which backtracks on long runs of capitals.
 * A word counts from its first capital after which every character is a name's (deGaulle → Gaulle).
 */
function capitalisedBefore(text: string): string[] {
  const words: string[] = []
  let i = text.length
  while (i > 0 && SPACE.test(text[i - 1]!)) i--
  if (i === text.length) return words
  while (words.length < 3 && i > 0) {
    let j = i
    while (j > 0 && !SPACE.test(text[j - 1]!)) j--
    let from = -1
    for (let k = i - 1; k >= j && NAME_CHAR.test(text[k]!); k--) if (UPPER.test(text[k]!)) from = k
    if (from < 0) break
    words.unshift(text.slice(from, i))
    if (from > j) break
    i = j
    while (i > 0 && SPACE.test(text[i - 1]!)) i--
  }
  return words
}

/**
 * The folded words of two spellings' names, the longer names they are short for and the capitalised
 * words right before their mentions: a word pair holding one is the names' own, not their context's.
 */
export function nameWords(a: SpellingWords, b: SpellingWords, originalA: string, originalB: string): ReadonlySet<string> {
  const out = new Set<string>()
  const add = (text: string): void => {
    for (const w of text.split(/[\s-]+/u)) if (w !== '') out.add(foldWord(w))
  }
  for (const [s, original] of [[a, originalA], [b, originalB]] as const) {
    for (const m of s.mentions) {
      add(m.fact.text)
      for (const word of capitalisedBefore(original.slice(Math.max(0, m.span.start - 40), m.span.start))) add(word)
    }
    if (s.full !== undefined) add(s.full)
  }
  return out
}
