/**
 * The main-figure rules in their order, after the slots paired what they could (pair-facts.ts):
 * tolls, then things, then measures with a unit, then other counted nouns, each among what the one
 * before left. Moved out of pair-facts.ts to keep it under 400 lines.
 */
import type { Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { withMainTolls } from '../numbers/toll-pairs'
import { withMainThings } from '../numbers/thing-pairs'
import { withMainNounCounts, type CountSide } from '../numbers/noun-counts'
import { withMainMeasures } from '../numbers/measure-pairs'
import type { FactPair } from './fact-pair'

type Relation<T> = (x: Located<Fact>, y: Located<Fact>) => T

export function withMainFigures(
  leftA: readonly Located<Fact>[],
  leftB: readonly Located<Fact>[],
  pairs: readonly FactPair[],
  sides: { readonly a: CountSide; readonly b: CountSide },
  rel: { readonly distinct: Relation<string | undefined>; readonly linked: Relation<boolean>; readonly overlap: Relation<number>; readonly datedApart: Relation<boolean> },
): FactPair[] {
  const { distinct, linked, overlap } = rel
  // houses and buildings after people: a thing's main figure pairs among what the tolls left (thing-pairs.ts)
  const tolls = withMainTolls(leftA, leftB, pairs, sides.a, sides.b, distinct, linked)
  const things = withMainThings(leftA, leftB, tolls, sides.a, sides.b, distinct, linked, overlap)
  // measures with a unit after counts: a length, a weight, a sum, a magnitude of one object (measure-pairs.ts)
  const measures = withMainMeasures(leftA, leftB, things, sides.a, sides.b, distinct, linked)
  // other counted nouns last: a toll's, a thing's or a measure's figure is never one of theirs (noun-counts.ts);
  // two sentences dated apart ("on Monday" / "on Wednesday") count two operations, unless a date only dates a statement
  return withMainNounCounts(leftA, leftB, measures, sides.a, sides.b, distinct, rel.datedApart, linked, overlap)
}
