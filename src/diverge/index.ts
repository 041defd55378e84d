/**
 * The diverge stage: facts on which aligned sentences disagree, facts only one
 * report states, and format-only differences judged equivalent.
 */
import type { PreparedDocument } from '../compare'
import type { ResolvedOptions } from '../options'
import type { Alignment, Divergence, Equivalence } from '../types'

export function findDivergences(
  _a: PreparedDocument,
  _b: PreparedDocument,
  _alignments: readonly Alignment[],
  _options: ResolvedOptions,
): { divergences: Divergence[]; equivalences: Equivalence[] } {
  return { divergences: [], equivalences: [] }
}
