/**
 * A name the other report gives in another form of the same name (issue 11, points 2 and 5): a
 * reader of the other report does not miss it.
 *
 * - clipped: one word of the name cut short by four letters or more, neither a given name nor the
 *   two of other kinds (Barca / Barcelona, Juve / Juventus; not Messi / Messina, Roma / Romania,
 *   John / Johnson), or the last word after the same words (Les Miz / Les Misérables);
 * - its first word written in capitals, no dateline's (Bionz Mobile / BIONZ; not Washington Post /
 *   WASHINGTON (Reuters) -), no person's (Tim Cook / COOK Inc);
 * - an abbreviation: the name followed by its abbreviation in brackets, which the other report
 *   writes (Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) / NATO), no credit after a place (Bắc Giang
 *   (TTXVN) -), or whose initials, the joining words
 *   of / and / the left out, the other report writes (Association of South East Asian Nations / ASEAN);
 * - the other part of one person's name: Hussein here, Saddam there, when one of the two reports
 *   writes Saddam Hussein and neither writes another full name with either word (Uday Hussein);
 * - a person's name with its middle initials or generational suffix dropped, or an initial for the
 *   middle name the other writes (Robert A. Eckert / Robert Eckert, Arthur O. Sulzberger Jr. /
 *   Arthur Sulzberger, Dean H. Meyers / Dean Harold Meyers, Douglas J. Feith / Doug Feith): the
 *   given name the same or a familiar form of it, the surname the same, no middle name or suffix that
 *   differs (George H. W. Bush is not George W. Bush, Ken Griffey Sr. not Ken Griffey Jr.).
 *
 * What is read of a report (its one-word names, its words in capitals, its full names) is indexed
 * once per report (alias-index.ts), so each name costs a few look-ups.
 */
import type { PreparedDocument } from '../../../document'
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { isVietnameseSyllable } from '../../extract/vi-syllables'
import { isAgency } from './credits'
import { givenNameForms } from './given-name-forms'
import { Attached } from '../../../document/attached'
import { MIN_CLIP, type NameIndex, type Person, camelCase, indexOf, personOf } from './alias-index'

/** The last word of a longer name may be clipped shorter (Les Miz) when the words before it are the same. */
const MIN_CLIP_AFTER_SAME = 3
// Words that join the words of a name and have no letter in its initials.
const JOINERS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&'])

const VOWEL = /[aeiouy]/

/**
 * Is one of the two words the other cut short (Moyes / Moyesy), the shorter `min` letters or more
 * and, alone, half the longer at least (Flip is no clipping of Flipboard), neither a Vietnamese syllable nor
 * a word run together with another (Super / SuperClear)? A clipping may respell its last letter
 * with one of the same kind (Barca / Barcelona, Miz / Misérables; Barca / Barclays is another name).
 */
function clipOf(x: string, y: string, min: number, half = true): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  if (short.length < min || short.length === long.length || (half && short.length * 2 < long.length)) return false
  // A word alone cut short loses a syllable or more; a short ending added makes another name (Messi /
  // Messina, Roma / Romania, John / Johnson, Intel / Intelsat).
  if (half && long.length - short.length < MIN_CUT) return false
  if (isVietnameseSyllable(short) || isVietnameseSyllable(long)) return false
  if (long.startsWith(short)) return true
  const stem = short.slice(0, -1)
  if (stem.length < min - 1 || !long.startsWith(stem)) return false
  return VOWEL.test(short[short.length - 1]!) === VOWEL.test(long[stem.length]!)
}

/** A word alone clipped loses this many letters at least (Juve / Juventus, Barca / Barcelona). */
const MIN_CUT = 4
/** Two known kinds that differ (a person, a place, a body) are two names. */
const otherKinds = (x: NameFact['category'], y: NameFact['category']): boolean => x !== 'unknown' && y !== 'unknown' && x !== y

/**
 * What the alias tests read of a name and its own report alone, worked out once per mention: a
 * story asks each report about the names every other report leaves out, in every pair it is in,
 * and each pair then only looks the name's forms up in the other report's index.
 */
interface AliasProbe {
  /** The name's words, diacritics stripped. */
  readonly words: readonly string[]
  /** A one-word name that may be a clipping (or the clipped form) of a word of the other report. */
  readonly clippable: boolean
  /** The first word in capitals that names the name's brand in the other report (BIONZ), if any may. */
  readonly capitalsWord: string | undefined
  /** The bracketed abbreviation after the name (NATO), three letters or more, if any. */
  readonly bracketed: string | undefined
  /** Is `bracketed` the name's own (`abbreviates`)? Read when the other report writes it. */
  readonly bracketedOwn: () => boolean
  /** The initials of a name of three words or more (ASEAN), if they may stand for it. */
  readonly initials: string | undefined
  /** A person's name without its suffix, for the other middle names (undefined: not such a name). */
  readonly person: Person | undefined
}

function aliasProbe(own: PreparedDocument, name: Located<NameFact>): AliasProbe {
  const fact = name.fact
  const words = fact.tokens.map(stripDiacritics)
  // namedClipped, one word: no camel case, no given name, four letters or more.
  const clippable = words.length === 1 && words[0]!.length >= MIN_CLIP && !camelCase(fact.text) && givenNameForms(words[0]!).length === 0
  // namedInCapitals: the first written word of a name of two words or more, no person's.
  const written = fact.text.split(/[\s-]+/u)
  let capitalsWord: string | undefined
  if (written.length >= 2 && fact.category !== 'person' && fact.title === undefined) {
    const w = written[0]!
    if (w.length >= MIN_CLIP && w !== w.toUpperCase() && !isVietnameseSyllable(foldWord(w)) && givenNameForms(foldWord(w)).length === 0) capitalsWord = w.toUpperCase()
  }
  // namedByAbbreviation: a person's name is followed by what the person won or is (Hoàng Anh Tuấn (HCB)), not by an abbreviation of it.
  const m = fact.category === 'person' || fact.title !== undefined ? null : BRACKETED.exec(own.original.slice(name.span.end, name.span.end + 40))
  const initialWords = written.filter((w) => !JOINERS.has(w.toLowerCase()))
  const bracketed = m && m[1]!.length >= 3 ? m[1]! : undefined
  let ownAbbreviation: boolean | undefined
  const after = m ? own.original.slice(name.span.end + m[0].length, name.span.end + m[0].length + 3) : ''
  const bracketedOwn = (): boolean => (ownAbbreviation ??= abbreviates(bracketed!, initialWords, after, fact))
  // Initials of three words or more: two capitals (UC, SE) stand for too many names.
  const initials = initialWords.length < 3 || initialWords.length === written.length || !initialWords.every((w) => /^\p{Lu}/u.test(w)) ? undefined : initialWords.map((w) => w[0]).join('')
  // namedWithOtherMiddle: a Vietnamese name (every word a syllable) has no initials, and its middle names tell people apart.
  const personal = personOf(words)
  const person = personal.words.length < 2 || personal.words.every((w) => isVietnameseSyllable(w)) ? undefined : personal
  return { words, clippable, capitalsWord, bracketed, bracketedOwn, initials, person }
}
const probes = new Attached<Located<NameFact>, AliasProbe>('aliasProbes')
function probeOf(own: PreparedDocument, name: Located<NameFact>): AliasProbe {
  let probe = probes.get(name)
  if (probe === undefined) probes.set(name, (probe = aliasProbe(own, name)))
  return probe
}

/** Does the other report name it by a clipping of a word (Barca / Barcelona, Les Miz / Les Misérables)? */
function namedClipped(name: NameFact, probe: AliasProbe, other: NameIndex): boolean {
  const words = probe.words
  if (words.length === 1) {
    // Two places are two places (India / Indiana), a person and a place two names: only a name of
    // no kind or of the same kind, not both places, may be a clipping. A given name is a whole name (Chris / Christopher aside).
    if (!probe.clippable) return false
    const word = words[0]!
    return (other.oneWord.get(word.slice(0, MIN_CLIP)) ?? []).some(
      (o) => clipOf(word, o.word, MIN_CLIP) && !o.camel && givenNameForms(o.word).length === 0 && !otherKinds(o.category, name.category) && !(o.category === 'place' && name.category === 'place'),
    )
  }
  const head = words.slice(0, -1).join(' ')
  const last = words[words.length - 1]!
  return (other.byHead.get(head) ?? []).some((o) => o.length === words.length && clipOf(last, o[o.length - 1]!, MIN_CLIP_AFTER_SAME, false))
}

/**
 * Does the other report write the name's first word in capitals, four letters or more (Bionz Mobile
 * / BIONZ)? A brand is its maker's head word; a person's surname in capitals is another name's
 * (Tim Cook / COOK Inc), so a person's name never counts.
 */
const namedInCapitals = (probe: AliasProbe, other: NameIndex): boolean => probe.capitalsWord !== undefined && other.capitals.has(probe.capitalsWord)

// The abbreviation in brackets right after a name: (NATO), (WHO).
const BRACKETED = /^\s*\((\p{Lu}{2,8})\)/u

/**
 * Is the bracketed abbreviation the name's: its letters the name's initials (Securities and Exchange
 * Commission (SEC)), or, for a body named in words of another language (Tổ chức Hiệp ước Bắc Đại Tây
 * Dương (NATO)), no place's and no credit: a news agency, or capitals before a dash (Bắc Giang
 * (TTXVN) -, Hanoi (AFP)), name who filed the report, not the name.
 */
function abbreviates(abbreviation: string, words: readonly string[], after: string, name: NameFact): boolean {
  if (words.map((w) => stripDiacritics(w[0]!.toLowerCase())).join('') === stripDiacritics(abbreviation.toLowerCase())) return true
  return name.category !== 'place' && !isAgency(abbreviation) && !/^\s*[-\u2013\u2014]/u.test(after)
}

/** Is the name followed by its abbreviation in brackets, or are its initials, that the other report writes (NATO, ASEAN)? */
const namedByAbbreviation = (probe: AliasProbe, other: NameIndex): boolean =>
  (probe.bracketed !== undefined && other.capitals.has(probe.bracketed) && probe.bracketedOwn()) || (probe.initials !== undefined && other.capitals.has(probe.initials))

/**
 * Is the one-word name the given name or the surname of a person whose other name the other report
 * writes alone (Hussein / Saddam), one of the reports writing the whole name (Saddam Hussein)?
 * Each of the two words must be part of that one full name in both reports, so that two people of
 * one family (Saddam Hussein, Uday Hussein) are never one.
 */
function namedByOtherPart(name: NameFact, own: NameIndex, other: NameIndex): boolean {
  if (name.tokens.length !== 1) return false
  const word = stripDiacritics(name.tokens[0]!)
  if (word.length < MIN_CLIP || isVietnameseSyllable(word)) return false
  const fulls = new Set([...(own.fullNames.get(word) ?? []), ...(other.fullNames.get(word) ?? [])])
  if (fulls.size !== 1) return false
  const full = [...fulls][0]!.split(' ')
  // The other end of the name: Saddam of Saddam Hussein, Hussein of Saddam Hussein.
  const partner = full[0] === word ? full[full.length - 1]! : full[0]!
  if (partner === word || partner.length < MIN_CLIP || isVietnameseSyllable(partner)) return false
  const partnerFulls = new Set([...(own.fullNames.get(partner) ?? []), ...(other.fullNames.get(partner) ?? [])])
  if (partnerFulls.size !== 1 || !partnerFulls.has(full.join(' '))) return false
  return (other.oneWord.get(partner.slice(0, MIN_CLIP)) ?? []).some((o) => o.word === partner)
}

/** One given name for another: the same, or a familiar form of it (Doug / Douglas). */
const sameGiven = (x: string, y: string): boolean => x === y || givenNameForms(x).includes(y)

/** Middle names that may be one person's: one side has none, or each is the other's word or its initial. */
function sameMiddles(x: readonly string[], y: readonly string[]): boolean {
  if (x.length === 0 || y.length === 0) return x.every((w) => w.length === 1) && y.every((w) => w.length === 1)
  if (x.length !== y.length) return false
  return x.every((w, k) => w === y[k] || ((w.length === 1 || y[k]!.length === 1) && w[0] === y[k]![0]))
}

/**
 * Is the name a person's that the other report writes with its middle initials or suffix dropped
 * or spelled out (Robert A. Eckert / Robert Eckert, Dean H. Meyers / Dean Harold Meyers)? Only a
 * middle name against its initial or none: two full middle names that differ are two people's.
 */
function namedWithOtherMiddle(probe: AliasProbe, other: NameIndex): boolean {
  // A Vietnamese name (every word a syllable) has no initials, and its middle names tell people apart.
  if (probe.person === undefined) return false
  const { words, suffix } = probe.person
  const surname = words[words.length - 1]!
  return (other.bySurname.get(surname) ?? []).some(({ words: o, suffix: oSuffix }) => {
    // Sr and Jr, II and III: father and son, two people.
    if (suffix !== undefined && oSuffix !== undefined && suffix !== oSuffix) return false
    // Either name may open with a capitalised title read into it (Chief Executive Robert Eckert).
    for (let i = 0; i <= MAX_TITLE_WORDS && i < words.length - 1; i++) {
      for (let j = 0; j <= MAX_TITLE_WORDS && j < o.length - 1; j++) {
        if (i > 0 && j > 0) break
        if (words[i]!.length > 1 && o[j]!.length > 1 && sameGiven(o[j]!, words[i]!) && sameMiddles(words.slice(i + 1, -1), o.slice(j + 1, -1))) return true
      }
    }
    return false
  })
}
// A capitalised title read into a name holds two words at most (Chief Executive, Navy Admiral).
const MAX_TITLE_WORDS = 2

/** Does the other report name it in another form of the same name: clipped, in capitals, abbreviated, by the other part of a person's name? */
export function namedByAlias(own: PreparedDocument, ownFacts: DocumentFacts, name: Located<NameFact>, other: PreparedDocument, otherFacts: DocumentFacts): boolean {
  const otherIndex = indexOf(other, otherFacts)
  const probe = probeOf(own, name)
  return (
    namedClipped(name.fact, probe, otherIndex) ||
    namedInCapitals(probe, otherIndex) ||
    namedByAbbreviation(probe, otherIndex) ||
    namedByOtherPart(name.fact, indexOf(own, ownFacts), otherIndex) ||
    namedWithOtherMiddle(probe, otherIndex)
  )
}
