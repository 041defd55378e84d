/**
 * One person's age in one report against their year of birth (or another age) in the other,
 * wherever the two sentences sit: *Phan Tấn Nhân (SN 1976)* / *Phan Tấn Nhân (46 tuổi)*.
 * Told of one name and possible at the paper's day (reasons/age-year.ts), the two are one fact
 * written two ways: an equivalence `age-year`, and neither is `missing`. Told of one full name and
 * impossible, a contradiction. Ages of two different names that the pairer took for one slot
 * (*Lucas Moura berusia 25 tahun* / *Mahrez berusia 26 tahun*) are two people: no contradiction.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Equivalence, Span } from '../../../types'
import type { DocumentFacts } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { type AgeMention, documentAges } from '../../extract/numbers/ages'
import type { Sides, UnplacedDivergence } from '../../describe'
import { ageAgainstAge, ageAgainstBirthYear, ageYearGap, paperYear } from '../../reasons/age-year'

export interface AgePairing {
  readonly docA: PreparedDocument
  readonly docB: PreparedDocument
  readonly factsA: DocumentFacts
  readonly factsB: DocumentFacts
  readonly sides: Sides
  readonly paired: Set<Fact>
  readonly divergences: UnplacedDivergence[]
  readonly addEquivalence: (equivalence: Equivalence) => void
}

type Match = 'full' | 'part' | undefined

/**
 * Whether two holders name one person: `full` when both give two words or more that agree (the
 * whole name, or its last word with its first or next-to-last: *Jennifer Brewer Rooney* /
 * *Jennifer Rooney*, *Phạm Đức Huy* / *Phan Đức Huy*); `part` when one gives only the other's
 * last word (*Cantor* / *Eric Cantor*, *Huy* / *Phạm Đức Huy*).
 */
export function samePerson(x: readonly string[], y: readonly string[]): Match {
  const lx = x[x.length - 1]
  const ly = y[y.length - 1]
  if (lx === undefined || ly === undefined) return undefined
  if (x.length === y.length && x.every((w, i) => w === y[i])) return x.length > 1 ? 'full' : 'part'
  if (lx !== ly) return undefined
  if (x.length === 1 || y.length === 1) return 'part'
  return x[0] === y[0] || x[x.length - 2] === y[y.length - 2] ? 'full' : undefined
}

/** Two holders that share no last word and neither of which holds the other's: two people. */
function otherPeople(x: readonly string[], y: readonly string[]): boolean {
  return x.length > 0 && y.length > 0 && !x.includes(y[y.length - 1]!) && !y.includes(x[x.length - 1]!)
}

const spanOf = (m: AgeMention): Span => ({ sentence: m.sentence, start: m.start, end: m.end, text: m.text })

/** Holders told two different ages or years of birth in one report: ages at two moments, not judged. */
function unsettled(mentions: readonly AgeMention[]): Set<string> {
  const seen = new Map<string, string>()
  const out = new Set<string>()
  for (const m of mentions) {
    const key = m.holder.join(' ')
    const value = `${m.kind}${m.value}`
    const before = seen.get(key)
    if (before !== undefined && before !== value) out.add(key)
    seen.set(key, value)
  }
  return out
}

const overlaps = (m: AgeMention, start: number, end: number): boolean => start < m.end && m.start < end

function markPaired(m: AgeMention, facts: DocumentFacts, paired: Set<Fact>): void {
  for (const l of facts.facts) if (l.sentence === m.sentence && overlaps(m, l.span.start, l.span.end)) paired.add(l.fact)
}

function name(m: AgeMention): string {
  return m.holder.join(' ')
}

export function pairAges(ctx: AgePairing): void {
  const { docA, docB, sides } = ctx
  const ownA = once(docA, documentAges)
  const ownB = once(docB, documentAges)
  if (ownA.length === 0 || ownB.length === 0) return
  const yearA = paperYear(docA.published)
  const yearB = paperYear(docB.published)
  dropAgesThatBothHold(ctx, ownA, ownB, yearA, yearB)
  const settledA = unsettled(ownA)
  const settledB = unsettled(ownB)
  // by the holder's last word: a report's ages meet only the other's ages of that word
  const byLast = new Map<string, AgeMention[]>()
  for (const m of ownB) {
    const last = m.holder[m.holder.length - 1]!
    const list = byLast.get(last)
    if (list) list.push(m)
    else byLast.set(last, [m])
  }
  const told = new Set(ctx.divergences.flatMap((d) => (d.a && d.b ? [`${d.a.start}:${d.b.start}`] : [])))
  const pairs = new Set<string>()
  for (const a of ownA) {
    for (const b of byLast.get(a.holder[a.holder.length - 1]!) ?? []) {
      const match = samePerson(a.holder, b.holder)
      if (match === undefined || (a.kind === 'born' && b.kind === 'born')) continue
      const key = `${a.start}:${b.start}`
      if (pairs.has(key) || told.has(key)) continue
      pairs.add(key)
      judge(ctx, a, b, match, yearA, yearB, settledA.has(name(a)) || settledB.has(name(b)), sides)
    }
  }
}

function judge(ctx: AgePairing, a: AgeMention, b: AgeMention, match: 'full' | 'part', yearA: number | undefined, yearB: number | undefined, twoMoments: boolean, sides: Sides): void {
  if (a.kind === 'age' && b.kind === 'age') {
    // two ages: the pairer's concern when it linked them; here only full names, neither figure bare
    if (match !== 'full' || a.bare || b.bare || twoMoments) return
    if (ageAgainstAge(a.value, b.value, yearA, yearB) !== 'conflict') return
    if (ctx.paired.has(factAt(ctx.factsA, a)!) || ctx.paired.has(factAt(ctx.factsB, b)!)) return
    ctx.divergences.push(contradiction(a, b, 0.8, [`same person: ${a.holder.join(' ')}`, `ages ${a.value} and ${b.value}${yearA !== undefined && yearB !== undefined ? `, told in ${yearA} and ${yearB}` : ''}`], sides))
    return
  }
  const [age, born, yearOfAge] = a.kind === 'age' ? [a, b, yearA ?? yearB] : [b, a, yearB ?? yearA]
  const verdict = ageAgainstBirthYear(age.value, born.value, yearOfAge)
  if (verdict !== 'conflict') {
    // with no paper's year the pair is not judged, but one report's age is no fact the other lacks
    if (verdict === 'compatible') ctx.addEquivalence({ a: spanOf(a), b: spanOf(b), reason: 'age-year' })
    markPaired(a, ctx.factsA, ctx.paired)
    markPaired(b, ctx.factsB, ctx.paired)
    return
  }
  if (match !== 'full' || twoMoments) return
  const gap = ageYearGap(age.value, born.value, yearOfAge!)
  const evidence = [`same person: ${age.holder.join(' ')}`, `born ${born.value}: ${yearOfAge! - born.value - 1} or ${yearOfAge! - born.value} in ${yearOfAge}`]
  markPaired(a, ctx.factsA, ctx.paired)
  markPaired(b, ctx.factsB, ctx.paired)
  ctx.divergences.push(contradiction(a, b, gap > 1 ? 0.85 : 0.6, evidence, sides))
}

function factAt(facts: DocumentFacts, m: AgeMention): Fact | undefined {
  return facts.facts.find((l) => l.sentence === m.sentence && overlaps(m, l.span.start, l.span.end))?.fact
}

function contradiction(a: AgeMention, b: AgeMention, confidence: number, evidence: string[], sides: Sides): UnplacedDivergence {
  const said = (m: AgeMention): string => (m.kind === 'age' ? `an age of "${m.text}"` : `a year of birth "${m.text}"`)
  return {
    kind: 'number',
    severity: 'medium',
    a: spanOf(a),
    b: spanOf(b),
    message: `${sides.a} gives ${said(a)} where ${sides.b} gives ${said(b)} for the same person.`,
    confidence,
    evidence,
  }
}

/**
 * A contradiction the pairer drew between two ages that are no conflict: told of two names that
 * share no last word (*Lucas Moura … 25* / *Mahrez … 26*: two people), or of one person in papers
 * of different years that leave room for both (*20-year-old Douglas Shine* charged in 2015,
 * *22-year-old Douglas Shine* convicted in 2017).
 */
function dropAgesThatBothHold(ctx: AgePairing, ownA: readonly AgeMention[], ownB: readonly AgeMention[], yearA: number | undefined, yearB: number | undefined): void {
  const at = (own: readonly AgeMention[], span: Span | null): AgeMention | undefined =>
    span ? own.find((m) => m.kind === 'age' && overlaps(m, span.start, span.end)) : undefined
  const yearsApart = yearA !== undefined && yearB !== undefined && yearA !== yearB
  for (let i = ctx.divergences.length - 1; i >= 0; i--) {
    const d = ctx.divergences[i]!
    if (d.kind !== 'number') continue
    const a = at(ownA, d.a)
    const b = at(ownB, d.b)
    if (!a || !b) continue
    const grown = yearsApart && samePerson(a.holder, b.holder) !== undefined && ageAgainstAge(a.value, b.value, yearA, yearB) === 'compatible'
    if (grown || otherPeople(a.holder, b.holder)) ctx.divergences.splice(i, 1)
  }
}
