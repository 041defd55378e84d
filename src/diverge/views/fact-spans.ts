/**
 * Every fact and name span of one report, sorted by start, kept with its facts: the missing-name
 * stage looks up which of them a word overlaps (whole-names.ts) for every pair a report is in, and
 * gathered and sorted them anew each pair (issue 15). A pair leaves out the names it lists missing
 * by reading past them (`named`), so the spans are the same for every pair.
 *
 * Shared: nobody may mutate them.
 */
import type { Span } from '../../types'
import type { DocumentFacts } from '../extract/collect'

export interface FactSpans {
  /** The facts' spans, then the names', then the opening names', stably sorted by start. */
  readonly spans: readonly Span[]
  /** By position in `spans`: a name's `start:end` (a pair may leave it out), or undefined for a fact's. */
  readonly nameKeys: readonly (string | undefined)[]
}

export function factSpansOf(facts: DocumentFacts): FactSpans {
  const all: Span[] = facts.facts.map((fact) => fact.span)
  const named = all.length
  for (const name of facts.names) all.push(name.span)
  for (const name of facts.openingNames) all.push(name.span)
  // Stable: equal starts keep the order above, as a sort of any pair's own list of them kept it.
  const order = all.map((_, k) => k).sort((x, y) => all[x]!.start - all[y]!.start || x - y)
  return {
    spans: order.map((k) => all[k]!),
    nameKeys: order.map((k) => (k < named ? undefined : `${all[k]!.start}:${all[k]!.end}`)),
  }
}
