/**
 * One event's main count of a counted noun that is neither a toll nor a damaged thing, told by two
 * reports in sentences the aligner does not link (issue 11): "ont vu défiler 205 délégations en
 * tout" / "Les 204 délégations présentes … ont défilé", "Máy bay chở 180 hành khách" / "186 hành
 * khách", "90 chefs d'État" / "80 chefs d'Etats". The slot rules meet them only as weak guesses
 * (another figure of the noun on one side takes away "only value of its kind"), so they stayed
 * candidates. toll-pairs.ts does this for people's outcomes, thing-pairs.ts for houses in a state.
 *
 * A slot is the counted noun itself, folded and read in the singular ("délégations"/"délégation",
 * "Passagiere"/"Passagier"); a Vietnamese noun with the syllable after its first ("hành khách",
 * not "hành"), so "tàu cá" and "tàu chiến" stay two. Nouns that count anyone or anything (people,
 * người, times), measures, houses and buildings (thing-pairs.ts) and a count with an outcome in
 * its clause (a toll: "12 passengers were injured") are never read here.
 *
 * A report's main figure of a noun is its ONE figure of that noun told of the report's own event;
 * a report with two such values ("one plane carried 180 passengers, a second 150") has none. Not
 * of the event's own whole, so neither main nor a rival: a part ("of the 12", "des 123", "dont
 * 80", "trong số"), one place's share, a figure in a sentence naming a year (another Games'), of
 * the past, a forecast or a condition, a sentence recalling another event or a running total
 * ("so far", "tính đến nay"). A capacity ("có sức chứa 186 hành khách", "a capacity of 186") is
 * another slot: how many fit, not how many came. "None of the 186 passengers were hurt", "Không
 * ai trong số … 186 hành khách bị thương" count them all: the outcome is denied, not counted (a
 * denial of anything else, "Aucune des 123 délégations qui avaient défilé auparavant", leaves a part).
 *
 * Two main figures pair when every guard passes: neither side states the other's value as any
 * figure of that noun, the values are within a factor two (farther apart they are more often two
 * scopes: "312 athlètes français" / "10.600 athlètes"), the clause rules set nothing apart, and
 * neither is a rounding or approximation of the other. Confidence is below a toll's and a thing's.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { approximationsMeet, compatibleReason, dimensionOf } from '../../reasons/compatible'
import type { Clause } from '../clauses/clauses'
import { type FactPair, factsOf, replacedBy } from '../pairing/fact-pair'
import { GENERIC_NOUNS } from '../slots/counted-slot'
import { outcomeOf } from './life-outcomes'
import { ofAnotherTime, onePlaceAlone } from './outcome-counts'
import { combinedCasualties, forecast, forecastIn, periodTotal, recallsAnotherEvent } from './toll-scope'
import type { TollSide } from './toll-pairs'
import { cachedPerReport, mainFactsOf, mainSlotOf, type MainFigures } from './main-figures'
import { capacity, countInState, increment, inWords } from './noun-count-sets'
import { nounClass } from './noun-count-classes'
import { atAMoment, contentWord, predicateOf, predicatesAgree, saidOn, vietnameseAround } from './noun-count-predicates'
import { outcomeAt } from '../../extract/numbers/outcome-words'
import { weakPair } from './thing-pairs'
import { NAMED_APART } from '../slots/anchored-subjects'
import type { CountSide, MainFigureRound } from './main-figure-round'
export type { CountSide } from './main-figure-round'


/** Houses and buildings are thing-pairs.ts's ("nhà" in Vietnamese, by its first syllable); "others" counts the rest of a list, never one event's count (test/diverge/match/slots/others-counts.test.ts). */
const THINGS = keys('nhà house home dwelling residence building tòa other others autre autres otro otros outro outros andere khác')
/** Multipliers a figure's unit may be read as ("1,3 milliard d'habitants") and degrees of a scale ("6,1 độ richter", "35 degrees"): no counted noun. */
const MULTIPLIERS = keys('million milliard billion thousand mille millier milhão millón mil triệu tỷ tỉ nghìn ngàn trăm độ degree degré grado grad')
/** Spans of time counted as nouns ("trois heures", "quatre ans"): a duration, not a count of things. */
const TIMES = keys('season saison temporada mùa second seconde segundo sekunde minute minuto hour heure hora stunde day jour día dia tag week semaine semana woche month mois mes monat year an ans année año ano jahr giờ phút giây ngày tuần tháng năm')
/** Words right before a figure that make it a part, or the whole a part is told of: "dont 80", "including 80", "trong số 40". */
const PART_LEADS = keys('dont including among parmi entre unter darunter davon incluindo incluyendo số đó')
/** "of" and its articles: "three of the 12", "aucune des 123"; "the parade of the 204 delegations" is the whole. */
const OF_LEADS = keys('of des dos das del de der von')
const ARTICLES = keys('the les los las os as die')
/** Words that count a part of what follows "of": "none of", "l'une des", "most of", "trois des". */
const PART_WORDS = keys('first last premier première dernier dernière primero primera último última primeiro primeira none aucun aucune one une un each chacun chacune most plupart some certains certaines several plusieurs half moitié majority majorité many ninguno ninguna nenhum nenhuma alguns algunas algunos cada mayoría maioria keiner keine')
/** A condition makes a figure a possibility. */
const CONDITIONS = keys('if unless nếu wenn falls')
/** "si"/"se" are conditions only opening a sentence: elsewhere they are Spanish and French reflexives ("El submarino se hundió"). */
const OPENING_CONDITIONS = keys('si se')
/** A running total, not one event's count. */
const SO_FAR = [foldWord('so'), foldWord('far')] as const
const VI_TO_NOW = [foldWord('đến'), foldWord('nay')] as const
/** A denial of everyone that opens a sentence: its outcome is denied, its figure counts them all. */
const NOBODY = keys('none no nobody aucun aucune nenhum nenhuma ninguno ninguna keiner keine')
const VI_NO = foldWord('không')
const VI_ONE = foldWord('ai')

/** Weight of a pair of two main counts: above the default minConfidence (0.5), below a thing's (0.55) and a toll's (0.6). */
const MAIN_COUNTS = 0.52
/** Values farther apart than this are more often two scopes than one count told two ways (counted-slot.ts). */
const MAX_RATIO = 2


// things are counted whole: a fraction ("6,1 độ", "1.74 billion") is a measure or a multiple
const isCount = (f: Fact): f is NumberFact => f.type === 'number' && (f.kind === 'count' || f.kind === 'plain') && f.value > 0 && Number.isInteger(f.value) && f.range === undefined
// a full date ("on Aug. 12, 2000") is the day a report tells its own event by; a bare year ("in 2004", "the 2004 Games") recalls another
const isYear = (x: Fact): boolean => (x.type === 'date' && x.year !== undefined && x.day === undefined) || (x.type === 'number' && x.kind === 'year')

/** A plural folded to a singular key, in the languages whose plurals end so ("délégations", "Passagiere", "delegações"). */
function singular(w: string): string {
  if (w.length <= 3) return w
  if (w.endsWith('ções')) return `${w.slice(0, -4)}ção`
  if (w.endsWith('ciones')) return `${w.slice(0, -6)}ción`
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`
  if (w.endsWith('ionen')) return w.slice(0, -2)
  if (w.endsWith('s') || w.endsWith('x')) return w.slice(0, -1)
  if (w.endsWith('iere')) return w.slice(0, -1)
  return w
}

/** The noun a count counts, as its slot key; undefined when it is no noun this rule reads. */
function nounOf(f: NumberFact, c: Clause, vietnamese: boolean, after: string): string | undefined {
  if (f.unit === '') return vietnamese ? undefined : numberingNoun(f, c)
  if (f.kind !== 'count' || f.unit.includes(' ') || GENERIC_NOUNS.has(f.unit) || THINGS.has(f.unit) || TIMES.has(singular(f.unit)) || MULTIPLIERS.has(singular(f.unit)) || dimensionOf(f) !== undefined) return undefined
  // "12 missing", "9 mortos": the outcome is the noun, a toll (toll-pairs.ts)
  if (outcomeAt([f.unit], 0) !== undefined) return undefined
  // "a 48-page indictment" / "the 47-page indictment": the pages of one object, so the object is part of the slot ("a 48-page report" is another)
  if (!vietnamese && compound(f)) {
    const head = headOf(f, after)
    return head === undefined ? undefined : `${singular(f.unit)} ${head}`
  }
  if (!vietnamese) return singular(f.unit)
  const next = f.clause?.[0]
  // "5 tỉnh khác": the rest of a list, as "others" is
  if (next !== undefined && THINGS.has(next)) return undefined
  return next === undefined ? f.unit : `${f.unit} ${next}`
}

/** A figure hyphened to its unit, written as an adjective of the noun after it: "a 48-page indictment", "a 300-seat plane". */
const compound = (f: NumberFact): boolean => /^[\d.,]+-\p{L}/u.test(f.text)
/** Words after a compound that are no noun it describes ("the 48-page, sealed …" ends the clause). */
const NOT_HEADS = keys('of and or the a an in on at by for to with from that which who was were is are')
/** The word right after a compound as written: "its 300-seat Boeing jet" puts a make there, not the object. */
const WRITTEN_NEXT = /^\s+(\p{L})/u
/**
 * The noun a compound describes, folded and singular, when the clause goes on with a lowercase common noun:
 * a capitalised word after it is a make or a name ("its 300-seat Boeing jet"), which two different objects share.
 */
function headOf(f: NumberFact, after: string): string | undefined {
  const head = f.clause?.[0]
  if (head === undefined || NOT_HEADS.has(head) || isDigits(head)) return undefined
  const first = WRITTEN_NEXT.exec(after)?.[1]
  return first === undefined || first !== first.toLowerCase() ? undefined : singular(head)
}

/** A figure that follows its noun: "délégations …, au nombre de 104", "delegations, numbering 204", "delegaciones, en número de". */
const NUMBERING = keys('numbering totalling totaling')
const [IN_NUMBER, NUMBER, OF] = [keys('au en em'), keys('nombre número numero'), keys('de')] as const
/** Determiners a plural noun follows: the noun a "numbering" figure counts is the word after the nearest. */
const DETERMINERS = keys('the these those its their les des ces leurs los las sus os as seus suas die')
/** How far back a "numbering" figure's noun is looked for. */
const NOUN_REACH = 6

/** The noun a figure written after it counts ("le défilé des délégations sportives engagées, au nombre de 104"). */
function numberingNoun(f: NumberFact, c: Clause): string | undefined {
  const b = f.before
  const lead = c.lead
  let skip = 0
  if (b.length >= 1 && NUMBERING.has(b[b.length - 1]!)) skip = 1
  else if (b.length >= 3 && IN_NUMBER.has(b[b.length - 3]!) && NUMBER.has(b[b.length - 2]!) && OF.has(b[b.length - 1]!)) skip = 3
  if (skip === 0 || lead.length < skip + 2) return undefined
  const end = lead.length - skip
  for (let k = end - 2; k >= Math.max(0, end - NOUN_REACH); k--) if (DETERMINERS.has(lead[k]!)) return singular(lead[k + 1]!)
  return undefined
}

/** Whether a denial of everyone opens the figure's sentence up to it: "None of the crew or the 186 passengers", "Không ai trong số". */
function deniedOfAll(c: Clause): boolean {
  const lead = c.lead
  for (let k = 0; k < lead.length; k++) {
    if (NOBODY.has(lead[k]!) || (lead[k] === VI_NO && lead[k + 1] === VI_ONE)) return true
  }
  return false
}

const isDigits = (w: string): boolean => w.length > 0 && w[0]! >= '0' && w[0]! <= '9'

/** Whether the words right before a figure make it a part ("dont 80") or a whole a part is counted out of ("three of the 12", "aucune des 123"). */
function partOrWhole(before: readonly string[]): boolean {
  const n = before.length
  if (before.slice(-2).some((w) => PART_LEADS.has(w))) return true
  let k = n - 1
  if (k >= 0 && ARTICLES.has(before[k]!)) k--
  if (k < 1 || !OF_LEADS.has(before[k]!)) return false
  const quantity = before[k - 1]!
  return PART_WORDS.has(quantity) || isDigits(quantity)
}

/** A sentence whose figures are never main ones: a condition, a recalled event, a running total. */
function otherScopeSentence(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (CONDITIONS.has(w) || (k === 0 && OPENING_CONDITIONS.has(w))) return true
    if ((w === SO_FAR[0] && words[k + 1] === SO_FAR[1]) || (w === VI_TO_NOW[0] && words[k + 1] === VI_TO_NOW[1])) return true
  }
  return recallsAnotherEvent(words) || periodTotal(words)
}

/**
 * Each noun's counts twice: keyed by the noun itself, and by its class (noun-count-classes.ts), with
 * each figure's own noun. A report counting two nouns of one class in two values has no class main
 * figure, but each noun keeps its own (review ramounts52: "15,000 participants and 40 actors").
 */
interface SideCounts {
  readonly byNoun: MainFigures<string>
  readonly byClass: MainFigures<string>
  readonly nouns: ReadonlyMap<Fact, string>
}

/** Slots being read: the values each key takes, and those told of the report's own event. */
class Tally {
  readonly told = new Map<string, Set<number>>()
  readonly values = new Map<string, Set<number>>()
  readonly slots = new Map<Fact, string>()
  add(into: Map<string, Set<number>>, key: string, value: number): void {
    let set = into.get(key)
    if (!set) into.set(key, (set = new Set()))
    set.add(value)
  }
  figures(): MainFigures<string> {
    const main = new Map<string, number>()
    for (const [key, set] of this.told) if (set.size === 1) main.set(key, [...set][0]!)
    return { main, values: this.values, slots: this.slots }
  }
}

/** Each noun's main figure (its one value told of the report's own event) and every value each noun takes. */
function sideCounts(side: CountSide): SideCounts {
  const vietnamese = side.language === 'vie'
  const [byNoun, byClass] = [new Tally(), new Tally()]
  const nouns = new Map<Fact, string>()
  const scoped = new Map<number, boolean>()
  const dated = new Map<number, boolean>()
  const factsOf = new Map<number, Fact[]>()
  for (const l of side.facts.facts) {
    if (!isCount(l.fact)) continue
    const c = side.clauseOf(l)
    // a report too short for its language to be known is read as Vietnamese where its letters are
    const own = nounOf(l.fact, c, vietnamese || ((side.language === undefined || side.language === 'und') && vietnameseAround(l.fact)), side.text.slice(l.span.end, l.span.end + 8))
    if (own === undefined) continue
    const noun = nounClass(own)
    // a toll's figure is toll-pairs.ts's, unless the outcome is denied of everyone counted
    // a compound describes a thing ("the 48-page indictment charged …"): an outcome in its clause befell people, not it
    const toll = !compound(l.fact) && (outcomeOf(c) !== undefined || combinedCasualties(c))
    const denied = toll && deniedOfAll(c)
    if (toll && !denied) continue
    if (capacity(l.fact, c.lead)) continue
    byNoun.add(byNoun.values, own, l.fact.value)
    byClass.add(byClass.values, noun, l.fact.value)
    byNoun.slots.set(l.fact, own)
    byClass.slots.set(l.fact, noun)
    nouns.set(l.fact, own)
    if (!denied && (partOrWhole(l.fact.before) || countInState(l.fact) || increment(l.fact) || atAMoment(l.fact.lead ?? []))) continue
    // a sentence's facts are read once per sentence: one giant sentence of many figures stays linear
    let sentenceFacts = factsOf.get(l.sentence)
    if (sentenceFacts === undefined) factsOf.set(l.sentence, (sentenceFacts = (side.facts.factsBySentence.get(l.sentence) ?? []).map((x) => x.fact)))
    if (!dated.has(l.sentence)) dated.set(l.sentence, sentenceFacts.some(isYear))
    const facts = sentenceFacts
    // an object's size stays what it is whatever years its sentence goes on to tell ("the 48-page indictment included instances between 2009 and 2016"); a year before it dates it
    const yearDated = compound(l.fact) ? sentenceFacts.some((x) => isYear(x) && x.start < l.fact.start) : dated.get(l.sentence)!
    if (yearDated || forecast(c) || forecastIn(c.after.slice(0, 4)) || onePlaceAlone(c)) continue
    if (!scoped.has(l.sentence)) scoped.set(l.sentence, otherScopeSentence(c.words))
    // a compound's time is read from the years before it (above): those after date what its sentence goes on to tell
    if (scoped.get(l.sentence)! || (!compound(l.fact) && ofAnotherTime(l.fact, c, () => facts, side.text))) continue
    byNoun.add(byNoun.told, own, l.fact.value)
    byClass.add(byClass.told, noun, l.fact.value)
  }
  return { byNoun: byNoun.figures(), byClass: byClass.figures(), nouns }
}

const countsOf = cachedPerReport(sideCounts)

/** Whether two sentences write one capitalised word, not a grammar word ("Mr. Hunter" / "Duncan Hunter"): a person or body both tell of. */
function sharedName(cx: Clause, cy: Clause): boolean {
  return [...cx.capitals].some((n) => n.length > 2 && !GRAMMAR.has(n) && !NOT_HEADS.has(n) && cy.capitals.has(n))
}

/** Passive and tense marks, articles, links: two mentions sharing them tell nothing alike. */
const GRAMMAR = keys('bị được đã có là và của các những the a an were was is are had have has been by of and les la le de des et ont a')

/** How far into a figure's clause its noun is looked for past its modifiers ("two Norwegian navy divers"). */
const MODIFIER_REACH = 3

/** The words between a figure and its noun ("two Norwegian divers" → "norwegian"): two teams when they differ. */
function modifiersOf(f: NumberFact, noun: string): string {
  const clause = f.clause ?? []
  for (let k = 0; k < Math.min(MODIFIER_REACH, clause.length); k++) if (singular(clause[k]!) === noun) return clause.slice(0, k).join(' ')
  return ''
}

/** How many words around one figure, its noun aside, stand around the other: a whole number, so it outweighs the sentences' overlap (0–1). */
function sharedNear(x: NumberFact, y: NumberFact, noun: string, vietnamese: boolean): number {
  const nounWords = new Set(noun.split(' '))
  // only words that carry content: a shared "with" or "from" says nothing of two clauses (review rcounts45)
  const near = new Set([...x.before, ...(x.clause ?? [])].filter((w) => contentWord(w, vietnamese) && !GRAMMAR.has(w)))
  return new Set([...y.before, ...(y.clause ?? [])].filter((w) => near.has(w) && !nounWords.has(w) && !nounWords.has(singular(w)))).size
}

/**
 * The pairs so far (`taken`), with pairs of the two reports' main counts of one noun among the
 * facts left unpaired, each noun paired at most once, in sentences the aligner did not link
 * (`linked`); `distinct` is the clause rules' verdict, `datedApart` whether the two sentences are
 * dated apart, `overlap` how much two sentences share.
 */
export function withMainNounCounts(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart: distinct, datedApart, linked, overlap } = round
  // a weak guess of the slots (no doubt of two slots, nothing compatible) does not hold a main count: the slot here is surer
  const held = taken.filter((p) => !weakPair(p))
  const used = factsOf(held)
  const countsA = leftA.filter((l) => !used.has(l.fact) && isCount(l.fact))
  const countsB = leftB.filter((l) => !used.has(l.fact) && isCount(l.fact))
  if (countsA.length === 0 || countsB.length === 0) return [...taken]
  const [readA, readB] = [countsOf(sideA), countsOf(sideB)]
  const [viA, viB] = [sideA.language === 'vie', sideB.language === 'vie'] // predicateOf also reads a figure's own letters
  // two sentences dated apart ("on Monday" / "on Wednesday") count two operations, unless a day dates only a statement ("said Thursday")
  const eventDated = (side: CountSide, l: Located<Fact>): boolean => (side.facts.factsBySentence.get(l.sentence) ?? []).some((d) => d.fact.type === 'date' && !saidOn(d.fact))
  // one described object ("the 48-page indictment" / "a 47-page indictment") in sentences sharing a name ("Duncan Hunter" / "Mr. Hunter"):
  // names only one side writes are the two writers' choices of whom to mention, not two objects
  const oneObject = (x: Located<Fact>, y: Located<Fact>): boolean => compound(x.fact as NumberFact) && compound(y.fact as NumberFact) && sharedName(sideA.clauseOf(x), sideB.clauseOf(y))
  const namedApart = (x: Located<Fact>, y: Located<Fact>): boolean => {
    const why = distinct(x, y)
    return why !== undefined && !(NAMED_APART.has(why) && oneObject(x, y))
  }
  const apart = (x: Located<Fact>, y: Located<Fact>): boolean => namedApart(x, y) || (datedApart(x, y) && eventDated(sideA, x) && eventDated(sideB, y))
  const countPair = (x: Located<Fact>, y: Located<Fact>, nounsA: MainFigures<string>, nounsB: MainFigures<string>): FactPair | undefined => {
    const noun = mainSlotOf(x, nounsA)
    if (noun === undefined || mainSlotOf(y, nounsB) !== noun || linked(x, y)) return undefined
    const [fx, fy] = [x.fact as NumberFact, y.fact as NumberFact]
    if (fx.value === fy.value || nounsA.values.get(noun)?.has(fy.value) || nounsB.values.get(noun)?.has(fx.value)) return undefined
    if (Math.max(fx.value, fy.value) / Math.min(fx.value, fy.value) > MAX_RATIO) return undefined
    if (compatibleReason(fx, fy) !== undefined || approximationsMeet(fx, fy) || apart(x, y)) return undefined
    // one noun in two roles ("50 delegations arrived" / "90 delegations registered") is two sets, each rightly counted
    // a class's two nouns ("acteurs" / "figurants") are each read in their own sentence
    const [nx, ny] = [readA.nouns.get(fx)!, readB.nouns.get(fy)!]
    if (!predicatesAgree(predicateOf(fx, nx, viA, singular), predicateOf(fy, ny, viB, singular))) return undefined
    // "two divers opened the hatch" / "four divers entered the compartment": small counts in words meet only told alike
    if ((inWords(fx) || inWords(fy)) && (nx !== ny || sharedNear(fx, fy, nx, viA || viB) === 0 || modifiersOf(fx, nx) !== modifiersOf(fy, ny))) return undefined
    const what = nx === ny ? nx : `${noun} (${nx} / ${ny})`
    const evidence = [`the one count of ${what} each report gives of its event`, 'no other count of that noun on either side gives the other value']
    return { a: x, b: y, confidence: MAIN_COUNTS, evidence, weight: MAIN_COUNTS }
  }
  // a report repeating its figure (headline, lede, body) gives several facts of one value: the two mentions most alike tell it
  // each fact of A meets only B's facts of its own noun: many nouns on each side stay linear
  const mainPairs = (nounsA: MainFigures<string>, nounsB: MainFigures<string>, free: (l: Located<Fact>) => boolean): FactPair[] => {
    const freeA = mainFactsOf(countsA.filter(free), nounsA)
    const freeB = mainFactsOf(countsB.filter(free), nounsB)
    const freeByNoun = new Map<string, Located<Fact>[]>()
    for (const y of freeB) {
      const noun = mainSlotOf(y, nounsB)!
      const list = freeByNoun.get(noun)
      if (list) list.push(y)
      else freeByNoun.set(noun, [y])
    }
    const best = new Map<string, { pair: FactPair; overlap: number }>()
    for (const x of freeA) {
      const noun = mainSlotOf(x, nounsA)!
      for (const y of freeByNoun.get(noun) ?? []) {
        const pair = countPair(x, y, nounsA, nounsB)
        if (pair === undefined) continue
        const o = sharedNear(x.fact as NumberFact, y.fact as NumberFact, readA.nouns.get(x.fact)!, viA || viB) + overlap(x, y)
        if (o > (best.get(noun)?.overlap ?? -1)) best.set(noun, { pair, overlap: o })
      }
    }
    return [...best.values()].map((b) => b.pair)
  }
  // each noun's own main figure first; then a class's two nouns, where each report has one main figure of the class
  const byNoun = mainPairs(readA.byNoun, readB.byNoun, () => true)
  const paired = factsOf(byNoun)
  const crossed = mainPairs(readA.byClass, readB.byClass, (l) => !paired.has(l.fact)).filter((p) => readA.nouns.get(p.a.fact) !== readB.nouns.get(p.b.fact))
  const made = [...byNoun, ...crossed]
  return replacedBy(taken, made)
}
