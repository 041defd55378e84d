/**
 * Names spelled two ways (Park Heong-joon / Park Hyeong Jun), and names only
 * one report mentions.
 *
 * A variant is sought only between names of aligned sentences, where the two
 * spellings stand in the same statement. Evidence is the spelling similarity;
 * a weaker similarity counts when a word diff of the sentence pair shows one
 * spelling replaced by the other at the same place. Each name of A is paired
 * with its most similar name of B and the pairing must be mutual, so one
 * person is never reported as two others' variant; the divergence lists every
 * occurrence of both spellings.
 */
import levenshtein from 'fast-levenshtein'
import type { PreparedDocument } from '../compare'
import type { ExpansionTable } from '../normalize/abbreviations'
import { foldWord, stripDiacritics } from '../normalize/fold'
import { nameSkeleton } from '../normalize/romanisation'
import { sentenceTokens } from '../normalize/sentence-tokens'
import { tokenize } from '../normalize/tokens'
import type { Alignment, Equivalence, Span } from '../types'
import type { UnplacedDivergence } from './describe'
import type { DocumentFacts, Located } from './collect'
import { NAMING_ROLES, STATING_ROLES } from './collect'
import { contradictionMessage, formatReason, missingMessage } from './describe'
import { isNameVariant, nameKey, nameSimilarity } from './name-match'
import type { NameFact } from './names'
import type { SentenceDiffs } from './word-diff'

interface Sides {
  readonly a: string
  readonly b: string
}

interface Candidate {
  readonly keyA: string
  readonly keyB: string
  readonly a: Located<NameFact>
  readonly b: Located<NameFact>
  readonly score: number
}

// Titles that say nothing about who someone is (Mr, ông) do not keep two names apart.
const GENERIC_TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr'])
// How much weaker a spelling match may be when the word diff puts the two spellings in one place.
const DIFF_SUPPORT = 0.15

function titlesClash(a: NameFact, b: NameFact): boolean {
  if (!a.title || !b.title || a.title === b.title) return false
  return !GENERIC_TITLES.has(a.title) && !GENERIC_TITLES.has(b.title)
}

/** Word by word, the weakest likeness of the two skeletons: one wholly different word makes different names. */
function skeletonSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length || a.length === 0) return 0
  let weakest = 1
  for (let i = 0; i < a.length; i++) {
    const x = nameSkeleton(a[i]!)
    const y = nameSkeleton(b[i]!)
    const longest = Math.max(x.length, y.length)
    weakest = Math.min(weakest, longest === 0 ? 0 : 1 - levenshtein.get(x, y) / longest)
  }
  return weakest
}

/** Where a name puts its hyphens and spaces: "Jae-myung" and "Jae Myung" differ here only. */
const hyphenations = new Map<string, string>()
function hyphenation(text: string): string {
  let shape = hyphenations.get(text)
  if (shape === undefined) {
    shape = text.replace(/[^\s\-‐-―]+/gu, 'w').replace(/\s+/gu, ' ')
    if (hyphenations.size >= 10_000) hyphenations.clear()
    hyphenations.set(text, shape)
  }
  return shape
}

/** Cheap reasons two names cannot be one entity, checked before any string distance. */
function comparable(a: NameFact, b: NameFact): boolean {
  if (titlesClash(a, b)) return false
  const lengthA = a.key.length
  const lengthB = b.key.length
  return Math.min(lengthA, lengthB) >= 0.5 * Math.max(lengthA, lengthB)
}

/** Does a word diff of the two sentences replace one name with the other? */
function diffPlacesTogether(diffs: SentenceDiffs, a: Located<NameFact>, b: Located<NameFact>): boolean {
  const overlaps = (range: readonly [number, number], fact: NameFact): boolean => range[0] < fact.end && fact.start < range[1]
  return diffs.between(a.sentence, b.sentence).some((hunk) => overlaps(hunk.a, a.fact) && overlaps(hunk.b, b.fact))
}

/** The syllables one spelling has and the other lacks: the respelling itself. */
function respelling(a: readonly string[], b: readonly string[]): string {
  const left = [...a]
  const right: string[] = []
  for (const token of b) {
    const at = left.indexOf(token)
    if (at >= 0) left.splice(at, 1)
    else right.push(token)
  }
  return `${left.sort().join(' ')}\u0000${right.sort().join(' ')}`
}

/** Names of a link's sentences: body, headline, teaser and caption lines each link only with their own kind. */
function linkedNames(doc: PreparedDocument, facts: DocumentFacts, sentences: readonly number[]): Located<NameFact>[] {
  return sentences.filter((i) => NAMING_ROLES.has(doc.sentences[i]!.role)).flatMap((i) => facts.namesBySentence.get(i) ?? [])
}

export function findNameVariants(
  docA: PreparedDocument,
  docB: PreparedDocument,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  alignments: readonly Alignment[],
  threshold: number,
  sides: Sides,
  expansions: ExpansionTable,
  diffs: SentenceDiffs,
): { divergences: UnplacedDivergence[]; equivalences: Equivalence[]; missing: UnplacedDivergence[] } {
  const equivalences: Equivalence[] = []
  const bestOfA = new Map<string, Candidate>()
  const bestOfB = new Map<string, Candidate>()
  const keyCache = new Map<string, string>()
  const keyOf = (fact: NameFact): string => {
    let key = keyCache.get(fact.text)
    if (key === undefined) keyCache.set(fact.text, (key = nameKey(fact.text)))
    return key
  }

  // A spelling: the folded key with its hyphenation, since Jae-myung and Jae Myung are two spellings.
  const spelling = (fact: NameFact): string => `${keyOf(fact)}\u0000${hyphenation(fact.text)}`
  const similarity = new Map<string, number>()
  const similarityOf = (a: string, b: string): number => {
    const key = `${a}\u0000${b}`
    let score = similarity.get(key)
    if (score === undefined) similarity.set(key, (score = nameSimilarity(a, b)))
    return score
  }

  // The same two names meet in many aligned pairs (a place, the main actor): judge each pair of spellings once.
  const relations = new Map<string, ReturnType<typeof isNameVariant>>()
  const relationOf = (a: string, b: string): ReturnType<typeof isNameVariant> => {
    const key = `${a}\u0000${b}`
    let relation = relations.get(key)
    if (relation === undefined) relations.set(key, (relation = isNameVariant(a, b, Math.max(0, threshold - DIFF_SUPPORT))))
    return relation
  }

  for (const link of alignments) {
    const namesA = linkedNames(docA, factsA, link.a)
    const namesB = linkedNames(docB, factsB, link.b)
    if (namesA.length === 0 || namesB.length === 0 || namesA.length * namesB.length > 400) continue
    const spellingsA = new Set(namesA.map((n) => spelling(n.fact)))
    const spellingsB = new Set(namesB.map((n) => spelling(n.fact)))
    for (const x of namesA) {
      for (const y of namesB) {
        const keyA = keyOf(x.fact)
        const keyB = keyOf(y.fact)
        if (keyA === keyB && hyphenation(x.fact.text) === hyphenation(y.fact.text)) {
          if (x.fact.text !== y.fact.text) equivalences.push({ a: x.span, b: y.span, reason: formatReason(x.span.text, y.span.text, 'name-format') })
          continue
        }
        if (!comparable(x.fact, y.fact)) continue
        // Both spellings on both sides (Vietnam+ and Việt Nam in each): two names, not one respelt.
        if (spellingsB.has(spelling(x.fact)) || spellingsA.has(spelling(y.fact))) continue
        const relation = relationOf(x.fact.text, y.fact.text)
        // Lee Jae Myung / Lee Jae-myung is a spelling an editor wants to see, not a format.
        const respaced = relation === 'format' && hyphenation(x.fact.text) !== hyphenation(y.fact.text)
        if (relation === 'format' && !respaced) {
          equivalences.push({ a: x.span, b: y.span, reason: formatReason(x.span.text, y.span.text, 'name-format') })
          continue
        }
        let score = respaced ? 1 : relation === 'variant' ? similarityOf(x.fact.text, y.fact.text) : 0
        if (score < threshold) {
          // Weaker spelling evidence counts where the word diff swaps one spelling for the other.
          const loose = skeletonSimilarity(x.fact.tokens, y.fact.tokens)
          if (Math.max(score, loose) < threshold - DIFF_SUPPORT) continue
          if (!diffPlacesTogether(diffs, x, y)) continue
          score = Math.max(score, loose >= threshold ? threshold : score)
          if (score < threshold - DIFF_SUPPORT) continue
        }
        const candidate: Candidate = { keyA, keyB, a: x, b: y, score }
        if ((bestOfA.get(keyA)?.score ?? -1) < score) bestOfA.set(keyA, candidate)
        if ((bestOfB.get(keyB)?.score ?? -1) < score) bestOfB.set(keyB, candidate)
      }
    }
  }

  const mutual = [...bestOfA.values()].filter((c) => bestOfB.get(c.keyB)?.keyA === c.keyA)
  // One respelling seen through name runs of different lengths is one divergence: keep the shortest run.
  const bySignature = new Map<string, Candidate>()
  for (const candidate of mutual) {
    const signature = respelling(candidate.a.fact.tokens, candidate.b.fact.tokens)
    const kept = bySignature.get(signature)
    if (!kept || candidate.a.fact.tokens.length < kept.a.fact.tokens.length) bySignature.set(signature, candidate)
  }
  const pairs = [...bySignature.values()]
  const merged = new Set(mutual)
  const occurrences = (facts: DocumentFacts, key: string): Span[] => facts.names.filter((n) => keyOf(n.fact) === key).map((n) => n.span)
  const divergences: UnplacedDivergence[] = pairs.map((pair) => ({
    kind: 'name',
    severity: 'medium',
    a: pair.a.span,
    b: pair.b.span,
    message: contradictionMessage('name', 'name', pair.a.fact.text, pair.b.fact.text, sides),
    occurrences: { a: occurrences(factsA, pair.keyA), b: occurrences(factsB, pair.keyB) },
    confidence: 1,
    evidence: ['close spellings in linked sentences'],
  }))

  const pairedA = new Set([...merged].map((p) => p.keyA))
  const pairedB = new Set([...merged].map((p) => p.keyB))
  const missing = [
    ...missingNames(docA, factsA, docB, factsB, pairedA, keyOf, sides.a, sides.b, 'a', expansions),
    ...missingNames(docB, factsB, docA, factsA, pairedB, keyOf, sides.b, sides.a, 'b', expansions),
  ]
  return { divergences, equivalences, missing }
}

/**
 * The words of a document as a stream, indexed by their diacritic-free form,
 * to ask whether a name is written anywhere in it, however spelt.
 */
interface WordStream {
  readonly keys: readonly string[]
  /** Positions of the sought first words by diacritic-free form. */
  readonly bare: ReadonlyMap<string, readonly number[]>
  /** …and by romanisation skeleton, for words of 4 letters or more. */
  readonly skeletons: ReadonlyMap<string, readonly number[]>
}

/** The forms under which `writtenIn` looks names' first words up. */
interface Sought {
  readonly bare: ReadonlySet<string>
  readonly skeletons: ReadonlySet<string>
}

// The first places a word stands suffice to find a phrase; a word found more often is no evidence.
const STARTS_KEPT = 256

function addStart(starts: Map<string, number[]>, form: string, at: number): void {
  const list = starts.get(form)
  if (!list) starts.set(form, [at])
  else if (list.length < STARTS_KEPT && list[list.length - 1] !== at) list.push(at)
}

/** The stream of a document's words, with the places of the sought first words only. */
function wordStream(doc: PreparedDocument, expansions: ExpansionTable, sought: Sought): WordStream {
  const keys: string[] = []
  const bare = new Map<string, number[]>()
  const skeletons = new Map<string, number[]>()
  const bySkeleton = sought.skeletons.size > 0
  for (const sentence of sentenceTokens(doc, expansions)) {
    for (const token of sentence) {
      const form = stripDiacritics(token.key)
      if (sought.bare.has(form)) addStart(bare, form, keys.length)
      if (bySkeleton && token.key.length >= 4) {
        const shape = nameSkeleton(token.key)
        if (sought.skeletons.has(shape)) addStart(skeletons, shape, keys.length)
      }
      keys.push(token.key)
    }
  }
  return { keys, bare, skeletons }
}

function soughtForms(names: ReadonlyArray<{ readonly words: readonly string[] }>): Sought {
  const bare = new Set<string>()
  const skeletons = new Set<string>()
  for (const { words } of names) {
    bare.add(stripDiacritics(words[0]!))
    if (words[0]!.length >= 4) skeletons.add(nameSkeleton(words[0]!))
  }
  return { bare, skeletons }
}

/** One word written two ways that a report would not call two names: diacritics, doubled letters, romanisation. */
function sameWord(x: string, y: string): boolean {
  if (x === y || stripDiacritics(x) === stripDiacritics(y)) return true
  return x.length >= 4 && y.length >= 4 && nameSkeleton(x) === nameSkeleton(y)
}

/** Is the name written somewhere in the stream, word after word, in any spelling? */
function writtenIn(stream: WordStream, words: readonly string[]): boolean {
  const check = (at: number): boolean => words.every((word, k) => at + k < stream.keys.length && sameWord(stream.keys[at + k]!, word))
  if ((stream.bare.get(stripDiacritics(words[0]!)) ?? []).some(check)) return true
  // A respelt first word (Jina for China) has another bare form but the same skeleton.
  return words[0]!.length >= 4 && (stream.skeletons.get(nameSkeleton(words[0]!)) ?? []).some(check)
}

function missingNames(
  own: PreparedDocument,
  ownFacts: DocumentFacts,
  other: PreparedDocument,
  otherFacts: DocumentFacts,
  paired: ReadonlySet<string>,
  keyOf: (fact: NameFact) => string,
  stated: string,
  silent: string,
  side: 'a' | 'b',
  expansions: ExpansionTable,
): UnplacedDivergence[] {
  if (ownFacts.names.length === 0) return []
  const otherKeys = new Set(otherFacts.names.map((n) => keyOf(n.fact)))
  // The names to look for, first: the other report's word stream indexes only their first words.
  const sought: Array<{ name: Located<NameFact>; key: string; words: string[] }> = []
  const seen = new Set<string>()
  for (const name of ownFacts.names) {
    if (!STATING_ROLES.has(own.sentences[name.sentence]!.role)) continue
    const key = keyOf(name.fact)
    if (paired.has(key) || otherKeys.has(key) || seen.has(key)) continue
    seen.add(key)
    const words = tokenize(name.fact.text, expansions).map((token) => token.key)
    if (words.length > 0) sought.push({ name, key, words })
  }
  if (sought.length === 0) return []
  const stream = wordStream(other, expansions, soughtForms(sought))
  const out: UnplacedDivergence[] = []
  for (const { name, words } of sought) {
    if (writtenIn(stream, words)) continue
    out.push({
      kind: 'missing',
      severity: 'low',
      factType: 'name',
      a: side === 'a' ? name.span : null,
      b: side === 'b' ? name.span : null,
      message: missingMessage('name', 'name', name.span.text, stated, silent),
      confidence: 1,
      evidence: [],
    })
  }
  return out
}
