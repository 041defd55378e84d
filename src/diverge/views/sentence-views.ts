/**
 * What a rule reads of one sentence of one report alone (its words, its capitalised names), kept
 * with the report the first time a pair asks for it. The moment rules weigh two sentences' words
 * for every pair of facts a pair of reports weighs, and a story weighs the same sentences in every
 * pair a report is in: each reading was made anew each time (issue 15). Only sentences some pair
 * asks about are read, so a long report keeps a handful.
 *
 * Readings are shared: nobody may mutate them.
 */
import type { PreparedDocument } from '../../document'
import { once } from '../../document/once'

export type SentenceReader<T> = (doc: PreparedDocument, sentence: number) => T

// One table a report and reader (once() keys it by the reader), by sentence index.
const newTable = (_doc: PreparedDocument, _read: SentenceReader<unknown>): Map<number, unknown> => new Map()

/** `read(doc, sentence)`, read once a report and sentence. */
export function sentenceView<T>(doc: PreparedDocument, sentence: number, read: SentenceReader<T>): T {
  const table = once(doc, newTable, read as SentenceReader<unknown>) as Map<number, T>
  let value = table.get(sentence)
  if (value === undefined) table.set(sentence, (value = read(doc, sentence)))
  return value
}
