/**
 * Names that open with an abbreviation in capitals: USA Interactive, SAN Architect, OGE Energy
 * Corp, WTA Championships. The name extractor leaves short all-caps words out of names (most
 * are cues, agencies or sentence-initial shouting), so the name it finds is the rest, a fragment
 * ("Interactive"). Reported missing, the fact is the whole name: the abbreviation right before
 * it is put back.
 */
import type { PreparedDocument } from '../../../document'
import { foldWord } from '../../../normalize/fold'
import type { Span } from '../../../types'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { isCueWord } from '../../extract/names/name-cues'

// Abbreviations of common nouns that describe the name after them (chip Adreno, VXL Haswell = the
// processor Haswell, LTE Bluetooth in a spec list): no part of it.
const COMMON_ACRONYMS = new Set('cpu gpu vxl lte ram rom usb hd sim gps nfc os pc ssd hdd led lcd oled wifi'.split(' '))

// Two to five capitals standing alone as a word, right before the name (one space between).
const ACRONYM_BEFORE = /(?:^|[\s("“'‘])(\p{Lu}{2,5}) $/u

/**
 * The name's span with the abbreviation in capitals that opens it, or the span as it is. Only a
 * one-word name or an organisation's (USA Interactive, OGE Energy Corp) takes it: a person's name
 * after an abbreviation is named by it, not part of it (thủ lĩnh CNRP Sam Rainsy, bang NSW Shane
 * Fitzsimmons). A cue in capitals (TP, HLV, CEO) introduces the name, an agency (`isAgency`)
 * credits it and a common noun's abbreviation (CPU, LTE) describes it; none is taken.
 */
export function withAcronym(doc: PreparedDocument, name: Located<NameFact>, isAgency: (text: string) => boolean): Span {
  const { fact, span } = name
  if (fact.title !== undefined || (fact.tokens.length !== 1 && fact.category !== 'org')) return span
  const sentenceStart = doc.sentences[name.sentence]!.start
  const m = ACRONYM_BEFORE.exec(doc.original.slice(Math.max(sentenceStart, span.start - 8), span.start))
  if (!m) return span
  const acronym = m[1]!
  const folded = foldWord(acronym)
  if (isCueWord(folded) || COMMON_ACRONYMS.has(folded) || isAgency(acronym)) return span
  const start = span.start - acronym.length - 1
  return { ...span, start, text: doc.original.slice(start, span.end) }
}
