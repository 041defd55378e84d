/**
 * compareMany(): many reports of one event as one story report. Every part is
 * derived from the pairwise compare() reports, so that what the story shows
 * between two outlets is what compare() reports for that pair with the same
 * options. This first increment runs compare() once per pair (N(N−1)/2 calls),
 * so each document is prepared N−1 times; see docs/story.md for the cost.
 */
import { compare } from '../compare'
import { resolveOptions } from '../options'
import type { Article, CompareOptions, Story, StoryWarning } from '../types'
import { coverageOf, overlapMatrix, unsharedSentences } from './coverage'
import { buildFacts, buildUniqueFacts } from './facts'
import { readArticles, outletLabels } from './input'
import { buildNames } from './names'
import { type PairReport, pairIndexes } from './pairs'
import { buildStatements } from './statements'

export function compareMany(articles: readonly (string | Article)[], options?: CompareOptions): Story {
  const inputs = readArticles(articles)
  resolveOptions(options) // bad options fail once, before any pair is compared
  const outlets = outletLabels(inputs)
  const pairs: PairReport[] = pairIndexes(inputs.length).map(([i, j]) => ({ i, j, report: compare(inputs[i]!, inputs[j]!, options) }))
  // Every document is prepared the same way in each of its pairs; take each from its first pair.
  const documents = inputs.map((_, outlet) => {
    const pair = pairs.find((p) => p.i === outlet || p.j === outlet)!
    return pair.i === outlet ? pair.report.a : pair.report.b
  })
  const { statements, statementOf } = buildStatements(documents, pairs)
  const unshared = unsharedSentences(documents, statementOf)
  const warnings: StoryWarning[] = pairs.flatMap(({ i, j, report }) => report.warnings.map((w) => ({ outlets: [i, j] as const, code: w.code, message: w.message })))
  return {
    schemaVersion: 1,
    outlets,
    documents,
    statements,
    facts: buildFacts(pairs, inputs.length, statementOf),
    names: buildNames(pairs, inputs.length),
    unique: { facts: buildUniqueFacts(pairs, inputs.length), sentences: unshared },
    overlap: overlapMatrix(pairs, inputs.length),
    coverage: coverageOf(documents, statements, unshared),
    warnings,
  }
}
