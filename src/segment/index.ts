/**
 * The segment stage: sentences with roles, offsets into the caller's original string.
 */
import { type MappedText, toNfc } from '../normalize/unicode'
import type { Sentence } from '../types'
import { assignRoles } from './roles'
import { splitSentences } from './sentences'

export interface SegmentOptions {
  /**
   * Tag captions, bylines, teasers and other non-body lines.
   * @default true
   */
  readonly detectBoilerplate?: boolean
}

/** A sentence with its range in the NFC text too, for the stages after this one. */
export interface MappedSentence extends Sentence {
  readonly nfcStart: number
  readonly nfcEnd: number
}

export function segmentMapped(original: string, mapped: MappedText, options: SegmentOptions = {}): MappedSentence[] {
  const pieces = splitSentences(mapped.text)
  const roled =
    options.detectBoilerplate === false
      ? pieces.map((piece) => ({ start: piece.start, end: piece.end, role: 'body' as const }))
      : assignRoles(mapped.text, pieces)
  return roled.map((piece, index) => {
    const start = mapped.toOriginal(piece.start)
    const end = mapped.toOriginal(piece.end)
    return { index, start, end, text: original.slice(start, end), role: piece.role, nfcStart: piece.start, nfcEnd: piece.end }
  })
}

/** Split a text into sentences and tag each with its role. */
export function segment(text: string, options: SegmentOptions = {}): Sentence[] {
  return segmentMapped(text, toNfc(text), options).map(({ index, start, end, text: sentence, role }) => ({
    index,
    start,
    end,
    text: sentence,
    role,
  }))
}
