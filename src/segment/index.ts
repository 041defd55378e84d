/**
 * The segment stage: sentences with roles, offsets into the caller's original string.
 */
import { type MappedText, toNfc } from '../normalize/unicode'
import type { Sentence, StatedRole } from '../types'
import { readStatedRoles } from '../stated-roles'
import { type StatedRoleAt, assignRoles } from './roles'
import { setApartRepeatedBody } from './repeated-body'
import { splitSentences } from './sentences'

export interface SegmentOptions {
  /**
   * Guess which lines are captions, bylines, teasers and other non-body lines.
   * @default true
   */
  readonly detectBoilerplate?: boolean
  /**
   * Roles the source states for ranges of the text (offsets into the original string,
   * as `Article.roles`); taken instead of guesses. Checked by the caller.
   * @default []
   */
  readonly roles?: readonly StatedRole[]
}

/**
 * A lookup from a line of the NFC text to the stated range it starts in. Ranges are
 * sorted once; each lookup is a binary search, so segmenting stays linear-logarithmic.
 */
function statedRoleAt(mapped: MappedText, roles: readonly StatedRole[]): StatedRoleAt {
  const sorted = [...roles].sort((x, y) => x.start - y.start)
  return (start) => {
    const at = mapped.toOriginal(start)
    let low = 0
    let high = sorted.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (sorted[middle]!.start <= at) {
        found = middle
        low = middle + 1
      } else high = middle - 1
    }
    const range = sorted[found]
    return range && at < range.end ? range.role : undefined
  }
}

/** A sentence with its range in the NFC text too, for the stages after this one. */
export interface MappedSentence extends Sentence {
  readonly nfcStart: number
  readonly nfcEnd: number
}

export function segmentMapped(original: string, mapped: MappedText, options: SegmentOptions = {}): MappedSentence[] {
  const pieces = splitSentences(mapped.text)
  const guess = options.detectBoilerplate !== false
  const stated = options.roles && options.roles.length > 0 ? statedRoleAt(mapped, options.roles) : undefined
  const roled =
    !guess && !stated
      ? pieces.map((piece) => ({ start: piece.start, end: piece.end, role: 'body' as const }))
      : guess && !stated
        ? setApartRepeatedBody(mapped.text, assignRoles(mapped.text, pieces, stated, guess))
        : assignRoles(mapped.text, pieces, stated, guess)
  return roled.map((piece, index) => {
    const start = mapped.toOriginal(piece.start)
    const end = mapped.toOriginal(piece.end)
    return { index, start, end, text: original.slice(start, end), role: piece.role, nfcStart: piece.start, nfcEnd: piece.end }
  })
}

/** Split a text into sentences and tag each with its role. */
export function segment(text: string, options: SegmentOptions = {}): Sentence[] {
  readStatedRoles(options.roles, text.length, 'options.roles', 'E_OPTION')
  return segmentMapped(text, toNfc(text), options).map(({ index, start, end, text: sentence, role }) => ({
    index,
    start,
    end,
    text: sentence,
    role,
  }))
}
