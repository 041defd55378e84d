/**
 * A party or nationality word, or a country, that labels a person the other report names too
 * (issue 11 point 5; judged not-a-fact in BASIL round missing50-1): Republican President-elect
 * Donald Trump, Mr. Newsom, a Democrat, Nancy Pelosi (D-Calif.), Tổng thống Mỹ Donald Trump. The
 * person is the fact, and both reports state it; the label alone is no fact a reader would miss.
 *
 * Read only where the label is bound to that one person: right before the name, past at most two
 * words that are neither function words nor plurals (presidential candidate, Prime Minister: a
 * role, not a group that acted: Israeli soldiers shot…); in apposition after it (, a Democrat);
 * or as the party-state tag after it ((D-Calif.), , R-Miss.). A label of no named person (the
 * first Israeli casualties, the Syrian government, an American jeweler working for Chopard) and a
 * label of a person the other report never names (Lott, R-Miss.) stay `missing`.
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

const isLabelWord = (text: string): boolean => PARTY.has(text) || DEMONYM.test(text) || OTHER_DEMONYMS.has(text)

/** A word that binds no label to a person: a function word or a plural (soldiers, forces), not a role. */
const breaksBinding = (word: string | undefined): boolean =>
  word !== undefined && (FUNCTION_WORDS.has(word.toLowerCase()) || /[^s'’]s$/u.test(word))

/** Is `name` a party, nationality or country label of a person the other report names too (`stated`)? */
export function labelsNamedPerson(
  doc: PreparedDocument,
  facts: DocumentFacts,
  name: Located<NameFact>,
  stated: (person: Located<NameFact>) => boolean,
): boolean {
  const { text } = name.span
  const label = isLabelWord(text)
  const tag = PARTY_STATE.test(text)
  // A country split off before a name (Mỹ Donald Trump, Nga Sergei Lavrov): the extractor's own reading of a label.
  const country = name.fact.category === 'place'
  if (!label && !tag && !country) return false
  const inSentence = facts.namesBySentence.get(name.sentence) ?? []
  const isPerson = (n: Located<NameFact>): boolean => n.fact.category === 'person' || n.fact.title !== undefined
  for (const other of inSentence) {
    if (other === name) continue
    if (other.span.start >= name.span.end) {
      if (!isPerson(other)) continue
      const gap = doc.original.slice(name.span.end, other.span.start)
      if (country && !label) {
        // The country and the name side by side, one space apart, as the extractor split them.
        if (gap === ' ' && stated(other)) return true
        continue
      }
      const words = GAP.exec(gap)
      if (label && words && !breaksBinding(words[1]) && !breaksBinding(words[2]) && stated(other)) return true
    } else if (other.span.end <= name.span.start) {
      const between = doc.original.slice(other.span.end, name.span.start)
      const after = doc.original.slice(name.span.end, name.span.end + 2)
      // Mr. Newsom, a Democrat. / Pelosi (D-Calif.) / Lott, R-Miss.: whatever the extractor calls the name, the label makes it a person.
      const apposition = label && /^,\s+(?:a|an)\s+$/u.test(between) && /^(?:[.,;)]|$)/u.test(after)
      const partyTag = tag && /^(?:\s*\(|,\s+)$/u.test(between)
      if ((apposition || partyTag) && stated(other)) return true
    }
  }
  return false
}
