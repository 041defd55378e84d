/**
 * Function words by language, kept for two different questions, each with its own list:
 *
 * - `functionWords(language)`: which words of a word diff carry no fact. Grammatical words — "và"
 *   for "cùng", "the" for "a" — and highlighting them buries the words that do (names, numbers,
 *   content words). Vietnamese and English; languages without a list get every word treated as
 *   content: a noisier highlight, never a hidden fact.
 * - `markerLanguage(word)` and `languageByMarkers(text)`: which language a report is written in (extract/names/press-languages.ts
 *   and the warnings vote with them). Each marker belongs to one of eight languages only: a word two of them share
 *   (*de*, *a*), or one English or Vietnamese news also writes (*son*), would vote for the wrong one.
 */
import { foldWord, lowerNfc } from './fold'

const VIETNAMESE =
  'và với của cho là có không chưa đã đang sẽ vừa mới này đó kia ấy đây đấy các những một mọi mỗi từng cả ' +
  'để từ đến về trên dưới ở tại trong ngoài như cũng thì mà nhưng hay hoặc nên vì do bởi bị được rằng ' +
  'theo khi sau trước qua lại ra vào nữa rất đều vẫn còn chỉ thế nào gì ai nhiều ít hơn nhất lắm quá ' +
  'họ nó ta tôi chúng mình sự việc cuộc điều nhằm cùng giữa đồng thời trong khi bên cạnh ngay luôn hết'

const ENGLISH =
  'the a an and or nor but of to in on at for with from by as is are was were be been being has have had ' +
  'do does did that this these those it its he she they we you i his her their our your them him us me ' +
  'will would shall should can could may might must not no so than then there here which who whom whose ' +
  'what when where while also about into onto over after before up down out if because very just only such ' +
  'any some all each both more most other own same too yet still again further once during since until'

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').map(lowerNfc))
}

/** The grammatical words a word diff passes over, by ISO 639-3 code. */
const GRAMMATICAL_WORDS: Readonly<Record<string, ReadonlySet<string>>> = { vie: wordSet(VIETNAMESE), eng: wordSet(ENGLISH) }

/**
 * The function words of a document's language (ISO 639-3); for an
 * undetermined language, those of every list, since short texts are the ones
 * detection gives up on.
 */
export function functionWords(language: string): ReadonlySet<string> {
  const list = GRAMMATICAL_WORDS[language]
  if (list) return list
  if (language !== 'und') return new Set()
  return new Set(Object.values(GRAMMATICAL_WORDS).flatMap((set) => [...set]))
}

/**
 * Words of one language only, lower case, by language code: a report's own words vote for its
 * language (the, was; le, est; der, und; el, y; che, sono; não, foi; het, een; yang, itu).
 */
const LANGUAGE_MARKERS = {
  en: 'the and of was were with from that has have been which this their his its by for to at it he she they who would will had after',
  // not *son* (his, her): English *son* and the Vietnamese syllable (*son môi*) would vote French
  fr: 'le les du et est une dans pour qui au aux sur pas été ont sa ses près avec lors',
  de: 'der und ist nicht ein eine mit dem wurde sich auf zu nach bei wird',
  es: 'el los las del y por fue como pero sus según fueron tras',
  it: 'della dei delle degli che è sono gli nel alla anche stato',
  pt: 'os não foi em ao pelo pela são também após uma estão foram às pelos pelas',
  nl: 'het een niet zijn werd naar ook heeft',
  id: 'yang itu dengan untuk dari ini pada tidak akan dalam juga bahwa kepada oleh telah sudah mereka',
} as const

const MARKER_LANGUAGES: ReadonlyMap<string, string> = new Map(
  Object.entries(LANGUAGE_MARKERS).flatMap(([language, words]) => words.split(' ').map((w) => [foldWord(w), language] as const)),
)

/** The language (`en`, `fr`, `de`, `es`, `it`, `pt`, `nl`, `id`) whose marker `word` (lower case, NFC) is, else undefined. */
export const markerLanguage = (word: string): string | undefined => MARKER_LANGUAGES.get(word)

// Two function words at least, twice as many as the next language's: fewer leave the vote to franc.
const LEAST_VOTES = 2
const MARGIN = 2

const isWordLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0x24f && c !== 0xf7)

/**
 * The language a text's own marker words vote for ('en', 'fr', …: `markerLanguage`'s codes), or ''
 * when they do not decide: fewer than two markers, or not twice as many as the next language's.
 * One pass over the text, lower-case words only.
 */
export function languageByMarkers(text: string): string {
  const votes = new Map<string, number>()
  let start = -1
  // Lower-case words only (a capital opens a sentence or a name: Van, Della, Der Spiegel); a hyphen joins (el-Arish is no Spanish el).
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32
    const inWord = isWordLetter(c) || (start >= 0 && (c === 45 || c === 0x2010 || c === 0x2011))
    if (inWord) {
      if (start < 0) start = i
      continue
    }
    if (start >= 0 && (start === 0 || !isJoiner(text.charCodeAt(start - 1)))) {
      const language = markerLanguage(text.slice(start, i))
      if (language !== undefined) votes.set(language, (votes.get(language) ?? 0) + 1)
    }
    start = -1
  }
  let best = ''
  let most = 0
  let next = 0
  for (const [language, count] of votes) {
    if (count > most) {
      next = most
      most = count
      best = language
    } else if (count > next) next = count
  }
  return most >= LEAST_VOTES && most >= MARGIN * next ? best : ''
}

// A word glued to a capital or an apostrophe before it (McDonald, l'été, d'un) is part of another word.
const isJoiner = (c: number): boolean => (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 45
