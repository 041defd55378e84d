/**
 * Names one report writes and the other never does, in any spelling.
 *
 * A name is absent when its words are not written, word after word, anywhere
 * in the other report (diacritics, doubled letters and romanisation aside).
 * An absent name is reported `missing` only when a reader would miss it: not
 * when its respelling was paired with it, not when the other report names it
 * by a short form (Lindsay for Germaine Lindsay), not when it holds a name
 * paired with its respelling (Nam Volgograd), and never a photo credit or the agency an
 * article is taken from (Ảnh: AFP, Theo Reuters, (TTXVN)).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { ExpansionTable } from '../../../normalize/abbreviations'
import { foldWord } from '../../../normalize/fold'
import { type WordStream, wordStream } from '../../../document/word-stream'
import { tokenize } from '../../../normalize/tokens'
import type { DocumentFacts, Located } from '../../extract/collect'
import { firstNameReading } from '../../extract/collect'
import { statesFacts } from '../../extract/stating-lines'
import { type UnplacedDivergence, missingMessage } from '../../describe'
import type { NameFact } from '../../extract/names/names'
import { isVietnameseSyllable } from '../../extract/vi-syllables'
import { mentionsEntity } from '../names/entity-mentions'
import { nameNotMissing } from './not-missing'
import { namedByOtherName, renamedKeys } from '../names/renamed-names'
import { namedAtOpening } from '../names/opening-short-forms'
import { creditsReport, isAgency } from '../names/credits'
import { withAcronym } from '../names/acronym-names'
import { withModelCode } from '../names/model-codes'
import { joinedInitials } from '../names/joined-initials'
import { writtenFamiliar, writtenIn, writtenJoined, writtenSpread } from '../names/name-written'
import { namedByAlias } from '../names/alias-forms'
import { writtenRomanised } from '../names/name-romanised'
import { withBody } from '../names/name-institutions'
import { bodyNamedOtherwise } from '../names/name-body-places'
import { Attached } from '../../../document/attached'
import { cutLabel, headlineCasing } from './case-only-names'
import { labelsNamedPerson } from './descriptor-names'
import { datelineTag } from './dateline-tags'
import { keyOfName } from '../names/stated-spellings'
import { type Stops, nameStops, wholeName, writtenWhole } from './whole-names'
import type { Span } from '../../../types'

// An abbreviation in capitals that may stand for a joined name of the other report (joined-initials.ts).
const ABBREVIATION = /^\p{Lu}{3,6}$/u

/** A name of one report not written in the other, with its key and folded words. */
export interface AbsentName {
  readonly name: Located<NameFact>
  readonly key: string
  readonly words: readonly string[]
  /** Written in the other report in a close spelling (doubled letters, romanisation) or with its spaces moved: never missing. */
  readonly writtenLoosely: boolean
}

/** A name's words as the word stream keys them: the same in every pair its report is in. */
const nameWords = (fact: NameFact, expansions: ExpansionTable): string[] => tokenize(fact.text, expansions).map((token) => token.key)

// On the name, with the table it was keyed by: once() kept a store of two maps, and a third for the
// table, for every name it was asked about (some 2 MB for the 3,900 names of a 1 MB report), and a
// module WeakMap by name would keep young names' words alive (see document/attached.ts).
const wordsByName = new Attached<NameFact, { readonly table: ExpansionTable; readonly words: string[] }>('wordsByName')

/**
 * `nameWords`, worked out once per name and table, and shared by the copies of a name (the same
 * sentence in several reports of a story): the written-verdicts below are kept by this list, so a
 * report is asked once about a name every other report writes, not once per report.
 */
function wordsOfName(name: NameFact, expansions: ExpansionTable): string[] {
  const fact = firstNameReading(name)
  const kept = wordsByName.get(fact)
  if (kept !== undefined && kept.table === expansions) return kept.words
  const words = nameWords(fact, expansions)
  wordsByName.set(fact, { table: expansions, words })
  return words
}

/** Every run of words a report writes as a name: the short forms another report may use (Lindsay, Ozil). */
const shortForms = (facts: DocumentFacts): ReadonlySet<string> => new Set(facts.names.map((n) => n.fact.tokens.join(' ')))

// By name list (a report keeps its lists), key function and expansion table: two keys past the
// list, more than once()'s one argument holds, so the tables are kept by hand.
const soughtByList = new Attached<readonly Located<NameFact>[], Map<(fact: NameFact) => string, Map<ExpansionTable, AbsentName[]>>>('soughtByList')

/** The first stating mention of each key in `names`, with its words: the candidates of every pair the report is in. */
function soughtNames(own: PreparedDocument, names: readonly Located<NameFact>[], keyOf: (fact: NameFact) => string, expansions: ExpansionTable): AbsentName[] {
  let byKey = soughtByList.get(names)
  if (!byKey) soughtByList.set(names, (byKey = new Map()))
  let byTable = byKey.get(keyOf)
  if (!byTable) byKey.set(keyOf, (byTable = new Map()))
  let list = byTable.get(expansions)
  if (!list) {
    list = []
    const seen = new Set<string>()
    for (const name of names) {
      if (!statesFacts(own.sentences[name.sentence]!)) continue
      const key = keyOf(name.fact)
      if (seen.has(key)) continue
      seen.add(key)
      list.push({ name, key, words: wordsOfName(name.fact, expansions), writtenLoosely: false })
    }
    byTable.set(expansions, list)
  }
  return list
}

/**
 * Names of `own` (stated, not in captions or credits) that `other` never
 * writes letter for letter, one per key, in document order.
 */
export function absentNames(
  own: PreparedDocument,
  names: readonly Located<NameFact>[],
  other: PreparedDocument,
  otherKeys: ReadonlySet<string>,
  paired: ReadonlySet<string>,
  keyOf: (fact: NameFact) => string,
  expansions: ExpansionTable,
): AbsentName[] {
  if (names.length === 0) return []
  // The names to look for, first: the other report's word stream indexes only their first words.
  // Which mention of each key is sought depends on the own report alone (the pair only skips keys).
  const sought = soughtNames(own, names, keyOf, expansions).filter((n) => !paired.has(n.key) && !otherKeys.has(n.key) && n.words.length > 0)
  if (sought.length === 0) return []
  const stream = once(other, wordStream, expansions)
  let verdicts = writtenVerdicts.get(stream)
  if (!verdicts) writtenVerdicts.set(stream, (verdicts = new Map()))
  const out: AbsentName[] = []
  for (const n of sought) {
    let verdict = verdicts.get(n.words)
    if (verdict === undefined) {
      verdict = writtenIn(stream, n.words, true) ? WRITTEN : writtenIn(stream, n.words) || writtenJoined(stream, n.words) || writtenFamiliar(stream, n.words) || writtenSpread(stream, n.words, other) ? LOOSELY : ABSENT
      verdicts.set(n.words, verdict)
    }
    if (verdict !== WRITTEN) out.push({ ...n, writtenLoosely: verdict === LOOSELY })
  }
  return out
}

// How a report writes a name's words: letter for letter, only loosely (or joined up), or not at all.
const WRITTEN = 0
const LOOSELY = 1
const ABSENT = 2
// By word stream (one per report and table), by a name's word list (one per name and table, see
// `wordsOfName`): a story asks each report about the names of every other report it is paired
// with, and most of them are the same names, mentioned in the same copied sentences. Not once():
// a verdict is worked out from the other report as well as its stream, and filled as pairs ask.
const writtenVerdicts = new Attached<WordStream, Map<readonly string[], number>>('writtenVerdicts')

/**
 * One word of a longer capitalised run the extractor split (Thanh Niên
 * Online): a fragment, not a name. A capitalised word opening the
 * sentence before it (Khi Messi…) does not count.
 */
function isFragment(doc: PreparedDocument, name: Located<NameFact>): boolean {
  // A title introduces a person (Tổng thống Nga Putin), never a piece of an outlet's name.
  if (name.fact.tokens.length !== 1 || name.fact.title !== undefined) return false
  const sentence = doc.sentences[name.sentence]!
  // The word before, separated by one space (scanned, not matched: an unanchored regex here backtracks).
  const space = name.span.start - 1
  if (space <= sentence.start || doc.original[space] !== ' ') return false
  let at = space
  while (at > Math.max(sentence.start, space - 24) && /[\p{L}\p{M}]/u.test(doc.original[at - 1]!)) at--
  const word = doc.original.slice(at, space)
  if (word === '' || word[0] === word[0]!.toLowerCase()) return false
  const lead = doc.original.slice(sentence.start, at).trim()
  if (lead === '' || /[.…!?:;"“”(]$/u.test(lead)) return false
  // Only where the extractor cuts a run on purpose, between Vietnamese syllables and a foreign
  // word (Thanh Niên Online). Del Rosario stays a name; so do SEA Games and WIMM Labs, which
  // the planted benchmark counts as names.
  return isVietnameseSyllable(foldWord(word)) && !isVietnameseSyllable(name.fact.tokens[0]!)
}

/**
 * The shorter runs of a name's words (a surname, a given name) that may stand for it: of the name
 * alone, so listed once per word list (copies of a name share theirs) rather than once per pair.
 * A lone syllable (Nam of Việt Nam, An of Nguyễn An) names too many things to stand for the name.
 */
function shortRunsOf(tokens: readonly string[]): readonly string[] {
  const known = shortRuns.get(tokens)
  if (known !== undefined) return known
  const runs: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j <= tokens.length; j++) {
      if (j - i === tokens.length) continue
      const run = tokens.slice(i, j).join(' ')
      if (j - i >= 2 || (run.length >= 4 && !isVietnameseSyllable(run))) runs.push(run)
    }
  }
  shortRuns.set(tokens, runs)
  return runs
}
const shortRuns = new Attached<readonly string[], readonly string[]>('shortRuns')

/** Is a shorter run of the name's words (a surname, a given name) a name of its own in the other report? */
function namedInShort(tokens: readonly string[], otherNames: ReadonlySet<string>): boolean {
  return shortRunsOf(tokens).some((run) => otherNames.has(run))
}

// Per name mention: whether it is a credit, a byline (credits.ts), a fragment, a headline's casing or a
// word cut short (case-only-names.ts), which its own report alone
// decides; a story asks it in every pair the report is in.
const notFacts = new Attached<Located<NameFact>, boolean>('notFacts')
function notAFact(own: PreparedDocument, name: Located<NameFact>): boolean {
  let known = notFacts.get(name)
  if (known === undefined) notFacts.set(name, (known = creditsReport(own, name) || isFragment(own, name) || headlineCasing(own, name) || cutLabel(own, name)))
  return known
}

/**
 * The absent names a reader would miss, as `missing` divergences: not a
 * respelling that was paired, a name the other report gives in short, a
 * mention of an entity found respelt, or a credit.
 */
export function missingNames(
  own: PreparedDocument,
  otherFacts: DocumentFacts,
  absent: readonly AbsentName[],
  paired: ReadonlySet<string>,
  entityRuns: readonly (readonly string[])[],
  stated: string,
  silent: string,
  side: 'a' | 'b',
  other: PreparedDocument,
  ownFacts?: DocumentFacts,
): UnplacedDivergence[] {
  // Most pairs of a story's reports leave no name absent: nothing to list, and no runs gathered.
  if (absent.length === 0) return []
  // Short forms the other report uses: one-word names and their sub-runs (Lindsay, Ozil).
  const otherShort = once(otherFacts, shortForms)
  // Every spelling of an entity found respelt, at whichever stage: a mention of one (a longer run
  // holding it, a shorter run of it, it glued to the next word) has its other spelling in the other report.
  const runs = [...entityRuns, ...absent.filter((n) => paired.has(n.key)).map((n) => n.name.fact.tokens)]
  // A person of this report the other names too: written there (no absent key), or by a short form of it.
  let absentKeys: ReadonlySet<string> | undefined
  const namedInOther = (person: Located<NameFact>): boolean =>
    !(absentKeys ??= new Set(absent.filter((n) => !paired.has(n.key) && !n.writtenLoosely).map((n) => n.key))).has(keyOfName(person.fact)) ||
    namedInShort(person.fact.tokens, otherShort)
  const out: UnplacedDivergence[] = []
  const kept: { readonly name: Located<NameFact>; readonly span: Span }[] = []
  for (const { name, key, writtenLoosely } of absent) {
    if (paired.has(key) || writtenLoosely) continue
    const tokens = name.fact.tokens
    // The other report names it in short: its surname or given name alone, or a shorter run of it.
    if (namedInShort(tokens, otherShort)) continue
    // Imperial Brands, formerly Imperial Tobacco: the other report names it by the name this one says it had (renamed-names.ts).
    if (ownFacts !== undefined && namedByOtherName(renamedKeys(own, ownFacts), name.fact.key, otherShort)) continue
    // …or opens a quotation with it, where no lone word is read as a name (opening-short-forms.ts).
    if (namedAtOpening(name.fact.text, shortRunsOf(tokens), other)) continue
    if (mentionsEntity(tokens, runs)) continue
    // Republican President-elect Donald Trump, Newsom, a Democrat, Tổng thống Mỹ Donald Trump: a label of a person both name (descriptor-names.ts).
    if (ownFacts !== undefined && labelsNamedPerson(own, ownFacts, name, namedInOther, other, otherFacts)) continue
    // Lavrov / Lawrow: the other report romanises it by another language's rules (name-romanised.ts).
    if (writtenRomanised(name.fact, otherFacts)) continue
    // Barca / Barcelona, BIONZ, NATO, Saddam / Hussein: another form of the same name (alias-forms.ts).
    if (ownFacts !== undefined && namedByAlias(own, ownFacts, name, other, otherFacts)) continue
    if (notAFact(own, name) || nameNotMissing(own, other, name, otherFacts)) continue
    // FORT LAUDERDALE, Fla. (AP) —: a dateline's state and outlet, unless the other's dateline gives another state (dateline-tags.ts).
    if (datelineTag(own, name, other)) continue
    // Đại học Peking / Trường Đại học Bắc Kinh: one body after two names of its place (name-body-places.ts).
    if (bodyNamedOtherwise(own, name, other)) continue
    // Ủy ban … Mặt trận Tổ quốc Việt Nam: the body whose name ends with it (name-institutions.ts).
    const span = withBody(own, name, withModelCode(own, name, withAcronym(own, name, isAgency), isAgency))
    // OGE Energy Corp, MTTQVN: the abbreviation (opening it) stands for a name the other report writes in words (Oklahoma Gas and Electric).
    const abbreviation = span.start < name.span.start ? own.original.slice(span.start, name.span.start).trim() : name.fact.text
    if (ABBREVIATION.test(abbreviation) && once(other, joinedInitials).has(abbreviation)) continue
    kept.push({ name, span })
  }
  // Martin Luther | King Jr.: the pieces of one name, listed as the name (whole-names.ts).
  let stops: Stops | undefined
  // the whole names listed so far, by sentence (a whole name never leaves its piece's): a later piece of
  // one (Jr of Martin Luther King Jr.) is listed with it, looked for among its own sentence's alone
  const wholes = new Map<number, Span[]>()
  for (const { name, span: piece } of kept) {
    let span = piece
    // a span another rule widened (a body, an acronym, a model code) is as that rule placed it
    if (ownFacts !== undefined && piece.start === name.span.start && piece.end === name.span.end) {
      span = wholeName(own, name.sentence, piece, (stops ??= nameStops(ownFacts, kept.map((k) => k.name.span))))
      if (wholes.get(name.sentence)?.some((w) => w.start <= span.start && span.end <= w.end)) continue
      if (span !== piece) {
        // June | Jordan School for Equity: the other report writes the whole name.
        if (writtenWhole(other, span.text)) continue
        const listed = wholes.get(name.sentence)
        if (listed) listed.push(span)
        else wholes.set(name.sentence, [span])
      }
    }
    out.push({
      kind: 'missing',
      severity: 'low',
      factType: 'name',
      a: side === 'a' ? span : null,
      b: side === 'b' ? span : null,
      message: missingMessage('name', 'name', span.text, stated, silent),
      confidence: 1,
      evidence: [],
    })
  }
  return out
}
