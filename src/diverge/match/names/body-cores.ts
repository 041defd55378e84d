/**
 * A company's name respelt while each report adds another word around it: *Air Traset* /
 * *Trasept Congo* (CSTNews 1-1~1-2), *Hewa Bora Airways* / *Hewa Borra Congo*. Word for word the
 * two names meet nowhere (Air against Trasept), yet each is its core plus words that say what
 * kind of body it is (*Air*, *Airways*, *Group*) or name a place both reports write on its own
 * (*Congo*, where the story happens). The cores are judged as any name (name-spelling.ts).
 *
 * Only cores of one length count, and equal cores are left to the other rules. A kind word
 * around one place on both sides, placed or worded otherwise (*Korean Air* / *Air Korea*, *Kenya
 * Airways* / *Air Kenya*), is how two bodies of one country are named: kindWordsAroundOnePlace
 * keeps them apart, where the spelling judge alone would read Korean / Korea as one word respelt.
 */
import { foldWord } from '../../../normalize/fold'
import { derivedWord, type SpellingJudgement, judgeSpelling } from '../../reasons/name-spelling'

// Words that say what kind of body a name is, at either end of it.
const KIND_WORDS = new Set(
  (
    'air airlines airline airways aviation aviación aviação aérea aéreas aéreo aerolíneas linhas líneas lignes ' +
    'cargo express airlift group grupo groupe company companhia compañía compagnie corporation corp inc ltd limited sa ag plc holdings'
  ).split(' '),
)
// A core respelt must be as close as a lone long word's slip (Traset / Trasept): the two added words already differ.
const LEAST_CORE_SCORE = 0.85
// Below a name respelt word for word: the words around the cores are told apart, not read.
const CORE_SCORE = 0.8

const wordsOf = (name: string): string[] => name.split(/[\s\-‐‑–—]+/u).filter((w) => w !== '')

/** The name's words without kind words and shared places at its ends, how many were dropped, and the words dropped on each side. */
function coreOf(name: string, places: (word: string) => boolean): { core: string[]; dropped: number; around: string } {
  const words = wordsOf(name)
  const extra = (word: string): boolean => KIND_WORDS.has(foldWord(word)) || places(foldWord(word))
  let from = 0
  let to = words.length
  while (from < to && extra(words[from]!)) from++
  while (to > from && extra(words[to - 1]!)) to--
  const around = `${words.slice(0, from).map(foldWord).join(' ')}|${words.slice(to).map(foldWord).join(' ')}`
  return { core: words.slice(from, to), dropped: words.length - (to - from), around }
}

const noPlace = (): boolean => false

/**
 * Korean Air / Air Korea, Kenya Airways / Air Kenya: each name is kind words around one word, that
 * word the same on both sides or a place and its adjective (Korea / Korean), and the kind words
 * placed or worded otherwise. Two bodies of one country named alike, not one respelt. Korean Air /
 * Korea Air (the kind word where it was) is not this.
 */
export function kindWordsAroundOnePlace(a: string, b: string): boolean {
  const x = coreOf(a, noPlace)
  const y = coreOf(b, noPlace)
  if (x.core.length !== 1 || y.core.length !== 1 || x.dropped === 0 || y.dropped === 0 || x.around === y.around) return false
  return foldWord(x.core[0]!) === foldWord(y.core[0]!) || derivedWord(x.core[0]!, y.core[0]!)
}

/**
 * Two names of one body respelt, each with its own kind word or place added, or undefined.
 * `places` says whether a folded word is a one-word name both reports write on its own.
 */
export function bodyCoresRespelt(a: string, b: string, places: (word: string) => boolean): SpellingJudgement | undefined {
  const x = coreOf(a, places)
  const y = coreOf(b, places)
  // Cores of one length: a word neither kind nor shared place left on one side (Trasept Zambia) is
  // a name the other report does not write, not a word around the body's name.
  if (x.core.length === 0 || x.core.length !== y.core.length || x.dropped + y.dropped === 0) return undefined
  const judged = judgeSpelling(x.core.join(' '), y.core.join(' '))
  if (judged.kind !== 'respelling' || judged.score < LEAST_CORE_SCORE || judged.evidence.includes('words reordered')) return undefined
  return { ...judged, score: CORE_SCORE, evidence: [...judged.evidence, 'kind or place word around the name'], shortForm: true }
}
