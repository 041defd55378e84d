/**
 * Where each element of a page sits in the HTML string. linkedom builds its tree from
 * htmlparser2's events, one element per open tag in document order, but keeps no
 * offsets; a second htmlparser2 pass with the same options records them, and the two
 * sequences are matched by tag name. Every element gets its range as an attribute, which
 * survives Readability moving and retagging nodes (it copies attributes).
 */
import { Parser } from 'htmlparser2'
import type { DomDocument } from './dom'

export const POSITION_ATTRIBUTE = 'data-corroborate-at'

export interface ElementRange {
  readonly name: string
  readonly start: number
  end: number
}

export interface PageOutline {
  /** Every element's [start, end) in the HTML, in open-tag order. */
  readonly ranges: readonly ElementRange[]
  /** How deeply elements nest at most. */
  readonly depth: number
}

/** Thrown from inside the tokenizer to stop it: nothing past the limit needs reading. */
class TooDeep extends Error {}

/**
 * Every element's range, and how deep they nest, from one pass of the tokenizer; the pass
 * stops as soon as elements nest deeper than `maxDepth` (depth is then `maxDepth + 1`).
 */
export function outline(html: string, maxDepth = Infinity): PageOutline {
  const ranges: ElementRange[] = []
  const open: ElementRange[] = []
  let depth = 0
  const parser = new Parser(
    {
      onopentag(name) {
        const range = { name: name.toLowerCase(), start: parser.startIndex, end: html.length }
        ranges.push(range)
        open.push(range)
        depth = Math.max(depth, open.length)
        if (depth > maxDepth) throw new TooDeep()
      },
      onclosetag(_name, isImplied) {
        const range = open.pop()
        // An implied close (a <p> ended by the next block) ends where the closing token starts.
        if (range) range.end = isImplied ? Math.max(range.start, parser.startIndex) : parser.endIndex + 1
      },
    },
    // linkedom's options: the same events in the same order.
    { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false },
  )
  try {
    parser.write(html)
    parser.end()
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error
  }
  return { ranges, depth }
}

/** Mark every element of `document` (parsed by linkedom from the HTML `ranges` come from) with its source range. */
export function markSourcePositions(document: DomDocument, ranges: readonly ElementRange[]): void {
  const elements = document.querySelectorAll('*')
  let next = 0
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i]!
    const name = element.tagName.toLowerCase()
    // Should linkedom ever add an element of its own, skip it rather than shift every later range.
    let k = next
    while (k < ranges.length && k < next + 8 && ranges[k]!.name !== name) k++
    const range = ranges[k]
    if (!range || range.name !== name) continue
    element.setAttribute(POSITION_ATTRIBUTE, `${range.start}:${range.end}`)
    next = k + 1
  }
}

/**
 * The element that holds the whole of [start, end), and the element around that one:
 * where an article's own related links may stand. Linear in the number of elements.
 */
export function enclosing(ranges: readonly ElementRange[], start: number, end: number): { inner: ElementRange | null; outer: ElementRange | null } {
  let inner: ElementRange | null = null
  for (const range of ranges) {
    if (range.start <= start && range.end >= end && (!inner || range.end - range.start <= inner.end - inner.start)) inner = range
  }
  if (!inner) return { inner: null, outer: null }
  let outer: ElementRange | null = null
  for (const range of ranges) {
    if (range !== inner && range.start <= inner.start && range.end >= inner.end && (!outer || range.end - range.start <= outer.end - outer.start)) outer = range
  }
  return { inner, outer }
}

/** The source range an element was marked with, or null. */
export function sourceRange(value: string | null): readonly [number, number] | null {
  if (!value) return null
  const match = /^(\d+):(\d+)$/.exec(value)
  return match ? [Number(match[1]), Number(match[2])] : null
}
