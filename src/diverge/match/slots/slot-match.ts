/**
 * What matching two aligned groups of facts returns, apart from slots.ts so that slot-windows.ts,
 * which slots.ts calls for huge groups, reads the shapes without importing slots.ts back.
 */
import type { Fact } from '../../extract/fact'

/** How a list read "respectively" relates two figures (respective-pairs.ts): bound to one member, to two, or not read. */
export type MemberRelation = 'same' | 'apart' | undefined

export interface SlotMatch {
  /** Pairs stating the same fact, possibly in different formats. */
  readonly same: Array<[Fact, Fact]>
  /** Pairs filling the same slot with different values: [fact of a, fact of b]. */
  readonly conflicts: Array<[Fact, Fact]>
  readonly onlyA: Fact[]
  readonly onlyB: Fact[]
}
