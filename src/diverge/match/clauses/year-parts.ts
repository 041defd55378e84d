/**
 * The part of a year (a quarter, a half) a sentence names: two figures of sentences that name
 * different parts ("the second fiscal quarter" / "the first quarter", "quý II") fill different
 * slots (slot-qualifiers.ts). Read from the sentence's folded words alone.
 */
import { Attached } from '../../../document/attached'
import { foldWord } from '../../../normalize/fold'
import { keys } from '../../extract/fact-tokens'

/** Ordinals that number the parts of a year: "the first quarter", "second-half". */
const PART_ORDINALS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]])
const YEAR_PARTS = keys('quarter half')
/** Vietnamese numbers its quarters in Roman numerals ("quý II"); "quý" alone also means "dear". */
const QUARTER_VI = foldWord('quý')
const ROMAN: ReadonlyMap<string, number> = new Map([['i', 1], ['ii', 2], ['iii', 3], ['iv', 4]])

/**
 * The part of a year a sentence names, when it names exactly one ("in 2002's second fiscal
 * quarter", "first-quarter profit", "quý II"): "quarter 2", "half 1". Read from the sentence's
 * words, so a sentence that names two parts (a comparison) names none here.
 */
export function yearPart(sentence: ReadonlySet<string>): string | undefined {
  // Asked for every pair of figures of two sentences: read once per sentence.
  if (yearParts.has(sentence)) return yearParts.get(sentence)
  const part = readYearPart(sentence)
  yearParts.set(sentence, part)
  return part
}
const yearParts = new Attached<ReadonlySet<string>, string | undefined>('yearParts')

function readYearPart(sentence: ReadonlySet<string>): string | undefined {
  const parts = new Set<string>()
  const ordinals: number[] = []
  const romans: number[] = []
  let plainPart: string | undefined
  for (const w of sentence) {
    const [head, tail] = w.split('-')
    // "first-quarter", "second-half": the ordinal and its part in one word.
    if (tail !== undefined && PART_ORDINALS.has(head!) && YEAR_PARTS.has(tail)) parts.add(`${tail} ${PART_ORDINALS.get(head!)}`)
    else if (PART_ORDINALS.has(w)) ordinals.push(PART_ORDINALS.get(w)!)
    else if (ROMAN.has(w)) romans.push(ROMAN.get(w)!)
    else if (YEAR_PARTS.has(w)) plainPart = w
  }
  if (plainPart !== undefined && ordinals.length === 1) parts.add(`${plainPart} ${ordinals[0]}`)
  if (sentence.has(QUARTER_VI) && romans.length === 1) parts.add(`quarter ${romans[0]}`)
  return parts.size === 1 ? [...parts][0] : undefined
}
