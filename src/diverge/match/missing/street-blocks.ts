/**
 * A house number and the block of its street that holds it (*3704 Fannin St.* / *the 3700 block
 * of Fannin*, *420 14th Street* / *the 400 block of 14th Street*): US police and local news give a
 * scene by its hundred-block, so a report's address and another's block name one place at two
 * precisions, and neither is missing from the other. The street is the first word after the
 * number (after *of* for a block), read from the original text; another block of the street, or
 * the same hundred on another street, is another place. Vietnamese addresses have no blocks (a
 * house number after *số*), so only the English counted noun *block* is read.
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { Fact } from '../../extract/fact'
import { foldWord } from '../../../normalize/fold'
import { once } from '../../../document/once'

const BLOCK = 'block'
// How far past a value its street's word is sought: the few characters of " of 14th".
const LOOK_AHEAD = 40

/** The first word after the value (after "of" for a block), folded, if it opens with a capital or a digit. */
function streetWord(original: string, end: number, skipOf: boolean): string | undefined {
  const words = original.slice(end, end + LOOK_AHEAD).match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  const at = skipOf && words[0]?.toLowerCase() === 'of' ? 1 : 0
  const word = words[at]
  return word && /^[\p{Lu}\p{N}]/u.test(word) ? foldWord(word) : undefined
}

interface Address {
  /** The hundred-block: 3700 for 3704 and for the 3700 block. */
  readonly hundred: number
  readonly street: string
  readonly block: boolean
}

function addressOf(fact: Fact, end: number, original: string): Address | undefined {
  if (fact.type !== 'number' || !Number.isInteger(fact.value) || fact.value < 100 || fact.range) return undefined
  if (fact.unit === BLOCK) {
    if (fact.value % 100 !== 0 || !fact.text.includes(String(fact.value))) return undefined
    const street = streetWord(original, end, true)
    return street ? { hundred: fact.value, street, block: true } : undefined
  }
  if (fact.kind !== 'plain' || fact.unit !== '' || fact.value >= 100_000) return undefined
  const street = streetWord(original, end, false)
  return street ? { hundred: Math.floor(fact.value / 100) * 100, street, block: false } : undefined
}

/** A report's addresses and blocks, by street and hundred. */
function addressesOf(facts: DocumentFacts, doc: PreparedDocument): Map<string, Address[]> {
  const out = new Map<string, Address[]>()
  for (const { fact, span } of facts.facts) {
    const address = addressOf(fact, span.end, doc.original)
    if (!address) continue
    const key = `${address.street}\u0000${address.hundred}`
    const list = out.get(key)
    if (list) list.push(address)
    else out.set(key, [address])
  }
  return out
}

/**
 * Does the other report give the place of `located`, a house number or a block, as the block that
 * holds it or as an address inside it? (The same value written alike is found by the fact index.)
 */
export function addressInOtherBlock(located: Located<Fact>, ownDoc: PreparedDocument, other: DocumentFacts, otherDoc: PreparedDocument): boolean {
  const address = addressOf(located.fact, located.span.end, ownDoc.original)
  if (!address) return false
  const there = once(other, addressesOf, otherDoc).get(`${address.street}\u0000${address.hundred}`) ?? []
  return there.some((a) => a.block !== address.block)
}
