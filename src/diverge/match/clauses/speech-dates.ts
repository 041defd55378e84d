/**
 * A date that dates a statement, not the event the statement is about: "Reuters pada Rabu (24/5)
 * melansir", "Reuters on Wednesday reported", "Reuters hôm 24/5 đưa tin", or, at the end of an
 * attribution, "ujar Johnny di Kantor DPP Partai Nasdem, Jakarta, Jumat (5/1)", "police said on
 * Tuesday", "ông Hùng cho biết hôm 12/3". Another report's date of the arrest or the rally is not
 * the day someone spoke of it; two dates of statements (or two of events) are still compared.
 */
import { foldWord } from '../../../normalize/fold'
import type { Fact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import type { Clause } from './clauses'

/** Verbs of saying and reporting. "biết" and "tin" count only after their first syllable ("cho biết", "đưa tin"). */
const SPEECH = keys(
  'said says told reported reports quoted stated melansir mengatakan kata ujar ungkap tutur melaporkan menyatakan biết tin nói disse afirmou informou declarou relatou dit déclaré indiqué affirmé rapporté précisé dijo afirmó informó',
)
const SPEECH_FIRST: ReadonlyMap<string, string> = new Map(
  [
    ['biết', 'cho'],
    ['tin', 'đưa'],
  ].map(([second, first]) => [foldWord(second!), foldWord(first!)]),
)
/**
 * Lowercase words an attribution may run through between its verb and its date: "to reporters in",
 * "di", "hôm", and the weekdays French and Portuguese write in lower case ("a déclaré mercredi 24 mai").
 */
const GLUE = keys(
  'at in on to reporters journalists di pada kepada wartawan hôm ngày vào tại ở với phóng viên à em no na nesta neste en le la ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche segunda terça quarta quinta sexta sábado domingo feira',
)
/** What opens the statement after its attribution's date ("reported on Wednesday, May 24, that …"). */
const THAT = keys('that bahwa rằng que')
/** How far back from the date an attribution's verb may stand. */
const REACH = 10

const speechAt = (words: readonly string[], k: number): boolean => {
  const w = words[k]
  if (w === undefined || !SPEECH.has(w)) return false
  const first = SPEECH_FIRST.get(w)
  return first === undefined || words[k - 1] === first
}

/** Does the date fact `f` (in clause `c`) date a statement? */
export function datesStatement(f: Fact & { type: 'date' }, c: Clause): boolean {
  const after = f.after ?? []
  // right after: "Rabu (24/5) melansir", "on Wednesday reported", "hôm 24/5 đưa tin"
  if (speechAt(after, 0) || speechAt(after, 1)) return true
  // before, through names and glue only: "ujar Johnny di Kantor …, Jakarta, Jumat (5/1)", "said on Tuesday";
  // only where the date closes the attribution: "said on August 16, the last survivors were pulled" and
  // "cho biết, ngày 17/8, trước khi thông xe" date what was said, and "s'est déclaré samedi dans un entrepôt" is a fire
  const next = c.words[c.afterStart]
  if (next !== undefined && !THAT.has(next)) return false
  const lead = c.lead
  for (let k = lead.length - 1; k >= Math.max(0, lead.length - REACH); k--) {
    if (speechAt(lead, k)) return true
    const w = lead[k]!
    if (!GLUE.has(w) && !c.capitals.has(w)) return false
  }
  return false
}
