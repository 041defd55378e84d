// Precision of `missing` facts on real pairs from different outlets (issue 11): of the facts
// judged by hand in test/fixtures/real-divergences/missing-dev.json that compare() still reports
// `missing`, the share judged a fact a reader would really miss. A judged missing fact no longer
// reported is listed as lost (the price of a rule that hides too much). Protocol: docs/eval.md.
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from './metrics.mjs'

export function loadMissingGold() {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/real-divergences/missing-dev.json'), 'utf8'))
}

/**
 * The judged items of one compared pair, in the orientation it was run (`swapped(it)`: the item's a is the run's b).
 * `lang` undefined: any language (items of a fresh report gold are told apart by their file).
 */
export function missingItemsOf(gold, lang, ofPair, swapped) {
  return gold.items
    .filter((it) => (lang === undefined || it.lang === lang) && ofPair(it))
    .map((it) => ({ ...it, side: swapped(it) ? (it.side === 'a' ? 'b' : 'a') : it.side }))
}

const overlaps = (span, it) => span != null && span.start < it.end && span.end > it.start
// A fragment judged not a fact is that fragment: a reported span reaching beyond it is the whole
// name read anew (USA Interactive for Interactive), another fact, to be judged on its own.
const reports = (span, it) => overlaps(span, it) && (it.verdict !== 'not-a-fact' || (span.start >= it.start && span.end <= it.end))

/** Score the `missing` divergences of the runs against their judged items. */
export function scoreMissing(runs) {
  const byVerdict = {}
  const wrong = [], lost = []
  let judged = 0, correct = 0
  for (const { pairLabel, report, missingItems = [] } of runs) {
    const reported = report.divergences.filter((d) => d.kind === 'missing')
    for (const it of missingItems) {
      const still = reported.some((d) => d.factType === it.factType && reports(d[it.side], it))
      if (!still) {
        if (it.verdict === 'missing') lost.push(`${pairLabel} ${it.factType}: ${it.text}`)
        continue
      }
      judged++
      byVerdict[it.verdict] = (byVerdict[it.verdict] ?? 0) + 1
      if (it.verdict === 'missing') correct++
      else wrong.push(`${pairLabel} ${it.verdict}: ${it.text} — ${it.reason}`)
    }
  }
  return { precision: judged === 0 ? null : correct / judged, correct, judged, byVerdict, lostCount: lost.length, lost, wrong }
}
