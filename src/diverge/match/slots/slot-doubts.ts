/**
 * Doubts on a pairing of two figures in independently written sentences: signs that the
 * two figures fill different slots which, unlike the qualifiers of slot-qualifiers.ts, are not
 * proof. A doubted pair is not dropped: its confidence falls below the default threshold, so it
 * stays among the weaker candidates with the doubt in its evidence, for a pipeline that wants it.
 *
 * Each rule reads the slot of a figure (its value and unit, its counted noun and the words of
 * its clause), never a list of known items. A near copy of a sentence (a planted change, wire
 * text) is one statement whatever it says, so the caller asks only of sentences worded apart.
 */
import type { PreparedDocument } from '../../../document'
import { factTokens } from '../../../document/words'
import type { Fact, NumberFact } from '../../extract/fact'
import { type Token, keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { STOP } from '../../extract/numbers/number-words'
import { editDistance } from '../../reasons/edit-distance'
import type { Clause } from '../clauses/clauses'
import { scopeDoubt } from './scope-doubts'
import { labelDoubt } from './label-doubts'
import { draftProvisionDoubt } from './draft-provisions'
import { DOWN, UP } from '../../extract/numbers/move-verbs'
import { oneOutcomeWorded } from '../../extract/numbers/outcome-words'

/**
 * Two reports of one figure that disagree mostly differ in a digit or two, a rounding, a
 * later count: in the English development gold no real disagreement of one unit is more than
 * 2.9 times the other, while a part against its total, a day against a year, one price
 * against another are often 4 to 1,000 times apart.
 */
export const FAR_RATIO = 3.5
/** Beyond a factor of ten, no restatement is one figure misread short of a slip of its unit. */
const ORDER_OF_MAGNITUDE = 10
/**
 * Share of rare words from which two sentences restate one statement, so that a sign of two
 * slots short of an order of magnitude is outweighed: a death toll of "at least 22" / "at least
 * three" in sentences sharing 75%, "23.000" / "13 vạn cựu thanh niên xung phong" sharing 61%.
 * The traps doubted in the English development gold share at most 45%.
 */
const ONE_STATEMENT = 0.6

/** Kinds whose value measures a quantity: a ratio of two of them means something. */
const MEASURED = new Set<NumberFact['kind']>(['amount', 'percent', 'count', 'plain', 'duration', 'age'])

/** How many times larger one figure is than the other, when both measure one quantity in one unit and are far apart. */
function farApart(x: Fact, y: Fact): number | undefined {
  if (x.type !== 'number' || y.type !== 'number') return undefined
  if (x.kind !== y.kind || !MEASURED.has(x.kind) || x.unit !== y.unit || x.per !== y.per) return undefined
  // A range is judged by its ends elsewhere; a sign tells a gain from a loss, not a magnitude.
  // A vague magnitude ("hundreds") is as far from a value as its nearer end (extract/numbers/vague-magnitudes.ts).
  if ((x.range && !x.magnitude) || (y.range && !y.magnitude) || x.value <= 0 || y.value <= 0) return undefined
  const [x0, x1] = x.magnitude ?? [x.value, x.value]
  const [y0, y1] = y.magnitude ?? [y.value, y.value]
  const ratio = Math.max(1, x0 / y1, y0 / x1)
  // An order named against a figure is measured in orders, whatever the sentences share: one order
  // off ("12" / "hundreds", "3,000" / "hundreds") is one slot told at two orders, its values then
  // judged; two orders or more ("12" / "thousands") a part or another scope more often (gate57).
  if ((x.magnitude || y.magnitude) && ratio < ORDER_OF_MAGNITUDE) return undefined
  return ratio >= FAR_RATIO ? Math.round(ratio * 10) / 10 : undefined
}

/** "each boy weighed", "$5 apiece", "per person": a figure for one member of a group. */
const EACH = keys('each apiece every per mỗi từng')
/** "136 pounds combined", "a total of", "in all", "altogether", "tổng cộng": a figure for the whole group. */
const WHOLE = keys('combined total altogether overall cumulative tổng cộng')

/** Whether a figure's clause speaks of one member of a group or of the whole group, if it says. */
function grouping(c: Clause): 'each' | 'whole' | undefined {
  const near = [...c.before.slice(-6), ...c.after.slice(0, 4)]
  const each = near.some((w) => EACH.has(w))
  const whole = near.some((w) => WHOLE.has(w)) || (c.after[0] === 'in' && c.after[1] === 'all')
  if (each === whole) return undefined
  return each ? 'each' : 'whole'
}

/** Words that qualify nothing by themselves: pronouns, auxiliaries, determiners. */
const FUNCTION = keys(
  'who whom which whose what its their his her our your has have had having be been being it they them there then not no also all some most only just its ' +
    'said says will would could should may might can do does did about into over under between through during while where when how ' +
    'against among within without across toward towards since until via like ' +
    // prepositions of place say where a named thing is, not which one ("around Jupiter" / "orbiting Jupiter", "quanh / gần Sao Mộc")
    'around near above below beyond along amid upon onto beside behind quanh gần cạnh',
)

/** A word that can name a scope: long enough, not a function word, no digit. */
function qualifier(w: string | undefined): w is string {
  return w !== undefined && w.length >= 3 && !STOP.has(w) && !FUNCTION.has(w) && !/\d/.test(w)
}

/** One word respelt or inflected (college / colleges, Sundwell / Sundwall): no contrast. */
function alike(p: string, q: string): boolean {
  if (p.slice(0, 4) === q.slice(0, 4)) return true
  const limit = Math.floor(Math.min(p.length, q.length) / 4)
  return editDistance(p, q, limit) <= limit
}

/** Number words and adverbs qualify a count or a verb, not which thing is counted. */
const NOT_SCOPE = keys(
  'one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand thousands several many few ' +
    'get gets got getting give gives gave given make makes made take takes took taken ' +
    // a move's verb says which way a quote went, not which quote
    'off up down fell fall falls rose rise rises lost lose loses shed sheds sank grew slid gain gains',
)
/** A relative pronoun: the clause after it restricts the noun before ("men who took placebo"). */
const RELATIVE = keys('who which that')

/** A past form ("followed", "received"): a verb, which says what was done, not which things are counted. */
const PAST_FORM = /^[^-]*ed$/u
/** Past forms that do not end in -ed ("drugmaker rose" / "company rose"): the word before them is their subject too. */
const IRREGULAR_PAST = keys('rose risen fell fallen grew grown sank slid shrank leapt lost won paid sold bought took made gave held told brought spent drew began came went saw said')
const pastForm = (w: string): boolean => PAST_FORM.test(w) || IRREGULAR_PAST.has(w)

/** A lower-case word that can say which things a figure counts: "private", "high-speed", "placebo". */
function scopeWord(w: string | undefined, c: Clause): w is string {
  // "received surprise", "slipped 0.8 percent": a past form qualifies an action; "high-speed" is a modifier
  return qualifier(w) && !NOT_SCOPE.has(w) && !capitalisedName(w, c) && !/[.'’]/u.test(w) && !w.endsWith('ly') && !PAST_FORM.test(w)
}

/** A capital that makes a name: the sentence's first word is capitalised by its place alone ("Advancing issues", "Declining issues"). */
function capitalisedName(w: string, c: Clause): boolean {
  return c.capitals.has(w) && (c.words[0] !== w || c.sentenceNames.includes(w))
}

/** A word both lists write at i and j, qualified there by words the other sentence never writes. */
function contrastAt(wx: readonly string[], wy: readonly string[], cx: Clause, cy: Clause, i: number, j: number, d: -1 | 1): string | undefined {
  const p = wx[i + d]
  const q = wy[j + d]
  if (!scopeWord(p, cx) || !scopeWord(q, cy) || p === q || cy.sentence.has(p) || cx.sentence.has(q) || alike(p, q)) return undefined
  // "bắt giữ" / "tạm giữ": two wordings of one outcome (outcome-words.ts), not two qualified slots
  if (d < 0 && oneOutcomeWorded(p!, q!, wx[i]!)) return undefined
  // "its aftermath, significant increases": a word a comma closes modifies nothing after it.
  if (d < 0 && (cx.broken.has(p) || cy.broken.has(q))) return undefined
  const head = wx[i]!
  return d < 0 ? `${p} ${head} / ${q} ${head}` : `${head} ${p} / ${head} ${q}`
}


/** A clause of two words or fewer before its figure (", to $645 million") continues the sentence's statement: its subject is in the sentence's lead. */
const subjectOf = (c: Clause): readonly string[] => (c.before.length <= 2 ? c.lead : c.before)

/**
 * Which things a figure counts, worded differently on each side: a noun of the figure's clause
 * both sentences write, with a lower-case modifier before it that the other sentence never
 * writes ("tuition at four-year private colleges" / "tuition at public colleges", "advanced
 * services lines" / "high-speed lines"), or a relative clause that restricts it to another group
 * ("men who took placebo" / "men who took finasteride"). Paraphrase changes verbs, adverbs and
 * word order; it seldom swaps the word that says which colleges or which men. Names are left to
 * slot-qualifiers.ts, which reads them with their respellings.
 */
function contrastingQualifiers(cx: Clause, cy: Clause): string | undefined {
  const clauseX = [...subjectOf(cx), '', ...cx.after]
  const clauseY = [...subjectOf(cy), '', ...cy.after]
  for (let i = 1; i < clauseX.length; i++) {
    const head = clauseX[i]!
    // "deliberation followed a 2 week trial" / "conviction followed a 2 1/2 week trial": before a verb stands its subject, not a modifier;
    // "acquire Legato" / "buy Legato", "mua Vinamilk" / "thâu tóm Vinamilk": a name picks its one thing, the word before it is its verb or title
    if (!qualifier(head) || pastForm(head) || (capitalisedName(head, cx) && capitalisedName(head, cy))) continue
    for (let j = 1; j < clauseY.length; j++) {
      if (clauseY[j] !== head) continue
      const found = contrastAt(clauseX, clauseY, cx, cy, i, j, -1)
      if (found) return found
    }
  }
  const leadX = [...cx.lead, '', ...cx.after]
  const leadY = [...cy.lead, '', ...cy.after]
  for (let i = 1; i < leadX.length; i++) {
    if (!RELATIVE.has(leadX[i - 1]!) || !qualifier(leadX[i])) continue
    for (let j = 1; j < leadY.length; j++) {
      if (leadY[j] !== leadX[i] || !RELATIVE.has(leadY[j - 1]!)) continue
      const found = contrastAt(leadX, leadY, cx, cy, i, j, 1)
      if (found) return found
    }
  }
  return undefined
}

const NUMBER_WORDS = keys('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty')
const SPAN_UNITS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
      ['quarter', 'quarter'], ['quarters', 'quarter'], ['year', 'year'], ['years', 'year'], ['session', 'session'], ['sessions', 'session'],
      ['ngày', 'day'], ['tuần', 'week'], ['tháng', 'month'], ['quý', 'quarter'], ['năm', 'year'], ['phiên', 'session'],
    ] as const
  ).map(([word, unit]) => [foldWord(word), unit]),
)
/** Words that open the span a figure is measured over: "during the four-day week", "over the last three months", "trong 3 tháng". */
const SPAN_OPENERS = keys('over during in within through for trong suốt')
const KE = foldWord('kể')
const TU = foldWord('từ')
const RECORD = keys('highest lowest biggest largest smallest best worst first record most least strongest weakest nhất lục')

/**
 * The period a sentence measures its figures over, if it names one: "since" a moment, or a
 * span of a stated length ("over the last three months" → `span:3 month`, "during the four-day
 * trading week" → `span:4 day`). `words`: the sentence's folded words and numerals in order.
 */
export function periodOf(words: readonly string[]): string | undefined {
  return periodAt(words)?.period
}

/** The sentence's period (`periodOf`) and the index in `words` of the word that opens it. */
function periodAt(words: readonly string[]): { readonly period: string; readonly at: number } | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (w === 'since' || (w === KE && words[k + 1] === TU)) return { period: 'since', at: k }
    // "its highest level in 21 months", "the first time in two years": a record's reach, not a period measured over
    if (!SPAN_OPENERS.has(w) || words.slice(Math.max(0, k - 3), k).some((u) => RECORD.has(u))) continue
    for (let n = k + 1; n < Math.min(words.length, k + 6); n++) {
      const v = words[n]!
      // "four-day trading week", "12-month period": a length and its unit in one word, before the period it sizes ("the 10-year note" is none)
      const compound = /^([a-z]+|\d+)-([a-z]+)$/u.exec(v)
      const sized = words.slice(n + 1, n + 3).some((u) => SPAN_UNITS.has(u) || u === 'period')
      if (compound && sized && (NUMBER_WORDS.has(compound[1]!) || /\d/.test(compound[1]!)) && SPAN_UNITS.has(compound[2]!)) return { period: `span:${compound[1]} ${SPAN_UNITS.get(compound[2]!)}`, at: k }
      const unit = SPAN_UNITS.get(words[n + 1] ?? '')
      if (unit && (NUMBER_WORDS.has(v) || /^\d+$/u.test(v))) return { period: `span:${v} ${unit}`, at: k }
    }
  }
  return undefined
}

/**
 * Why a pairing of two figures is doubtful, or undefined. Asked only of figures of one slot in
 * sentences that are not near copies of each other; `overlap`: the share of rare words the two
 * sentences share.
 */
export function slotDoubt(x: Fact, y: Fact, cx: Clause, cy: Clause, overlap: number, periods: readonly [string | undefined, string | undefined] = [undefined, undefined]): string | undefined {
  const ratio = farApart(x, y)
  if (ratio !== undefined && (ratio >= ORDER_OF_MAGNITUDE || overlap < ONE_STATEMENT)) return `values ${ratio} times apart: more often two slots than one misreported`
  // Words that change the figure ("excluding one-time items") weigh however alike the rest is.
  const scope = scopeDoubt(x, y, cx, cy)
  if (scope) return scope
  // A draft's provision numbers change between its versions, however alike the quoted clause.
  const draft = draftProvisionDoubt(x, y, cx, cy)
  if (draft) return draft
  // "five others besides the driver" / "six others including the driver": one toll, the person counted once
  const others = othersDoubt(x, y, cx, cy)
  if (others) return others
  if (overlap >= ONE_STATEMENT) return undefined
  const label = labelDoubt(x, y, cx, cy)
  if (label) return label
  const gx = grouping(cx)
  const gy = grouping(cy)
  if (gx && gy && gx !== gy) return 'a figure for each member against one for the whole group'
  // "rose 2.9 percent during the four-day week" / "rose 1.12 percent", "over the last three months" / "since May"
  const [px, py] = periods
  if (px !== py && (px?.startsWith('span') || py?.startsWith('span'))) return `measured over different periods (${px ?? 'none stated'} / ${py ?? 'none stated'})`
  const contrast = contrastingQualifiers(cx, cy)
  if (contrast) return `differently qualified (${contrast})`
  return undefined
}

/** Words that leave a named person out of the count beside them ("besides", "ngoài"), or take one in ("including", "kể cả"). */
const LEAVES_OUT = keys('besides except excluding apart ngoài trừ')
const TAKES_IN = keys('including includes')
/** "kể cả", "tính cả", "gồm cả": Vietnamese takes a person in with "cả" after one of these ("cả năm người" alone is all five). */
const VI_TAKE = keys('kể tính gồm')
const CA_WORD = foldWord('cả')
/** "apart" leaves out only as "apart from" ("tore the bus apart" leaves nobody out). */
const [APART, FROM] = [...keys('apart from')] as [string, string]
/** Words before the person named: "besides the driver", "including a child". */
const DETERMINERS = keys('the a an his her their its ông bà anh chị một')
const NEAR_FIGURE = 6

/** The first word naming the person after a marker at `k` ("the driver" → driver, "tài xế" → tài). */
function personAfter(near: readonly string[], k: number): string | undefined {
  let j = k + 1
  if (near[k] === APART) {
    if (near[j] !== FROM) return undefined
    j++
  }
  while (j < near.length && DETERMINERS.has(near[j]!)) j++
  return near[j]
}

/**
 * Whether a count's clause leaves a person out of it or takes one in, and whom, from the words
 * beside the figure. The person must be named on both sides: "ngoài khơi" (offshore), "bên
 * ngoài", "ngoài trời" name nobody the other side takes in, so they never match its person.
 */
function personCounted(c: Clause): { readonly way: 'out' | 'in'; readonly person: string } | undefined {
  // across commas: "six others, including the driver," sets the person off from the figure's clause
  const near = c.words.slice(Math.max(0, c.wordsBefore - NEAR_FIGURE), c.wordsBefore + NEAR_FIGURE)
  const found: { way: 'out' | 'in'; person: string }[] = []
  near.forEach((w, k) => {
    const way = LEAVES_OUT.has(w) ? 'out' : TAKES_IN.has(w) || (w === CA_WORD && VI_TAKE.has(near[k - 1] ?? '')) ? 'in' : undefined
    const person = way && personAfter(near, k)
    if (way && person) found.push({ way, person })
  })
  return found.length === 1 ? found[0] : undefined
}

/**
 * "Five others besides the driver" / "six others, including the driver": a count that leaves a
 * person out against one that takes the same person in, one higher, is one toll told two ways.
 * Any other difference is still a contradiction.
 */
function othersDoubt(x: Fact, y: Fact, cx: Clause, cy: Clause): string | undefined {
  if (x.type !== 'number' || y.type !== 'number' || x.kind !== 'count' || y.kind !== 'count') return undefined
  const [px, py] = [personCounted(cx), personCounted(cy)]
  if (px === undefined || py === undefined || px.way === py.way || px.person !== py.person) return undefined
  const [out, inside] = px.way === 'out' ? [x, y] : [y, x]
  return out.value + 1 === inside.value ? 'one count leaves out the person the other counts in' : undefined
}

/** Each sentence's period (see `periodOf`), read once per report: a story's pairs share it. */
class SentencePeriods {
  private readonly cache = new Map<number, { readonly period: string; readonly opener: Token } | undefined>()
  constructor(private readonly doc: PreparedDocument) {}
  private read(i: number): { readonly period: string; readonly opener: Token } | undefined {
    if (!this.cache.has(i)) {
      const words = factTokens(this.doc, i).filter((t) => t.kind !== 'punct')
      const found = periodAt(words.map((t) => t.key))
      this.cache.set(i, found && { period: found.period, opener: words[found.at]! })
    }
    return this.cache.get(i)
  }
  get(i: number): string | undefined {
    return this.read(i)?.period
  }
  /**
   * The period a figure is measured over: the sentence's, unless it opens after the figure in a
   * clause of its own that tells another move ("rose 43 percent, or $6.31, to $21, more than
   * doubling in the last two months"; "tăng 300.000 đồng, gấp đôi trong 2 tháng qua"). A period
   * merely set off by commas ("rose 8 percent, in the past three months, on …"; "tăng 8%, trong
   * 3 tháng qua, nhờ …") still measures the figure.
   */
  of(i: number, fact: Fact): string | undefined {
    const found = this.read(i)
    if (!found || found.opener.start < fact.end) return found?.period
    const between = factTokens(this.doc, i).filter((t) => t.start >= fact.end && t.end <= found.opener.start)
    const broken = between.findIndex((t) => t.kind === 'punct' && CLAUSE_BREAKS.has(t.raw))
    if (broken < 0) return found.period
    const clause = between.slice(broken + 1).filter((t) => t.kind !== 'punct')
    return ownClause(clause.map((t) => t.key)) ? undefined : found.period
  }
}

/**
 * The words between the comma after a figure and a period open a clause of their own: one that
 * tells another move or holds a verb ("more than doubling in …", "costs were flat in …"), or
 * opens with a conjunction and its subject ("while costs …", "trong khi chi phí …", "còn lãi …").
 * Nothing between (", in the past three months,") leaves the period the figure's.
 */
function ownClause(words: readonly string[]): boolean {
  if (words.some((w) => MOVES.has(w) || VERBS.has(w))) return true
  const conjunction = words[0] === TRONG && words[1] === KHI ? 2 : CONJUNCTIONS.has(words[0] ?? '') ? 1 : 0
  return conjunction > 0 && words.length > conjunction
}

/** Marks that close the figure's clause before a period that follows it. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—'])
/** Words that tell a move of their own in the clause a period closes: "more than doubling", "gấp đôi mức tăng", "up 40%". */
const MOVES: ReadonlySet<string> = new Set([...UP, ...DOWN, ...keys('double doubled doubles doubling triple tripled triples tripling halved halving quadrupled quadrupling gấp lên xuống')])

/** Verbs a clause of its own holds: "costs were flat", "lãi đã đi ngang". */
const VERBS = keys('is are was were be been has have had will would remained stayed held là đã đang sẽ vẫn')
/** Conjunctions that open a clause with its own subject: "while costs …", "còn lợi nhuận …". */
const CONJUNCTIONS = keys('while whereas but although though and còn nhưng song')
const TRONG = foldWord('trong')
const KHI = foldWord('khi')

export const periodsOf = (doc: PreparedDocument): SentencePeriods => new SentencePeriods(doc)
