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
import { withPlacedQuakes } from '../numbers/measure-quakes'
import { withValueMoves } from '../markets/value-moves'
import { withSessionExtremes } from '../markets/session-extremes'
import type { MainFigureRound } from '../numbers/main-figure-round'
import type { FactPair } from './fact-pair'

type Relation<T> = (x: Located<Fact>, y: Located<Fact>) => T

export function withMainFigures(
  leftA: readonly Located<Fact>[],
  leftB: readonly Located<Fact>[],
  pairs: readonly FactPair[],
  sides: { readonly a: CountSide; readonly b: CountSide },
  rel: { readonly distinct: Relation<string | undefined>; readonly linked: Relation<boolean>; readonly overlap: Relation<number>; readonly datedApart: Relation<boolean> },
): FactPair[] {
  const round: MainFigureRound = { leftA, leftB, sideA: sides.a, sideB: sides.b, apart: rel.distinct, linked: rel.linked, overlap: rel.overlap, datedApart: rel.datedApart }
  // houses and buildings after people: a thing's main figure pairs among what the tolls left (thing-pairs.ts)
  const tolls = withMainTolls(round, pairs)
  const things = withMainThings(round, tolls)
  // measures with a unit after counts: a length, a weight, a sum, a magnitude of one object (measure-pairs.ts)
  // an earlier quake recalled by both reports: its magnitude's slot is the place it struck (measure-quakes.ts)
  // a company's market value moved by a sum, a price's session low: each told once in each report (stated-once.ts)
  const markets = withSessionExtremes(round, withValueMoves(round, withPlacedQuakes(round, withMainMeasures(round, things))))
  // other counted nouns last: a toll's, a thing's or a measure's figure is never one of theirs (noun-counts.ts);
  // two sentences dated apart ("on Monday" / "on Wednesday") count two operations, unless a date only dates a statement
  return withMainNounCounts(round, markets)
}
