/**
 * compare(): the whole pipeline, normalize → segment → language → align → score → diverge.
 */
import { alignBags } from './align/align'
import { type RoleDocument, type RoleLink, alignRoles } from './align/roles'
import { type Bag, type Vocabulary, bagOf, createVocabulary, intern, inverseFrequency } from './align/weights'
import { findDivergences } from './diverge'
import { scoreOverlap } from './score'
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
  const table = expansionTable(languages, options.abbreviations)
  tables?.set(key, table)
  return table
}

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

/** Links between the non-body lines of the two reports (see ./align/roles), on weights over all their sentences. */
function alignOtherRoles(docA: PreparedDocument, docB: PreparedDocument, idsA: readonly number[][], idsB: readonly number[][], vocabulary: Vocabulary, threshold: number): RoleLink[] {
  const hasOther = (doc: PreparedDocument): boolean => doc.body.length < doc.sentences.length
  if (!hasOther(docA) && !hasOther(docB)) return []
  // Weights over every sentence that may take part: the linked kinds and each report's lead.
  const all = (doc: PreparedDocument, ids: readonly number[][]): number[][] =>
    doc.sentences.map((s, i) => (LINKED_ROLES.has(s.role) || i === doc.body[0] ? ids[i]! : []))
  const allA = all(docA, idsA)
  const allB = all(docB, idsB)
  const weighting = inverseFrequency(vocabulary, [...allA, ...allB])
  const roleDocument = (doc: PreparedDocument, ids: number[][]): RoleDocument => ({ roles: doc.sentences.map((s) => s.role), ids, lead: doc.body[0] ?? -1 })
  return alignRoles(roleDocument(docA, allA), roleDocument(docB, allB), weighting, threshold)
}

/**
 * What the comparisons of one call share: one vocabulary for the tokens of all its documents, each
 * document's token ids in it (interned once), and one abbreviation table per language set. Token
 * ids only name tokens (weights come from the pair's own sentences), so sharing them changes no
 * result.
 */
export interface CompareSession {
  readonly vocabulary: Vocabulary
  readonly tables: Map<string, ExpansionTable>
  readonly tokenIds: WeakMap<PreparedDocument, Map<ExpansionTable, number[][]>>
}

export function createSession(): CompareSession {
  return { vocabulary: createVocabulary(), tables: new Map(), tokenIds: new WeakMap() }
}

/** The token ids of every sentence of `doc`, by sentence index. */
function tokenIdsOf(doc: PreparedDocument, expansions: ExpansionTable, session: CompareSession): number[][] {
  let byTable = session.tokenIds.get(doc)
  if (!byTable) session.tokenIds.set(doc, (byTable = new Map()))
  let ids = byTable.get(expansions)
  if (!ids) {
    // Each distinct key is interned once, in order of first appearance: the ids a token-by-token pass would give.
    const table = tokenTable(doc, expansions)
    const idOfKey = intern(session.vocabulary, table.keys)
    ids = doc.sentences.map((_, i) => {
      const sentence = new Array<number>(table.first[i + 1]! - table.first[i]!)
      for (let row = table.first[i]!, k = 0; k < sentence.length; row++, k++) sentence[k] = idOfKey[table.key[row]!]!
      return sentence
    })
    byTable.set(expansions, ids)
  }
  return ids
}

/** A document as reports show it; one object per document, shared by the pairs of a story. */
function documentResult(doc: PreparedDocument): DocumentResult {
  const sentences = doc.sentences.map(({ index, start, end, text, role }) => ({ index, start, end, text, role }))
  return doc.source === undefined ? { language: doc.language, sentences } : { source: doc.source, language: doc.language, sentences }
}

export function compare(a: string | Article, b: string | Article, options?: CompareOptions): Report {
  const resolved = resolveOptions(options)
  const articleA = readArticle(a, 'a', resolved.maxLength)
  const articleB = readArticle(b, 'b', resolved.maxLength)
  const docA = prepare(articleA, resolved)
  const docB = prepare(articleB, resolved)
  return comparePrepared(docA, docB, resolved, createSession())
}

/** compare() on documents already read: compareMany() reads each report once and pairs them here, in one session. */
export function comparePrepared(docA: PreparedDocument, docB: PreparedDocument, resolved: ResolvedOptions, session: CompareSession): Report {
  const expansions = tableFor(docA, docB, resolved, session.tables)
  const vocabulary = session.vocabulary
  const allIdsA = tokenIdsOf(docA, expansions, session)
  const allIdsB = tokenIdsOf(docB, expansions, session)
  const idsA = docA.body.map((i) => allIdsA[i]!)
  const idsB = docB.body.map((i) => allIdsB[i]!)
  const weighting = inverseFrequency(vocabulary, [...idsA, ...idsB])
  const bagsA: Bag[] = idsA.map((ids) => bagOf(ids, weighting))
  const bagsB: Bag[] = idsB.map((ids) => bagOf(ids, weighting))
  const links = alignBags(bagsA, bagsB, weighting, { threshold: resolved.alignThreshold })
  const bodyAlignments: Alignment[] = links.map((link) => ({
    a: link.a.map((i) => docA.body[i]!),
    b: link.b.map((j) => docB.body[j]!),
    similarity: Math.round(link.similarity * 1e6) / 1e6,
    role: 'body',
  }))
  const roleLinks = alignOtherRoles(docA, docB, allIdsA, allIdsB, vocabulary, resolved.alignThreshold)
  const alignments = [...bodyAlignments, ...roleLinks.filter((link) => link.shown).map(({ a, b, similarity, role }) => ({ a, b, similarity, role }))]
  alignments.sort((x, y) => x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!)
  // A headline linked to the other report's lead is compared but not shown: the lead already sits in a body link.
  const compared = [...alignments, ...roleLinks.filter((link) => !link.shown).map(({ a, b, similarity, role }) => ({ a, b, similarity, role }))]

  const overlap = scoreOverlap(bagsA, bagsB, links, weighting)
  const words = (ids: readonly number[][]): number => ids.reduce((sum, sentence) => sum + sentence.length, 0)
  const warnings = reportWarnings(
    { text: docA.original, language: docA.language, bodyWords: words(idsA) },
    { text: docB.original, language: docB.language, bodyWords: words(idsB) },
    overlap,
  )
  const { divergences, candidates, equivalences } = findDivergences(docA, docB, compared, resolved, expansions)
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
