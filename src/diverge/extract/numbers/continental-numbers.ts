/**
 * Numbers in words of the continental languages (Portuguese, Spanish, French, German, Italian), read in a
 * document franc says is in one of them: "Nove pessoas morreram", "a morte de dez pessoas", "vinte e cinco
 * feridos", "treinta y cinco heridos", "dix mille personnes", "fünfundzwanzig Menschen". The tables are
 * normalize/number-words.ts'; the language gate is theirs too ("dos" and "tres" are names in English).
 *
 * A word is read as a count only before the word it counts, as English "nine people" is: never before a
 * function word ("sei stato", Italian "you have been"; "cinco de maio", a date) nor capitalised inside a
 * sentence ("Pont Neuf", "Rua Sete").
 */
import { foldWord } from '../../../normalize/fold'
import {
  CONTINENTAL_HEADS,
  CONTINENTAL_HUNDRED_WORDS,
  CONTINENTAL_JOINS,
  CONTINENTAL_ROUGH,
  CONTINENTAL_SCALES,
  CONTINENTAL_UNIT_WORDS,
  ROUGH_ARTICLES,
  continentalNumber,
} from '../../../normalize/number-words'
import type { Token } from '../fact-tokens'

/** Function words after which a number word counts nothing ("sei stato", "cinco de maio", "três delas": a part, "neuf et"). */
const NOT_COUNTED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    por: 'de do da dos das e ou que em no na nos nas a o as os ao à é foi se por para com delas deles dela dele',
    spa: 'de del y o que en el la los las a al es fue se por para con ellos ellas',
    fra: 'de du des et ou que en le la les à au aux est était se par pour avec',
    deu: 'und oder der die das des dem den zu im in am an ist war sich von mit für',
    ita: 'di del della e o che in il lo la i gli le a al è era si per con stato stata stati state un una uno molto così già anche',
    rus: 'и или из в во на с со по к о об от до за для при что это же не а но как',
    ces: 'a i nebo z ze v ve na s se o od do za pro při že to je není jako',
    pol: 'i lub albo z ze w we na o od do za dla przy że to jest nie jak',
    // "yedi" is also "ate", "altı" "its underside": before a conjunction or a postposition they count nothing
    tur: 've ile veya da de ki bu şu o için gibi olarak daha çok kadar',
    // a tens' or hundreds' multiplier after a unit ("dua puluh", "tiga ratus", "dua belas") makes a compound this reader leaves unread
    ind: 'dan atau yang di ke dari pada untuk dengan ini itu belas puluh ratus',
  }).map(([language, list]) => [language, new Set(list.split(' ').map(foldWord))] as const),
)

/**
 * Auxiliaries and copulas that follow a subject counted bare: "128 ficaram feridas", "15 foram mortos",
 * "30 fueron heridos", "20 sont morts", "12 wurden verletzt". A number word before one still counts
 * ("Cinco foram presos" is five people), but neither is the noun counted.
 */
const AUXILIARIES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    por: 'foram foi ficaram ficou estão estavam estava está eram era são seriam teriam tinham têm haviam continuam permanecem seguem tiveram',
    spa: 'fueron fue quedaron quedó resultaron resultó están estaban está eran era son siguen permanecen han habían tenían',
    fra: 'ont sont étaient était furent avaient restent demeurent',
    deu: 'wurden wurde sind waren war hatten haben werden sei seien',
    ita: 'sono erano furono restano hanno avevano',
  }).map(([language, list]) => [language, new Set(list.split(' ').map(foldWord))] as const),
)

/** Whether a word after a figure in a `language` document is a function word or an auxiliary: then it is no counted noun ("30 em universidade", "128 ficaram feridas"). */
export function continentalNotNoun(language: string | undefined, key: string): boolean {
  if (language === undefined) return false
  return (NOT_COUNTED.get(language)?.has(key) ?? false) || (AUXILIARIES.get(language)?.has(key) ?? false)
}

const SENTENCE_OPENING = /^[.!?:;"“«(—–-]$/u

/**
 * The continental number word at token `i` of a `language` document before the word it counts: its value
 * and last token ("vinte e cinco" → 25, "dez mil" → 10,000, "двадцать пять" → 25), else undefined. `about`
 * when the word is a round number's noun ("une trentaine de manifestants"): then the article opens it.
 */
export function continentalCountAt(tokens: readonly Token[], i: number, language: string): { first: number; value: number; last: number; about?: true } | undefined {
  const t = tokens[i]!
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  const rough = roughAt(tokens, i, language)
  if (rough) return rough
  if (continentalNumber(language, t.key) === undefined && !CONTINENTAL_HEADS.get(language)?.has(t.key)) return undefined
  if (/^\p{Lu}/u.test(t.raw) && i > 0 && !SENTENCE_OPENING.test(tokens[i - 1]!.raw)) return undefined
  const join = CONTINENTAL_JOINS[language]
  if (insideCompound(tokens, i, language, join)) return undefined
  if (percentOrCentury(tokens, i, language)) return undefined
  const scales = CONTINENTAL_SCALES.get(language)
  // groups and their scales, each scale smaller than the one before: "duzentos e cinquenta mil", "iki yüz elli bin", "dos mil quinientas"
  let value = 0
  let last = -1
  let lastScale = Infinity
  for (let k = i; ; ) {
    const group = groupAt(tokens, k, language, scales)
    if (!group) break
    const scale = scales?.get(word(group.last + 1))
    // "zwei Dutzend": a scale under a thousand multiplies a lone group and ends the figure
    if (scale !== undefined && scale < 1000 && lastScale === Infinity) {
      value = group.value * scale
      last = group.last + 1
      break
    }
    if (scale === undefined || scale < 1000 || scale >= lastScale) {
      value += group.value
      last = group.last
      break
    }
    value += group.value * scale
    last = group.last + 1
    lastScale = scale
    // "mil e quinhentos": the join before a group after the scale
    k = join && word(last + 1) === join ? last + 2 : last + 1
  }
  if (last < 0) return undefined
  // "três milhões de pessoas": the counted noun follows the "de" of a scale
  if (word(last + 1) === 'de' && lastScale >= 1e6 && lastScale !== Infinity && scales?.has(word(last))) last++
  const next = tokens[last + 1]
  if (!next || next.kind !== 'word' || NOT_COUNTED.get(language)?.has(next.key)) return undefined
  // the figure goes on in a way no group reads ("две тысячи двести сорок" read whole; "dois dois"): left unread rather than half-read
  if (continentalNumber(language, next.key) !== undefined || scales?.has(next.key)) return undefined
  return { first: i, value, last }
}

/**
 * A group below a thousand at `k` in `language`: its hundreds ("dwieście", "cento e", a unit and a hundred's word:
 * "deux cents", "tři sta", "iki yüz", "dua ratus"), then its tens and unit. A head read only with a tail ("cento",
 * "ciento", "yüz") stands alone only before a scale ("yüz bin").
 */
function groupAt(tokens: readonly Token[], k: number, language: string, scales: ReadonlyMap<string, number> | undefined): { value: number; last: number } | undefined {
  const word = (j: number): string => (tokens[j]?.kind === 'word' ? tokens[j]!.key : '')
  const key = word(k)
  const number = continentalNumber(language, key)
  const head = CONTINENTAL_HEADS.get(language)?.get(key)
  // "duemila", "dreitausendfünfhundert": a whole number written as one word
  if (number !== undefined && number >= 1000) return { value: number, last: k }
  let hundreds = 0
  let last = k
  if (number !== undefined && number < 10 && CONTINENTAL_HUNDRED_WORDS.get(language)?.has(word(k + 1))) {
    hundreds = number * 100
    last = k + 1
  } else if (number !== undefined && number >= 100 && number < 1000) hundreds = number
  else if (head !== undefined) hundreds = head
  if (hundreds === 0) return tensAt(tokens, k, language)
  // only Portuguese joins its hundreds and tens ("cento e vinte"); Spanish, French and the rest write them apart
  const tensFrom = language === 'por' && word(last + 1) === CONTINENTAL_JOINS.por ? last + 2 : last + 1
  const tens = hundreds % 100 === 0 ? tensAt(tokens, tensFrom, language) : undefined
  if (tens) return { value: hundreds + tens.value, last: tens.last }
  if (head !== undefined && number === undefined && !((scales?.get(word(k + 1)) ?? 0) >= 1000)) return undefined
  return { value: hundreds, last }
}

/** Tens and unit at `k` ("vinte e cinco", "двадцать пять", "on iki", "dua puluh lima", "lima belas"), or a word under a hundred alone. */
function tensAt(tokens: readonly Token[], k: number, language: string): { value: number; last: number } | undefined {
  const word = (j: number): string => (tokens[j]?.kind === 'word' ? tokens[j]!.key : '')
  const value = continentalNumber(language, word(k))
  if (value === undefined || value >= 100) return undefined
  const unit = (j: number): number | undefined => {
    const u = CONTINENTAL_UNIT_WORDS.get(language)?.get(word(j)) ?? continentalNumber(language, word(j))
    return u !== undefined && u < 10 ? u : undefined
  }
  // "dua puluh lima", "lima belas": Indonesian tens and teens are a unit and a multiplier word
  const multiplier = TENS_MULTIPLIERS.get(language)?.has(word(k + 1)) ? word(k + 1) : ''
  if (multiplier && value < 10) {
    if (multiplier === 'belas') return { value: 10 + value, last: k + 1 }
    if (multiplier !== 'puluh') return undefined
    const u = unit(k + 2)
    return u !== undefined ? { value: value * 10 + u, last: k + 2 } : { value: value * 10, last: k + 1 }
  }
  const join = CONTINENTAL_JOINS[language]
  if (value % 10 !== 0 || (value < 20 && join !== '') || value < 10) return { value, last: k }
  // "vinte e cinco", "treinta y un"; where no join is written the unit follows the tens ("двадцать пять", "on iki")
  const at = join ? (word(k + 1) === join ? k + 2 : -1) : k + 1
  const u = at < 0 ? undefined : unit(at)
  return u !== undefined ? { value: value + u, last: at } : { value, last: k }
}

/**
 * Whether the number word at `i` continues a compound it did not open: after a bigger number word or a scale
 * ("yüz elli", "bin beş yüz", "сто двадцать"), after a tens' multiplier ("dua puluh lima"), or after the join
 * of a hundred ("cento e vinte"). Read alone it would count a part of the figure; such a compound is left unread
 * unless the word that opens it reads it whole.
 */
function insideCompound(tokens: readonly Token[], i: number, language: string, join: string | undefined): boolean {
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  const before = key(i - 1)
  if (before === '') return false
  if (continentalNumber(language, before) !== undefined || CONTINENTAL_SCALES.get(language)?.has(before) || TENS_MULTIPLIERS.get(language)?.has(before)) return true
  if (!join || before !== join) return false
  const head = key(i - 2)
  return (continentalNumber(language, head) ?? 0) >= 100 || (CONTINENTAL_SCALES.get(language)?.has(head) ?? false)
}

/** The word before a hundred that makes it a percent ("per cento", "por ciento", "pour cent"). */
const PERCENT_BEFORE: Readonly<Record<string, string>> = { ita: 'per', por: 'por', spa: 'por', fra: 'pour' }
/** Italian singular articles before a round hundred: a century ("nel Novecento", "il Trecento"), not a count. */
const CENTURY_ARTICLES = new Set('il lo nel del dal al sul col'.split(' '))

/**
 * Whether the hundred at `i` is a percent's ("cinque per cento", "20 por ciento") or an Italian century ("nel
 * novecento"). A percent is a figure, "per", and a bare hundred: "por" alone is also "by" ("aprovado por duzentos
 * deputados", "venceu por cento e vinte pontos") and "per", "pour" "for" ("per cento persone").
 */
function percentOrCentury(tokens: readonly Token[], i: number, language: string): boolean {
  const key = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  const value = continentalNumber(language, tokens[i]!.key) ?? CONTINENTAL_HEADS.get(language)?.get(tokens[i]!.key)
  if (value === undefined || value < 100 || value % 100 !== 0 || value >= 1000) return false
  if (language === 'ita' && value >= 300 && CENTURY_ARTICLES.has(key(i - 1))) return true
  if (value !== 100 || key(i - 1) !== PERCENT_BEFORE[language]) return false
  const figure = tokens[i - 2]?.kind === 'num' || continentalNumber(language, key(i - 2)) !== undefined
  // "cento e vinte", "ciento veinte": a hundred with its tail is a count, whatever stands before it
  const tail = groupAt(tokens, i, language, CONTINENTAL_SCALES.get(language))
  return figure && (tail === undefined || tail.last === i)
}

/** "dua puluh", "dua belas", "tiga ratus": Indonesian places written as a multiplier word after the unit. */
const TENS_MULTIPLIERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['ind', new Set(['puluh', 'belas', 'ratus'])]])

/** "une trentaine de manifestants", "una decina di feriti": an article, the noun of a round number, "de"/"di", a word. */
function roughAt(tokens: readonly Token[], i: number, language: string): { first: number; value: number; last: number; about: true } | undefined {
  const value = CONTINENTAL_ROUGH.get(language)?.get(tokens[i]!.key)
  if (value === undefined || !ROUGH_ARTICLES.has(tokens[i - 1]?.key ?? '')) return undefined
  const of = tokens[i + 1]
  const elided = of?.kind === 'word' && /^d['’]\p{L}/u.test(of.key) // "une vingtaine d'heures"
  if (!elided && of?.key !== 'de' && of?.key !== 'di') return undefined
  if (!elided && tokens[i + 2]?.kind !== 'word') return undefined
  return { first: i - 1, value, last: i, about: true }
}
