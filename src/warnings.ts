/**
 * Warnings: when the comparison itself should not be taken at face value.
 *
 * The event thresholds are on `overlap.lexical` (cosine of the two bodies'
 * word counts), calibrated on VietnameseMDS clusters 1–100 (329 articles):
 * all 398 same-cluster pairs and 1,725 sampled different-cluster pairs.
 * Below 0.42 fall 94.7% of different-cluster pairs (1,634) and 4.0% of
 * same-cluster pairs (16); at equal numbers of each that is precision 0.96,
 * recall 0.95 for "different events". Same-cluster pairs sit at a median of 0.66,
 * different-cluster pairs at 0.27. `npm run eval -- --only warnings` checks
 * it on 200 sampled pairs (docs/eval.md).
 */
import { languageByMarkers } from './normalize/function-words'
import type { Overlap, ReportWarning } from './types'

/** Below this `overlap.lexical` (and with little restated), two reports look like different events. */
export const DIFFERENT_EVENTS_LEXICAL = 0.42

/**
 * At or above this `overlap.lexical` (with little restated), two reports are
 * probably one event written independently. Between the two thresholds
 * neither is said: 77 of the 1,725 calibration different-cluster pairs
 * (4.5%) sit there, too many to call them one event; 14 (0.8%) reach 0.5.
 */
export const SAME_EVENT_LEXICAL = 0.5

/**
 * Below this `overlap.score` few sentences restate each other. Same-event
 * VietnameseMDS pairs have a median score of 0: most reports of one event are
 * written independently, and their "missing" facts are choices, not omissions.
 */
const LOW_OVERLAP_SCORE = 0.2

/** Fewer body words than this is a near-empty input: a line, a headline, a fragment. */
const NEAR_EMPTY_WORDS = 10

/**
 * Fewer body words than this and word statistics say little: a 20-word
 * brief against a full article is neither "different" nor "the same" by
 * vocabulary. Event warnings wait for this much text on both sides.
 */
const MIN_EVENT_WORDS = 30

/** What the warnings need to know about one document. */
interface WarningInput {
  readonly text: string
  readonly language: string
  /** Words (tokens) in its body sentences. */
  readonly bodyWords: number
}

const HAS_CONTENT = /[\p{L}\p{N}]/u

function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}

function inputWarning(side: 'a' | 'b', doc: WarningInput): ReportWarning | undefined {
  const name = side.toUpperCase()
  if (!HAS_CONTENT.test(doc.text)) {
    return { code: 'empty-input', message: `Report ${name} is empty (no letter or digit): there is nothing to compare it with.` }
  }
  if (doc.bodyWords < NEAR_EMPTY_WORDS) {
    const what = doc.bodyWords === 0 ? 'no body text (only headlines, captions or other boilerplate)' : `only ${doc.bodyWords} words of body text`
    return { code: 'short-input', message: `Report ${name} has ${what}: overlap and missing facts on so little say little.` }
  }
  return undefined
}

// How much of each report its own function words are read from: a few paragraphs give dozens.
const MARKER_SAMPLE = 2000

/**
 * franc tells near languages apart only roughly on a few hundred characters (an English wire
 * opening read as Scots, \`sco\`): two reports whose own function words vote for one language
 * (normalize/function-words.ts) are written in it, whatever the two codes say.
 */
function sameByMarkers(a: WarningInput, b: WarningInput): boolean {
  const language = languageByMarkers(a.text.slice(0, MARKER_SAMPLE))
  return language !== '' && language === languageByMarkers(b.text.slice(0, MARKER_SAMPLE))
}

/** The warnings of one comparison, most basic first. */
export function reportWarnings(a: WarningInput, b: WarningInput, overlap: Overlap): ReportWarning[] {
  const warnings = [inputWarning('a', a), inputWarning('b', b)].filter((w): w is ReportWarning => w !== undefined)
  if (a.language !== 'und' && b.language !== 'und' && a.language !== b.language && !sameByMarkers(a, b)) {
    warnings.push({
      code: 'different-languages',
      message: `The reports seem to be in different languages (a: ${a.language}, b: ${b.language}); alignment works on shared words and will find little.`,
    })
  }
  // Shared vocabulary means little on a few words or across languages: no event warning then.
  if (warnings.length > 0) return warnings
  if (a.bodyWords < MIN_EVENT_WORDS || b.bodyWords < MIN_EVENT_WORDS || overlap.score >= LOW_OVERLAP_SCORE) return []
  const figures = `word overlap ${overlap.lexical.toFixed(2)}, sentence overlap ${percent(overlap.score)}`
  if (overlap.lexical < DIFFERENT_EVENTS_LEXICAL) {
    return [
      {
        code: 'different-events',
        message: `The reports look like accounts of different events (${figures}; reports of one event rarely share fewer words than ${DIFFERENT_EVENTS_LEXICAL}): the facts listed as missing are not omissions.`,
      },
    ]
  }
  if (overlap.lexical < SAME_EVENT_LEXICAL) return []
  return [
    {
      code: 'independent-reports',
      message: `Probably one event written up independently (${figures}): the reports share their vocabulary but hardly restate each other, so a fact missing from one may be a choice rather than an omission.`,
    },
  ]
}
