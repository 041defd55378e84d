/**
 * Names resolved per entity across two whole reports: a respelling is found
 * wherever the two spellings stand, in linked sentences or not.
 *
 * Only spellings that one report writes and the other never does (in any
 * spelling) are candidates: a name both reports write is no respelling, and
 * two names each report writes (Iran, Iraq) stay two. Each name probes a
 * bounded set of the other report's names (name-probes.ts: by its words and
 * their one- and two-letter deletions), never all of them. A pair is judged
 * by its spelling (name-spelling.ts) and by its context: its sentences
 * linked, the same title, word pairs the sentences around the two mentions
 * share. Pairing is mutual-best, so one person is never two.
 */
import { type CaseGrammar, caseFormLink } from './case-forms'
import { stockPair } from './name-phrases'
import { foldWord } from '../../../normalize/fold'
import type { Located } from '../../extract/collect'
import { formatOnly } from '../../reasons/name-format'
import { sameExonym } from '../../reasons/places'
import { sameRomanisedName } from '../../reasons/name-transliterations'
import { transcribedAlike } from '../../reasons/name-arabic'
import { genderedPeople } from '../../reasons/name-gendered'
import { type SpellingJudgement, judgeSpelling } from '../../reasons/name-spelling'
import { reorderedSyllables, syllablesMayMove } from '../../reasons/syllable-order'
import type { NameFact } from '../../extract/names/names'
import type { Spelling } from './name-probes'
import { mayBeOnePerson } from './vi-person-texts'
import { streetRelation } from './street-names'
import { sameVenue } from './venue-names'
import type { PersonJudge } from './vi-person-names'
import { bodyCoresRespelt, kindWordsAroundOnePlace } from './body-cores'
import { mentionSpans, textPairMemo } from './spelling-views'
import { spaceLost } from './glued-words'
import { onlyDoublesApart } from './doubled-letters'
import { loneSuffixDropped } from './name-suffixes'
import { aliasRespelt } from './name-aliases'
import { nameCache, remember } from './name-caches'
import { type CutText, TEXT_CUT_OFF, cutOffName } from './cut-off'
import { KIND_WORDS_TRANSLATED, kindWordsTranslated, properMention } from './translated-kinds'

// Verdicts that read the two texts alone (and the kinds of name), kept for a story's every pair (spelling-views.ts).
const genderedPeopleOf = textPairMemo(genderedPeople)
const streetRelationOf = textPairMemo(streetRelation)
const sameVenueOf = textPairMemo(sameVenue)
const sameExonymOf = textPairMemo(sameExonym)
const sameRomanisedNameOf = textPairMemo(sameRomanisedName)

export interface EntityPair {
  readonly a: Spelling
  readonly b: Spelling
  readonly confidence: number
  readonly evidence: readonly string[]
  /** Set when the two differ in form only (apostrophe, hyphenation, possessive): an equivalence, not a divergence. */
  readonly format?: string
  /** The differing words of each side (see `judgeSpelling`); empty for a format pair. */
  readonly changes: string
  /** How close the two spellings are, from the spelling alone (see `judgeSpelling`); 1 for a format pair. */
  readonly spellingScore: number
  /** The two mentions that state the same thing best: in linked sentences, or in the sentences sharing most context. */
  readonly at: { readonly a: Located<NameFact>; readonly b: Located<NameFact> }
}

// Titles that say nothing about who someone is (Mr, ông) are no evidence.
const GENERIC_TITLES = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'em', 'ngài', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr'].map(foldWord))
// Mention counts are capped so a long report costs linear time (bucket sizes too: name-probes.ts).
const MENTIONS_READ = 8
// A reordered name's likeness, as name-spelling.ts scores a foreign name's words reordered.
const SWAPPED_SYLLABLES = 0.8

/** Word pairs two contexts share, but for stock phrases (name-phrases.ts: "said at a news conference that" ties no two mentions). */
function sharedCount(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  // The count is the same read from either side: the smaller set asks fewer look-ups (every spelling pair of every pair of a story asks it).
  const [few, many] = x.size <= y.size ? [x, y] : [y, x]
  let n = 0
  for (const item of few) if (many.has(item) && !stockPair(item)) n++
  return n
}

export interface Context {
  readonly linked: (a: number, b: number) => boolean
  /** Is a mention of the spelling followed by 's (O'Neill's), in report A or B? */
  readonly possessiveA: (spelling: Spelling) => boolean
  readonly possessiveB: (spelling: Spelling) => boolean
  readonly originals: { readonly a: string; readonly b: string }
  /** Each report's text and prose sentences, where a name cut short can stand (cut-off.ts). */
  readonly cutA: CutText
  readonly cutB: CutText
  readonly contextA: (spelling: Spelling) => ReadonlySet<string>
  readonly contextB: (spelling: Spelling) => ReadonlySet<string>
  /** Word pairs of one sentence of A or of B. */
  readonly sentenceA: (sentence: number) => ReadonlySet<string>
  readonly sentenceB: (sentence: number) => ReadonlySet<string>
  /** Does no other name of the two reports share these two spellings' letters (Viết Phong / Việt Phong)? */
  readonly lettersUnique: (a: string, b: string) => boolean
  /** Shared context word pairs each report writes in one sentence only (name-phrases.ts). */
  readonly onceShared: (a: Spelling, b: Spelling) => number
  /** Are the two names (of these spellings) a place and its adjective, by their letters and use (name-demonyms.ts)? */
  readonly placeDerived: (a: Spelling, b: Spelling, textA: string, textB: string) => boolean
  /** A person's one-word name and the same name with a derivation's ending: respelt (name-demonyms.ts). */
  readonly personRespelt: (a: Spelling, b: Spelling, textA: string, textB: string) => boolean
  /** Why the reports place one event on these two streets of one specific name, in sentences not linked, or undefined (street-places.ts). */
  readonly streetsPlaced: (a: Spelling, b: Spelling, textA: string, textB: string) => string | undefined
  /** Are the two names a person's, with no kinship word making them two of one family (given-name-person.ts)? */
  readonly givenNameMayBeRespelt: (a: Spelling, b: Spelling, textA: string, textB: string) => boolean
  /** Trần Hữu Chung / Trần Hữu Trung: one Vietnamese person respelt, where the reports agree on him (vi-person-names.ts). */
  readonly viPerson: PersonJudge
  /** The two reports' languages when each has its own transcription of Arabic names, read from each whole report (extract/names/press-languages.ts). */
  readonly languagesDiffer: () => readonly [string, string] | undefined
  /** The case grammars both reports are read in, whose case endings respell no name (case-forms.ts). */
  readonly grammar: CaseGrammar
  /** Is a folded word a one-word name both reports write on its own (Congo)? */
  readonly sharedWord: (word: string) => boolean
  /** The most other names one sentence of each spelling shares (names-beside.ts). */
  readonly namesBeside: (a: Spelling, b: Spelling) => number
  /** Does one report write both transcriptions of the pair's name (house-spellings.ts)? */
  readonly houseWritesBoth: (textA: string, textB: string) => boolean
}

/** The mentions of the two spellings most likely to state one thing: linked sentences first, then most shared context. */
function bestMentions(a: Spelling, b: Spelling, context: Context): { at: EntityPair['at']; linked: boolean } {
  let at = { a: a.mentions[0]!, b: b.mentions[0]! }
  let best = -1
  const readA = Math.min(a.mentions.length, MENTIONS_READ)
  const readB = Math.min(b.mentions.length, MENTIONS_READ)
  for (let i = 0; i < readA; i++) {
    const m = a.mentions[i]!
    // A mention in the sentence of the one before it meets every mention as that one did (no link, a share no greater): skipped.
    if (i > 0 && a.mentions[i - 1]!.sentence === m.sentence) continue
    for (let j = 0; j < readB; j++) {
      const n = b.mentions[j]!
      if (j > 0 && b.mentions[j - 1]!.sentence === n.sentence) continue
      if (context.linked(m.sentence, n.sentence)) return { at: { a: m, b: n }, linked: true }
      const shared = sharedCount(context.sentenceA(m.sentence), context.sentenceB(n.sentence))
      if (shared > best) {
        best = shared
        at = { a: m, b: n }
      }
    }
  }
  return { at, linked: false }
}

function titleOf(spelling: Spelling): string | undefined {
  for (const mention of spelling.mentions) {
    const title = mention.fact.title
    if (title && !GENERIC_TITLES.has(title)) return title
  }
  return undefined
}

// The spelling score of a person's one-word name with a derivation's ending (Hassani / Hassan): one letter or two added, as a typo's.
const PERSON_ENDING = 0.8

// The names of one report meet those of another in every pair of a story: each two spellings are judged once.
const spellingJudgements = nameCache<SpellingJudgement>()
function spellingOf(a: string, b: string, marks: boolean, person: boolean): SpellingJudgement {
  const key = `${marks ? 1 : 0}${person ? 1 : 0}\u0000${a}\u0000${b}`
  let judgement = spellingJudgements.get(key)
  return judgement ?? remember(spellingJudgements, key, judgeSpelling(a, b, { marks, person }))
}

/**
 * Hoa Liên / Liên Hoa: a name's syllables in another order, a respelling only where the two
 * reports state the names alike (reasons/syllable-order.ts); undefined otherwise.
 */
function syllablesSwapped(a: Spelling, b: Spelling, textA: string, textB: string, context: Context): SpellingJudgement | undefined {
  if (!reorderedSyllables(textA, textB)) return undefined
  const shared = sharedCount(context.contextA(a), context.contextB(b))
  if (!syllablesMayMove(a.mentions, b.mentions, bestMentions(a, b, context).linked, shared)) return undefined
  return { kind: 'respelling', score: SWAPPED_SYLLABLES, evidence: ['syllables reordered'], shortForm: false, sharedWords: 0, changes: `${textA}\u0000${textB}` }
}

/** Trần Chung Thủy / Trần Thủy Chung: one person's full name respelt, judged with the context that decides it. */
function viPersonSpelt(a: Spelling, b: Spelling, textA: string, textB: string, context: Context): SpellingJudgement | undefined {
  // (the two texts alone turn most pairs away: their context is not read for them)
  if (!mayBeOnePerson(textA, textB)) return undefined
  const shared = sharedCount(context.contextA(a), context.contextB(b))
  return context.viPerson(a, b, textA, textB, bestMentions(a, b, context).linked, shared)
}

/**
 * How sure a pair is one entity respelt, from its spelling and context, or
 * undefined when the spelling rules it out. The spelling alone stays below
 * 0.5 (a candidate); linked sentences, a shared title or shared context lift it.
 */
export function judgePair(a: Spelling, b: Spelling, context: Context): EntityPair | undefined {
  const x = a.mentions[0]!.fact
  const y = b.mentions[0]!.fact
  // A short form names whom its report's full name names; with several, no one in particular.
  if (a.full === '' || b.full === '') return undefined
  // Harry Potte, the last words of a scraped page, / Harry Potter: the other report's name cut short (cut-off.ts).
  if (cutOffName(x.text, a.mentions, context.cutA, b.full ?? y.text) || cutOffName(y.text, b.mentions, context.cutB, a.full ?? x.text)) {
    return { a, b, confidence: 1, evidence: [TEXT_CUT_OFF], format: TEXT_CUT_OFF, changes: '', spellingScore: 1, at: { a: a.mentions[0]!, b: b.mentions[0]! } }
  }
  const [textA, textB] = loneSuffixDropped(a.full ?? x.text, b.full ?? y.text)
  // Two different titles (a mayor, a minister) are two people.
  const titleA = titleOf(a)
  const titleB = titleOf(b)
  if (titleA && titleB && titleA !== titleB) return undefined
  // Olena Zelenska / Zelensky, Navalnaya / Navalny: a wife and a husband, two people (name-gendered.ts).
  if (genderedPeopleOf(textA, textB, x.category, y.category)) return undefined
  // Merkels / Merkel, Ankara'da / Ankara'ya: one name in two cases is one entity, linked as a format (not two `missing`
  // names, rgerman53); … sagte Peters / Peter is two people, the -s standing as no genitive (rgerman54; case-forms.ts).
  const caseForm = caseFormLink(context.grammar, { text: textA, original: context.originals.a, spans: () => mentionSpans(a) }, { text: textB, original: context.originals.b, spans: () => mentionSpans(b) })
  if (caseForm === 'apart') return undefined
  if (caseForm !== undefined) {
    const at = caseForm.grammar === 'turkish' ? { a: a.mentions[0]!, b: b.mentions[0]! } : bestMentions(a, b, context).at
    return { a, b, confidence: 1, evidence: [caseForm.reason], format: caseForm.reason, changes: '', spellingScore: 1, at }
  }
  const format = formatOnly(textA, textB, context.possessiveA(a), context.possessiveB(b))
  if (format?.kind === 'format') return { a, b, confidence: 1, evidence: [format.reason], format: format.reason, changes: '', spellingScore: 1, at: { a: a.mentions[0]!, b: b.mentions[0]! } }
  if (format?.kind === 'same') return undefined
  const street = streetPair(a, b, streetRelationOf(textA, textB), textA, textB, context)
  if (street) return street
  // Li Ninga été / Li Ning: a function word run into the name, its space lost (glued-words.ts).
  const joined = sameVenueOf(textA, textB) ? 'venue kind word moved' : spaceLost(a.mentions, b.mentions, context.originals.a, context.originals.b)
  if (joined) return { a, b, confidence: 1, evidence: [joined], format: joined, changes: '', spellingScore: 1, at: bestMentions(a, b, context).at }
  // Kharkiv / Kharkov, Zelenskyy / Zelenskiy in sentences not linked: one place or person in two
  // romanisations (reasons/places.ts, name-transliterations.ts), as variants.ts reads linked ones;
  // a titled mention (chị Nga) names a person, not the place.
  // A letter doubled or undoubled alone is how a name is mistyped (Asiyalova / Assiyalova), no romanisation.
  if ((sameExonymOf(textA, textB) && !titleA && !titleB && x.category !== 'person' && y.category !== 'person') || (sameRomanisedNameOf(textA, textB) && !onlyDoublesApart(textA, textB))) {
    return { a, b, confidence: 1, evidence: ['transliteration'], format: 'transliteration', changes: '', spellingScore: 1, at: bestMentions(a, b, context).at }
  }
  // Blane Wade / Blain Wade: a given name respelt before one family name, unless either is read as a place or an organisation (name-given.ts).
  const person = x.category !== 'place' && y.category !== 'place' && x.category !== 'org' && y.category !== 'org' && context.givenNameMayBeRespelt(a, b, textA, textB)
  const judged = spellingOf(textA, textB, context.lettersUnique(x.text, y.text), person)
  let spelling = judged.kind === 'different' ? (syllablesSwapped(a, b, textA, textB, context) ?? (person ? viPersonSpelt(a, b, textA, textB, context) : undefined) ?? judged) : judged
  // Air Traset / Trasept Congo: one company respelt, a kind word on one side and a shared place on the other (body-cores.ts).
  if (spelling.kind === 'different' && x.category !== 'person' && y.category !== 'person') spelling = bodyCoresRespelt(textA, textB, context.sharedWord) ?? spelling
  // Kendall Regional Medical Center / Centro Médico Regional Kendal: a body's kind words translated, its proper part kept or respelt (translated-kinds.ts).
  if (spelling.kind === 'different' && x.category !== 'person' && y.category !== 'person') {
    const translated = kindWordsTranslated(textA, textB)
    if (translated === KIND_WORDS_TRANSLATED) {
      return { a, b, confidence: 1, evidence: [KIND_WORDS_TRANSLATED], format: KIND_WORDS_TRANSLATED, changes: '', spellingScore: 1, at: bestMentions(a, b, context).at }
    }
    if (translated) spelling = translated
  }
  // Muhammad Al Azhar alias Zoya / Muhammad Aljahra alias Zoya: one person by the alias both give (name-aliases.ts).
  if (spelling.kind === 'different') spelling = aliasRespelt(textA, context.originals.a, mentionSpans(a), textB, context.originals.b, mentionSpans(b)) ?? spelling
  // Korean Air / Air Korea: two bodies of one country named alike (body-cores.ts).
  if (spelling.kind === 'respelling' && kindWordsAroundOnePlace(textA, textB)) return undefined
  // the envoy Hassani / Hassan: a person's name has no derivation, one ending more is a respelling
  if (spelling.kind === 'same' && spelling.reason === 'word-form' && context.personRespelt(a, b, textA, textB)) {
    spelling = { kind: 'respelling', score: PERSON_ENDING, evidence: ["a person's name with one ending more"], shortForm: false, sharedWords: 0, changes: `${textA}\u0000${textB}` }
  }
  // Anthony M. Kennedy / Anthony Kennedy, Chong Wei Feng / Wei Feng Chong: one name in another form, stated by both.
  if (spelling.kind === 'same' && spelling.reason) {
    return { a, b, confidence: 1, evidence: [spelling.reason], format: spelling.reason, changes: '', spellingScore: 1, at: bestMentions(a, b, context).at }
  }
  if (spelling.kind !== 'respelling') return undefined
  // Kadhafi (French) / Gaddafi (English): each language's transcription, an equivalence as the Slavic ones above;
  // Qamishli / al-Qameshli, both used by one report, its own two transcriptions (house-spellings.ts).
  const conventions = context.languagesDiffer()
  if ((conventions && transcribedAlike(textA, textB, conventions[0], conventions[1])) || context.houseWritesBoth(textA, textB)) {
    return { a, b, confidence: 1, evidence: ['transliteration'], format: 'transliteration', changes: '', spellingScore: 1, at: bestMentions(a, b, context).at }
  }
  // North Korean / North Korea: a place's adjective after its leading words, another word, not the name respelt
  // (one-word names are read so before they get here: variants.ts).
  if (context.placeDerived(a, b, textA, textB)) return undefined
  const evidence = [...spelling.evidence]
  let confidence = spelling.score - 0.3
  const { at: mentions, linked } = bestMentions(a, b, context)
  // the respelling is the proper words' alone: the span points at them
  const at = spelling.evidence.includes(KIND_WORDS_TRANSLATED) ? { a: properMention(mentions.a), b: properMention(mentions.b) } : mentions
  if (linked) {
    confidence += 0.3
    evidence.unshift('linked sentences')
  }
  if (titleA && titleA === titleB) {
    confidence += 0.15
    evidence.push(`same title: ${titleA}`)
  }
  // a word pair both reports write once only, beside the two names, counts twice (name-phrases.ts)
  const shared = sharedCount(context.contextA(a), context.contextB(b)) + (linked ? 0 : context.onceShared(a, b))
  if (shared > 0) {
    confidence += shared >= 6 ? 0.25 : shared >= 3 ? 0.2 : 0.1
    evidence.push(`shared context words (${shared})`)
  } else if (!linked && context.namesBeside(a, b) > 0) {
    // independent wording shares no word pair; a third name both write beside the two still ties them
    confidence += 0.1
    evidence.push('same name beside')
  }
  if (spelling.sharedWords > 0) {
    confidence += spelling.sharedWords >= 2 ? 0.1 : 0.05
    evidence.push('same other name words')
  }
  // A lone short word (Ozil, Iraq) has many near neighbours that are other names.
  if (x.tokens.length === 1 && y.tokens.length === 1 && Math.min(x.text.length, y.text.length) <= 5) confidence -= 0.1
  if (spelling.shortForm) evidence.push('short form')
  if (a.opening || b.opening) {
    confidence -= 0.1
    evidence.push('opens a sentence')
  }
  return {
    a,
    b,
    confidence: Math.round(Math.min(0.99, Math.max(0, confidence)) * 100) / 100,
    evidence,
    at,
    changes: spelling.changes,
    spellingScore: spelling.score,
  }
}

// Two reports of one event naming one street's specific part with two type words (Harvard Avenue /
// Harvard Road) place it on two streets, when the two sentences state one thing (the aligner links
// them) or the reports place one event there (street-places.ts); otherwise they are two streets of
// two statements, left to the spelling rules.
const OTHER_STREET_LINKED = 0.9
const OTHER_STREET_PLACED = 0.7
export const ANOTHER_STREET = 'another street type'

/** Hill Street / Hill St.: one street (an equivalence); Harvard Avenue / Harvard Road of one event: two (street-names.ts). */
function streetPair(a: Spelling, b: Spelling, relation: 'same' | 'other' | undefined, textA: string, textB: string, context: Context): EntityPair | undefined {
  if (!relation) return undefined
  const { at, linked } = bestMentions(a, b, context)
  if (relation === 'same') return { a, b, confidence: 1, evidence: ['street type abbreviated'], format: 'street type abbreviated', changes: '', spellingScore: 1, at }
  const changes = `${at.a.fact.text}\u0000${at.b.fact.text}`
  if (linked) return { a, b, confidence: OTHER_STREET_LINKED, evidence: ['linked sentences', ANOTHER_STREET], changes, spellingScore: 0, at }
  const placed = context.streetsPlaced(a, b, textA, textB)
  if (placed === undefined) return undefined
  return { a, b, confidence: OTHER_STREET_PLACED, evidence: [placed, ANOTHER_STREET], changes, spellingScore: 0, at }
}

/** Judges a spelling of report A against one of report B, in the context of the two reports. */
export type PairJudge = (a: Spelling, b: Spelling) => EntityPair | undefined
