/**
 * An age told of a role rather than a name: *a 38-year-old suspect*, *the suspect, 37,*, *nghi
 * phạm (25 tuổi)*, *tài xế xe tải 45 tuổi*, *der 37-jährige Täter*, *der Fahrer (37)*. A report that
 * never names the person still ages them by what they did. Only singular roles of one person in an
 * incident are read (a list of *victims* ages many people), and a role after a count or a plural
 * word (*hai nạn nhân*, *các tài xế*) is no one person. Synonyms of one role share its key
 * (*gunman* / *shooter*, *nghi phạm* / *nghi can*). Offsets index the document's original string.
 */
import type { PreparedDocument } from '../../../document'
import { once } from '../../../document/once'
import { type AgeMention, documentAges } from '../../extract/numbers/ages'

export interface RoleAge {
  /** The role's key, one for its synonyms. */
  readonly role: string
  readonly value: number
  readonly sentence: number
  readonly start: number
  readonly end: number
  readonly text: string
  /** A name stands beside the age too (ages.ts read a holder there). */
  readonly named: boolean
  /** Other years told in the sentence: the age may be one at that year. */
  readonly years: readonly number[]
}

// Each role of one person in an incident, by its key (lower case, NFC).
const ROLES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    suspect: 'suspect', gunman: 'gunman', shooter: 'gunman', attacker: 'attacker', assailant: 'attacker', victim: 'victim',
    driver: 'driver', pilot: 'pilot', 'nghi phạm': 'nghi phạm', 'nghi can': 'nghi phạm', 'hung thủ': 'hung thủ',
    'nạn nhân': 'nạn nhân', 'tài xế': 'tài xế', 'lái xe': 'tài xế', 'phi công': 'phi công', täter: 'täter', angreifer: 'täter',
    tatverdächtige: 'verdächtige', tatverdächtiger: 'verdächtige', verdächtige: 'verdächtige', verdächtiger: 'verdächtige',
    schütze: 'schütze', opfer: 'opfer', fahrer: 'fahrer', fahrerin: 'fahrer',
  }),
)

// Group 1 the role, group 2 the figure, or the other way round (`figureFirst`); literals, for the ReDoS suite.
interface Form {
  readonly re: RegExp
  readonly figureFirst: boolean
}
const FORMS: readonly Form[] = [
  // a 38-year-old suspect, the 37-year-old unemployed driver
  { re: /(?<![\p{L}\p{N}])(\d{1,3})[- ]years?[- ]old(?: \p{Ll}+){0,2}? (suspect|gunman|shooter|attacker|assailant|victim|driver|pilot)(?![\p{L}\p{N}])/giu, figureFirst: true },
  // the suspect, 37,  the suspect, a 37-year-old  the gunman, aged 43
  { re: /(?<![\p{L}\p{N}])(suspect|gunman|shooter|attacker|assailant|victim|driver|pilot), (?:an? |aged )?(\d{1,3})(?:[- ]years?[- ]old)?(?=[ ,;.)])/giu, figureFirst: false },
  // nghi phạm (25 tuổi), tài xế xe tải 45 tuổi
  { re: /(?<![\p{L}\p{N}])(nghi phạm|nghi can|hung thủ|nạn nhân|tài xế|lái xe|phi công)(?: \p{Ll}+){0,2}?[ ,(]+(\d{1,3}) tuổi(?![\p{L}\p{N}])/giu, figureFirst: false },
  // der 37-jährige Täter
  { re: /(?<![\p{L}\p{N}])(\d{1,3})-jährige[rn]? (täter|angreifer|tatverdächtiger?|verdächtiger?|schütze|opfer|fahrer|fahrerin|pilot)(?![\p{L}\p{N}])/giu, figureFirst: true },
  // der Fahrer (37)
  { re: /(?<![\p{L}\p{N}])(täter|angreifer|tatverdächtiger?|verdächtiger?|schütze|opfer|fahrer|fahrerin|pilot) \((\d{1,3})\)/giu, figureFirst: false },
]

// A word before the role that makes it many people or a count of them: *two victims*, *hai nạn nhân*, *các tài xế*.
const MANY = new Set('two three four five several both other another each every các những hai ba bốn năm nhiều mỗi zwei drei mehrere beiden anderen'.split(' '))
const YEARS = /(?<![\p{L}\p{N}])(?:1[89]|20)\d\d(?![\p{L}\p{N}])/gu

export function documentRoleAges(doc: PreparedDocument): RoleAge[] {
  const named = new Map<number, AgeMention[]>()
  for (const n of once(doc, documentAges)) named.set(n.sentence, [...(named.get(n.sentence) ?? []), n])
  const out: RoleAge[] = []
  for (const [sentence, s] of doc.sentences.entries()) {
    const text = doc.nfc.text.slice(s.nfcStart, s.nfcEnd)
    // (most sentences tell no age at all)
    if (!/\d/u.test(text)) continue
    let years: number[] | undefined
    for (const form of FORMS) {
      form.re.lastIndex = 0
      for (let m = form.re.exec(text); m !== null; m = form.re.exec(text)) {
        const [roleText, figure] = form.figureFirst ? [m[2]!, m[1]!] : [m[1]!, m[2]!]
        const role = ROLES.get(roleText.toLowerCase())
        const value = Number(figure)
        if (role === undefined || value < 1 || value > 120) continue
        const before = text.slice(Math.max(0, m.index - 16), m.index).trim().split(/\s+/u).pop()?.toLowerCase() ?? ''
        if (MANY.has(before)) continue
        // the figure's own statement: *38-year-old*, *25 tuổi*, *37*
        const at = m.index + m[0].indexOf(figure, form.figureFirst ? 0 : roleText.length)
        const tail = /^\d+(?:[- ]years?[- ]old| tuổi|-jährige[rn]?)?/iu.exec(text.slice(at))![0]
        const from = doc.nfc.toOriginal(s.nfcStart + at)
        const to = doc.nfc.toOriginal(s.nfcStart + at + tail.length)
        years ??= [...text.matchAll(YEARS)].map((y) => Number(y[0]))
        // (a German role is capitalised, so the age reader may take it for the holder's name: *der 37-jährige Täter*)
        const withName = (named.get(sentence) ?? []).some((n) => n.start < to && from < n.end && !(n.holder.length === 1 && ROLES.has(n.holder[0]!)))
        out.push({ role, value, sentence, start: from, end: to, text: doc.original.slice(from, to), named: withName, years })
      }
    }
  }
  return out
}
