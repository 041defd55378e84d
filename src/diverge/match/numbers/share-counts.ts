/**
 * A share against the part and whole another report counts it as (issue 11, session 19's
 * reviews): *won two thirds of its games* / *won 20 of its 30 games*, *67 percent of its games*,
 * *hai phần ba số trận* / *20 trong số 30 trận*. Neither report states the other's values, so each
 * was `missing`: the share on one side, the part and the whole on the other. Here the share meets
 * the part over the whole: 20 / 30 is two thirds, a rounding equivalence (the part and the whole
 * are one phrase with it, none missing); *half of its games* / *20 of its 30 games* is one slot
 * given two ways, a contradiction.
 *
 * Narrow, as tally-ratios.ts is: a part is a whole number right before "of" (an English
 * determiner may follow) or "trong số", "trên" and the whole's number, the whole a larger whole
 * number with a noun; a share is a percent (in words or digits) of a noun, "of" (its, the …) or
 * "số" between. The two nouns must be one (singular and plural alike: game / games), each report
 * must hold one share or one part of a whole of that noun, and the sentences must be related.
 * A whole given on both sides is no share against a count (fraction-words.ts leaves *two thirds
 * of the 300 victims* unread), nor is a hedged share or part (*more than half*, *nearly two
 * thirds*, *hơn một nửa*).
 *
 * Which part of the whole a figure counts is said by its clause, before the figure and after the
 * noun alike: who (*Women made up 60 percent* / *Men made up 200 of the 500*, *Hanoi FC won* /
 * *Viettel won*, *Mưa lớn xảy ra ở* / *Lũ lụt xảy ra ở*), what they did (*won* / *lost*, *thắng* /
 * *thua*) and what became of them (*games ended in wins* / *ended in defeat*, *flights were
 * delayed* / *were cancelled*). So the two clauses' content words (share-complements.ts reads
 * them: no function word, pronoun or figure, nor the noun itself) must not each hold one the
 * other lacks: a clause may say more (*last season*), not something else. Two parts of one whole
 * (wins and losses, women and men) are two facts, each `missing`, never a contradiction, and
 * two subjects' records (two clubs) no equivalence. Before (review-revl S1-S5) only the one word
 * right before the figure was compared, often none (a sentence's start, after a comma) or a
 * preposition (*ở*, *in*).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import type { GroupPair, Pairer } from '../pairing/pairer'
import { hedgeOf } from '../../reasons/hedges'
import { rangeSpan } from '../pairing/range-groups'
import { type FigureClause, clausesOfFacts, contentWords, figureWords } from './share-complements'

/** Words between "of" and the noun of a share or a whole: "of its games", "of the 30 games". */
const DETERMINERS = keys('the its their his her our all')
/** Vietnamese words between a part and its whole: "20 trong số 30 trận", "20 trên 30 trận". */
const VI_OF = keys('trong số tổng trên')
/** How far (characters) a whole may stand after its part: "20 of its 30", "20 trong tổng số 30". */
const REACH = 16

interface Share {
  readonly noun: string
  /** The content words of its clause: who and what the share counts ("Women made up", "ended in wins"). */
  readonly clause: ReadonlySet<string>
  readonly value: number
  readonly located: Located<Fact>
  readonly ends: readonly Located<Fact>[]
  /** The share's own rounding: half a unit of its last digit, or of the whole for a fraction in words. */
  readonly words: boolean
  readonly unit: number
}
interface PartOfWhole {
  readonly noun: string
  readonly clause: ReadonlySet<string>
  readonly part: number
  readonly whole: number
  readonly located: Located<Fact>
  readonly ends: readonly Located<Fact>[]
}

const numberOf = (l: Located<Fact>): NumberFact | undefined => (l.fact.type === 'number' && !l.fact.range ? l.fact : undefined)
/** A noun's key, singular and plural alike. */
const nounKey = (w: string | undefined): string => (w === undefined ? '' : w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)

/** The noun a share is of: "of its games" → game, "số trận" → trận. */
function shareNoun(f: NumberFact): string | undefined {
  const after = f.after
  let k = 0
  if (after[k] === 'of') k++
  else if (after[k] === 'số' || after[k] === 'tổng') k++
  else return undefined
  if (DETERMINERS.has(after[k] ?? '') || after[k] === 'số') k++
  return after[k]
}

/** The content words of a figure's clause, none of its own, its whole's or the noun's (singular or plural). */
function clauseOf(c: FigureClause | undefined, noun: string, figures: readonly NumberFact[]): ReadonlySet<string> {
  if (c === undefined) return new Set()
  const own = new Set(figures.flatMap((f) => [...figureWords(f)]))
  const words = contentWords(c.after, own, contentWords(c.before, own, new Set()))
  for (const w of words) if (nounKey(w) === noun) words.delete(w)
  return words
}

/** Does each clause hold a content word the other lacks: another part of the whole, or another's? */
function apart(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  const lacks = (p: ReadonlySet<string>, q: ReadonlySet<string>): boolean => [...p].some((w) => !q.has(w))
  return lacks(x, y) && lacks(y, x)
}

function read(facts: DocumentFacts, doc: PreparedDocument): { shares: Share[]; parts: PartOfWhole[] } {
  const shares: Share[] = []
  const parts: PartOfWhole[] = []
  const list = facts.facts
  const clauses = clausesOfFacts(doc, facts)
  for (let k = 0; k < list.length; k++) {
    const l = list[k]!
    const f = numberOf(l)
    // "more than half", "nearly two thirds", "hơn một nửa": a bound, neither a share nor a part to meet
    if (!f || hedgeOf(f) !== 'none') continue
    if (f.kind === 'percent' && !f.unit) {
      const noun = shareNoun(f)
      if (noun === undefined) continue
      const digits = /\d/.test(f.text)
      const decimals = /[.,](\d+)/.exec(f.text.replace(/^[^\d]*/, ''))?.[1]?.length ?? 0
      const key = nounKey(noun)
      shares.push({ noun: key, clause: clauseOf(clauses(f), key, [f]), value: f.value, located: l, ends: [l], words: !digits, unit: 10 ** -decimals })
      continue
    }
    const next = list[k + 1]
    const w = next ? numberOf(next) : undefined
    if (!w || !next || next.sentence !== l.sentence || !Number.isInteger(f.value) || !Number.isInteger(w.value) || f.value < 1 || w.value <= f.value) continue
    if (next.span.start - l.span.end > REACH) continue
    const en = f.after[0] === 'of' && (w.before[w.before.length - 1] === 'of' || (DETERMINERS.has(w.before[w.before.length - 1] ?? '') && w.before[w.before.length - 2] === 'of'))
    const vi = VI_OF.has(f.after[0] ?? '') && VI_OF.has(w.before[w.before.length - 1] ?? '')
    if (!en && !vi) continue
    const noun = w.kind === 'count' && w.unit && w.unit !== 'số' ? w.unit : w.after[0]
    if (noun === undefined) continue
    const group = [l, next]
    const key = nounKey(noun)
    parts.push({ noun: key, clause: clauseOf(clauses(f), key, [f, w]), part: f.value, whole: w.value, located: { ...l, span: rangeSpan(group, doc) }, ends: group })
  }
  return { shares, parts }
}

/** The one share of a noun in a report against the one part of a whole of that noun in the other, in related sentences. */
export const pairShareCounts: Pairer<GroupPair> = ({ docA, docB, factsA, factsB, leftA, leftB, related }) => {
  const percent = (left: readonly Located<Fact>[]): boolean => left.some((l) => l.fact.type === 'number' && l.fact.kind === 'percent')
  if (!percent(leftA) && !percent(leftB)) return []
  const a = once(factsA, read, docA)
  const b = once(factsB, read, docB)
  const freeA = new Set(leftA)
  const freeB = new Set(leftB)
  const out: GroupPair[] = []
  const match = (share: Share, count: PartOfWhole, shareOnA: boolean): void => {
    const [x, y] = shareOnA ? [share, count] : [count, share]
    if (!x.ends.every((l) => freeA.has(l)) || !y.ends.every((l) => freeB.has(l))) return
    if (apart(share.clause, count.clause) || !related(x.located.sentence, y.located.sentence)) return
    const counted = (100 * count.part) / count.whole
    const reach = share.words ? 50 / count.whole : share.unit / 2
    const evidence = ['linked sentences', `a share against a part of a whole (${count.part} of ${count.whole} is ${counted.toFixed(1)} %)`]
    const ends = [...x.ends, ...y.ends]
    const pair = { a: x.located, b: y.located, confidence: 0.6, evidence, ends }
    out.push(Math.abs(counted - share.value) <= reach + 1e-9 ? { ...pair, reason: 'rounding' } : { ...pair, weight: 0.6, noun: 'share' })
  }
  const one = <T extends { noun: string }>(list: readonly T[], noun: string): T | undefined => {
    const of = list.filter((s) => s.noun === noun)
    return of.length === 1 ? of[0] : undefined
  }
  for (const share of a.shares) {
    const count = one(b.parts, share.noun)
    if (count && one(a.shares, share.noun) && !a.parts.some((p) => p.noun === share.noun)) match(share, count, true)
  }
  for (const share of b.shares) {
    const count = one(a.parts, share.noun)
    if (count && one(b.shares, share.noun) && !b.parts.some((p) => p.noun === share.noun)) match(share, count, false)
  }
  return out
}
