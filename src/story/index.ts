/**
 * compareMany(): many reports of one event as one story report. Every part is
 * derived from the pairwise reports, so that what the story shows between two
 * outlets is what compare() reports for that pair with the same options. Each
 * report is read once (segmented, tokenized, its facts extracted) and shared by
 * every pair it is in; only the work between two reports is done per pair.
 */
import { comparePrepared, createSession, documentResult } from '../compare'
import { prepare } from '../document'
import { once } from '../document/once'
import { shareSentenceTexts } from '../document/shared-texts'
import { shareSentenceFacts } from '../diverge/extract/collect'
import { CorroborateError } from '../errors'
import { resolveOptions } from '../options'
import type { Article, CompareOptions, Story, StoryWarning } from '../types'
import { coverageOf, overlapMatrix, unsharedSentences } from './coverage'
import { buildFacts, buildUniqueFacts } from './facts'
import { readArticles, outletLabels } from './input'
import { buildNames } from './names'
import { comparePairs } from './pairs'
import { StatementLinks } from './statements'

export function compareMany(articles: readonly (string | Article)[], options?: CompareOptions): Story {
  const inputs = readArticles(articles)
  const resolved = resolveOptions(options) // bad options fail once, before any pair is compared
  inputs.forEach((article, i) => {
    if (article.text.length > resolved.maxLength) {
      throw new CorroborateError('E_TOO_LARGE', [
        { path: `articles[${i}].text`, expected: `at most ${resolved.maxLength} UTF-16 code units (options.maxLength)`, received: `${article.text.length}` },
      ])
    }
  })
  const outlets = outletLabels(inputs)
  const prepared = inputs.map((article) => prepare(article, resolved))
  shareSentenceFacts(prepared)
  shareSentenceTexts(prepared)
  const documents = prepared.map((doc) => once(doc, documentResult))
  const session = createSession()
  const links = new StatementLinks(documents)
  const pairs = comparePairs(
    inputs,
    documents,
    (i, j) => comparePrepared(prepared[i]!, prepared[j]!, resolved, session),
    (i, j, alignments) => links.link(i, j, alignments),
  )
  const { statements, statementOf } = links.finish()
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
