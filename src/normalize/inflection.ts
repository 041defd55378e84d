/**
 * A name's stem without its case ending, for languages that decline names: a Russian report writes
 * one man *Илон Маск*, *Илона Маска*, *Маску*, *Маском* by his role in each sentence, and
 * *Детские* / *Детских* / *Детским* is one title's adjective. Two mentions that differ only by such
 * an ending are one spelling; a respelt stem stays two (*Баффета* / *Баффетта*: т against тт).
 *
 * One ending off, the longest that leaves a stem of at least three letters, then the stem's final
 * vowels, soft sign or й (*Игорь* / *Игоря*, *Сергей* / *Сергея*), and ё read as е (most Russian print writes ё as е). Not a
 * morphological analyser: -ов/-ев/-ин are left on, since they end surnames (*Петров* is not *Петр*),
 * so a genitive plural keeps its ending.
 *
 * Keyed by ISO 639-3 code. A name key knows no report's language, so it reads a word in Cyrillic
 * letters by the East Slavic table (`nameCaseStem`): Russian, Ukrainian and Belarusian decline
 * names alike; Bulgarian and Macedonian do not, and lose at most a final vowel of a name they
 * never decline. Czech and Polish are read only by a caller that knows the report's language.
 */

// Longest first, so -ого goes before -о would and -ами before -и.
const EAST_SLAVIC = [
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями',
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ых', 'их', 'ым', 'им',
  'ом', 'ем', 'ей', 'ам', 'ям', 'ах', 'ях', 'ою', 'ею', 'ої', 'ій',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'і',
]
const CZECH = ['ového', 'ovému', 'ovým', 'ové', 'ova', 'ovi', 'ovu', 'em', 'ou', 'ům', 'ech', 'a', 'u', 'e', 'ě', 'y', 'i']
const POLISH = ['owego', 'owemu', 'owym', 'ego', 'emu', 'owi', 'iem', 'em', 'om', 'ach', 'ami', 'ą', 'ę', 'a', 'u', 'e', 'y', 'i']

const ENDINGS: Readonly<Record<string, readonly string[]>> = {
  rus: EAST_SLAVIC,
  ukr: EAST_SLAVIC,
  bel: EAST_SLAVIC,
  ces: CZECH,
  pol: POLISH,
}

const SHORTEST_STEM = 3
const CYRILLIC = /\p{Script=Cyrillic}/u
// Letters a stem may end in that come and go with the ending; read from the end by a loop, not a `+$` regex (quadratic on a long run).
const SOFT_ENDS: ReadonlySet<string> = new Set('аеиоуыэюяьйіїєaeiouyěąęó')

/** Does the language decline names, so `caseStem` reads its words? */
export const declinesNames = (language: string | undefined): boolean => language !== undefined && language in ENDINGS

/** The lower-case word's stem in `language`, or the word itself when the language declines no names. */
export function caseStem(word: string, language: string): string {
  const endings = ENDINGS[language]
  if (endings === undefined) return word
  const plain = word.replace(/ё/gu, 'е')
  let stem = plain
  for (const ending of endings) {
    if (plain.endsWith(ending) && plain.length - ending.length >= SHORTEST_STEM) {
      stem = plain.slice(0, -ending.length)
      break
    }
  }
  // Сергей / Сергея / Сергеем: the stem's own final vowel, soft sign or й comes and goes with the ending.
  let end = stem.length
  while (end > 0 && SOFT_ENDS.has(stem[end - 1]!)) end--
  return end >= SHORTEST_STEM ? stem.slice(0, end) : stem
}

/** A lower-case word of a name as a key: a Cyrillic word by the East Slavic endings, any other as it is. */
export function nameCaseStem(word: string): string {
  return CYRILLIC.test(word) ? caseStem(word, 'rus') : word
}
