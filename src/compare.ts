/**
 * compare(): the whole pipeline, normalize → segment → language → align → score → diverge.
 */
import { type PositionsByHash, alignBags, byFirstSentences, firstSentences, positionsByHash } from './align/align'
import { type SharedCounts, countsHash, sharedCounts } from './align/shared-counts'
import { type RoleDocument, type RoleLink, alignRoles } from './align/roles'
import { type BodyCounts, type CaptionedDocument, captionBodyLinks } from './caption-links'
import { type BagCounts, type SentenceFrequencies, countsOfAll, sentenceFrequencies } from './align/bag-counts'
import { type Bag, mergeBags, weighBag } from './align/bags'
import {
  type Vocabulary,
  type WeightingBuffers,
  type Weighting,
  createVocabulary,
  createWeightingBuffers,
  intern,
  inverseFrequencyOfDocuments,
} from './align/weights'
import { withInflection } from './align/inflected'
import { findDivergences } from './diverge'
import { collectFacts, endSharedFacts, shareSentenceFacts } from './diverge/extract/collect'
import { type BodyVector, bodyVector, scoreOverlap } from './score'
import { reportWarnings } from './warnings'
import { CorroborateError, describe } from './errors'
import { type ExpansionTable, expansionTable } from './normalize/abbreviations'
import { lowerNfc } from './normalize/fold'
import { type PreparedDocument, prepare } from './document'
import { once } from './document/once'
import { tokenTable } from './document/sentence-tokens'
import { type ResolvedOptions, resolveOptions } from './options'
import { readStatedRoles } from './stated-roles'
import type { Alignment, Article, CompareOptions, DocumentResult, Equivalence, Report, SentenceRole } from './types'

function readArticle(value: unknown, side: 'a' | 'b', maxLength: number): Article {
  let article: Article
  if (typeof value === 'string') article = { text: value }
  else if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as Article).text === 'string') {
    article = value as Article
    const { source } = article
    if (source !== undefined && typeof source !== 'string') {
      throw new CorroborateError('E_INPUT', [{ path: `${side}.source`, expected: 'a string or undefined', received: describe(source) }])
    }
  } else {
    const received = value !== null && typeof value === 'object' && !Array.isArray(value) ? `${describe(value)} (no string "text")` : describe(value)
    throw new CorroborateError('E_INPUT', [{ path: side, expected: 'a string or an object { text: string }', received }])
  }
  if (article.text.length > maxLength) {
    throw new CorroborateError('E_TOO_LARGE', [
      { path: `${side}.text`, expected: `at most ${maxLength} UTF-16 code units (options.maxLength)`, received: `${article.text.length}` },
    ])
  }
  readStatedRoles(article.roles, article.text.length, `${side}.roles`)
  return article
}

/**
 * The abbreviation table for a pair: the languages asked for, else the two detected. `tables`
 * keeps one table per language set across the pairs of one story, so that what a document derives
 * with a table (its tokens) is derived once.
 */
function tableFor(a: PreparedDocument, b: PreparedDocument, options: ResolvedOptions, tables?: Map<string, ExpansionTable>): ExpansionTable {
  const detected = [a.language, b.language]
  const languages = [...new Set(options.languages ?? (detected.every((l) => l === 'vie' || l === 'eng') ? detected : [...detected, 'vie', 'eng']))]
  const key = languages.join(' ')
  const known = tables?.get(key)
  if (known) return known
  const builtIn = Object.keys(options.abbreviations).length === 0
  const table = (builtIn ? BUILT_IN_TABLES.get(key) : undefined) ?? expansionTable(languages, options.abbreviations)
  if (builtIn) BUILT_IN_TABLES.set(key, table)
  tables?.set(key, table)
  return table
}

// The built-in tables by language set, built once rather than in every compare() (a table is never changed).
const BUILT_IN_TABLES = new Map<string, ExpansionTable>()

/**
 * Whether an equivalence differs only in the letter case of a common word
 * (*phu nhân* / *Phu nhân*, *nhà nước* / *Nhà nước*): one side is all lower
 * case, so the word is not a name there, and the difference is house style,
 * not worth an editor's eye. A name written in two casings (*LEE* / *Lee*)
 * has capitals on both sides and stays.
 */
function caseOfCommonWord(equivalence: Equivalence): boolean {
  const [a, b] = [equivalence.a.text, equivalence.b.text]
  const [lowerA, lowerB] = [lowerNfc(a), lowerNfc(b)]
  return lowerA === lowerB && (a.normalize('NFC') === lowerA || b.normalize('NFC') === lowerB)
}

const LINKED_ROLES: ReadonlySet<SentenceRole> = new Set(['headline', 'related', 'caption'])

const NO_COUNTS: BagCounts = { ids: new Int32Array(0), counts: new Int32Array(0) }

/**
 * A report as the role alignment reads it: the sentences that may take part (the linked kinds
 * and the lead) with their tokens, the others empty; the same in every pair of a story.
 */
function roleDocumentOf(doc: PreparedDocument, ids: Int32Array[], session: CompareSession): CaptionedDocument & { readonly frequencies: SentenceFrequencies } {
  const takesPart = (i: number): boolean => LINKED_ROLES.has(doc.sentences[i]!.role) || i === doc.body[0]
  // Counted bags shared with every copy among the call's documents, so that alignRoles knows copied lines by identity.
  const parts = doc.sentences.flatMap((_, i) => (takesPart(i) ? [i] : []))
  const counted = countsOfAll(parts.map((i) => ids[i]!))
  const counts: BagCounts[] = doc.sentences.map(() => NO_COUNTS)
  parts.forEach((i, k) => (counts[i] = sharedCounts(session.sharedCounts, counted[k]!)))
  return {
    roles: doc.sentences.map((s) => s.role),
    ids: doc.sentences.map((_, i) => (takesPart(i) ? ids[i]! : [])),
    lead: doc.body[0] ?? -1,
    counts,
    // Kept with the counts: a story's pairs align the same lines again, each under its own weighting.
    hashes: Int32Array.from(counts, countsHash),
    // Every sentence counts in the weighting's sentence total, those that take no part as empty ones.
    frequencies: sentenceFrequencies(counts),
    // The document's captions, in order: each pair reads the ones its caption links leave.
    captions: parts.filter((i) => doc.sentences[i]!.role === 'caption'),
  }
}

/** Links between the non-body lines of the two reports (see ./align/roles), on weights over all their sentences. */
function alignOtherRoles(
  docA: PreparedDocument,
  docB: PreparedDocument,
  idsA: Int32Array[],
  idsB: Int32Array[],
  session: CompareSession,
  threshold: number,
  bodyCounts: BodyCounts,
  resolved: ResolvedOptions,
): RoleLink[] {
  const hasOther = (doc: PreparedDocument): boolean => doc.body.length < doc.sentences.length
  if (!hasOther(docA) && !hasOther(docB)) return []
  const roleDocument = (doc: PreparedDocument, ids: Int32Array[]): ReturnType<typeof roleDocumentOf> => {
    let known = session.roleDocuments.get(ids)
    if (!known) session.roleDocuments.set(ids, (known = roleDocumentOf(doc, ids, session)))
    return known
  }
  const a = roleDocument(docA, idsA)
  const b = roleDocument(docB, idsB)
  // Weights over every sentence that may take part: the linked kinds and each report's lead.
  const weighting = (): Weighting => inverseFrequencyOfDocuments(session.vocabulary, [a.frequencies, b.frequencies], session.roleBuffers)
  const links = alignRoles(a, b, weighting, threshold)
  // Compared links only: nothing to compare when no divergence is asked for.
  if (resolved.kinds.size === 0) return links
  return [...links, ...captionBodyLinks(docA, docB, a, b, links, bodyCounts, { vocabulary: session.vocabulary, buffers: session.roleBuffers }, resolved.titles)]
}

/**
 * What the comparisons of one call share: one vocabulary for the tokens of all its documents, each
 * document's token ids in it (interned once), and one abbreviation table per language set. Token
 * ids only name tokens (weights come from the pair's own sentences), so sharing them changes no
 * result.
 */
interface CompareSession {
  readonly vocabulary: Vocabulary
  readonly tables: Map<string, ExpansionTable>
  /** The table of a pair by its two detected languages (A's, then B's), for the session's one options object. */
  readonly tablesByLanguage: Map<string, Map<string, ExpansionTable>>
  readonly tokenIds: WeakMap<PreparedDocument, Map<ExpansionTable, Int32Array[]>>
  /** Each body sentence's distinct ids and counts, by body position: a pair only weighs them. */
  readonly bodyCounts: WeakMap<Int32Array[], BagCounts[]>
  /** One counted bag per distinct body sentence of all the documents, so that a copy is known by identity. */
  readonly sharedCounts: SharedCounts
  /** Each body's sentence frequencies (the document's share of a pair's weighting) and its sentences' hashes (see alignBags). */
  readonly bodyFrequencies: WeakMap<BagCounts[], BodyShare>
  /** Each body's word count, by its token ids. */
  readonly bodyWords: WeakMap<Int32Array[], number>
  /** Each body as one merged bag with its norm and dense counts, for the lexical cosine (ids and counts only, so any pair's weighting builds it). */
  readonly bodyVectors: WeakMap<BagCounts[], BodyVector>
  /** Each document as the role alignment reads it, by its token ids. */
  readonly roleDocuments: WeakMap<Int32Array[], ReturnType<typeof roleDocumentOf>>
  /** The arrays of a pair's two weightings (body, other roles), reused by the next pair: a weighting never outlives its pair. */
  readonly bodyBuffers: WeightingBuffers
  readonly roleBuffers: WeightingBuffers
}

export function createSession(): CompareSession {
  return {
    vocabulary: createVocabulary(),
    tables: new Map(),
    tablesByLanguage: new Map(),
    tokenIds: new WeakMap(),
    bodyCounts: new WeakMap(),
    sharedCounts: new Map(),
    bodyFrequencies: new WeakMap(),
    bodyWords: new WeakMap(),
    bodyVectors: new WeakMap(),
    roleDocuments: new WeakMap(),
    bodyBuffers: createWeightingBuffers(),
    roleBuffers: createWeightingBuffers(),
  }
}

/** What a document's body brings to each pair: its sentence frequencies, each sentence's `countsHash` and its sentences by hash. */
interface BodyShare {
  readonly frequencies: SentenceFrequencies
  readonly hashes: Int32Array
  readonly positions: PositionsByHash
}

function bodyShareOf(counts: BagCounts[], session: CompareSession): BodyShare {
  let share = session.bodyFrequencies.get(counts)
  if (!share) {
    const hashes = Int32Array.from(counts, countsHash)
    session.bodyFrequencies.set(counts, (share = { frequencies: sentenceFrequencies(counts), hashes, positions: positionsByHash(hashes) }))
  }
  return share
}

/** Words in the body of a document, from its token ids (`all`, by sentence index). */
function bodyWordsOf(doc: PreparedDocument, all: Int32Array[], session: CompareSession): number {
  let words = session.bodyWords.get(all)
  if (words === undefined) session.bodyWords.set(all, (words = doc.body.reduce((sum, i) => sum + all[i]!.length, 0)))
  return words
}

/** The counted body sentences of a document, from its token ids (`all`, by sentence index). */
function bodyCountsOf(doc: PreparedDocument, all: Int32Array[], session: CompareSession): BagCounts[] {
  let counts = session.bodyCounts.get(all)
  if (!counts) session.bodyCounts.set(all, (counts = countsOfAll(doc.body.map((i) => all[i]!)).map((bag) => sharedCounts(session.sharedCounts, bag))))
  return counts
}

/** The token ids of every sentence of `doc`, by sentence index. */
function tokenIdsOf(doc: PreparedDocument, expansions: ExpansionTable, session: CompareSession): Int32Array[] {
  let byTable = session.tokenIds.get(doc)
  if (!byTable) session.tokenIds.set(doc, (byTable = new Map()))
  let ids = byTable.get(expansions)
  if (!ids) {
    // Each distinct key is interned once, in order of first appearance: the ids a token-by-token pass would give.
    const table = tokenTable(doc, expansions)
    const idOfKey = intern(session.vocabulary, table.keys)
    // One column of ids for the whole document, each sentence a view of it: an array per sentence
    // held some 3 MB on a 1 MB report (eight bytes an id, plus the arrays themselves).
    const column = new Int32Array(table.key.length)
    for (let row = 0; row < column.length; row++) column[row] = idOfKey[table.key[row]!]!
    ids = doc.sentences.map((_, i) => column.subarray(table.first[i]!, table.first[i + 1]!))
    byTable.set(expansions, ids)
  }
  return ids
}

/** A document as reports show it; one object per document, shared by the pairs of a story. */
export function documentResult(doc: PreparedDocument): DocumentResult {
  const sentences = doc.sentences.map(({ index, start, end, text, role }) => ({ index, start, end, text, role }))
  return doc.source === undefined ? { language: doc.language, sentences } : { source: doc.source, language: doc.language, sentences }
}

export function compare(a: string | Article, b: string | Article, options?: CompareOptions): Report {
  const resolved = resolveOptions(options)
  const articleA = readArticle(a, 'a', resolved.maxLength)
  const articleB = readArticle(b, 'b', resolved.maxLength)
  const docA = prepare(articleA, resolved)
  const docB = prepare(articleB, resolved)
  // A sentence both reports write (wire copy, a quote both carry) is read for facts once.
  shareSentenceFacts([docA, docB])
  const expansions = tableFor(docA, docB, resolved)
  const aligned = alignAlone(docA, docB, resolved, expansions)
  // Both documents' facts read here, as the divergence stage would read them first (once() keeps
  // them for it): a pair shares its sentence memo with no third report, so it can go before that stage.
  if (resolved.kinds.size > 0) {
    once(docA, collectFacts, resolved.titles)
    once(docB, collectFacts, resolved.titles)
  }
  endSharedFacts([docA, docB])
  // A lone pair: what the divergence stage derives for this pair alone may go when its stage ends.
  return withDivergences(docA, docB, resolved, expansions, aligned, true)
}

/**
 * Alignment of a lone pair, in a session of its own made in this frame: its vocabulary, token ids
 * and counted bags (some 10 MB on a 1 MB pair) are then free before the divergence stage, where the
 * heap peaks, instead of living to the end of the call as a story's session must. Made in
 * compare()'s own frame, the session stayed alive to the end: a register of the unoptimised frame
 * still held it (a heap snapshot at the peak showed it retained by a stack root).
 */
function alignAlone(docA: PreparedDocument, docB: PreparedDocument, resolved: ResolvedOptions, expansions: ExpansionTable): Aligned {
  return alignPrepared(docA, docB, resolved, expansions, createSession())
}

/** compare() on documents already read: compareMany() reads each report once and pairs them here, in one session. */
export function comparePrepared(docA: PreparedDocument, docB: PreparedDocument, resolved: ResolvedOptions, session: CompareSession): Report {
  // A session's pairs share one options object, so the table follows from the two languages alone.
  let byB = session.tablesByLanguage.get(docA.language)
  if (!byB) session.tablesByLanguage.set(docA.language, (byB = new Map()))
  let expansions = byB.get(docB.language)
  if (!expansions) byB.set(docB.language, (expansions = tableFor(docA, docB, resolved, session.tables)))
  return withDivergences(docA, docB, resolved, expansions, alignPrepared(docA, docB, resolved, expansions, session))
}

/** What alignment and scoring give a pair: all the report needs of them, without the bags and weights they were worked out with. */
interface Aligned {
  readonly alignments: Alignment[]
  /** The alignments, and the links compared but not shown (a headline to the other report's lead). */
  readonly compared: Alignment[]
  readonly overlap: Report['overlap']
  readonly warnings: Report['warnings']
}

/**
 * Two lists of links, each in order of their first sentences, as one list in that order: what a
 * stable sort of the body's links then the other lines' gives (on a tie, a body link first). The
 * body links come sorted (positions map to sentence indexes in order), and a story's pairs all
 * sorted their whole list again, since the headline's and captions' links lie before the body's.
 */
function inOrder(unsorted: Alignment[], roles: Alignment[]): Alignment[] {
  // (checked, one pass: a list out of order is sorted, as before)
  const body = byFirstSentences(unsorted)
  if (roles.length === 0) return body
  const out: Alignment[] = []
  let k = 0
  for (const role of roles) {
    while (k < body.length && firstSentences(body[k]!, role) <= 0) out.push(body[k++]!)
    out.push(role)
  }
  while (k < body.length) out.push(body[k++]!)
  return out
}

/** The NFC text of a document's `k`-th body sentence (the near-copy reading of the aligner). */
function bodyText(doc: PreparedDocument, k: number): string {
  const sentence = doc.sentences[doc.body[k]!]!
  return doc.nfc.text.slice(sentence.nfcStart, sentence.nfcEnd)
}

function alignPrepared(docA: PreparedDocument, docB: PreparedDocument, resolved: ResolvedOptions, expansions: ExpansionTable, session: CompareSession): Aligned {
  const vocabulary = session.vocabulary
  const allIdsA = tokenIdsOf(docA, expansions, session)
  const allIdsB = tokenIdsOf(docB, expansions, session)
  const countsA = bodyCountsOf(docA, allIdsA, session)
  const countsB = bodyCountsOf(docB, allIdsB, session)
  const shareA = bodyShareOf(countsA, session)
  const shareB = bodyShareOf(countsB, session)
  // Two forms of one word meet loosely in a pair of reports that inflect alike (./align/inflected).
  const weighting = withInflection(inverseFrequencyOfDocuments(vocabulary, [shareA.frequencies, shareB.frequencies], session.bodyBuffers), vocabulary, docA.language, docB.language)
  const bagsA: Bag[] = countsA.map((counts) => weighBag(counts, weighting))
  const bagsB: Bag[] = countsB.map((counts) => weighBag(counts, weighting))
  const links = alignBags(bagsA, bagsB, weighting, { threshold: resolved.alignThreshold, keys: vocabulary.keys, text: (side, k) => bodyText(side === 0 ? docA : docB, k) }, { a: shareA.hashes, b: shareB.hashes, positionsB: shareB.positions })
  const bodyAlignments: Alignment[] = links.map((link) => ({
    a: link.a.map((i) => docA.body[i]!),
    b: link.b.map((j) => docB.body[j]!),
    similarity: Math.round(link.similarity * 1e6) / 1e6,
    role: 'body',
  }))
  const roleLinks = alignOtherRoles(docA, docB, allIdsA, allIdsB, session, resolved.alignThreshold, { a: countsA, b: countsB, frequencies: { a: shareA.frequencies, b: shareB.frequencies } }, resolved)
  const alignments = inOrder(bodyAlignments, byFirstSentences(roleLinks.filter((link) => link.shown).map(({ a, b, similarity, role }) => ({ a, b, similarity, role }))))
  // A headline linked to the other report's lead is compared but not shown: the lead already sits in a body link.
  const compared = [...alignments, ...roleLinks.filter((link) => !link.shown).map(({ a, b, similarity, role }) => ({ a, b, similarity, role }))]

  const vectorOf = (counts: BagCounts[], bags: Bag[]): BodyVector => {
    let vector = session.bodyVectors.get(counts)
    if (!vector) session.bodyVectors.set(counts, (vector = bodyVector(mergeBags(bags, weighting))))
    return vector
  }
  const overlap = scoreOverlap(bagsA, bagsB, links, weighting, { a: vectorOf(countsA, bagsA), b: vectorOf(countsB, bagsB) })
  const warnings = reportWarnings(
    { text: docA.original, language: docA.language, bodyWords: bodyWordsOf(docA, allIdsA, session) },
    { text: docB.original, language: docB.language, bodyWords: bodyWordsOf(docB, allIdsB, session) },
    overlap,
  )
  return { alignments, compared, overlap, warnings }
}

function withDivergences(docA: PreparedDocument, docB: PreparedDocument, resolved: ResolvedOptions, expansions: ExpansionTable, aligned: Aligned, lone = false): Report {
  const { alignments, compared, overlap, warnings } = aligned
  const { divergences, candidates, equivalences } = findDivergences(docA, docB, compared, resolved, expansions, lone)
  return {
    schemaVersion: 1,
    a: once(docA, documentResult),
    b: once(docB, documentResult),
    alignments,
    overlap,
    divergences,
    candidates,
    equivalences: equivalences.filter((e) => !caseOfCommonWord(e)),
    warnings,
  }
}
