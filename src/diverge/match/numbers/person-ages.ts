/**
 * One person's age in one report against their year of birth in the other, wherever the two
 * sentences sit: *Phan Tấn Nhân (SN 1976)* / *Phan Tấn Nhân (46 tuổi)*. Told of one full name and
 * possible at the papers' year (reasons/age-year.ts), the two are one fact written two ways: an
 * equivalence `age-year`, and neither is `missing`. An impossible pair is left as it was (two
 * `missing` facts): a name alone cannot tell one person from a namesake, so no contradiction is
 * drawn here (withdrawn after review rage53).
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Equivalence, Span } from '../../../types'
import type { DocumentFacts } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { type AgeMention, documentAges } from '../../extract/numbers/ages'
import type { UnplacedDivergence } from '../../describe'
import { ageAgainstAge, ageAgainstBirthYear, paperYear } from '../../reasons/age-year'

export interface AgePairing {
  readonly docA: PreparedDocument
  readonly docB: PreparedDocument
  readonly factsA: DocumentFacts
  readonly factsB: DocumentFacts
  readonly paired: Set<Fact>
  readonly divergences: UnplacedDivergence[]
  readonly addEquivalence: (equivalence: Equivalence) => void
}

/**
 * One person only by the whole name, two words or more, each word alike but for its tone marks
 * (ages.ts folds only those): a shared last word, or a shared middle and given name (*Nguyễn Thị
 * Lan* / *Trần Thị Lan*), names two people as often as one.
 */
const personKey = (m: AgeMention): string | undefined => (m.holder.length > 1 ? m.holder.join(' ') : undefined)

const spanOf = (m: AgeMention): Span => ({ sentence: m.sentence, start: m.start, end: m.end, text: m.text })

/** One report's mentions of a full name, grouped by what is told: *45* told of one name ten times is judged once. */
interface Told {
  readonly key: string
  readonly kind: 'age' | 'born'
  readonly value: number
  readonly mentions: AgeMention[]
}

function byPerson(mentions: readonly AgeMention[], year: number | undefined): Map<string, Told[]> {
  const out = new Map<string, Told[]>()
  for (const m of mentions) {
    const key = personKey(m)
    // an age beside another year (*86, died in 2000*) is an age at that year, not at the paper's
    if (key === undefined || m.years.some((y) => y !== year)) continue
    const list = out.get(key) ?? []
    if (list.length === 0) out.set(key, list)
    const same = list.find((t) => t.kind === m.kind && t.value === m.value)
    if (same) same.mentions.push(m)
    else list.push({ key, kind: m.kind, value: m.value, mentions: [m] })
  }
  return out
}

/** A report's facts by sentence, so a mention finds its own in the few of its sentence. */
function factsBySentence(facts: DocumentFacts): Map<number, DocumentFacts['facts'][number][]> {
  const out = new Map<number, DocumentFacts['facts'][number][]>()
  for (const l of facts.facts) {
    const list = out.get(l.sentence)
    if (list) list.push(l)
    else out.set(l.sentence, [l])
  }
  return out
}

const overlaps = (m: AgeMention, start: number, end: number): boolean => start < m.end && m.start < end

function markPaired(told: Told, facts: Map<number, DocumentFacts['facts'][number][]>, paired: Set<Fact>): void {
  for (const m of told.mentions) for (const l of facts.get(m.sentence) ?? []) if (overlaps(m, l.span.start, l.span.end)) paired.add(l.fact)
}

export function pairAges(ctx: AgePairing): void {
  const { docA, docB } = ctx
  const ownA = once(docA, documentAges)
  const ownB = once(docB, documentAges)
  if (ownA.length === 0 || ownB.length === 0) return
  const yearA = paperYear(docA.published)
  const yearB = paperYear(docB.published)
  dropAgesThatBothHold(ctx, ownA, ownB, yearA, yearB)
  // one report dated and the other not: the undated one may be years older, so nothing is judged
  if ((yearA === undefined) !== (yearB === undefined)) return
  const peopleA = byPerson(ownA, yearA)
  const peopleB = byPerson(ownB, yearB)
  const factsA = factsBySentence(ctx.factsA)
  const factsB = factsBySentence(ctx.factsB)
  for (const [key, toldA] of peopleA) {
    const toldB = peopleB.get(key)
    if (!toldB) continue
    // a name told two ages or years of birth in one report: ages at two moments, or two namesakes
    if (new Set(toldA.map((t) => t.kind)).size < toldA.length || new Set(toldB.map((t) => t.kind)).size < toldB.length) continue
    for (const a of toldA) {
      for (const b of toldB) {
        if (a.kind === b.kind) continue
        const [age, born, year] = a.kind === 'age' ? [a, b, yearA] : [b, a, yearB]
        const verdict = ageAgainstBirthYear(age.value, born.value, year)
        if (verdict === 'conflict') continue
        if (verdict === 'compatible') ctx.addEquivalence({ a: spanOf(a.mentions[0]!), b: spanOf(b.mentions[0]!), reason: 'age-year' })
        // with no paper's year at all the pair is not judged, but one report's age is no fact the other lacks
        markPaired(a, factsA, ctx.paired)
        markPaired(b, factsB, ctx.paired)
      }
    }
  }
}

/**
 * A contradiction the pairer drew between two ages of one full name told in papers of different
 * years that leave room for both (*20-year-old Douglas Shine* charged in 2015, *22-year-old
 * Douglas Shine* convicted in 2017). Any other contradiction of the pairer stands.
 */
function dropAgesThatBothHold(ctx: AgePairing, ownA: readonly AgeMention[], ownB: readonly AgeMention[], yearA: number | undefined, yearB: number | undefined): void {
  if (yearA === undefined || yearB === undefined || yearA === yearB) return
  const ages = (own: readonly AgeMention[]): Map<number, AgeMention[]> => {
    const out = new Map<number, AgeMention[]>()
    for (const m of own) if (m.kind === 'age') out.set(m.sentence, [...(out.get(m.sentence) ?? []), m])
    return out
  }
  const agesA = ages(ownA)
  const agesB = ages(ownB)
  const at = (by: Map<number, AgeMention[]>, span: Span | null): AgeMention | undefined =>
    span ? by.get(span.sentence)?.find((m) => overlaps(m, span.start, span.end)) : undefined
  for (let i = ctx.divergences.length - 1; i >= 0; i--) {
    const d = ctx.divergences[i]!
    if (d.kind !== 'number') continue
    const a = at(agesA, d.a)
    const b = at(agesB, d.b)
    if (!a || !b) continue
    const key = personKey(a)
    if (key !== undefined && key === personKey(b) && ageAgainstAge(a.value, b.value, yearA, yearB) === 'compatible') ctx.divergences.splice(i, 1)
  }
}
