/**
 * Alignment of the lines that are not body text, each with its own kind: headline with
 * headline, teaser with teaser, caption with caption. A report with no headline offers its
 * lead sentence in its place, since that is where such a report states what the headline
 * would. These links never count in `overlap`; they let the facts of the most visible lines
 * be compared.
 */
import type { SentenceRole } from '../types'
import type { BagCounts, TokenIds } from './bag-counts'
import { type Bag, bagOf, sharedWeight, weighBag } from './bags'
import { type Weighting } from './weights'
import { alignBags } from './align'
import { Attached } from '../document/attached'

export interface RoleLink {
  /** Sentence indexes. */
  readonly a: number[]
  readonly b: number[]
  readonly similarity: number
  readonly role: SentenceRole
  /** False for a headline linked to the other report's lead: compared, but the lead already sits in a body link. */
  readonly shown: boolean
}

export interface RoleDocument {
  readonly roles: readonly SentenceRole[]
  /** Token ids of every sentence, by sentence index. */
  readonly ids: ReadonlyArray<TokenIds>
  /** Index of the first body sentence, or -1. */
  readonly lead: number
  /** `ids` already counted (see `countsOf`), when the caller keeps them: the same bags, weighed without recounting. */
  readonly counts?: readonly BagCounts[]
  /** Each of `counts`' `countsHash`, by sentence index, when the caller keeps them (see alignBags). */
  readonly hashes?: ArrayLike<number>
}

function bagAt(doc: RoleDocument, i: number, w: Weighting): Bag {
  return doc.counts ? weighBag(doc.counts[i]!, w) : bagOf(doc.ids[i]!, w)
}

const KINDS: readonly SentenceRole[] = ['headline', 'related', 'caption']
// Share of a headline's weight that the other report's lead must hold for the two to be linked.
const HEADLINE_IN_LEAD = 0.5

// By role list: a report's is the same in every pair of a story, and never changes.
const byRole = new Attached<readonly SentenceRole[], ReadonlyMap<SentenceRole, readonly number[]>>('byRole')
const NONE: readonly number[] = []

function indexesOf(doc: RoleDocument, role: SentenceRole): readonly number[] {
  let index = byRole.get(doc.roles)
  if (!index) {
    const built = new Map<SentenceRole, number[]>()
    doc.roles.forEach((r, i) => {
      const list = built.get(r)
      if (list) list.push(i)
      else built.set(r, [i])
    })
    byRole.set(doc.roles, (index = built))
  }
  return index.get(role) ?? NONE
}

function similarity(x: Bag, y: Bag, w: Weighting): number {
  return x.weight + y.weight === 0 ? 0 : Math.round(((2 * sharedWeight(x, y, w)) / (x.weight + y.weight)) * 1e6) / 1e6
}

/**
 * The links alignBags would give the kind's lines when they are copies and leave nothing to search:
 * each line of A linked to the first unlinked copy in B, similarity 1 (`counts` are shared by every
 * copy, see ../align/shared-counts, so a copy is known by identity, and an empty line weighs nothing
 * and is linked to none), and then no line one side asks for that the other side could offer (a side
 * all linked: a story's outlets run the same headline and captions, or drop some). alignBags' probes
 * then find no candidate, so these are its links whatever the weighting. Undefined when a search is
 * left to do, or when the caller keeps no counts.
 */
function copiedLinks(a: RoleDocument, b: RoleDocument, inA: readonly number[], inB: readonly number[]): [number, number][] | undefined {
  if (!a.counts || !b.counts) return undefined
  const linkedB = new Array<boolean>(inB.length).fill(false)
  // B's lines by their counts (one object per distinct line), first first: each of A's lines takes
  // the first of its copies not yet taken, without scanning B's lines once per line of A
  const copiesInB = new Map<object, number[]>()
  inB.forEach((j, m) => {
    const counts = b.counts![j]!
    const list = copiesInB.get(counts)
    if (list) list.push(m)
    else copiesInB.set(counts, [m])
  })
  const taken = new Map<object, number>()
  const links: [number, number][] = []
  let askA = false
  let postA = false
  for (const i of inA) {
    const counts = a.counts[i]!
    let partner = -1
    const copies = counts.ids.length > 0 ? copiesInB.get(counts) : undefined
    if (copies) {
      const next = taken.get(counts) ?? 0
      if (next < copies.length) {
        partner = copies[next]!
        taken.set(counts, next + 1)
      }
    }
    if (partner === -1) {
      postA = true
      askA ||= counts.ids.length > 0
      continue
    }
    linkedB[partner] = true
    links.push([i, inB[partner]!])
  }
  let askB = false
  let postB = false
  inB.forEach((j, m) => {
    if (linkedB[m]) return
    postB = true
    askB ||= b.counts![j]!.ids.length > 0
  })
  return (askA && postB) || (askB && postA) ? undefined : links
}

/**
 * `weighting` is asked for only when a kind needs weights: two reports whose lines are all copies
 * need none, and a story's pairs are mostly such.
 */
export function alignRoles(a: RoleDocument, b: RoleDocument, weighting: () => Weighting, threshold: number): RoleLink[] {
  const links: RoleLink[] = []
  let weights: Weighting | undefined
  for (const role of KINDS) {
    const inA = indexesOf(a, role)
    const inB = indexesOf(b, role)
    const copied = inA.length > 0 && inB.length > 0 ? copiedLinks(a, b, inA, inB) : undefined
    if (copied) {
      for (const [i, j] of copied) links.push({ a: [i], b: [j], similarity: 1, role, shown: true })
    } else if (inA.length > 0 && inB.length > 0) {
      const w = (weights ??= weighting())
      const found = alignBags(
        inA.map((i) => bagAt(a, i, w)),
        inB.map((j) => bagAt(b, j, w)),
        w,
        { threshold },
        a.hashes && b.hashes ? { a: inA.map((i) => a.hashes![i]!), b: inB.map((j) => b.hashes![j]!) } : undefined,
      )
      for (const link of found) links.push({ a: link.a.map((i) => inA[i]!), b: link.b.map((j) => inB[j]!), similarity: Math.round(link.similarity * 1e6) / 1e6, role, shown: true })
    } else if (role === 'headline' && (inA.length > 0 || inB.length > 0)) {
      // One headline, no headline on the other side: the other report's lead, when it states most of it.
      const [headlines, other, swap] = inA.length > 0 ? [inA, b, false] : [inB, a, true]
      if (other.lead === -1) continue
      const own = swap ? b : a
      const w = (weights ??= weighting())
      const lead = bagAt(other, other.lead, w)
      for (const h of headlines) {
        const headline = bagAt(own, h, w)
        if (headline.weight === 0 || sharedWeight(headline, lead, w) / headline.weight < HEADLINE_IN_LEAD) continue
        const sim = similarity(headline, lead, w)
        links.push(swap ? { a: [other.lead], b: [h], similarity: sim, role, shown: false } : { a: [h], b: [other.lead], similarity: sim, role, shown: false })
        break
      }
    }
  }
  return links
}
