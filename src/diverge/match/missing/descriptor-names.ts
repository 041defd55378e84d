/**
 * A party or nationality word, or a country, that labels a person the other report names too
 * (issue 11 point 5; judged not-a-fact in BASIL round missing50-1): Republican President-elect
 * Donald Trump, Mr. Newsom, a Democrat, Nancy Pelosi (D-Calif.), Tổng thống Mỹ Donald Trump. The
 * person is the fact, and both reports state it; the label alone is no fact a reader would miss.
 *
 * Read only where the label is a routine label of an office holder: a party right before the name
 * past at most two words that are neither function words nor plurals (presidential candidate: a
 * role, not a group that acted), in apposition (, a Democrat) or as a party-state tag ((D-Calif.),
 * , R-Miss.); a nationality or country only right by a title of office (Palestinian President,
 * Tổng thống Mỹ). A nationality of anyone else is often the news (killed British tourist, Edan
 * Alexander, an American: review rmissing51) and stays `missing`, as do a label of no named person,
 * of a person the other report never names, and a label the other report gives that person
 * otherwise (a Democrat / a Republican, Tổng thống Mỹ / Nga: a conflict, both sides kept).
 */
import type { PreparedDocument } from '../../../document'
import type { DocumentFacts, Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'

const PARTY = new Set(['Democrat', 'Democratic', 'Republican', 'GOP', 'Tory', 'Labour', 'Conservative', 'Liberal', 'Socialist', 'Communist'])
// Demonyms by their endings (American, Palestinian, Israeli, Chinese, Irish, Arabic), and a few that end otherwise.
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)$/u
const OTHER_DEMONYMS = new Set(['French', 'Dutch', 'Greek', 'Swiss', 'Thai', 'Welsh', 'Czech'])
// D-Calif, R-Miss, I-Vt: a lawmaker's party and state.
const PARTY_STATE = /^[DRI]-\p{Lu}\p{Ll}*$/u
// Words that open another phrase between the label and a name (working for Chopard, chief of Syria).
const FUNCTION_WORDS = new Set(['of', 'for', 'from', 'in', 'at', 'on', 'to', 'with', 'by', 'and', 'or', 'but', 'against', 'than', 'the', 'a', 'an', 'who', 'that', 'said', 'says'])
// At most two words between the label and the name, spaces only: no comma, bracket or stop.
const GAP = /^\s+(?:([\p{L}\p{M}][\p{L}\p{M}.'’-]*)\s+(?:([\p{L}\p{M}][\p{L}\p{M}.'’-]*)\s+)?)?$/u
// A title of office right after a nationality (Palestinian President, French Foreign Minister): common nouns (tourist, hostage) are not.
const OFFICE_AFTER = /^\s*(?:President|President-elect|Vice[- ]President|Prime Minister|Premier|Chancellor|(?:Foreign|Defen[cs]e|Finance|Interior) Minister|Minister|Secretary|Ambassador|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|King|Queen|Emperor)\b/u
// A title of office right before a country (Tổng thống Mỹ, Ngoại trưởng Nga, President of France is not read).
const OFFICE_BEFORE = /(?:^|[\s(])(?:(?:Phó )?Tổng thống|(?:Phó )?Thủ tướng|Ngoại trưởng|Bộ trưởng(?: [\p{Ll}\p{M}]+){0,3}|Chủ tịch(?: nước)?|Quốc vương|Nhà vua|Nữ hoàng|Đại sứ|Thượng nghị sĩ|Hạ nghị sĩ)\s+$/u

const isParty = (text: string): boolean => PARTY.has(text)
const isDemonym = (text: string): boolean => DEMONYM.test(text) || OTHER_DEMONYMS.has(text)

/** A word that binds no label to a person: a function word or a plural (soldiers, forces), not a role. */
const breaksBinding = (word: string | undefined): boolean =>
  word !== undefined && (FUNCTION_WORDS.has(word.toLowerCase()) || /[^s'’]s$/u.test(word))

const isPerson = (n: Located<NameFact>): boolean => n.fact.category === 'person' || n.fact.title !== undefined

/**
 * The person a label is bound to in its sentence, or undefined. `broad` reads any label in any slot
 * (to find a label the report gives a person at all); otherwise only the routine labels above.
 */
function labelledPerson(doc: PreparedDocument, facts: DocumentFacts, name: Located<NameFact>, broad: boolean): Located<NameFact> | undefined {
  const { text } = name.span
  const party = isParty(text)
  const demonym = isDemonym(text)
  const tag = PARTY_STATE.test(text)
  // A country split off before a name (Mỹ Donald Trump, Nga Sergei Lavrov): the extractor's own reading of a label.
  const country = !party && !demonym && name.fact.category === 'place'
  if (!party && !demonym && !tag && !country) return undefined
  const sentenceStart = doc.sentences[name.sentence]?.start ?? 0
  const titled = country && (broad || OFFICE_BEFORE.test(doc.original.slice(Math.max(sentenceStart, name.span.start - 40), name.span.start)))
  for (const other of facts.namesBySentence.get(name.sentence) ?? []) {
    if (other === name) continue
    if (other.span.start >= name.span.end) {
      if (!isPerson(other)) continue
      const gap = doc.original.slice(name.span.end, other.span.start)
      // The country and the name side by side, one space apart, as the extractor split them.
      if (country) {
        if (titled && gap === ' ') return other
        continue
      }
      const words = GAP.exec(gap)
      if (!words || breaksBinding(words[1]) || breaksBinding(words[2])) continue
      if (party || broad) return other
      if (demonym && OFFICE_AFTER.test(doc.original.slice(name.span.end, other.span.end))) return other
    } else if (other.span.end <= name.span.start) {
      const between = doc.original.slice(other.span.end, name.span.start)
      const after = doc.original.slice(name.span.end, name.span.end + 2)
      // Mr. Newsom, a Democrat. / Pelosi (D-Calif.) / Lott, R-Miss.: a party in apposition or as a tag makes the name a
      // person, whatever the extractor calls it; a nationality so is news.
      const apposition = (party || (broad && demonym)) && /^,\s+(?:a|an)\s+$/u.test(between) && /^(?:[.,;)]|$)/u.test(after)
      const partyTag = tag && /^(?:\s*\(|,\s+)$/u.test(between)
      if (apposition || partyTag) return other
    }
  }
  return undefined
}

const surname = (person: Located<NameFact>): string => (person.fact.tokens[person.fact.tokens.length - 1] ?? '').toLowerCase()

/** Surnames of the persons a report gives any label (party, nationality, country, party tag). */
function labelledSurnames(doc: PreparedDocument, facts: DocumentFacts): Set<string> {
  const out = new Set<string>()
  for (const name of facts.names) {
    const person = labelledPerson(doc, facts, name, true)
    if (person) out.add(surname(person))
  }
  return out
}

/**
 * Is `name` a routine label of a person the other report names too (`stated`) and labels no
 * otherwise? `other` and `otherFacts` are the other report, read for a label it gives that person.
 */
export function labelsNamedPerson(
  doc: PreparedDocument,
  facts: DocumentFacts,
  name: Located<NameFact>,
  stated: (person: Located<NameFact>) => boolean,
  other: PreparedDocument,
  otherFacts: DocumentFacts,
): boolean {
  const person = labelledPerson(doc, facts, name, false)
  if (!person || !stated(person)) return false
  // The other report labels that person too, and not so (this label is absent there): a conflict, not a routine label.
  return !labelledSurnames(other, otherFacts).has(surname(person))
}
