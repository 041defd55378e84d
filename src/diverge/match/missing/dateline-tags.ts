/**
 * The tags of a dateline (issue 11 point 5; held-out round missing51-1): FORT LAUDERDALE, Fla.
 * (AP) —, BRISTOL, Tenn. (WJHL) –, HOUSTON, Texas (TTXVN) -. A line opening with a place in
 * capitals, then its state or country and the outlet in brackets, then a dash and a sentence, says
 * where the story was filed and who filed it: the state after the filing place and the outlet are
 * the page's heading, not facts of the event. The same state in a sentence (a man from Springfield,
 * Ill., một người ở Houston, Texas) labels a place of the story and stays `missing` with it.
 *
 * A line of a list or a headline is no dateline (US, Britain and France - the three allies -,
 * TP.HCM, Bình Dương và Đồng Nai - ba địa phương, TRUMP, Biden clash - and voters: review
 * rmissing51): without the outlet in brackets the tag must be one or two capitalised words (Fla.,
 * New Mexico) on the report's first line, and a capital must open the sentence after the dash.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

// The filing place in capitals (one to four words), its tag after a comma, the outlet in brackets, then a dash and a capital.
// The tag ends on a non-blank and the outlet's group takes its own leading blanks, so each blank has one place to go (test/hardening/regex.test.ts).
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}(?:,[ \t]+([^,()—–\n \t][^,()—–\n]{0,28}?[^,()—–\n \t]))?(?:[ \t]*\(([^()\n]{2,40})\))?[ \t]*[—–-][ \t]+(?=["“]?\p{Lu})/u
// A tag without an outlet: a state or country of one or two capitalised words or an abbreviation, no list (and, và).
const SHORT_TAG = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}.'’-]*)?$/u
const LIST_WORD = /(?:^|[ \t])(?:and|và|et|und|y|e)(?:[ \t]|$)/iu
// A capital letter the filing place must hold, lowercase letters it must not (Fort Lauderdale is a sentence's name).
const LOWER = /\p{Ll}/u
// A dateline with its outlet may follow a page's menu line or two; one without it must open the report.
const OUTLET_REACH = 400

interface Dateline {
  /** Offsets in the original: the state tag's span (if any), and the whole dateline's end. */
  readonly tag: { readonly start: number; readonly end: number; readonly text: string } | undefined
  readonly placeEnd: number
  readonly end: number
}

/** The dateline opening the line that starts at `lineStart`, if that line is one. */
function datelineAt(original: string, lineStart: number): Dateline | undefined {
  const m = DATELINE.exec(original.slice(lineStart, lineStart + 120))
  if (!m) return undefined
  const [whole, tag, outlet] = m
  if (tag === undefined && outlet === undefined) return undefined
  const placeEnd = whole.search(/,|\(|[—–-][ \t]/u)
  const place = whole.slice(0, placeEnd)
  if (LOWER.test(place) || place.replace(/[^\p{Lu}]/gu, '').length < 2) return undefined
  if (tag !== undefined && (LIST_WORD.test(tag) || (outlet === undefined && !SHORT_TAG.test(tag.trim())))) return undefined
  // Without an outlet the dateline opens the report: nothing but blank space before it.
  if (outlet === undefined && original.slice(0, lineStart).trim() !== '') return undefined
  if (outlet !== undefined && lineStart > OUTLET_REACH) return undefined
  const tagStart = tag === undefined ? -1 : lineStart + whole.indexOf(tag, placeEnd)
  return {
    tag: tag === undefined ? undefined : { start: tagStart, end: tagStart + tag.trim().length, text: tag.trim() },
    placeEnd: lineStart + placeEnd,
    end: lineStart + whole.length,
  }
}

/** The report's dateline: on one of its first lines. */
function datelineOf(doc: PreparedDocument): Dateline | undefined {
  const { original } = doc
  for (let lineStart = 0; lineStart <= OUTLET_REACH; ) {
    const found = datelineAt(original, lineStart)
    if (found) return found
    const next = original.indexOf('\n', lineStart)
    if (next < 0) return undefined
    lineStart = next + 1
  }
  return undefined
}

/**
 * Is the name the state or outlet tag of this report's dateline? A state is kept when the other
 * report's dateline gives its own state (PORTLAND, Ore. / PORTLAND, Maine: two places, review
 * rmissing51).
 */
export function datelineTag(doc: PreparedDocument, name: Located<NameFact>, other: PreparedDocument): boolean {
  const line = once(doc, datelineOf)
  if (!line || name.span.start < line.placeEnd || name.span.end > line.end) return false
  const inTag = line.tag !== undefined && name.span.start < line.tag.end && name.span.end > line.tag.start
  return !(inTag && once(other, datelineOf)?.tag !== undefined)
}
