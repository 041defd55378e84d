/**
 * The words of a document as one stream (its sentences' comparison tokens, in order), with the
 * places each word stands by its diacritic-free form and by its romanisation skeleton: to ask
 * whether a phrase is written anywhere in the document, however spelt.
 *
 * Places are recorded once per distinct word, not per form: the forms are derived for each
 * distinct word only when a form is first asked for, so a long report costs one map step per
 * word rather than two folds and two map steps (news repeats its words; a 1 MB report has some
 * 200,000 words and a few ten thousand distinct ones).
 */
import type { ExpansionTable } from '../normalize/abbreviations'
import { isAscii, stripDiacritics } from '../normalize/fold'
import { nameSkeleton } from '../normalize/romanisation'
import type { PreparedDocument } from './index'
import { type RowsByKey, rowsByKey, tokenTable } from './sentence-tokens'

/** First places of the words of one form, in order. */
interface StartsByForm {
  get(form: string): readonly number[] | undefined
}

export interface WordStream {
  /** Words in the stream. */
  readonly length: number
  /** The key of the word at a place (a row of the token table: no array of keys a word is kept). */
  keyAt(place: number): string
  /** First places of each word by diacritic-free form. */
  readonly bare: StartsByForm
  /** …and by romanisation skeleton, for words of 4 letters or more. */
  readonly skeletons: StartsByForm
}

// The first places a word stands suffice to find a phrase; a word found more often is no evidence.
const STARTS_KEPT = 256

/** The first `STARTS_KEPT` places of the union of sorted lists. */
function firstPlaces(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 1) return lists[0]!
  const merged = lists.flat().sort((x, y) => x - y)
  return merged.length > STARTS_KEPT ? merged.slice(0, STARTS_KEPT) : merged
}

/** Places by a form of the word, the words of each form found (and merged) on first request. */
function byForm(
  keys: readonly string[],
  places: () => RowsByKey,
  formOf: (key: string) => string | undefined,
  // For a form that leaves ASCII keys as they are (stripDiacritics): the ASCII keys are found by their id here, not indexed again.
  asciiIds?: ReadonlyMap<string, number>,
): StartsByForm {
  // A form's one word as its id, a list only for a form two words share: most words are alone in their form, and a list each was most of the index's garbage.
  let idsByForm: Map<string, number | number[]> | undefined
  const merged = new Map<string, readonly number[]>()
  return {
    get(form) {
      const known = merged.get(form)
      if (known) return known
      if (!idsByForm) {
        idsByForm = new Map()
        for (let id = 0; id < keys.length; id++) {
          const key = keys[id]!
          if (asciiIds !== undefined && isAscii(key)) continue
          const f = formOf(key)
          if (f === undefined) continue
          const seen = idsByForm.get(f)
          if (seen === undefined) idsByForm.set(f, id)
          else if (typeof seen === 'number') idsByForm.set(f, [seen, id])
          else seen.push(id)
        }
      }
      const found = idsByForm.get(form)
      const own = asciiIds !== undefined && isAscii(form) ? asciiIds.get(form) : undefined
      if (found === undefined && own === undefined) return undefined
      const ids = found === undefined ? [] : typeof found === 'number' ? [found] : found.slice()
      // Out of id order: the places of several words are merged and sorted below all the same.
      if (own !== undefined) ids.push(own)
      const { offset, rows } = places()
      const starts = firstPlaces(ids.map((id) => Array.from(rows.subarray(offset[id]!, Math.min(offset[id + 1]!, offset[id]! + STARTS_KEPT)))))
      merged.set(form, starts)
      return starts
    },
  }
}

/**
 * The stream of a document's words: built once per document and expansion table, read by every
 * pair it is in (the places of a form do not depend on which forms are sought).
 */
export function wordStream(doc: PreparedDocument, expansions: ExpansionTable): WordStream {
  const table = tokenTable(doc, expansions)
  const placesOf = (): RowsByKey => rowsByKey(table)
  return {
    length: table.key.length,
    keyAt: (place) => table.keys[table.key[place]!]!,
    bare: byForm(table.keys, placesOf, stripDiacritics, table.idOf),
    skeletons: byForm(table.keys, placesOf, (key) => (key.length >= 4 ? nameSkeleton(key) : undefined)),
  }
}
