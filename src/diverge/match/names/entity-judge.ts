/**
 * The context a pair of reports gives the whole-report name judge (name-entities.ts): which
 * sentences are linked, the word pairs around each mention, each report's counts and names,
 * each read when a judgement first asks, since many pairs of reports leave no spelling to judge.
 */
import type { Alignment } from '../../../types'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import type { SentenceDiffs } from '../sentences/word-diff'
import type { Spelling } from './name-probes'
import { Attached } from '../../../document/attached'
import { foldWord } from '../../../normalize/fold'
import { conventionsOf } from '../../extract/names/press-languages'
import { type Context, type PairJudge, judgePair } from './name-entities'
import type { CaseGrammar } from './case-forms'
import { nameWords, onceShared, phraseCounter, wordPairs } from './name-phrases'
import { entitiesApart } from './name-kinds'
import { personRespelt, placeDerived } from './name-demonyms'
import { streetsPlaceOneEvent } from './street-places'
import { givenNameMayBeRespelt } from './given-name-person'
import { createPersonJudge } from './vi-person-names'
import { mentionSpans, spellingContext } from './spelling-views'
import { namesBeside, namesBySentence, type NamesBySentence } from './names-beside'
import { houseWritesBoth, reportWords } from './house-spellings'

// By a sentence's word list, which its document keeps for every pair of a story: its bigrams are read once.
const gramsOfWords = new Attached<readonly { readonly raw: string }[], Set<string>>('gramsOfWords')

/** Word pairs of a sentence, folded: context two mentions of one entity tend to share. */
const bigrams = wordPairs

/**
 * How many sentences each report has, and (optional) each report's own counter of the sentences
 * holding a word pair (name-phrases.ts' phraseCounter, kept with the report: a story's pairs share
 * it, and it reads every sentence once without keeping their words).
 */
interface SentenceCounts {
  readonly a: number
  readonly b: number
  readonly countA?: (gram: string) => number
  readonly countB?: (gram: string) => number
  /** Each report's word counts (house-spellings.ts' documentWords), kept with the report. */
  readonly wordsA?: () => ReadonlyMap<string, number>
  readonly wordsB?: () => ReadonlyMap<string, number>
  /** Is a sentence of A or of B prose (the body's), where a text cut short can stop (cut-off.ts)? */
  readonly proseA?: (sentence: number) => boolean
  readonly proseB?: (sentence: number) => boolean
}

/**
 * The judge of pairs for two reports: `linked` sentences from the alignments, word pairs
 * from the sentence diffs, possessives from the original texts.
 */
export function createJudge(
  alignments: readonly Alignment[],
  diffs: SentenceDiffs,
  originals: { readonly a: string; readonly b: string },
  lettersUnique: (a: string, b: string) => boolean = () => false,
  sentences: SentenceCounts = { a: 0, b: 0 },
  names: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] } = { a: [], b: [] },
  languages: { readonly a: string; readonly b: string } = { a: '', b: '' },
  grammar: CaseGrammar = { german: false, turkish: false },
): PairJudge {
  // Built when a judgement first asks: many pairs of reports leave no spelling to judge. Keyed
  // i × width + j, width past every linked sentence of B, so no string is made per link.
  let links: { readonly width: number; readonly set: Set<number> } | undefined
  const linkedPairs = (): { width: number; set: Set<number> } => {
    let width = 1
    for (const link of alignments) for (const j of link.b) if (j >= width) width = j + 1
    const set = new Set<number>()
    for (const link of alignments) for (const i of link.a) for (const j of link.b) set.add(i * width + j)
    return { width, set }
  }
  const linked = (i: number, j: number): boolean => {
    links ??= linkedPairs()
    return j < links.width && links.set.has(i * links.width + j)
  }
  const sentenceGrams = (words: (i: number) => readonly { readonly raw: string }[]) => (sentence: number): ReadonlySet<string> => {
    const list = words(sentence)
    let set = gramsOfWords.get(list)
    if (!set) gramsOfWords.set(list, (set = bigrams(list)))
    return set
  }
  let countA: ((gram: string) => number) | undefined
  let conventions: { readonly pair: readonly [string, string] | undefined } | undefined
  let sharedWords: Set<string> | undefined
  let countB: ((gram: string) => number) | undefined
  let besideA: NamesBySentence | undefined, besideB: NamesBySentence | undefined
  let wordsA: ReadonlyMap<string, number> | undefined, wordsB: ReadonlyMap<string, number> | undefined
  const sentenceA = sentenceGrams(diffs.wordsA)
  const sentenceB = sentenceGrams(diffs.wordsB)
  // Kept on the spelling, which its report keeps for every pair it is in (spelling-views.ts).
  const contextOf = (words: (sentence: number) => readonly { readonly raw: string }[], grams: (sentence: number) => ReadonlySet<string>) => (spelling: Spelling): ReadonlySet<string> =>
    spellingContext(spelling, words, grams)
  const possessive = (original: string) => (spelling: Spelling): boolean =>
    spelling.mentions.some((m) => /^['’]s\b/u.test(original.slice(m.span.end, m.span.end + 3)))
  const titled = (spelling: Spelling): boolean => spelling.mentions.some((m) => m.fact.title !== undefined)
  const context: Context = {
    linked,
    possessiveA: possessive(originals.a),
    possessiveB: possessive(originals.b),
    originals,
    cutA: { text: originals.a, prose: sentences.proseA ?? (() => false) },
    cutB: { text: originals.b, prose: sentences.proseB ?? (() => false) },
    contextA: contextOf(diffs.wordsA, sentenceA),
    contextB: contextOf(diffs.wordsB, sentenceB),
    sentenceA,
    sentenceB,
    lettersUnique,
    onceShared: (a, b) =>
      onceShared(context.contextA(a), context.contextB(b), (countA ??= sentences.countA ?? phraseCounter(sentences.a, sentenceA)), (countB ??= sentences.countB ?? phraseCounter(sentences.b, sentenceB)), nameWords(a, b, originals.a, originals.b)),
    placeDerived: (a, b, textA, textB) => placeDerived(textA, originals.a, mentionSpans(a), textB, originals.b, mentionSpans(b)),
    streetsPlaced: (a, b, textA, textB) => streetsPlaceOneEvent(textA, textB, { a: a.mentions, b: b.mentions }, names, originals),
    givenNameMayBeRespelt: (a, b, textA, textB) =>
      givenNameMayBeRespelt(titled(a) || titled(b), textA, originals.a, mentionSpans(a), textB, originals.b, mentionSpans(b)),
    viPerson: createPersonJudge(originals, names),
    languagesDiffer: () => (conventions ??= { pair: conventionsOf({ text: originals.a, detected: languages.a }, { text: originals.b, detected: languages.b }) }).pair,
    grammar,
    sharedWord: (word) => (sharedWords ??= oneWordNames(names.a, names.b)).has(word),
    namesBeside: (a, b) => namesBeside(a, b, (besideA ??= namesBySentence(names.a, sentences.a)), (besideB ??= namesBySentence(names.b, sentences.b))),
    houseWritesBoth: (textA, textB) => houseWritesBoth(textA, textB, () => (wordsA ??= sentences.wordsA?.() ?? reportWords(originals.a)), () => (wordsB ??= sentences.wordsB?.() ?? reportWords(originals.b))),
    personRespelt: (a, b, textA, textB) => personRespelt(textA, originals.a, mentionSpans(a), textB, originals.b, mentionSpans(b)),
  }
  // Maradona, người … / sân Maracana: a person and a place are two entities (name-kinds.ts).
  return (a, b) => (entitiesApart(originals.a, a.mentions, originals.b, b.mentions) ? undefined : judgePair(a, b, context))
}

/** The one-word names both reports write, folded: built when a judgement first asks. */
function oneWordNames(a: readonly Located<NameFact>[], b: readonly Located<NameFact>[]): Set<string> {
  const ofA = new Set(a.filter((n) => n.fact.tokens.length === 1).map((n) => foldWord(n.fact.text)))
  return new Set(b.filter((n) => n.fact.tokens.length === 1).map((n) => foldWord(n.fact.text)).filter((w) => ofA.has(w)))
}
