/**
 * The diverge stage: facts on which aligned sentences disagree, facts only one
 * report states, and format-only differences judged equivalent.
 *
 * Contradictions are sought only inside aligned sentence groups: two sentences
 * that do not report the same statement may well speak of different days.
 * Missing facts are sought across the whole other report.
 *
 * This file wires the steps and places what they find: numbers and dates paired
 * (./pair-numbers), names spelled two ways (./match/names/variants), facts one report
 * alone states (./missing-facts), then the equivalences of abbreviations and surface forms.
 */
import type { PreparedDocument } from '../document'
import { once } from '../document/once'
import { wordRuns } from '../document/word-runs'
import { factFormCount, factTokens, sentenceText } from '../document/words'
import type { ExpansionTable } from '../normalize/abbreviations'
import type { ResolvedOptions } from '../options'
import type { Alignment, Divergence, Equivalence, SentenceRole, Severity, Span } from '../types'
import { collectFacts } from './extract/collect'
import type { UnplacedDivergence } from './describe'
import { missingFacts } from './missing-facts'
import { abbreviationEquivalences } from './reasons/expansions'
import { surfaceEquivalences } from './reasons/surface'
import type { Fact } from './extract/fact'
import { findNameVariants } from './match/names/variants'
import { diffsOfWords, sentenceWords } from './match/sentences/word-diff'
import { createMemberTest } from './match/clauses/respective-pairs'
import { clausesOf } from './match/clauses/clauses'
import { forgetPairing } from './match/pairing/pair-facts'
import { findIn, foundIn } from './match/pairing/fact-index'
import { factViews } from './match/pairing/fact-views'
import { withoutCaptionEchoes } from './match/sentences/caption-echoes'
import { pairNumbers } from './pair-numbers'
import { pairAges } from './match/numbers/person-ages'
import { pairPersonAges } from './match/ages/person-age-pairs'

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 }

interface Labels {
  readonly a: string
  readonly b: string
}

function labels(a: PreparedDocument, b: PreparedDocument): Labels {
  return { a: a.source ? `${a.source} (A)` : 'Report A', b: b.source ? `${b.source} (B)` : 'Report B' }
}

/**
 * Where a divergence sits: the role of its sentences, the non-body one when a headline is
 * compared with the other report's lead. A contradiction in the headlines is the most
 * visible one a reader can meet: always high.
 */
function withRole(d: UnplacedDivergence, docA: PreparedDocument, docB: PreparedDocument): Divergence {
  const roleA: SentenceRole | undefined = d.a ? docA.sentences[d.a.sentence]!.role : undefined
  const roleB: SentenceRole | undefined = d.b ? docB.sentences[d.b.sentence]!.role : undefined
  const role = roleA !== undefined && roleA !== 'body' ? roleA : roleB !== undefined && roleB !== 'body' ? roleB : (roleA ?? roleB ?? 'body')
  const severity: Severity = role === 'headline' && d.kind !== 'missing' ? 'high' : d.severity
  // Placed in place: every divergence here was made for this pair and is read only as placed (a copy,
  // ~2 % of a story's warm pair step, did the same with one more object each). The keys keep their
  // order: severity stays where it was, role comes last.
  const placed = d as { -readonly [K in keyof Divergence]: Divergence[K] }
  placed.severity = severity
  placed.role = role
  return placed
}

/** A document's sentence words (of its NFC text, from its fact tokens), read when first asked and kept for every pair it is in. */
// A long document's fact tokens (factFormCount > 0: kept in columns) are made afresh for this reading: its runs copy them.
const wordsOfSentences = (doc: PreparedDocument): ReturnType<typeof sentenceWords> => {
  const shareTokens = factFormCount(doc) === 0
  return sentenceWords((i) => wordRuns(sentenceText(doc, i), factTokens(doc, i), shareTokens))
}

/** Two spans of one text: an exact statement written as the fact is lists no equivalence. */
const writtenAlike = (own: Span | undefined, other: Span | undefined): boolean => own !== undefined && other !== undefined && own.text === other.text

/**
 * `lone`: the two documents are in no other pair (compare() of one pair), so what a stage derives
 * from them for this pair alone may be dropped once the stage is done.
 */
export function findDivergences(
  docA: PreparedDocument,
  docB: PreparedDocument,
  alignments: readonly Alignment[],
  options: ResolvedOptions,
  expansions: ExpansionTable,
  lone = false,
): { divergences: Divergence[]; candidates: Divergence[]; equivalences: Equivalence[] } {
  // Asked for no divergences (a pipeline that only wants overlap): skip the work, equivalences included.
  if (options.kinds.size === 0) return { divergences: [], candidates: [], equivalences: [] }
  const sides = labels(docA, docB)
  const factsA = once(docA, collectFacts, options.titles)
  const factsB = once(docB, collectFacts, options.titles)
  const divergences: UnplacedDivergence[] = []
  const equivalences: Equivalence[] = []
  const seenEquivalence = new Set<string>()
  const equivalenceKey = (a: string, b: string): string => `${a.toLowerCase()}\u0000${b.toLowerCase()}`
  const addEquivalence = (equivalence: Equivalence): void => {
    if (equivalence.a.text === equivalence.b.text) return
    const key = equivalenceKey(equivalence.a.text, equivalence.b.text)
    if (seenEquivalence.has(key)) return
    seenEquivalence.add(key)
    equivalences.push(equivalence)
  }
  // What addEquivalence would drop unread (its two tests), so that a caller need not work out the reason first.
  const listedEquivalence = (a: string, b: string): boolean => a === b || seenEquivalence.has(equivalenceKey(a, b))
  const viewsA = once(factsA, factViews)
  const viewsB = once(factsB, factViews)
  const { spans: spanOfA, located: locatedA, index: indexA } = viewsA
  const { spans: spanOfB, located: locatedB, index: indexB } = viewsB
  // Facts paired with a fact of the other report (a conflict or a compatible value): never `missing`.
  const paired = new Set<Fact>()
  // 1. Numbers and dates: first inside aligned groups, then across the whole reports (pair-numbers.ts).
  pairNumbers({ docA, docB, alignments, factsA, factsB, viewsA, viewsB, minConfidence: options.minConfidence, sides, paired, divergences, addEquivalence })
  // One person's age against their year of birth or another age, wherever told (person-ages.ts).
  pairAges({ docA, docB, factsA, factsB, paired, divergences, addEquivalence })
  // Documents in no other pair: what the pairer derived from each of them is needed no more.
  if (lone) forgetPairing(docA, docB, factsA, factsB)
  // Asked for the missing facts below.
  // A value the other report gives only as another member's of a list read "respectively" ("200 and 250
  // deaths respectively" / "Sudan reported 200 deaths": South Sudan's 200 is not Sudan's) is no
  // exact statement of it: not listed as an equivalence (respective-pairs.ts), nor missing.
  const otherMember = (found: ReturnType<typeof findIn>, apart: (o: Fact) => boolean): ReturnType<typeof findIn> =>
    found?.exact && apart(found.fact) ? { fact: found.fact, exact: false } : found
  // (the member test read anew, lazily: the pairer's died with its frame; most pairs never ask)
  let memberTest: ReturnType<typeof createMemberTest> | undefined
  const membersApart = (x: Fact, y: Fact): boolean => {
    const lx = locatedA.get(x)
    const ly = locatedB.get(y)
    if (lx === undefined || ly === undefined) return false
    memberTest ??= createMemberTest(docA, docB, once(docA, clausesOf), once(docB, clausesOf))
    return memberTest(lx, ly) === 'apart'
  }
  // Whether a member is apart only decides `exact`, which missingFacts reads only to list an exact
  // statement written another way as an equivalence (share-complements.ts reads `fact` alone): for
  // one written as the fact is (a copy's twin, most facts of a story's pairs) it is not asked.
  const inA = (fact: Fact): ReturnType<typeof findIn> => {
    const found = foundIn(indexA, fact)
    if (found === undefined || !found.exact || writtenAlike(spanOfB.get(fact), spanOfA.get(found.fact))) return found
    return otherMember(found, (o) => membersApart(o, fact))
  }
  const inB = (fact: Fact): ReturnType<typeof findIn> => {
    const found = foundIn(indexB, fact)
    if (found === undefined || !found.exact || writtenAlike(spanOfA.get(fact), spanOfB.get(found.fact))) return found
    return otherMember(found, (o) => membersApart(fact, o))
  }

  // 2. Names spelled two ways, one divergence per entity pair.
  const diffs = diffsOfWords(once(docA, wordsOfSentences), once(docB, wordsOfSentences))
  const names = findNameVariants(docA, docB, factsA, factsB, alignments, options.nameThreshold, sides, expansions, diffs, lone)
  divergences.push(...names.divergences)
  for (const equivalence of names.equivalences) addEquivalence(equivalence)
  // One person's age in both reports, met by the person across unlinked sentences (person-age-pairs.ts).
  pairPersonAges({ docA, docB, factsA, factsB, sides, paired, divergences, respelt: names.divergences })

  // 3. Facts one report states and the other never does. A span a divergence lists among its
  // occurrences (a toll told again in the lead) is that finding's, not also a missing fact (review rtolls51).
  const told = new Set(divergences.flatMap((d) => [...(d.occurrences?.a ?? []).map((s) => `a${s.start}:${s.end}`), ...(d.occurrences?.b ?? []).map((s) => `b${s.start}:${s.end}`)]))
  const untold = (d: UnplacedDivergence): boolean => !(d.a && told.has(`a${d.a.start}:${d.a.end}`)) && !(d.b && told.has(`b${d.b.start}:${d.b.end}`))
  divergences.push(...missingFacts({ side: 'a', own: factsA, other: factsB, ownDoc: docA, otherDoc: docB, findInOther: inB, ownSpans: spanOfA, otherSpans: spanOfB, paired, sides, addEquivalence, listed: listedEquivalence }).filter(untold))
  divergences.push(...missingFacts({ side: 'b', own: factsB, other: factsA, ownDoc: docB, otherDoc: docA, findInOther: inA, ownSpans: spanOfB, otherSpans: spanOfA, paired, sides, addEquivalence, listed: listedEquivalence }).filter(untold))
  divergences.push(...names.missing)

  for (const equivalence of abbreviationEquivalences(docA, docB, expansions)) addEquivalence(equivalence)
  for (const equivalence of surfaceEquivalences(docA, docB, alignments, diffs)) addEquivalence(equivalence)

  const placed = withoutCaptionEchoes(divergences.map((d) => withRole(d, docA, docB)), docA, docB)
  const wanted = placed.filter((d) => options.kinds.has(d.kind) && RANK[d.severity] >= RANK[options.minSeverity])
  const order = (d: Divergence): number => (d.a ?? d.b)!.start
  wanted.sort((x, y) => RANK[y.severity] - RANK[x.severity] || (x.a ? 0 : 1) - (y.a ? 0 : 1) || order(x) - order(y))
  // A pipeline picks its own trade-off: weak contradictions are kept aside, not thrown away.
  const confident = (d: Divergence): boolean => d.kind === 'missing' || d.confidence >= options.minConfidence
  return { divergences: wanted.filter(confident), candidates: wanted.filter((d) => !confident(d)), equivalences }
}

