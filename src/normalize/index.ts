/**
 * The normalize stage on its own: a text's canonical comparison form, each
 * word with its offsets into the caller's original string.
 */
import { type ExpansionTable, expansionTable } from './abbreviations'
import { tokenize } from './tokens'
import { toNfc } from './unicode'
import type { AbbreviationTable } from '../types'

export interface NormalizeOptions {
  /**
   * Languages (ISO 639-3) whose abbreviation tables expand words like TP.HCM.
   * @default ['vie', 'eng']
   */
  readonly languages?: readonly string[]
  /**
   * Extra abbreviation expansions, merged over the built-in tables.
   * @default {}
   */
  readonly abbreviations?: AbbreviationTable
}

export interface NormalizedWord {
  /** The folded comparison key. */
  readonly key: string
  /** Offsets into the original string; an expanded abbreviation gives every word its span. */
  readonly start: number
  readonly end: number
}

export interface NormalizedText {
  /** The keys joined by single spaces: what two spellings of one text share. */
  readonly text: string
  readonly words: readonly NormalizedWord[]
}

const tables = new Map<string, ExpansionTable>()

export function normalize(text: string, options: NormalizeOptions = {}): NormalizedText {
  const languages = options.languages ?? ['vie', 'eng']
  let table: ExpansionTable
  if (options.abbreviations) table = expansionTable(languages, options.abbreviations)
  else {
    const id = languages.join(',')
    table = tables.get(id) ?? expansionTable(languages)
    tables.set(id, table)
  }
  const mapped = toNfc(text)
  const words = tokenize(mapped.text, table).map((token) => ({
    key: token.key,
    start: mapped.toOriginal(token.start),
    end: mapped.toOriginal(token.end),
  }))
  return { text: words.map((word) => word.key).join(' '), words }
}
