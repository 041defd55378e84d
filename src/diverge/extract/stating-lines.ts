/**
 * Which lines of a report state its facts (listed `missing` when the other report lacks them, and
 * looked up when the other report's facts are asked for) and which only name things.
 *
 * A subheading inside the body ("Thu hồi 782,6 tỷ đồng vi phạm chính sách thuế", "Rents rose 40
 * percent in two years") is the report's own text, a claim as much as its headline: its facts are
 * stated. The segmenter calls such a line a `label`, as it calls a section label ("Thế giới",
 * "Sports") or a name left alone on a line ("DUYÊN DUYÊN 0", "Xuân Mai"): those say nothing a
 * reader would miss. A label states when it reads like a title: four words or more, not all of
 * them capitalised as a name list is (a title of six words or more in Title Case still states).
 */
import type { SentenceRole } from '../../types'

/** Roles whose facts a report states: body text, the headline, its teasers. Never bylines, credits, captions. */
const STATING_ROLES: ReadonlySet<SentenceRole> = new Set(['body', 'headline', 'related'])
/** Captions mention names too; they count as occurrences, never as statements. */
const NAMING_ROLES: ReadonlySet<SentenceRole> = new Set(['body', 'headline', 'related', 'caption'])

/** Fewest words of a label that reads as a subheading. */
const SUBHEADING_WORDS = 4
/** Up to this many words, a line of capitalised words only is a name list (a byline), not a title. */
const NAME_LIST_WORDS = 5
const CAPITALISED = /^[\p{Lu}\p{N}]/u

/** A `label` line that reads as a subheading of the body: a title of its own, not a section label or a name. */
export function isSubheading(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
  if (words.length < SUBHEADING_WORDS) return false
  return words.length > NAME_LIST_WORDS || !words.every((word) => CAPITALISED.test(word.replace(/^[^\p{L}\p{N}]+/u, '')))
}

interface Line {
  readonly role: SentenceRole
  readonly text: string
}

/** Whether a line's facts are stated by its report. */
export function statesFacts(line: Line): boolean {
  return STATING_ROLES.has(line.role) || (line.role === 'label' && isSubheading(line.text))
}

/** Whether a line's names count as occurrences (stated, or named in a caption). */
export function namesFacts(line: Line): boolean {
  return NAMING_ROLES.has(line.role) || (line.role === 'label' && isSubheading(line.text))
}
