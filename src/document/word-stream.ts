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
import { stripDiacritics } from '../normalize/fold'
import { nameSkeleton } from '../normalize/romanisation'
import type { PreparedDocument } from './index'
import { tokenTable } from './sentence-tokens'

/** First places of the words of one form, in order. */
export interface StartsByForm {
  get(form: string): readonly number[] | undefined
}

export interface WordStream {
  readonly keys: readonly string[]
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
function byForm(startsByKey: ReadonlyMap<string, readonly number[]>, formOf: (key: string) => string | undefined): StartsByForm {
  let keysByForm: Map<string, string[]> | undefined
  const merged = new Map<string, readonly number[]>()
  return {
    get(form) {
      const known = merged.get(form)
      if (known) return known
      if (!keysByForm) {
        keysByForm = new Map()
        for (const key of startsByKey.keys()) {
          const f = formOf(key)
          if (f === undefined) continue
          const list = keysByForm.get(f)
          if (list) list.push(key)
          else keysByForm.set(f, [key])
        }
      }
      const keys = keysByForm.get(form)
      if (!keys) return undefined
      const starts = firstPlaces(keys.map((key) => startsByKey.get(key)!))
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
  const rows = table.key.length
  const keys = new Array<string>(rows)
  const startsById: number[][] = table.keys.map(() => [])
  for (let row = 0; row < rows; row++) {
    const id = table.key[row]!
    keys[row] = table.keys[id]!
    const list = startsById[id]!
    if (list.length < STARTS_KEPT) list.push(row)
  }
  const startsByKey = new Map(table.keys.map((key, id) => [key, startsById[id]!]))
  return {
    keys,
    bare: byForm(startsByKey, stripDiacritics),
    skeletons: byForm(startsByKey, (key) => (key.length >= 4 ? nameSkeleton(key) : undefined)),
  }
}
