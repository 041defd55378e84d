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
import { CONTINENTAL_JOINS, CONTINENTAL_SCALES, CONTINENTAL_UNIT_WORDS, continentalNumber } from '../../../normalize/number-words'
import type { Token } from '../fact-tokens'

/** Function words after which a number word counts nothing ("sei stato", "cinco de maio", "três delas": a part, "neuf et"). */
const NOT_COUNTED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    por: 'de do da dos das e ou que em no na nos nas a o as os ao à é foi se por para com delas deles dela dele',
    spa: 'de del y o que en el la los las a al es fue se por para con ellos ellas',
    fra: 'de du des et ou que en le la les à au aux est était se par pour avec',
    deu: 'und oder der die das des dem den zu im in am an ist war sich von mit für',
    ita: 'di del della e o che in il lo la i gli le a al è era si per con stato stata stati state un una uno molto così già anche',
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
 * and last token ("vinte e cinco" → 25, "dez mil" → 10,000), else undefined.
 */
export function continentalCountAt(tokens: readonly Token[], i: number, language: string): { value: number; last: number } | undefined {
  const t = tokens[i]!
  let value = continentalNumber(language, t.key)
  if (value === undefined) return undefined
  if (/^\p{Lu}/u.test(t.raw) && i > 0 && !SENTENCE_OPENING.test(tokens[i - 1]!.raw)) return undefined
  const word = (k: number): string => (tokens[k]?.kind === 'word' ? tokens[k]!.key : '')
  let last = i
  // "vinte e cinco", "treinta y un": the tens, the join, a unit
  const join = CONTINENTAL_JOINS[language]
  if (join !== undefined && value >= 20 && value < 100 && value % 10 === 0 && word(i + 1) === join) {
    const unit = CONTINENTAL_UNIT_WORDS.get(language)?.get(word(i + 2)) ?? continentalNumber(language, word(i + 2))
    if (unit !== undefined && unit < 10) {
      value += unit
      last = i + 2
    }
  }
  const scale = CONTINENTAL_SCALES.get(language)?.get(word(last + 1))
  if (scale !== undefined) {
    value *= scale
    last++
    // "três milhões de pessoas": the counted noun follows the "de" of a scale
    if (word(last + 1) === 'de' && scale >= 1e6) last++
  }
  const next = tokens[last + 1]
  if (!next || next.kind !== 'word' || NOT_COUNTED.get(language)?.has(next.key)) return undefined
  return { value, last }
}
