/**
 * Facts one report states and the other seems not to, that are not `missing`
 * all the same (issue 11, measured by the precision of missing facts in
 * bench/eval/missing-precision.mjs):
 *
 * - stated in another form: a number written in words (Thirty-two for 32,
 *   hai mươi lăm for 25), a score or figure written identically (3-0), a name
 *   the other report gives by its initials (UM for Universal McCann);
 * - not a fact: a number that is part of a name (Nhan Biều 2, ATP Masters
 *   1000, Eleonora[67]), a name made of number words (Thirty-two,
 *   Two-year-old Egyptian), a piece of an "X & Y" name (Poor of
 *   Standard & Poor's), anything in a related-article teaser (>> …).
 *
 * Bylines and credits (… Nguyễn Thủy Ảnh: CNN, Thục Ninh - Bình Giang Theo L'Humanité) are judged
 * in credits.ts, which missing-names.ts asks before it asks here.
 *
 * What the other report writes is read once per report in written-forms.ts, so the checks are
 * linear in its length.
 */
import { onContactLine } from '../names/credits'
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { foldWord } from '../../../normalize/fold'
import { type DocumentFacts, type Located, firstNameReading } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import type { NameFact } from '../../extract/names/names'
import { EN_NUMBERS, EN_ORDINALS, SERIES_NOUNS } from '../../extract/numbers/number-words'
import { transatlantic } from '../../reasons/name-format'
import { Attached } from '../../../document/attached'
import { transcribedIn } from '../names/transcriptions'
import { PLACE_FORMS, exonymWrittenIn, featureNamedAfterPlace, placeFormsAt } from '../../reasons/places'
import { placeAliasOnlyInBodies } from '../names/alias-standalone'
import { inPersonalName, writtenOnlyInPersonalNames } from '../../reasons/personal-names'
import { bare, writtenForms } from './written-forms'
import { initialsEnclosing, sentenceRuns } from '../names/joined-initials'
import { citedInOtherForm } from '../identifiers/document-short-forms'
import { writtenCutShort } from './cut-words'
import { spelledWithSameWords } from './spelled-digits'
import { outcomeSpelledIn } from './spelled-outcomes'
import { versionWrittenIn } from '../../extract/identifiers/identifiers'
import { routeDigitsCodedIn, routeNumberWrittenIn } from '../../extract/identifiers/route-numbers'
import { currencyDropped, hyphenedInDigits, yearInNamedDecade } from './number-other-forms'

/** The number as written with what is glued to it (3-0, 4-1, 2/3): the run of digits and joiners around the fact. */
function gluedRun(text: string, start: number, end: number): string {
  let from = start
  let to = end
  while (from > 0 && /[\p{N}\-–:/.,]/u.test(text[from - 1]!)) from--
  while (to < text.length && /[\p{N}\-–:/]/u.test(text[to]!)) to++
  return bare(text.slice(from, to))
}

/**
 * A number written right after a capitalised word that is not a series noun (Nhan Biều 2, Masters
 * 1000), or after a name in the possessive (Standard & Poor's 500), or glued to letters or a
 * bracket (Eleonora[67]).
 */
function partOfName(doc: PreparedDocument, fact: NumberFact, start: number): boolean {
  if (fact.kind !== 'plain' || fact.unit !== '') return false
  const before = doc.original.slice(Math.max(0, start - 30), start)
  if (/[\p{L}[]$/u.test(before)) return true
  const m = /(?:^|[\s(])(\p{Lu}[\p{L}\p{M}]*)(['’]s)? $/u.exec(before)
  if (!m) return false
  // In the possessive, only bare digits after a name of two words or more (Standard & Poor's 500):
  // Pakistan's 140 million people, South Korea's 48 million are counts.
  if (m[2] !== undefined) {
    const head = before.slice(0, m.index + m[0].indexOf(m[1]!)).trimEnd()
    const word = head.slice(head.lastIndexOf(' ') + 1)
    if (!/^\p{N}+$/u.test(fact.text) || !(word === '&' || /^\p{Lu}/u.test(word))) return false
  }
  // A Vietnamese word in capitals (a photographer's name, KHẢ HÒA) ends a credit, not a name with a number.
  if (m[1] === m[1]!.toUpperCase() && /[^\p{ASCII}]/u.test(m[1]!)) return false
  // The capitalised word must not open its sentence (Năm 2 …) nor name one of a series (Điều 2, Khoản 3).
  const lead = before.slice(0, m.index + m[0].indexOf(m[1]!)).trimEnd()
  if (lead === '' || /[.…!?:;"“”]$/u.test(lead)) return false
  return !SERIES_NOUNS.has(foldWord(m[1]!))
}

// After an ordinal or a count, a streak (the third straight week, three straight weeks): one streak
// counted either way. Vietnamese writes both with liên tiếp after the noun and a numeral, which the
// pairer already matches by value (tuần thứ 3 liên tiếp / 3 tuần liên tiếp).
const STREAKS = new Set(['straight', 'consecutive', 'successive'])

// A teaser headline is short: after the last marker of a sentence, only so far is still the teaser.
const TEASER_REACH = 90

/**
 * In a related-article teaser (">> Ribery và Benzema … >> …", "» Mưa đá … » …"): another article's headline. Between two
 * markers, or close after the last one when the sentence ends soon after; a body sentence run
 * into the last teaser (no line break) keeps its facts.
 */
function inTeaser(doc: PreparedDocument, sentence: number, start: number): boolean {
  const { start: from, end: to } = doc.sentences[sentence]!
  const before = doc.original.slice(from, start)
  // » marks a teaser as >> does, unless it closes a «quotation».
  const guillemets = !doc.original.slice(from, to).includes('«')
  const marker = Math.max(before.lastIndexOf('>>'), guillemets ? before.lastIndexOf('»') : -1)
  if (marker < 0) return false
  const after = doc.original.slice(start, to)
  if (after.includes('>>') || (guillemets && after.includes('»'))) return true
  return start - (from + marker) <= TEASER_REACH && after.length <= TEASER_REACH
}

// The word after a number written in words that makes it a percentage (per cent, percent, phần trăm).
const PERCENT_NOUNS = ['per', 'percent', 'phần'].map(foldWord)

/** Is a number or date the other report seems not to state there all the same, or not a fact? */
export function numberNotMissing(own: PreparedDocument, other: PreparedDocument, located: Located<Fact>): boolean {
  const { fact, span } = located
  if (inTeaser(own, located.sentence, span.start)) return true
  // To reach John A. Dvorak … call (816) 234-7743: a contact line's phone number is no fact (credits.ts).
  if (onContactLine(own, located.sentence)) return true
  // in 1985 / the 1980s, seven-month / 7-month, 120.000 tỷ đồng / 120.000 tỷ (number-other-forms.ts).
  if (yearInNamedDecade(other, fact) || hyphenedInDigits(other, fact) || currencyDropped(other, fact)) return true
  if (fact.type !== 'number') return false
  const forms = once(other, writtenForms)
  const glued = gluedRun(own.original, span.start, span.end)
  if (/[-–:/]/u.test(glued) && forms.hasRun(glued)) return true
  // "Version 5.3" here, "Update 5.3" there (phiên bản 4.3 / bản cập nhật 4.3): a version is an identifier,
  // compared as written; the other report writing the same dotted figure names it, whatever word leads it.
  // The reverse too: "The 4.3 update" read as a count beside another report's "version 4.3".
  const dotted = /^\p{N}+\.\p{N}+(?![\p{N}.])/u.exec(own.original.slice(span.start, span.end))?.[0]
  if (dotted !== undefined && forms.hasRun(dotted) && (fact.kind === 'version' || versionWrittenIn(other.original, dotted))) return true
  if (partOfName(own, fact, span.start)) return true
  // flight MH370 here, "the missing MH370" there: one flight named with and without its cue (route-numbers.ts).
  if (fact.kind === 'code' && routeNumberWrittenIn(other.original, own.original.slice(span.start, span.end))) return true
  if (routeDigitsCodedIn(own.original, span.start, own.original.slice(span.start, span.end), other.original)) return true
  // Chỉ thị 03/CT-TW here, Chỉ thị 03 there (or the reverse): one document cited in two forms.
  if (citedOtherwise(other, fact)) return true
  if (!Number.isInteger(fact.value) || fact.value < 1 || fact.value >= 100) return false
  // about 1 in 2,000 / one in 2,000: spelled there before the same two words (spelled-digits.ts).
  // A count's span may hold its noun (1 nạn nhân, 3 người): the words are read after the digits and after
  // the span, both (một nạn nhân states 1 nạn nhân; ba bị thương states 3 người bị thương).
  if (fact.kind === 'plain' || fact.kind === 'count') {
    const digitsEnd = span.start + (/^\p{Nd}+/u.exec(span.text)?.[0].length ?? span.end - span.start)
    if (spelledWithSameWords(own, other, fact.value, digitsEnd)) return true
    if (digitsEnd !== span.end && spelledWithSameWords(own, other, fact.value, span.end)) return true
  }
  // 1 dead / One person dead, 1 người chết / một người tử vong: one count of people of one outcome (spelled-outcomes.ts).
  if (outcomeSpelledIn(other, fact)) return true
  // "their third straight week" / "three straight weeks": a streak counted either way.
  if (fact.kind === 'ordinal') return forms.inWords.has(`ord:${fact.value}`) || (STREAKS.has(fact.after[0] ?? '') && forms.inWords.has(`${fact.value} ${fact.after[0]}`))
  if (fact.value < 2) return false
  // Ten and above in words is rare enough to be this number; below, only before the same counted noun.
  if (fact.value > 10) return forms.inWords.has(String(fact.value))
  // "two per cent", "hai phần trăm": a percentage in words is bound to its noun as a count is.
  if (fact.kind === 'percent') return PERCENT_NOUNS.some((noun) => forms.inWords.has(`${fact.value} ${noun}`))
  return fact.unit !== '' && forms.inWords.has(`${fact.value} ${fact.unit}`)
}

/** A document number (03/CT-TW) whose short form the other report writes after the same word, or a bare number (03) it writes as a document code. */
function citedOtherwise(other: PreparedDocument, fact: NumberFact): boolean {
  const word = fact.before[fact.before.length - 1]
  if (word === undefined) return false
  if (fact.kind === 'document') {
    const slash = fact.text.indexOf('/')
    return slash > 0 && citedInOtherForm(other, word, fact.text.slice(0, slash), true)
  }
  return fact.kind === 'plain' && !fact.unit.includes(' ') && /^\p{N}+$/u.test(fact.text) && citedInOtherForm(other, word, fact.text, false)
}

// Currencies named after a country or people: "the Swiss franc", "the Canadian dollar", "đô la Mỹ". Words
// that are also verbs (won, pounds) are left out: "Korea won", "Israel pounds" name the country.
const CURRENCY_AFTER = /^\s+(?:francs?|dollars?|pesos?|rupees?|yen|yuan|euros?|rubles?|roubles?|kronas?|kronor|krone|lira|ringgit|baht|dinars?|shekels?)\b/u
const CURRENCY_BEFORE = /(?:đô la|đôla|đô-la|đồng)\s+$/iu

/** The country or people a currency is named after (Swiss of the Swiss franc): the currency, not a place a report names. */
function namesCurrency(doc: PreparedDocument, start: number, end: number): boolean {
  return CURRENCY_AFTER.test(doc.original.slice(end, end + 12)) || CURRENCY_BEFORE.test(doc.original.slice(Math.max(0, start - 8), start))
}
/**
 * Thirty-two, Two-year-old Egyptian, Twenty, Second-quarter: a number in words, hyphenated or
 * alone, read as a name. An ordinal counts hyphenated only (Second-quarter, Third-largest): alone
 * it opens names (First Lady).
 */
function numeralName(text: string, tokens: readonly string[]): boolean {
  const hyphenated = /^(\p{L}+)-\p{L}/u.exec(text)
  if (hyphenated && (EN_NUMBERS.has(foldWord(hyphenated[1]!)) || EN_ORDINALS.has(foldWord(hyphenated[1]!)))) return true
  return tokens.every((t) => EN_NUMBERS.has(t))
}

// A body named by its kind alone after "the" (The Institute said, the Organization said): a
// reference back to a body the report names elsewhere or not at all, no name a reader could check.
const GENERIC_BODIES = new Set(
  'institute organization organisation company corporation bank court ministry department agency council committee commission group foundation association government administration board firm university hospital'.split(' '),
)
// Capitalised common nouns of English news with no fact in them (its Web site, on the Internet).
const COMMON_CAPITALISED = new Set(['web', 'internet'])

/** "The Institute", "its Web site": a capitalised common noun read as a name. */
function commonNoun(doc: PreparedDocument, tokens: readonly string[], start: number): boolean {
  if (tokens.length !== 1) return false
  if (COMMON_CAPITALISED.has(tokens[0]!)) return true
  return GENERIC_BODIES.has(tokens[0]!) && /(?:^|[^\p{L}])the\s+$/iu.test(doc.original.slice(Math.max(0, start - 5), start))
}

/**
 * A one-word name glued to the digits before it (the G-byte of 40G-byte): part of a measure, not a
 * name. A longer one holds a name after the unit (2.4GHz Pentium, 2.0GHz Intel Celeron).
 */
const gluedToDigits = (doc: PreparedDocument, text: string, start: number): boolean =>
  start > 0 && /\p{N}/u.test(doc.original[start - 1]!) && !/\s/u.test(text)

/**
 * What the name's own report alone says against it being missing: a teaser, a currency, a
 * numeral, a piece of a name (a byline or credit: credits.ts). Kept per mention, since a story asks in every pair the
 * report is in; `initials` is the name's initials when it has one per word (else '').
 */
interface OwnVerdict {
  readonly notMissing: boolean
  readonly initials: string
  /** Written where a personal name stands (chị Nga): then no other name of a place stands for it. */
  readonly person: boolean
  /** The initials of the joined names it is a piece of (PRC for People of People's Republic of China; joined-initials.ts). */
  readonly joined: readonly string[]
}
const ownVerdicts = new Attached<Located<NameFact>, OwnVerdict>('ownVerdicts')

// A sentence's joined runs, read once (through once(), by sentence index) for all its names (a long report has many names a sentence).
function runsOfSentence(doc: PreparedDocument, sentence: number): ReturnType<typeof sentenceRuns> {
  const { start, end } = doc.sentences[sentence]!
  return sentenceRuns(doc.original, start, end)
}

function ownVerdict(own: PreparedDocument, name: Located<NameFact>): OwnVerdict {
  const tokens = name.fact.tokens
  const { start, end } = name.span
  const initialsOf = (): string => {
    if (tokens.length < 2) return ''
    const initials = name.fact.text.split(/[\s-]+/u).map((w) => w[0] ?? '').join('').toUpperCase()
    return initials.length === tokens.length ? initials : ''
  }
  const notMissing = ((): boolean => {
    if (inTeaser(own, name.sentence, start)) return true
    if (namesCurrency(own, start, end)) return true
    // Thirty-two, Two-year-old Egyptian: a number opening a sentence, read as a name.
    if (tokens.length > 0 && numeralName(name.fact.text, tokens)) return true
    if (commonNoun(own, tokens, start) || gluedToDigits(own, name.fact.text, start)) return true
    // Standard & Poor's: a piece of a name joined by an ampersand.
    return /&\s*$/u.test(own.original.slice(Math.max(0, start - 3), start)) || /^\s*&/u.test(own.original.slice(end, end + 3))
  })()
  const joined = notMissing ? [] : initialsEnclosing(once(own, runsOfSentence, name.sentence), start, end)
  return { notMissing, initials: notMissing ? '' : initialsOf(), person: !notMissing && inPersonalName(own.original, start), joined }
}

// By the other report, by the name's first reading (its copies in other reports read the same words,
// and the initials come from its words alone), by whether this mention stands in a personal name:
// a story asks each report about the same names of every report it is paired with. Not once():
// the slot the verdict fills depends on the mention as well as the name.
const otherVerdicts = new Attached<PreparedDocument, Map<NameFact, [boolean | undefined, boolean | undefined]>>('otherVerdicts')

/** Is a name absent from the other report not a name, or given there otherwise (by its initials, another name of the place)? Bylines and credits: credits.ts. */
export function nameNotMissing(own: PreparedDocument, other: PreparedDocument, name: Located<NameFact>, otherFacts?: DocumentFacts): boolean {
  let verdict = ownVerdicts.get(name)
  if (!verdict) ownVerdicts.set(name, (verdict = ownVerdict(own, name)))
  if (verdict.notMissing) return true
  // A piece of a joined name whose initials the other report writes (People, Republic of China / PRC).
  if (verdict.joined.length > 0 && verdict.joined.some((initials) => once(other, writtenForms).hasCapitals(initials))) return true
  let byName = otherVerdicts.get(other)
  if (!byName) otherVerdicts.set(other, (byName = new Map()))
  const fact = firstNameReading(name.fact)
  let kept = byName.get(fact)
  if (!kept) byName.set(fact, (kept = [undefined, undefined]))
  const { notPlace, place } = placeReading(own, name, verdict, fact)
  // A place read from the words around this mention is this mention's alone: not kept for the name.
  if (place !== undefined && place !== PLACE_FORMS.get(fact.key)) return givenOtherwise(other, fact, false, verdict.initials, place)
  const slot = notPlace ? 1 : 0
  // A place's other name the other report writes only inside names of bodies (Bombay Stock Exchange) does not name it.
  return (kept[slot] ??= givenOtherwise(other, fact, notPlace || (otherFacts !== undefined && placeAliasOnlyInBodies(fact, other, otherFacts)), verdict.initials, place))
}

// Per name mention: whether the words around it read it as a place, which its own report alone
// decides; a story asks it in every pair the report is in.
const placeReadings = new Attached<Located<NameFact>, { readonly notPlace: boolean; readonly place: readonly string[] | undefined }>('placeReadings')

function placeReading(own: PreparedDocument, name: Located<NameFact>, verdict: OwnVerdict, fact: NameFact): { readonly notPlace: boolean; readonly place: readonly string[] | undefined } {
  let reading = placeReadings.get(name)
  if (reading !== undefined) return reading
  // sông Sài Gòn, cảng Sài Gòn: the river, the port, named after the city, which they are not.
  const notPlace = verdict.person || featureNamedAfterPlace(own.original, name.span.start)
  // Hồ Chí Minh after thành phố / TP., City after HCM: the city; after Chủ tịch, or alone, the man.
  const place = notPlace ? undefined : placeFormsAt(own.original, name.span.start, name.span.end, fact.tokens)
  placeReadings.set(name, (reading = { notPlace, place }))
  return reading
}

/** Does the other report give the name otherwise: another country's spelling, another name of the place, a transcription, its initials? */
// `notPlace`: the name names no place here (a person's, chị Nga), or its place's other names stand only in bodies' names there.
function givenOtherwise(other: PreparedDocument, fact: NameFact, notPlace: boolean, initials: string, placeForms: readonly string[] | undefined): boolean {
  const tokens = fact.tokens
  // Organization / Organisation: one word in another country's spelling.
  const forms = once(other, writtenForms)
  if (tokens.length === 1 && tokens[0]!.length >= 6 && forms.transatlantic.has(transatlantic(tokens[0]!))) return true
  // Hoa Kỳ / Mỹ, American / U.S., Nhật Bản / Japan: the other report names the place otherwise —
  // unless the word names a person here (chị Nga), or there only does (Russia against bà Nga).
  // Hồ Chí Minh after thành phố: the city, whose full name the table holds (places.ts).
  const place = notPlace ? undefined : placeForms
  if (place?.some((form) => forms.phrases.has(form) && !writtenOnlyInPersonalNames(other.original, form))) return true
  // Moscow / Matxcơva, Australia / Úc: the other report names the place under another of its names.
  if (!notPlace && exonymWrittenIn(fact.text, other.nfc.text)) return true
  // Liban / Li-băng: the other report writes it in Vietnamese transcription.
  if (transcribedIn(other, tokens)) return true
  // Tennessee / R-Tenn.: the other report cuts the word short (cut-words.ts).
  if (tokens.length <= 2 && writtenCutShort(other, fact.text)) return true
  // Universal McCann / UM: the other report writes the name's initials.
  return initials !== '' && forms.hasCapitals(initials)
}
