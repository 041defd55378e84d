/**
 * Names spelled two ways in sentences the aligner links, where the two spellings stand in the same
 * statement (Park Heong-joon / Park Hyeong Jun). Evidence is the spelling similarity; a weaker
 * similarity counts when a word diff of the sentence pair shows one spelling replaced by the other at
 * the same place. Each name of A is paired with its most similar name of B and the pairing must be
 * mutual, so one person is never reported as two others' variant. Pairs that differ in form only
 * (a case ending, a transcription, an apostrophe) are equivalences.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Alignment, Equivalence } from '../../../types'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { formatReason } from '../../describe'
import { formatOnly, transcription, writesVietnamese } from '../../reasons/name-format'
import { cForKName } from '../../reasons/name-same-sound'
import { sameExonym } from '../../reasons/places'
import { sameRomanisedName } from '../../reasons/name-transliterations'
import { inPersonalName } from '../../reasons/personal-names'
import { derivedWord, sameNameInShort } from '../../reasons/name-spelling'
import { ofInversion } from '../../reasons/of-inversion'
import type { SentenceDiffs } from '../sentences/word-diff'
import { type CaseGrammar, caseFormLink } from './case-forms'
import { insideBodyName } from './alias-standalone'
import { isNameVariant, nameSimilarity } from './name-match'
import { placeDerived } from './name-demonyms'
import { joinedInSource } from './glued-words'
import { linkedNames, nothingToPair, sentenceNames } from './link-names'
import { keyOfName } from './stated-spellings'
import { comparable, hyphenation, respelling, skeletonSimilarity } from './spelling-shapes'
import { kindsApart } from './name-kinds'
import { nameCache, remember } from './name-caches'
import { type CutText, TEXT_CUT_OFF, cutOffMention } from './cut-off'

export interface Candidate {
  readonly keyA: string
  readonly keyB: string
  readonly a: Located<NameFact>
  readonly b: Located<NameFact>
  readonly score: number
}

// How much weaker a spelling match may be when the word diff puts the two spellings in one place.
const DIFF_SUPPORT = 0.15

// Judgements of two spellings (pure functions of their texts), shared by every comparison as nameKeys
// are: the pairs of a story meet the same names again, and the string distances are the cost.
const similarities = nameCache<number>()
const relations = nameCache<ReturnType<typeof isNameVariant>>()

/** Does a word diff of the two sentences replace one name with the other? */
function diffPlacesTogether(diffs: SentenceDiffs, a: Located<NameFact>, b: Located<NameFact>): boolean {
  const overlaps = (range: readonly [number, number], fact: NameFact): boolean => range[0] < fact.end && fact.start < range[1]
  return diffs.between(a.sentence, b.sentence).some((hunk) => overlaps(hunk.a, a.fact) && overlaps(hunk.b, b.fact))
}

/** Is the name followed by an English possessive 's in its text (O'Neill's)? */
function possessive(doc: PreparedDocument, name: Located<NameFact>): boolean {
  return /^['’]s\b/u.test(doc.original.slice(name.span.end, name.span.end + 3))
}

/** What the linked sentences say of the two reports' names. */
export interface LinkedVariants {
  readonly equivalences: Equivalence[]
  /** Pairs linked as one name in another form: paired, so neither is `missing`. */
  readonly formatPairs: ReadonlyArray<{ readonly a: Located<NameFact>; readonly b: Located<NameFact> }>
  /** Mutually best respellings, every run length. */
  readonly mutual: readonly Candidate[]
  /** One of them per respelling: the shortest run. */
  readonly pairs: readonly Candidate[]
}

export function linkedVariants(
  docA: PreparedDocument,
  docB: PreparedDocument,
  factsA: DocumentFacts,
  factsB: DocumentFacts,
  alignments: readonly Alignment[],
  threshold: number,
  diffs: SentenceDiffs,
  grammar: CaseGrammar,
): LinkedVariants {
  const equivalences: Equivalence[] = []
  const bestOfA = new Map<string, Candidate>()
  const bestOfB = new Map<string, Candidate>()
  const keyOf = keyOfName

  // A spelling: the folded key with its hyphenation, since Jae-myung and Jae Myung are two spellings.
  // Asked for every pair of names of every link: written once per name.
  const spellingOf = new Map<NameFact, string>()
  const spelling = (fact: NameFact): string => spellingOf.get(fact) ?? spellingOf.set(fact, `${keyOf(fact)}\u0000${hyphenation(fact.text)}`).get(fact)!
  const similarityOf = (a: string, b: string): number => {
    const key = `${a}\u0000${b}`
    let score = similarities.get(key)
    if (score === undefined) remember(similarities, key, (score = cForKName(a, b) ? Math.max(threshold, nameSimilarity(a, b)) : nameSimilarity(a, b)))
    return score
  }

  // The same two names meet in many aligned pairs (a place, the main actor): judge each pair of spellings once.
  const looser = Math.max(0, threshold - DIFF_SUPPORT)
  const relationOf = (a: string, b: string): ReturnType<typeof isNameVariant> => {
    const key = `${looser}\u0000${a}\u0000${b}`
    let relation = relations.get(key)
    // Đắk Lắk / Đắc Lắc: c for k in every syllable leaves too few letters alike for the likeness score.
    if (relation === undefined) remember(relations, key, (relation = cForKName(a, b) ? 'variant' : isNameVariant(a, b, looser)))
    return relation
  }

  const formatPairs: Array<{ a: Located<NameFact>; b: Located<NameFact> }> = []
  // Marks dropped from a Vietnamese name respell it where both reports write Vietnamese; otherwise the
  // report without them writes another language, as that language writes the name (name-format.ts).
  let vietnamesePair: boolean | undefined
  const inVietnamese = (): boolean => (vietnamesePair ??= docA.language === 'vie' || docB.language === 'vie' || (writesVietnamese(docA.original) && writesVietnamese(docB.original)))
  const cutA: CutText = { text: docA.original, prose: (sentence) => docA.sentences[sentence]?.role === 'body' }
  const cutB: CutText = { text: docB.original, prose: (sentence) => docB.sentences[sentence]?.role === 'body' }
  const sentencesA = once(factsA, sentenceNames, docA)
  const sentencesB = once(factsB, sentenceNames, docB)
  for (const link of alignments) {
    const single = link.a.length === 1 && link.b.length === 1
    const namesA = single ? sentencesA.names[link.a[0]!]! : linkedNames(factsA, link.a)
    const namesB = single ? sentencesB.names[link.b[0]!]! : linkedNames(factsB, link.b)
    if (namesA.length === 0 || namesB.length === 0 || namesA.length * namesB.length > 400) continue
    if (nothingToPair(namesA, namesB, spelling, single && sentencesA.texts[link.a[0]!] === sentencesB.texts[link.b[0]!])) continue
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
        // Saigon / Ho Chi Minh City: a place's other name may be of any length (reasons/places.ts).
        if (!comparable(x.fact, y.fact) && !sameExonym(x.fact.text, y.fact.text)) continue
        // Both spellings on both sides (Vietnam+ and Việt Nam in each): two names, not one respelt.
        if (spellingsB.has(spelling(x.fact)) || spellingsA.has(spelling(y.fact))) continue
        // Harry Potte, a scraped page's last words, / Harry Potter: the name cut short where its text stops (cut-off.ts).
        if (cutOffMention(x, factsA.names, cutA, y.fact.text) || cutOffMention(y, factsB.names, cutB, x.fact.text)) {
          equivalences.push({ a: x.span, b: y.span, reason: TEXT_CUT_OFF })
          formatPairs.push({ a: x, b: y })
          continue
        }
        // O'Connor / OConnor, WiFi / Wi-Fi, O'Neill's / ONeills: the same name written in another form.
        const format = formatOnly(x.fact.text, y.fact.text, possessive(docA, x), possessive(docB, y))
        if (format?.kind === 'format') {
          equivalences.push({ a: x.span, b: y.span, reason: format.reason })
          formatPairs.push({ a: x, b: y })
          continue
        }
        if (format?.kind === 'same') continue
        // @Stake / AtStake: the sign spelt out as the word it reads; Li Ninga été / Li Ning a été, a space lost (glued-words.ts).
        const joined = joinedInSource(x, y, docA.original, docB.original)
        if (joined !== undefined) {
          equivalences.push({ a: x.span, b: y.span, reason: joined })
          formatPairs.push({ a: x, b: y })
          continue
        }
        // Hong Kong / Hồng Kông: a foreign name and its Vietnamese transcription, the same place;
        // Moscow / Matxcơva, Australia / Úc: one place under two names (reasons/places.ts).
        // Not a word that names a person on either side (chị Nga is no Russia), nor one inside a body's
        // name, which keeps the place's old form (Sở Giao dịch Chứng khoán Bombay: alias-standalone.ts).
        const exonym =
          sameExonym(x.fact.text, y.fact.text) &&
          !inPersonalName(docA.original, x.span.start) &&
          !inPersonalName(docB.original, y.span.start) &&
          !insideBodyName(docA.original, factsA, x.span) &&
          !insideBodyName(docB.original, factsB, y.span)
        // Zelensky / Selenskyj, Lavrov / Lawrow: one Slavic name in two languages' romanisations (name-transliterations.ts).
        const romanised = sameRomanisedName(x.fact.text, y.fact.text)
        if (transcription(x.fact.text, y.fact.text, inVietnamese()) || exonym || romanised) {
          equivalences.push({ a: x.span, b: y.span, reason: 'transliteration' })
          formatPairs.push({ a: x, b: y })
          continue
        }
        // Bayerischer / Bayerischen Rundfunk, Ankara'da / Ankara'ya: one name in two cases (case-forms.ts).
        const caseForm = caseFormLink(grammar, { text: x.fact.text, original: docA.original, spans: () => [x.span] }, { text: y.fact.text, original: docB.original, spans: () => [y.span] })
        if (caseForm !== undefined) {
          if (caseForm !== 'apart') {
            equivalences.push({ a: x.span, b: y.span, reason: caseForm.reason })
            formatPairs.push({ a: x, b: y })
          }
          continue
        }
        // Maya / Mayan, Europe / European: another word, not the name respelt; North Korean / North Korea
        // too, where the derived form is a place's adjective (Omar Hassani / Hassan is a name respelt: name-demonyms.ts).
        if (derivedWord(x.fact.text, y.fact.text) || placeDerived(x.fact.text, docA.original, [x.span], y.fact.text, docB.original, [y.span])) continue
        // Maradona, người … / sân Maracana: a person and a place, not one name respelt (name-kinds.ts).
        if (kindsApart(docA.original, x.span, docB.original, y.span)) continue
        // the Organization / World Health Organisation, World Tour Final / Finals: one name, in short or plural.
        if (sameNameInShort(x.fact.text, y.fact.text)) continue
        // Department of Defense / Defense Department: one body, its head moved after its modifier.
        if (ofInversion(x.fact.text, y.fact.text)) {
          equivalences.push({ a: x.span, b: y.span, reason: 'word-order' })
          formatPairs.push({ a: x, b: y })
          continue
        }
        const relation = relationOf(x.fact.text, y.fact.text)
        if (relation === 'format') {
          equivalences.push({ a: x.span, b: y.span, reason: formatReason(x.span.text, y.span.text, 'name-format') })
          continue
        }
        let score = relation === 'variant' ? similarityOf(x.fact.text, y.fact.text) : 0
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
  return { equivalences, formatPairs, mutual, pairs }
}
