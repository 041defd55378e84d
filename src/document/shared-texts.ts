/**
 * One string for each sentence text the documents of a call write alike: a story's reports copy
 * most of their sentences, and its pairs compare the texts of every linked pair. Two strings of
 * equal contents but made apart are compared character by character; one string with itself is
 * one comparison of references. compareMany() shares a table among its documents; a document
 * given none (compare()'s) keeps its own strings, which compare the same, only slower.
 */
import { Attached } from './attached'
import type { PreparedDocument } from './index'

const tables = new Attached<PreparedDocument, Map<string, string>>('sharedTexts')

/** Lets `docs` share one string per distinct text (see `sharedText`). */
export function shareSentenceTexts(docs: readonly PreparedDocument[]): void {
  const table = new Map<string, string>()
  for (const doc of docs) tables.set(doc, table)
}

/** `text`, or the equal string a document sharing `doc`'s table gave first. */
export function sharedText(doc: PreparedDocument, text: string): string {
  const table = tables.get(doc)
  if (!table) return text
  const known = table.get(text)
  if (known !== undefined) return known
  table.set(text, text)
  return text
}
