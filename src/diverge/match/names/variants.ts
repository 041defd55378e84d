/**
 * Names spelled two ways (Park Heong-joon / Park Hyeong Jun), and names only
 * one report mentions.
 *
 * A variant is sought first between names of aligned sentences, where the two
 * spellings stand in the same statement (linked-variants.ts); the divergence
 * lists every occurrence of both spellings. Names only one report writes are
 * then paired across the whole reports (name-entities.ts, its context from
 * entity-judge.ts), and what is left is missing (missing-names.ts).
 */
import { caseGrammarOf, caseOnlyReason, placesApart } from './case-forms'
import { linkedVariants } from './linked-variants'
import type { PreparedDocument } from '../../../document'
import { forget, once } from '../../../document/once'
import type { ExpansionTable } from '../../../normalize/abbreviations'
import type { Alignment, Equivalence, Span } from '../../../types'
import type { DocumentFacts, Located } from '../../extract/collect'
import { type UnplacedDivergence, contradictionMessage } from '../../describe'
import { type AbsentName, absentNames, missingNames } from '../missing/missing-names'
import { ANOTHER_STREET, type EntityPair, type PairJudge } from './name-entities'
import { createJudge } from './entity-judge'
import { resolveAcross } from './resolve-across'
import type { Spelling } from './name-probes'
import type { NameFact } from '../../extract/names/names'
import { swappedAbbreviations } from './abbreviation-swaps'
import { borrowedLetterRespellings } from './spelling-borrowed-letters'
import { swappedNameWords } from './words-swapped'
import { makerConflicts } from './maker-countries'
import { replacedListMembers } from './list-members'
import { reportShortRespellings } from './short-respellings'
import { type RespeltEntity, joinEntities, lettersEqual, lettersOf, resolveTypos, sharedOfEntities, writtenSpellings } from './name-typos'
import type { SentenceDiffs } from '../sentences/word-diff'
import { type EntitySpellings, noEntitySpellings } from './entity-mentions'
import { resolveOneWord } from './name-one-word'
import { nameMentionPlaces } from './name-mentions'
import { type StatedSpellings, keyOfName, nameKeyList, nameKeysOf, openingCandidates, spellingsOf, statedSpellings } from './stated-spellings'
import { holdsKey, respelling } from './spelling-shapes'
import { phraseCountsOf } from './phrase-counts'
import { documentWords } from './house-spellings'
import { releaseNameCaches } from './name-caches'

interface Sides {
  readonly a: string
  readonly b: string
}

/** Names spelled two ways: the name stage, after which its caches let go of what only this pair asked. */
export function findNameVariants(...args: Parameters<typeof variantsOfNames>): ReturnType<typeof variantsOfNames> {
  try {
    return variantsOfNames(...args)
  } finally {
    releaseNameCaches()
  }
}

/** Drops what the judge and the stated spellings derived from one report (built again if asked). */
function forgetJudging(doc: PreparedDocument, facts: DocumentFacts): void {
  forget(doc, statedSpellings, facts)
  forget(doc, phraseCountsOf)
  forget(doc, documentWords)
}

function variantsOfNames(
  docA: PreparedDocument,
  docB: PreparedDocument,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  alignments: readonly Alignment[],
  threshold: number,
  sides: Sides,
  expansions: ExpansionTable,
  diffs: SentenceDiffs,
  lone = false,
): { divergences: UnplacedDivergence[]; equivalences: Equivalence[]; missing: UnplacedDivergence[] } {
  const grammar = caseGrammarOf(docA, docB)
  const { equivalences: linkedEquivalences, formatPairs, mutual, pairs } = linkedVariants(docA, docB, factsA, factsB, alignments, threshold, diffs, grammar)
  const equivalences: Equivalence[] = [...linkedEquivalences]
  const keyOf = keyOfName
  const merged = new Set(mutual)
  // Every spelling of every entity found respelt, for missing names to know its mentions.
  const entityRuns: EntitySpellings = noEntitySpellings()
  for (const candidate of mutual) {
    entityRuns.a.push(candidate.a.fact.tokens)
    entityRuns.b.push(candidate.b.fact.tokens)
  }
  const addRuns = (side: 'a' | 'b', spelling: Spelling): void => {
    for (const mention of spelling.mentions) entityRuns[side].push(mention.fact.tokens)
  }
  const occurrences = (facts: DocumentFacts, key: string): Span[] => {
    const keys = once(facts, nameKeyList)
    return facts.names.filter((_, i) => keys[i] === key).map((n) => n.span)
  }
  const divergences: UnplacedDivergence[] = []
  // Each name divergence's entity: its spellings on each side, and the spans it lists, which later spellings join.
  const entities: Array<RespeltEntity & { readonly occurrences: { a: Span[]; b: Span[] } }> = []
  const asSpelling = (key: string, mention: Located<NameFact>): Spelling => ({ key, mentions: [mention], opening: false, full: undefined })
  for (const pair of pairs) {
    const found = { a: occurrences(factsA, pair.keyA), b: occurrences(factsB, pair.keyB) }
    entities.push({ a: [asSpelling(pair.keyA, pair.a)], b: [asSpelling(pair.keyB, pair.b)], occurrences: found })
    divergences.push({
      kind: 'name',
      severity: 'medium',
      a: pair.a.span,
      b: pair.b.span,
      message: contradictionMessage('name', 'name', pair.a.fact.text, pair.b.fact.text, sides),
      occurrences: found,
      confidence: 1,
      evidence: ['close spellings in linked sentences'],
    })
  }

  const pairedA = new Set([...merged].map((p) => p.keyA))
  const pairedB = new Set([...merged].map((p) => p.keyB))
  for (const { a, b } of formatPairs) {
    pairedA.add(keyOf(a.fact))
    pairedB.add(keyOf(b.fact))
  }

  // Names only one report writes: respellings across the whole reports, then what is really missing.
  const keysA = once(factsA, nameKeysOf)
  const keysB = once(factsB, nameKeysOf)
  const absentA = absentNames(docA, factsA.names, docB, keysB, pairedA, keyOf, expansions)
  const absentB = absentNames(docB, factsB.names, docA, keysA, pairedB, keyOf, expansions)
  let statedA: StatedSpellings | undefined = once(docA, statedSpellings, factsA)
  let statedB: StatedSpellings | undefined = once(docB, statedSpellings, factsB)
  const spellings = (names: readonly Located<NameFact>[], doc: PreparedDocument, absent: readonly AbsentName[], full: ReadonlyMap<string, string>, opening = false): Spelling[] =>
    spellingsOf(names, doc, absent.map((n) => n.key), full, opening)
  // An absent name was sought among its stating mentions, so its key always has a stated spelling.
  const absentSpellings = (stated: StatedSpellings, absent: readonly AbsentName[]): Spelling[] => absent.map((n) => stated.byKey.get(n.key)!)
  // A one-word sentence opener (Kinsley, wrote…) may be a respelling of a name the other report writes.
  const openers = (facts: DocumentFacts, doc: PreparedDocument, other: PreparedDocument, otherKeys: ReadonlySet<string>, paired: ReadonlySet<string>): Spelling[] => {
    // The report's own list, kept with it: a story's pairs find the same sought names in it.
    const names = once(facts, openingCandidates)
    return spellings(names, doc, absentNames(doc, names, other, otherKeys, paired, keyOf, expansions), new Map(), true)
  }
  // Every place a report writes the spelling: alone, in short (Oezil for Mesut Oezil) or inside a longer name (Nam Volgograd).
  const mentionsOf = (facts: DocumentFacts, spelling: Spelling): Span[] => {
    if (spelling.opening) return spelling.mentions.map((m) => m.span)
    return nameMentionPlaces(facts, spelling.key, spelling.mentions[0]!.fact.tokens).map((k) => facts.names[k]!.span)
  }
  // Viết Phong / Việt Phong is one person marked two ways only if no one else in the two reports has those letters.
  // Counted only when a pair of spellings has equal letters, which few pairs of reports meet.
  let letters: Map<string, number> | undefined
  const lettersUnique = (a: string, b: string): boolean => lettersEqual(a, b) && ((letters ??= lettersOf([...factsA.names, ...factsB.names], keyOf)).get(a) ?? 0) <= 2
  let judge: PairJudge | undefined = createJudge(alignments, diffs, { a: docA.original, b: docB.original }, lettersUnique, {
    a: docA.sentences.length,
    b: docB.sentences.length,
    countA: once(docA, phraseCountsOf),
    countB: once(docB, phraseCountsOf),
    wordsA: () => once(docA, documentWords),
    wordsB: () => once(docB, documentWords),
    proseA: (sentence) => docA.sentences[sentence]?.role === 'body',
    proseB: (sentence) => docB.sentences[sentence]?.role === 'body',
  }, { a: factsA.names, b: factsB.names }, { a: docA.language, b: docB.language }, grammar)
  const onlyA = [...absentSpellings(statedA, absentA), ...openers(factsA, docA, docB, keysB, pairedA)]
  const onlyB = [...absentSpellings(statedB, absentB), ...openers(factsB, docB, docA, keysA, pairedB)]
  const across = resolveAcross(onlyA, onlyB, judge).filter((pair) => !(pair.a.opening && pair.b.opening))
  // Europe / Eurrope seen again in Networks Europe / Networks Eurrope is the same respelling: report the shortest run once.
  const signatures = new Set(pairs.map((p) => respelling(p.a.fact.tokens, p.b.fact.tokens)))
  const report = (given: EntityPair): void => {
    // Every path's pair (one word apart, a short form, a slip): one Turkish name in two cases is a format equivalence (normalize/turkish-endings.ts).
    const [textA, textB] = [given.a.mentions[0]!.fact.text, given.b.mentions[0]!.fact.text]
    if (!given.format && placesApart(grammar, textA, textB)) return
    const caseForm = given.format ? undefined : caseOnlyReason(grammar, textA, textB)
    const pair = caseForm ? { ...given, evidence: [caseForm], format: caseForm, changes: '', spellingScore: 1 } : given
    pairedA.add(pair.a.key)
    pairedB.add(pair.b.key)
    addRuns('a', pair.a)
    addRuns('b', pair.b)
    const { a: x, b: y } = pair.at
    if (pair.format) {
      equivalences.push({ a: x.span, b: y.span, reason: pair.format })
      return
    }
    const signature = pair.changes
    if (signatures.has(signature)) return
    signatures.add(signature)
    // Rajeckshah and Rajeksah beside Rajekshah, against Rajekshah: a second slip of a spelling an entity already
    // stands on is that entity's, one divergence listing both, not one divergence per slip.
    const k = entities.findIndex((e) => e.a.some((s) => s.key === pair.a.key) || e.b.some((s) => s.key === pair.b.key) ||
      (e.a.some((s) => holdsKey(pair.a.key, s.key)) && e.b.some((s) => holdsKey(pair.b.key, s.key))))
    if (k >= 0) {
      const entity = entities[k]!
      if (!entity.a.some((s) => s.key === pair.a.key)) (entity.a as Spelling[]).push(pair.a)
      if (!entity.b.some((s) => s.key === pair.b.key)) (entity.b as Spelling[]).push(pair.b)
      entity.occurrences.a.push(...mentionsOf(factsA, pair.a))
      entity.occurrences.b.push(...mentionsOf(factsB, pair.b))
      return
    }
    const found = { a: mentionsOf(factsA, pair.a), b: mentionsOf(factsB, pair.b) }
    entities.push({ a: [pair.a], b: [pair.b], occurrences: found })
    divergences.push({
      kind: 'name',
      severity: 'medium',
      a: x.span,
      b: y.span,
      message: contradictionMessage('name', pair.evidence.includes(ANOTHER_STREET) ? 'street' : 'name', x.fact.text, y.fact.text, sides),
      occurrences: found,
      confidence: pair.confidence,
      evidence: pair.evidence,
    })
  }
  across.sort((x, y) => x.at.a.fact.tokens.length - y.at.a.fact.tokens.length)
  for (const pair of across) report(pair)

  // Spellings still unpaired: a further spelling of an entity found respelt (Philippines beside Phlippines)…
  const leftA = onlyA.filter((s) => !pairedA.has(s.key))
  const leftB = onlyB.filter((s) => !pairedB.has(s.key))
  for (const [side, left, facts, paired] of [['a', leftA, factsA, pairedA], ['b', leftB, factsB, pairedB]] as const) {
    for (const [spelling, k] of joinEntities(left, entities)) {
      paired.add(spelling.key)
      addRuns(side, spelling)
      entities[k]!.occurrences[side].push(...mentionsOf(facts, spelling))
    }
  }
  // …or one report's second spelling of a name the other report writes too (Syndey beside Sydney).
  // Read only where a spelling is left to join an entity or to be judged a slip of the pen (the other side's left-overs,
  // which only shrink): most pairs of a story's reports have neither, and each list walks its report's every spelling.
  const writtenA = entities.length > 0 || leftB.some((s) => !pairedB.has(s.key)) ? writtenSpellings(statedA.list, absentA, pairedA) : []
  const writtenB = entities.length > 0 || leftA.some((s) => !pairedA.has(s.key)) ? writtenSpellings(statedB.list, absentB, pairedB) : []
  // An entity found respelt lists the spelling both reports write too, where it respells one of the entity's.
  for (const [side, shared, facts] of [['a', writtenA, factsA], ['b', writtenB, factsB]] as const) {
    for (const [spelling, k] of sharedOfEntities(shared, entities)) entities[k]!.occurrences[side].push(...mentionsOf(facts, spelling))
  }
  for (const pair of resolveTypos(leftA.filter((s) => !pairedA.has(s.key)), writtenB, judge, 'a', statedB, { text: docA.original, namesBySentence: factsA.namesBySentence })) report(pair)
  for (const pair of resolveTypos(leftB.filter((s) => !pairedB.has(s.key)), writtenA, judge, 'b', statedA, { text: docB.original, namesBySentence: factsB.namesBySentence })) report(pair)
  // Kaká / Kaké: a short name respelt by one letter beside the spelling both reports write (short-respellings.ts).
  const shortSide = (facts: DocumentFacts, doc: PreparedDocument, left: readonly Spelling[], paired: ReadonlySet<string>, stated: StatedSpellings, absent: readonly AbsentName[]) =>
    ({ facts, text: doc.original, left: () => left.filter((s) => !paired.has(s.key)), stated: stated.list, absent })
  reportShortRespellings({ a: shortSide(factsA, docA, leftA, pairedA, statedA, absentA), b: shortSide(factsB, docB, leftB, pairedB, statedB, absentB) }, report)
  // Hoàng / Hồ Khắc Ngọc: one word changed, which only the sentences around can call one person.
  for (const pair of resolveOneWord(leftA.filter((s) => !pairedA.has(s.key)), leftB.filter((s) => !pairedB.has(s.key)), alignments, diffs)) report(pair)

  // A span met through two spellings (Djokovic, inside Novak Djokovic) is listed once, in document order.
  for (const { occurrences: found } of entities) {
    for (const spans of [found.a, found.b]) {
      const unique = [...new Map(spans.map((span) => [span.start, span])).values()].sort((x, y) => x.start - y.start)
      spans.splice(0, spans.length, ...unique)
    }
  }
  // CNRP / CNPR: an organisation's abbreviation respelt, which the name extractor does not read.
  // Built when an abbreviation pair asks, by sentence pair number: most pairs of reports never ask.
  let links: Set<number> | undefined
  const width = docB.sentences.length
  const linked = (i: number, j: number): boolean =>
    (links ??= new Set(alignments.flatMap((link) => link.a.flatMap((x) => link.b.map((y) => x * width + y))))).has(i * width + j)
  // شنڤريحة / شنقريحة: an Arabic name, which the extractor cannot read without capitals, respelt by a borrowed letter.
  divergences.push(...swappedAbbreviations(docA, docB, linked, sides), ...borrowedLetterRespellings(docA, docB, linked, sides), ...makerConflicts(docA, docB, sides), ...swappedNameWords(factsA.names, factsB.names, sides, divergences, { a: docA.original, b: docB.original }))
  // Ấn Độ, Anh, Estonia / Ấn Độ, Anh, Ukraine: one list of linked sentences with one member replaced
  for (const replaced of replacedListMembers(docA, docB, factsA.namesBySentence, factsB.namesBySentence, alignments, sides)) {
    const [ka, kb] = [keyOf(replaced.a.fact), keyOf(replaced.b.fact)]
    if (pairedA.has(ka) && pairedB.has(kb)) continue
    pairedA.add(ka)
    pairedB.add(kb)
    divergences.push(replaced.divergence)
  }
  // A pair compared alone: what the judge read of each report (its phrase and word counts, the stated
  // spellings' probe index) has no later reader, and the missing-name search below is where the
  // call's memory peaks (docs/eval.md, mem59). Dropped here rather than kept with the reports.
  if (lone) {
    judge = statedA = statedB = undefined
    forgetJudging(docA, factsA)
    forgetJudging(docB, factsB)
  }
  const missing = [
    ...missingNames(docA, factsB, absentA, pairedA, entityRuns.a, sides.a, sides.b, 'a', docB, factsA),
    ...missingNames(docB, factsA, absentB, pairedB, entityRuns.b, sides.b, sides.a, 'b', docA, factsB),
  ]
  return { divergences, equivalences, missing }
}
