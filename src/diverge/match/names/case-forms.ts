/**
 * One name in two grammatical cases (Merkels / Merkel, Ankara'da / Ankara'ya) is one entity, a
 * format equivalence, never a respelling nor two `missing` names. Which case grammar applies is
 * each report's names language (extract/names/names-language.ts), so the linked-sentence judge
 * (variants.ts) and the whole-report judge (name-entities.ts) ask one question of one reading.
 */
import { CASE_ENDING, genitiveStands, germanCaseForms } from '../../../normalize/german-endings'
import { turkishCaseForms, turkishTitleOnly } from '../../../normalize/turkish-endings'
import { latinSlavic, slavicCaseForms, slavicCaseInside } from '../../../normalize/slavic-endings'
import type { PreparedDocument } from '../../../document'
import { distinctPlaces } from './distinct-places'
import { nounsCapitalisedIn } from '../../extract/names/names-language'

/** The case grammars both reports of a pair are read in. */
export interface CaseGrammar {
  /** Both capitalise their nouns (German), whose genitive respells no name. */
  readonly german: boolean
  /** Both are Turkish, whose case suffixes and titles respell no name. */
  readonly turkish: boolean
  /** Both are in a Latin-script Slavic language (Polish, Czech, Croatian …), whose case endings respell no name. */
  readonly slavic?: boolean
  /** One of them is Polish, whose spelling forbids some readings (Kowalsky is no case of Kowalski). */
  readonly polish?: boolean
}

export function caseGrammarOf(docA: PreparedDocument, docB: PreparedDocument): CaseGrammar {
  return {
    german: nounsCapitalisedIn(docA) && nounsCapitalisedIn(docB),
    turkish: docA.language === 'tur' && docB.language === 'tur',
    slavic: latinSlavic(docA.language) && latinSlavic(docB.language),
    polish: docA.language === 'pol' || docB.language === 'pol',
  }
}

/** One side of a pair: the name's text, its report's original string and the name's spans there (asked only when a genitive must stand). */
export interface CaseSide {
  readonly text: string
  readonly original: string
  readonly spans: () => readonly { readonly start: number; readonly end: number }[]
}

/** One name in two cases: the equivalence's reason (one for every grammar) and the grammar that read it. */
export interface CaseLink {
  readonly reason: typeof CASE_ENDING
  /** The whole-report judge points a Turkish link at the two first mentions, as turkish54 wrote it; the others at the best pair. */
  readonly grammar: 'german' | 'slavic' | 'turkish'
}

const GERMAN_LINK: CaseLink = { reason: CASE_ENDING, grammar: 'german' }
const SLAVIC_LINK: CaseLink = { reason: CASE_ENDING, grammar: 'slavic' }
const TURKISH_LINK: CaseLink = { reason: CASE_ENDING, grammar: 'turkish' }

/**
 * How the grammar relates two names: a case-form equivalence, 'apart' when the grammar says they
 * are no one name respelt (a German lone word by another ending than a standing genitive,
 * *Peter / Peters*; a Turkish title alone), or undefined when it says nothing.
 */
export function caseFormLink(grammar: CaseGrammar, a: CaseSide, b: CaseSide): CaseLink | 'apart' | undefined {
  // Gebiet / Gebiete, Bayerischer / Bayerischen Rundfunk: linked only where the genitive stands as one (rgerman54).
  if (grammar.german && germanCaseForms(a.text, b.text)) {
    const genitive = germanCaseForms(a.text, b.text, true) && genitiveStands(a.text, a.original, a.spans(), b.text, b.original, b.spans())
    return genitive ? GERMAN_LINK : 'apart'
  }
  // Iran / Iraq, Iranu / Iraku: two places a letter apart, in any language (distinct-places.ts).
  if (placesApart(grammar, a.text, b.text)) return 'apart'
  // Donalda Trumpa / Donald Trump, Praze / Praha: one name in two Slavic cases (normalize/slavic-endings.ts).
  if (grammar.slavic === true && slavicCaseForms(a.text, b.text, grammar.polish === true)) return SLAVIC_LINK
  if (!grammar.turkish) return undefined
  // Başbakan / İngiltere Başbakanı: a title alone names no one.
  if (turkishTitleOnly(a.text) || turkishTitleOnly(b.text)) return 'apart'
  return turkishCaseForms(a.text, b.text) ? TURKISH_LINK : undefined
}

/** A pair found by another path (one word apart, a short form): one Turkish name in two cases is still a format. */
export const turkishCaseOnly = (grammar: CaseGrammar, a: string, b: string): boolean => grammar.turkish && turkishCaseForms(a, b)

/** Iranu / Iraku, Iran / Iraq: two places a letter apart, whichever path paired them (distinct-places.ts). */
export const placesApart = (grammar: CaseGrammar, a: string, b: string): boolean => distinctPlaces(a, b, grammar.slavic === true)

/** The same for a Slavic case, the shorter spelling a run of the longer's words (Dudy / Andrzejem Dudą): the reason, or undefined. */
export function caseOnlyReason(grammar: CaseGrammar, a: string, b: string): string | undefined {
  if (turkishCaseOnly(grammar, a, b)) return CASE_ENDING
  if (grammar.slavic !== true) return undefined
  const polish = grammar.polish === true
  return slavicCaseForms(a, b, polish) || slavicCaseInside(a, b, polish) ? CASE_ENDING : undefined
}
