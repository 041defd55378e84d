/**
 * Words of a figure's clause that say which slot it fills, beyond its unit: what a share
 * is a share of, "other" (a part beside a total), "former" (another time), a running score
 * ("mở tỷ số", "equalised") against a final one, an expectation against a result (expectations.ts), a change
 * ("rose 31 cents") against a level ("to $28.39"), a year-earlier figure against a current one,
 * a profit against revenue or a loss, and the people, places and bodies each sentence names.
 * Two figures whose clauses qualify them differently are two slots, however alike the sentences.
 */
import { foldWord, stripDiacritics } from '../../../normalize/fold'
import { editDistance } from '../../reasons/edit-distance'
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { shortFormIn } from '../clauses/clause-names'
import type { Clause } from '../clauses/clauses'
import { identifiesShared, possessive } from '../clauses/entity-appositions'
import { tensesApart } from '../clauses/tense-marks'
import { STOP } from '../../extract/numbers/number-words'
import { expected } from '../clauses/expectations'
import { yearPart } from '../clauses/year-parts'
import { respectiveApart, respectiveOneMember } from '../clauses/respective-lists'
import { bareIn, qualifiedHeads, qualifiedNames } from '../clauses/qualified-names'
import { placeNamedOtherwise, sameExonym } from '../../reasons/places'
import { othersNoun, restOfOneOutcome } from '../numbers/rest-beside-outcome'

/** "3 đứa con khác", "three other governments": a part set beside a total. */
const PART = keys('other others another additional khác')
/** "20 new moons", "eight more moons", "five more human cases": a batch added to a total, beside the total itself. */
const INCREMENT = keys('new more further additional fresh mới weitere lagi')
/** "thêm 20 người", "thêm hàng trăm người": the Vietnamese increment word stands before a count of things. */
const INCREMENT_BEFORE = keys('thêm')
/** "300 người nữa" is 300 more, but "30 người không chờ nữa" is 30 who no longer wait: a negation takes the "nữa". */
const [NUA, NEGATIONS] = [keys('nữa'), keys('không chẳng chưa đừng chả')]
/** "cựu tay vợt số 1", "former no. 1": a figure of another time. */
const FORMER = keys('former cựu')
/** A score during the game: who opened it, levelled it, led. */
const RUNNING_SCORE = keys('mở nâng gỡ rút cân dẫn equalised equalized levelled leveled led leading trailing trailed')
/** A verb or preposition right before a figure that makes it a change ("rose 31 cents", "tăng 5%"), not a level. */
const CHANGE = keys(
  'rose rise rises risen fell fall falls fallen gained gains lost loses added adds shed sheds dropped drops declined declines climbed climbs jumped jumps ' +
    'slipped slips eased eases firmed slid slides dipped sank tumbled plunged surged soared rallied increased decreased advanced grew by up down off ' +
    'rising falling gaining losing adding shedding dropping declining climbing jumping slipping sliding easing increasing decreasing advancing tăng giảm',
)
/** The word right before a level a figure moved to ("to $28.39", "at 987.86", "lên 20%"). */
export const LEVEL = keys('to at lên xuống')
/** Words that make a period an earlier one: "a year earlier", "the year-ago quarter", "last year", "năm ngoái". */
const PRIOR = keys('year-ago year-earlier ago earlier last previous prior before ngoái')
const PERIOD = keys('year quarter period season month week năm quý kỳ tháng')
export const NGOAI = foldWord('ngoái')
const TRUOC = foldWord('trước')
/** A comparison with an earlier period ("up 5% from a year earlier", "so với cùng kỳ năm trước") dates the figure it is compared with, not this one. */
const COMPARED = keys('from than over versus compared với')
/** What an amount of a company's accounts measures: "a profit of", "earned", "revenue of", "lỗ", "doanh thu". */
const MEASURES: ReadonlyMap<string, string> = new Map(
  [
    ...'profit profits earnings earned earn earns income lãi nhuận'.split(' ').map((w) => [w, 'profit']),
    ...'loss losses lỗ'.split(' ').map((w) => [w, 'loss']),
    ...'revenue revenues sales turnover thu'.split(' ').map((w) => [w, 'revenue']),
  ].map(([w, m]) => [foldWord(w!), m!]),
)
/** Vietnamese measures are two syllables; the second counts only after the first ("lợi nhuận", "doanh thu"). */
const MEASURE_FIRST: ReadonlyMap<string, string> = new Map([
  [foldWord('nhuận'), foldWord('lợi')],
  [foldWord('thu'), foldWord('doanh')],
])

/** The measure named nearest before the figure in its clause, if any. */
function measure(c: Clause): string | undefined {
  for (let k = c.before.length - 1; k >= Math.max(0, c.before.length - 5); k--) {
    const w = c.before[k]!
    const m = MEASURES.get(w)
    if (m && (!MEASURE_FIRST.has(w) || c.before[k - 1] === MEASURE_FIRST.get(w))) return m
  }
  return undefined
}

const DATE_PREPOSITIONS = keys('in on at of')

/** "dipped to 53.7 from 54.7 in August": the date of the level a figure is compared with, not of the figure. */
function earlierLevelDate(f: Fact & { type: 'date' }): boolean {
  const before = f.before ?? []
  // "from 54.7 in August", "from 6.6 percent in September": the figure (and its unit word) sits between
  return DATE_PREPOSITIONS.has(before[before.length - 1] ?? '') && before.slice(-3, -1).some((w) => COMPARED.has(w))
}

/**
 * The entity a figure belongs to in a sentence that lists several, each with its own figure
 * ("France's CAC-40 rose 1.5 percent, Britain's FTSE 100 gained 0.3 percent and Germany's DAX
 * index advanced 1.2 percent"): the nearest name before it in its clause.
 */
function owner(c: Clause): string | undefined {
  // a list read "respectively" names each figure's member apart (respective-lists.ts)
  if (c.respective) return undefined
  for (let k = c.before.length - 1; k >= 0; k--) {
    const w = possessive(c.before[k]!)
    if (c.sentenceNames.includes(w)) return w
  }
  return undefined
}

/** A word before a share's whole that says how much of it is counted, not what it is (a possessive names an owner: kept). */
const WHOLE_DETERMINERS = new Set(['all'])

/** "22% of twentysomethings" / "31 percent of Americans": what a share is a share of. */
function shareOf(f: Fact): string | undefined {
  if (f.type !== 'number' || f.kind !== 'percent' || f.after[0] !== 'of') return undefined
  // "of the market's revenue" is a share of the market, as "of the market" is
  // "of all foreign visitors" is a share of the visitors, as "of foreign visitors" is
  const whole = f.after.slice(1).find((w) => !STOP.has(w) && !WHOLE_DETERMINERS.has(w))
  return whole === undefined ? undefined : possessive(whole).replace(/s$/, '')
}

/**
 * A capitalised word of the other sentence that may be the same name respelt or inflected
 * (Sundwell / Sundwall, Europe / European). Short words (Vietnamese syllables: Mai / Tài) must match exactly.
 */
function spelledLike(name: string, capitals: ReadonlySet<string>): boolean {
  const bare = stripDiacritics(name)
  for (const w of capitals) {
    const other = stripDiacritics(w)
    if (Math.min(bare.length, other.length) < 5) continue
    if (bare.slice(0, 4) === other.slice(0, 4)) return true
    const limit = Math.floor(Math.min(bare.length, other.length) / 4)
    if (editDistance(bare, other, limit) <= limit) return true
  }
  return false
}

function has(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((w) => set.has(w))
}

/** "rose 31 cents" is a change, "to $28.39" a level; undefined when the words say neither. */
function role(f: Fact): 'change' | 'level' | 'start' | undefined {
  if (f.type !== 'number') return undefined
  const word = f.before[f.before.length - 1]
  // "to $645 million from $600 million": the level a move left, an earlier one
  if (word === 'from') return 'start'
  if (word !== undefined && CHANGE.has(word)) return 'change'
  if (f.after[0] === 'higher' || f.after[0] === 'lower') return 'change'
  if (word !== undefined && LEVEL.has(word)) return 'level'
  return undefined
}

/**
 * A figure of an earlier period: its sentence names one ("last year", "a year ago", "the
 * year-ago quarter", "năm ngoái", "năm trước") after it in its clause with no comparison word
 * ("from", "than", "so với") between, or before it, unless a comparison word leads to that
 * period inside the figure's own clause ("rose 5% from a year earlier to $4 billion").
 */
function prior(c: Clause): boolean {
  const marks = (words: readonly string[]): number[] => {
    const out: number[] = []
    words.forEach((w, k) => {
      if (w === 'year-ago' || w === 'year-earlier' || w === NGOAI) out.push(k)
      else if (PRIOR.has(w) && (PERIOD.has(words[k - 1] ?? '') || PERIOD.has(words[k + 1] ?? '') || PERIOD.has(words[k + 2] ?? ''))) out.push(k)
      else if (w === TRUOC && PERIOD.has(words[k - 1] ?? '')) out.push(k)
    })
    return out
  }
  const ownClause = c.lead.length - c.before.length
  const comparedTo = (k: number): boolean => c.lead.slice(Math.max(0, k - 4), k).some((w) => COMPARED.has(w))
  if (marks(c.lead).some((k) => k < ownClause || !comparedTo(k))) return true
  // a value of a list read "respectively" is dated by what follows the marker too ("300 and 200
  // deaths, respectively, last week"): the comma before the marker ends no clause of its own
  const after = c.respective === undefined ? c.after : c.words.slice(c.wordsBefore)
  return marks(after).some((k) => !after.slice(0, k).some((w) => COMPARED.has(w)))
}

/** The sentence names a period of its own ("first-quarter", "in the quarter ended May 30", "năm nay"). */
function namesPeriod(c: Clause): boolean {
  for (const w of c.sentence) if (w.split('-').some((part) => PERIOD.has(part))) return true
  return false
}

/**
 * Why two figures of one kind fill different slots, read from their clauses, or undefined when
 * nothing tells them apart. Each test asks for a qualifier on one side and none (or another)
 * on the other: two "other" counts, two expectations, two running scores stay comparable.
 */
const SET_WORDS = keys('set séc sets')

export function differentQualifiers(x: Fact, y: Fact, cx: Clause, cy: Clause, linked: boolean): string | undefined {
  const members = respectiveApart(cx.respective, cy.respective, cx, cy)
  if (members) return members
  const qualified = qualifiedApart(cx, cy) ?? qualifiedApart(cy, cx)
  if (qualified) return qualified
  // Figures a list read "respectively" binds to one member, however written ("Da Nang" / "Danang"):
  // the names of the two sentences tell no entities apart.
  const oneMember = respectiveOneMember(cx.respective, cy.respective, cx, cy)
  const ownerX = owner(cx)
  const ownerY = owner(cy)
  if (!oneMember && ownerX !== undefined && ownerY !== undefined && ownerX !== ownerY && cy.sentenceNames.includes(ownerX) && cx.sentenceNames.includes(ownerY)) return `figures of different entities in a list (${ownerX} / ${ownerY})`
  const ofX = shareOf(x)
  const ofY = shareOf(y)
  if (ofX !== undefined && ofY !== undefined && ofX !== ofY) return `shares of different wholes (${ofX} / ${ofY})`
  // "On Jan. 10, Shawanda Denise McCalister … was found" / "On Jan. 1, Nikia Shanell Kilpatrick … was
  // found": two sentences that each name two people or places and share none are about different ones.
  if (!oneMember && sentencesOfStrangers(cx, cy)) return 'sentences about different people or places'
  if (x.type === 'date' && y.type === 'date' && earlierLevelDate(x) !== earlierLevelDate(y)) return 'the date of an earlier level against the date of the figure'
  if (x.type !== 'number' || y.type !== 'number') return undefined
  const near = (c: Clause): string[] => [...c.before.slice(-2), ...c.after.slice(0, 3)]
  // "three others": the part word may be the counted noun itself
  const part = (f: Fact, c: Clause): boolean => has(near(c), PART) || othersNoun(f)
  if (part(x, cx) !== part(y, cy) && !restOfOneOutcome(x, y, cx, cy)) return 'a part ("other") against a whole'
  if (increment(x, cx) !== increment(y, cy)) return 'a new batch ("more", "new") against a total'
  if (has(cx.before.slice(-4), FORMER) !== has(cy.before.slice(-4), FORMER)) return 'a former figure against a current one'
  const rx = role(x)
  const ry = role(y)
  if (rx && ry && rx !== ry) return rx === 'start' || ry === 'start' ? 'the level a move started from against a level reached' : 'a change against a level'
  // The other sentence must name its own period: "more than $34 billion" beside "$33.4 billion last year" may be last year's too.
  const px = prior(cx)
  if (px !== prior(cy) && namesPeriod(px ? cy : cx)) return 'a figure of an earlier period against a current one'
  // "revenue of $15.5 million in the second fiscal quarter" / "in the first quarter, … $13.5 million":
  // each sentence names its own part of the year, and they differ.
  const partX = yearPart(cx.sentence)
  const partY = yearPart(cy.sentence)
  if (partX !== undefined && partY !== undefined && partX !== partY) return `different parts of the year (${partX} / ${partY})`
  if (x.kind === 'score' && y.kind === 'score') {
    const verb = (c: Clause): string | undefined => c.before.slice(-4).find((w) => RUNNING_SCORE.has(w))
    if (verb(cx) !== verb(cy)) return 'scores at different moments of a game'
    // A set's points (7-21) and the match's sets (1-2) count different things: a leading number of
    // eleven or more against one a quarter its size is never a misreport of it.
    const [lx, ly] = [Math.floor(x.value / 1000), Math.floor(y.value / 1000)]
    if (Math.max(lx, ly) >= 11 && Math.max(lx, ly) >= 4 * Math.min(lx, ly)) return 'scores counted in different units (points of a set / sets of a match)'
    // "losing the second set 3-6" / "beat Del Potro 2-1": a set's score named so against one that is not.
    if (has(cx.before.slice(-3), SET_WORDS) !== has(cy.before.slice(-3), SET_WORDS)) return "a set's score against the match's"
  }
  if (expected(cx.lead) !== expected(cy.lead)) return 'an expected figure against a reported one'
  if (x.kind === 'count' && y.kind === 'count' && !linked) {
    const tenses = tensesApart(cx, cy)
    if (tenses) return tenses
  }
  const mx = measure(cx)
  const my = measure(cy)
  if (mx && my && mx !== my) return `different measures (${mx} / ${my})`
  // "Rosneft … 85 tỷ USD" / "dự án khí … 20 tỷ USD": each clause (or, for an apposition with no
  // name of its own, the sentence up to it) names a place or body the other sentence never mentions.
  // Linked sentences state one statement, where a name only one side writes may be a respelling
  // (Sundwell / Sundwall) or a paraphrase; there a name counts only when nothing in the other
  // sentence is spelt like it, the figure's own clause must name it, and the two clauses share no
  // name ("Hoàng / Hồ Khắc Ngọc" is one man spelt two ways). A firm's home town or ticker beside
  // a name the other sentence writes too (Legato Systems of Mountain View) scopes nothing, nor does a
  // place the other sentence names under another of its names (Mỹ / Hoa Kỳ: reasons/places.ts).
  const ownOf = (c: Clause): readonly string[] => (c.names.length > 0 || linked ? c.names : c.leadNames)
  const own = (c: Clause, other: Clause): boolean =>
    ownOf(c).some((n) => !other.sentence.has(n) && (!linked || !spelledLike(n, other.capitals)) && !shortIn(n, c, other) && !identifiesShared(n, c.appositions, other.sentence, other.appositions) && !placeNamedOtherwise(n, c.sentence, other.sentence))
  const shareName = linked && cx.names.some((n) => cy.names.includes(n))
  if (!oneMember && !shareName && own(cx, cy) && own(cy, cx)) return 'clauses about different places or entities'
  return undefined
}

/**
 * A name the figure's clause qualifies with a direction (*South Sudan*, *Nam Sudan*) and the other
 * figure's clause writes bare and capitalised, never qualified (*Sudan*): two entities
 * (qualified-names.ts). Not when the two names are one place's (*Bắc Triều Tiên* / *Triều Tiên*,
 * places.ts: the name stage lists them as an equivalence), nor when the qualified name only says
 * where a person both clauses name comes from (*Moon Jae-in of South Korea* / *of Korea*).
 */
function qualifiedApart(cx: Clause, cy: Clause): string | undefined {
  // a figure a list read "respectively" binds is named by its member only
  const named = (c: Clause): readonly string[] => c.respective?.member ?? [...c.before, ...c.after]
  const own = named(cx)
  const ownCapital = (k: number): boolean => cx.capitals.has(own[k]!)
  // the sentence's word before a clause word (the clause may open right after "Mr.")
  const start = cx.wordsBefore - cx.before.length
  const prevOf = (k: number): readonly [string, boolean] | undefined => {
    const w = k > 0 ? own[k - 1] : cx.respective === undefined && k < cx.before.length && start > 0 ? cx.words[start - 1] : undefined
    return w === undefined ? undefined : [w, cx.capitals.has(w)]
  }
  const names = qualifiedNames(own, ownCapital, prevOf)
  if (names.length === 0) return undefined
  const other = named(cy)
  const otherCapital = (k: number): boolean => cy.capitals.has(other[k]!)
  for (const { head, at, name } of names) {
    if (!bareIn(head, other, otherCapital)) continue
    if (qualifiedHeads(other, otherCapital).has(head)) continue
    if (sameExonym(name, name.slice(name.indexOf(' ') + 1))) continue
    if (at >= 2 && own[at - 1] === 'of' && ownCapital(at - 2) && cy.sentence.has(own[at - 2]!)) continue
    return `a name qualified by a direction against the bare name (${head})`
  }
  return undefined
}

/** Each sentence names two people or places or more, none of which the other names (read from the sentences alone). */
const strangers = (c: Clause, other: Clause): boolean =>
  c.sentenceNames.length >= 2 && c.sentenceNames.every((n) => !other.sentence.has(n) && !spelledLike(n, other.capitals) && !shortIn(n, c, other))

// By the two sentences (a clause's `sentence` is its sentence's, shared by its figures): every pair of
// figures of two sentences asked it again (about half of differentQualifiers' time on the 1 MB pair).
const strangersSeen = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, boolean>>()
function sentencesOfStrangers(cx: Clause, cy: Clause): boolean {
  let row = strangersSeen.get(cx.sentence)
  if (row === undefined) strangersSeen.set(cx.sentence, (row = new WeakMap()))
  let known = row.get(cy.sentence)
  if (known === undefined) row.set(cy.sentence, (known = strangers(cx, cy) && strangers(cy, cx)))
  return known
}

/** The other sentence names `name` of clause `c` in a short form (*Les Miz*, *HP*; clause-names.ts): one entity. */
const shortIn = (name: string, c: Clause, other: Clause): boolean => shortFormIn(name, c.words, c.capitals, other.words, other.capitals)

/**
 * Does an increment word qualify the count, between the number and its noun or right after it in
 * its clause ("eight more moons"), not as a hedge ("more than 20") nor opening the next clause
 * ("to $21, more than doubling", "lên 21 USD, thêm …": the comma ends the figure's clause)?
 */
function increment(f: Fact & { type: 'number' }, c: Clause): boolean {
  // The figure's words after its first, then the word after it, read in place: a spread of the
  // two lists made an array of another kind when both were empty, and a worker recompiled this.
  const words = f.text.toLowerCase().split(/\s+/)
  const last = words.length - 1
  for (let k = 1; k <= last; k++) {
    if (!INCREMENT.has(foldWord(words[k]!))) continue
    const following = k < last ? foldWord(words[k + 1]!) : f.after[0]
    if (following !== 'than') return true
  }
  if (c.after.length > 0 && INCREMENT.has(c.after[0]!)) return true
  // of a sum "thêm" is as often "also" ("nộp thêm 13,6 triệu USD tiền thuế bang": a second tax)
  if (f.kind !== 'count') return false
  if (c.before.length > 0 && INCREMENT_BEFORE.has(c.before[c.before.length - 1]!)) return true
  // "hàng trăm ngôi nhà nữa": "nữa" after the noun's last words, with no negation between
  for (let k = 0; k < Math.min(c.after.length, 3); k++) {
    if (NEGATIONS.has(c.after[k]!)) return false
    if (NUA.has(c.after[k]!)) return true
  }
  return false
}
