/**
 * One sum, measure or count of one thing told by two reports in sentences the aligner did not link
 * (issue 11 point 1): "divert $3.6 billion from military construction projects" / "money from the
 * Defense Department's military construction budget, to the tune of $3.5 billion". Independent
 * reporters word one statement apart, so the sentences share too little for the slot rules, and no
 * reader of the main-figure rules names the slot; each figure was reported missing.
 *
 * A figure's kind is its currency, its dimension or the thing it counts (one noun, or nouns
 * counted-synonyms.ts takes for one thing; never a noun counting anyone, a person or a percentage).
 * Its slot words are the words around it in its sentence, up to a window and never nearer another
 * figure of its kind, that are rare in both reports: a word of most sentences ("wall", "Trump",
 * "emails") names the story, not the slot; two slot words side by side are a term ("military
 * construction"), whose words count when the term is rare though each alone is not; a Vietnamese
 * syllable alone is no slot word, only its pairs are. Reports of fewer than MIN_SENTENCES sentences
 * give rarity no meaning and pair nothing here. Two figures of one kind pair across the whole reports
 * only when they share at least MIN_SHARED such words and are each other's best partner by a clear
 * margin: a report holding two figures that fit one slot as well is ambiguous and pairs nothing.
 * Besides: at most MAX_RATIO apart, neither report stating the other's value as a figure of that
 * kind (each may tell both), no hedge, bound or rounding letting them meet, no name beside one
 * figure that the other lacks while that one names its own (two places, two owners), sentences neither linked
 * (a linked pair is the slots' to judge) nor dated apart nor set apart by the clause rules. Confidence
 * below a linked sentence's.
 */
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { approximationsMeet, compatibleReason, dimensionOf, measureFactor } from '../../reasons/compatible'
import { countOneThing } from '../../extract/numbers/counted-synonyms'
import { GENERIC_NOUNS } from '../slots/counted-slot'
import { peopleOutcomeKey } from '../slots/people-kinds'
import { functionWords } from '../../../normalize/function-words'
import { foldWord } from '../../../normalize/fold'
import { tokenize } from '../../extract/fact-tokens'
import type { FactPair } from './fact-pair'
import { weakPair } from '../numbers/thing-pairs'
import { cachedPerReport } from '../numbers/main-figures'
import type { CountSide, MainFigureRound } from '../numbers/main-figure-round'

/** Words read on each side of a figure for its slot words. */
const WINDOW = 12
/** A word in more sentences of a report than this names the story, not a slot. */
const RARE_SENTENCES = 3
/** Slot words two figures must share, and by how many a pairing must lead either figure's next best. */
const MIN_SHARED = 2
const MARGIN = 1
/** Most times one value may be the other: beyond it, two scopes (a province and the country) more often than one misreport. */
const MAX_RATIO = 1.5
const CONFIDENCE = 0.52
/** Sentences a report needs for a word's rarity in it to mean anything: a sentence pair is no pair of reports. */
const MIN_SENTENCES = 2 * RARE_SENTENCES
/** Figures of one report read at most: a table of figures is no report of one. */
const MAX_FIGURES = 64

/** Joins the two syllables of a Vietnamese word: one slot word, not two. */
const SYLLABLES = '_'
const FUNCTION: ReadonlySet<string> = new Set([...functionWords('und')].map(foldWord))
/** Words of a long stem meet by their first letters: "declaring" / "declaration", "diverted" / "divert". */
const STEM = 6
const stem = (w: string): string => (w.length > STEM ? w.slice(0, STEM) : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)
const isSlotWord = (w: string): boolean => w.length >= 3 && !FUNCTION.has(w) && !/\d/u.test(w)

/** A figure's kind: two figures pair only within one. */
function kindOf(f: NumberFact): string | undefined {
  if (f.range !== undefined || f.per !== undefined || !(f.value > 0)) return undefined
  if (f.kind === 'amount') return f.unit ? `amount ${f.unit}` : undefined
  if (f.kind !== 'count' || !f.unit) return undefined
  const dimension = dimensionOf(f)
  if (dimension !== undefined) return `measure ${dimension}`
  if (GENERIC_NOUNS.has(f.unit) || peopleOutcomeKey(f) !== undefined || f.unit.length < 3 || /\d/u.test(f.unit)) return undefined
  return 'count'
}

/** A value in its dimension's base unit, so that 600m and 700 metres compare. */
const baseValue = (f: NumberFact): number => f.value * (dimensionOf(f) !== undefined ? (measureFactor(f.unit) ?? 1) : 1)

const oneKind = (x: NumberFact, kx: string, y: NumberFact, ky: string): boolean =>
  kx === ky && (kx !== 'count' || x.unit === y.unit || countOneThing(x.unit, y.unit))

interface Figure {
  readonly l: Located<Fact>
  readonly f: NumberFact
  readonly kind: string
  /** Stems of the words around the figure, rare or not (rarity is the pair of reports'). */
  readonly words: ReadonlySet<string>
  /** Stems of the names among them (capitalised, not opening the sentence): whose figure, or where. */
  readonly names: ReadonlySet<string>
}

interface KindSide {
  readonly figures: readonly Figure[]
  /** In how many sentences of the report each stem occurs. */
  readonly spread: ReadonlyMap<string, number>
}

function readSide(side: CountSide): KindSide {
  // a Vietnamese word is two syllables as often as one ("hợp đồng", "giá trị"): a syllable alone names no slot, its pairs do
  const vietnamese = side.language === 'vie'
  const spread = new Map<string, number>()
  for (const sentence of side.sentences) {
    const words = tokenize(sentence.text).flatMap((t) => (t.kind === 'word' && isSlotWord(t.key) ? [stem(t.key)] : []))
    const terms = words.slice(1).map((w, k) => `${words[k]}${vietnamese ? SYLLABLES : ' '}${w}`)
    for (const w of new Set([...words, ...terms])) spread.set(w, (spread.get(w) ?? 0) + 1)
  }
  const figures: Figure[] = []
  let read = 0
  const bySentence = new Map<number, Array<{ l: Located<Fact>; f: NumberFact; kind: string; from: number; to: number; words: readonly string[]; names: ReadonlySet<string> }>>()
  for (const l of side.facts.facts) {
    if (l.fact.type !== 'number') continue
    const kind = kindOf(l.fact)
    if (kind === undefined) continue
    if (++read > MAX_FIGURES) continue
    const c = side.clauseOf(l)
    let list = bySentence.get(l.sentence)
    if (!list) bySentence.set(l.sentence, (list = []))
    list.push({ l, f: l.fact, kind, from: c.wordsBefore, to: c.afterStart, words: c.words, names: new Set(c.sentenceNames) })
  }
  for (const list of bySentence.values()) {
    for (const [k, x] of list.entries()) {
      // never nearer another figure of its kind: "$200 million from Homeland Security and another $600 million from the Treasury"
      let lo = Math.max(0, x.from - WINDOW)
      let hi = Math.min(x.words.length, x.to + WINDOW)
      for (const [j, y] of list.entries()) {
        if (j === k || y.kind !== x.kind) continue
        if (y.to <= x.from) lo = Math.max(lo, Math.ceil((y.to + x.from) / 2))
        else if (y.from >= x.to) hi = Math.min(hi, Math.floor((x.to + y.from) / 2))
      }
      const own = new Set(x.f.text.split(/[^\p{L}\p{M}]+/u).map(foldWord))
      const words = [...x.words.slice(lo, x.from), ...x.words.slice(x.to, hi)].filter((w) => isSlotWord(w) && !own.has(w) && w !== x.f.unit)
      const stems = words.map(stem)
      const names = new Set(words.filter((w) => x.names.has(w)).map(stem))
      // two slot words side by side ("military construction", "Defense Department") are a term: one rare term names a slot as two words do
      const terms = stems.slice(1).map((w, k) => `${stems[k]}${vietnamese ? SYLLABLES : ' '}${w}`)
      figures.push({ l: x.l, f: x.f, kind: x.kind, words: new Set(vietnamese ? terms : [...stems, ...terms]), names })
    }
  }
  return { figures, spread }
}

const kindSides = cachedPerReport(readSide)

/**
 * Whether two figures' names may be one owner's or one place's ("In Ohio" / "Across the country" are
 * two scopes): each naming a name the other lacks is two; a name one alone gives must be in the
 * other report somewhere (the story's place, left unnamed beside its figure there).
 */
function namesMeet(x: Figure, y: Figure, sx: KindSide, sy: KindSide): boolean {
  const onlyX = [...x.names].filter((w) => !y.names.has(w))
  const onlyY = [...y.names].filter((w) => !x.names.has(w))
  if (onlyX.length > 0 && onlyY.length > 0) return false
  return onlyX.every((w) => sy.spread.has(w)) && onlyY.every((w) => sx.spread.has(w))
}

/** The pairs so far, with pairs of figures of one kind whose slot words single each other out across the two reports. */
export function withKindSlots(round: MainFigureRound, taken: readonly FactPair[]): FactPair[] {
  const { leftA, leftB, sideA, sideB, apart, linked, datedApart } = round
  if (sideA.body.length < MIN_SENTENCES || sideB.body.length < MIN_SENTENCES) return [...taken]
  const [sa, sb] = [kindSides(sideA), kindSides(sideB)]
  if (sa.figures.length === 0 || sb.figures.length === 0) return [...taken]
  const used = new Set(taken.filter((p) => !weakPair(p)).flatMap((p) => [p.a.fact, p.b.fact]))
  const leftOf = (left: readonly Located<Fact>[]): Set<Fact> => new Set(left.filter((l) => !used.has(l.fact)).map((l) => l.fact))
  const [freeA, freeB] = [leftOf(leftA), leftOf(leftB)]
  const rare = (w: string): boolean => (sa.spread.get(w) ?? 0) <= RARE_SENTENCES && (sb.spread.get(w) ?? 0) <= RARE_SENTENCES
  const shared = (x: Figure, y: Figure): string[] => [...x.words].filter((w) => y.words.has(w) && rare(w))
  /** How many slot words two figures share: each rare alone, or in a rare term both give. */
  const strength = (words: readonly string[]): number => new Set(words.flatMap((w) => w.split(' '))).size
  // every figure of a kind competes, paired or not: a report's other figure of the slot makes a pairing a guess
  const scores: Array<{ x: Figure; y: Figure; words: string[]; n: number }> = []
  const bestA = new Map<Figure, number[]>()
  const bestB = new Map<Figure, number[]>()
  const note = (m: Map<Figure, number[]>, key: Figure, n: number): void => {
    m.set(key, [...(m.get(key) ?? []), n].sort((p, q) => q - p).slice(0, 2))
  }
  for (const x of sa.figures) {
    for (const y of sb.figures) {
      if (!oneKind(x.f, x.kind, y.f, y.kind)) continue
      const words = shared(x, y)
      const n = strength(words)
      if (n === 0) continue
      note(bestA, x, n)
      note(bestB, y, n)
      scores.push({ x, y, words, n })
    }
  }
  const clear = (m: Map<Figure, number[]>, key: Figure, n: number): boolean => {
    const [first, second] = m.get(key) ?? [0, 0]
    return n === first && n - (second ?? 0) >= MARGIN
  }
  const valuesOf = (s: KindSide, f: NumberFact, kind: string): Set<number> =>
    new Set(s.figures.filter((g) => oneKind(g.f, g.kind, f, kind)).map((g) => baseValue(g.f)))
  const made: FactPair[] = []
  for (const { x, y, words, n } of scores) {
    if (n < MIN_SHARED || !freeA.has(x.f) || !freeB.has(y.f)) continue
    if (!clear(bestA, x, n) || !clear(bestB, y, n)) continue
    const [vx, vy] = [baseValue(x.f), baseValue(y.f)]
    if (vx === vy || Math.max(vx, vy) > MAX_RATIO * Math.min(vx, vy)) continue
    // the other's value told anywhere on this side as a figure of the kind: two scopes or two times, each report telling both
    if (valuesOf(sa, y.f, y.kind).has(vy) || valuesOf(sb, x.f, x.kind).has(vx)) continue
    if (compatibleReason(x.f, y.f) !== undefined || approximationsMeet(x.f, y.f) || !namesMeet(x, y, sa, sb)) continue
    if (linked(x.l, y.l) || datedApart(x.l, y.l) || apart(x.l, y.l) !== undefined) continue
    made.push({ a: x.l, b: y.l, confidence: CONFIDENCE, weight: CONFIDENCE, evidence: [`the words around both figures single each other out (${words.filter((w) => w.includes(' ') || !words.some((t) => t.includes(' ') && t.split(' ').includes(w))).join(', ')})`, 'no figure of that kind on either side gives the other value'] })
  }
  if (made.length === 0) return [...taken]
  const remade = new Set(made.flatMap((p) => [p.a.fact, p.b.fact]))
  return [...taken.filter((p) => !remade.has(p.a.fact) && !remade.has(p.b.fact)), ...made]
}

