/**
 * The tags of a dateline (issue 11 point 5; held-out round missing51-1): FORT LAUDERDALE, Fla.
 * (AP) —, BRISTOL, Tenn. (WJHL) –, HOUSTON, Texas (TTXVN) -. A line opening with a place in
 * capitals, then its state or country and the outlet in brackets, then a dash, says where the
 * story was filed and who filed it: the state after the filing place and the outlet are the page's
 * heading, not facts of the event. The same state in a sentence (a man from Springfield, Ill.,
 * một người ở Houston, Texas) labels a place of the story and stays `missing` with it.
 */
import type { PreparedDocument } from '../../../document'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

// The filing place in capitals (one to four words), its tag after a comma, the outlet in brackets, then a dash.
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}(?:,[ \t]+([^,()—–\n]{2,30}?))?[ \t]*(?:\(([^()\n]{2,40})\))?[ \t]*[—–-][ \t]/u
// A capital letter the filing place must hold, lowercase letters it must not (Fort Lauderdale is a sentence's name).
const LOWER = /\p{Ll}/u

/** Is the name the state or outlet tag of the dateline opening its line? */
export function datelineTag(doc: PreparedDocument, name: Located<NameFact>): boolean {
  const { original } = doc
  const lineStart = original.lastIndexOf('\n', name.span.start - 1) + 1
  // A dateline is short: the name sits within its first 80 characters.
  if (name.span.start - lineStart > 80) return false
  const m = DATELINE.exec(original.slice(lineStart, lineStart + 120))
  if (!m || (m[1] === undefined && m[2] === undefined)) return false
  const placeEnd = m[0].search(/,|\(|[—–-][ \t]/u)
  const place = m[0].slice(0, placeEnd)
  if (LOWER.test(place) || place.replace(/[^\p{Lu}]/gu, '').length < 2) return false
  // The name lies past the filing place and before the dash.
  const start = name.span.start - lineStart
  return start >= placeEnd && name.span.end - lineStart <= m[0].length
}
