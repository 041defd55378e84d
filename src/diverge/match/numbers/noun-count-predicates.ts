/**
 * What a count's own clause says happened to the counted things (noun-counts.ts, review
 * rcounts45). One noun counted in two reports is one misreported figure only when both clauses
 * tell the same thing of it: "50 delegations arrived" / "90 delegations registered", "closed 120
 * schools" / "200 schools were used as shelters", "huy động 30 xe" / "có 45 xe … hoạt động" are
 * two sets of one noun, each rightly told. A clause is read for at most two predicates: the verb
 * right before the figure (the count is what it acts on: "deployed 45 buses") and the first word
 * after the noun past auxiliaries ("delegations were registered"). Words of being, carrying and
 * hosting ("with 118 sailors aboard", "chở 180 hành khách", "accueillent 90 chefs", "were on the
 * flight") say only that the things were there: they agree with anything. A whole that something
 * has ("the plane's four engines", "avait 4 moteurs", "có 45 xe", "runs 30 buses") is never the
 * same set as a count acted on ("removed two engines").
 */
import type { DateFact, NumberFact } from '../../extract/fact'
import { keys } from '../../extract/fact-tokens'
import { foldWord } from '../../../normalize/fold'
import { SAYING_WORDS } from '../../../normalize/saying-verbs'

/** Vietnamese "sau đó" (then) and "có" (has; there are, opening a sentence). */
const [VI_AFTER, VI_THAT, VI_THERE_IS] = [foldWord('sau'), foldWord('đó'), foldWord('có')] as const

/** Auxiliaries, adverbs and determiners passed over to reach a predicate ("were then registered", "đã được huy động", "se sont inscrites"). */
const PASSED = keys(
  'were was are is be been being had have has then also still later now already just all ' +
    'ont sont étaient était ont été se s ensuite aussi déjà encore ' +
    'han habían fueron eran son se ya también luego ' +
    'foram eram são já também depois ' +
    'đã được bị đang sẽ vẫn cũng đều lại ' +
    'the a an les la le des los las os as some about around nearly almost over quelque environ près khoảng gần hơn phải total tout todo ' +
    'than more less fewer least plus moins más menos mais mehr als',
)
/** Being there, carried or hosted: says the things were present, nothing more ("with 118 sailors", "chở", "accueillent"). */
const PRESENCE = keys(
  'with aboard board onboard present carrying carried carry carries hosted hosting hosts welcomed welcoming counted ' +
    'avec bord présents présentes présent présente transportait transporte accueillent accueille accueillait accueilli comptait compte comptaient ' +
    'con bordo presentes llevaba llevaban transportaba acogió ' +
    'com transportava levava ' +
    'mit bord an ' +
    'với cùng chở trên mặt tổng cộng gồm',
)
/** Words that write a figure after its noun (noun-counts.ts reads the noun behind them). */
const NUMBERING = keys('numbering totalling totaling')
const NUMBER = keys('nombre número numero')
/** Verbs of having a whole: "avait 4 moteurs", "có 45 xe", "runs 30 buses", "tenía 4 motores". */
const POSSESSION = keys('has had have owns owned own runs operates operated possesses avait avoir possède possédait tiene tenía tienen tem tinha possui có hat hatte besitzt')
/** Words after a noun that say nothing about it: prepositions and links ("delegations from", "xe của"). */
const LINKS = keys(
  'of from in at on to for by into onto and or that which who de du des d en à au aux dans pour par et ou qui que del en y o que da do dos das em no na e ou von aus zu und của ở tại từ và hay mà để cho vì khi où',
)
/** A possessive 's before the figure: "the plane's four engines". */
const POSSESSIVE_S = keys("'s ’s")
/** Verbs of saying: the count after one is the statement's, told with no verb of its own before it ("said 186 passengers were on board"). */
const SAYING = SAYING_WORDS
/** Passive marks: a predicate after one is done to the counted things ("were deployed", "được huy động", "ont été fermées"). */
const PASSIVE = keys('were was been be being are is été fueron fue sido foram foi sido được bị wurden wurde')

/**
 * Verbs two reports write for one happening in other words (why each group is one: the same
 * event told by another verb of it in the languages the rule reads). A word belongs to a group
 * when it starts with one of its stems.
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['arriv', 'came', 'come', 'reach', 'venu', 'vinr', 'lleg', 'cheg', 'đến', 'tới'],
  ['regist', 'signed', 'inscri', 'enrol', 'đăng'],
  ['march', 'parad', 'défil', 'defil', 'desfil', 'diễu'],
  ['attend', 'particip', 'took', 'asist', 'tham'],
  ['deploy', 'mobili', 'dispatch', 'sent', 'déploy', 'envoy', 'desplieg', 'huy'],
]

/** What a count's clause says of it; `acted` when the things are what is acted on (the object of a verb before them, or the subject of a passive). */
export type Predicate = { readonly kind: 'bare' } | { readonly kind: 'presence' } | { readonly kind: 'possession' } | { readonly kind: 'act'; readonly word: string; readonly acted: boolean }

const isDigits = (w: string): boolean => w.length > 0 && w[0]! >= '0' && w[0]! <= '9'
/** Letters outside ASCII: a short word with them is a Vietnamese syllable ("mở", "chở") or a marked European word, read as content when not a link. */
const marked = (w: string): boolean => [...w].some((ch) => ch.codePointAt(0)! > 0x7f)
/** A word that can carry a clause's content: four letters or more, or a Vietnamese syllable that is no link (a short text's language may be unknown, so a marked syllable counts too). */
export const contentWord = (w: string, vietnamese: boolean): boolean => !LINKS.has(w) && !PASSED.has(w) && !isDigits(w) && (vietnamese || [...w].length >= 4 || marked(w))

/** Letters only Vietnamese writes (ă â đ ê ô ơ ư and the stacked tone marks of U+1EA0–U+1EF9). */
function vietnameseLetters(w: string): boolean {
  for (const ch of w) {
    const c = ch.codePointAt(0)!
    if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x103 || c === 0x111 || c === 0x1a1 || c === 0x1b0) return true
  }
  return false
}

/** Whether the words around a figure are written in Vietnamese letters: a short text's language may be unknown. */
export const vietnameseAround = (f: NumberFact): boolean => [...f.before, ...(f.clause ?? [])].some(vietnameseLetters)

/** A predicate word as its group's first stem, or its own first five letters ("défileront" / "défilé"). */
function stemOf(w: string): string {
  for (const group of SYNONYMS) if (group.some((s) => w.startsWith(s))) return group[0]!
  return [...w].slice(0, 5).join('')
}

/** Articles and possessives a noun follows: "le défilé des 204", "leur télé": a word after one names a thing, no verb of the count ("a" is also French "has"). */
const NOUN_MARKS = keys('the an its their his her le la les un une du des leur leurs ses son sa el los las una su sus o os as um uma der die das den ein eine')
const elided = (w: string): boolean => w.length > 2 && (w[1] === "'" || w[1] === '’')
/** A word before a figure that is a noun, not a verb acting on it: after an article, or with one elided ("l'arrivée des 204", "d'oiseau"). */
const nominal = (w: string, previous: string | undefined): boolean => elided(w) || (previous !== undefined && NOUN_MARKS.has(previous))

/** Where the noun ends in a figure's clause (its modifiers and the noun itself): the predicate is read past it. */
function pastNoun(clause: readonly string[], nounWords: ReadonlySet<string>, singular: (w: string) => string): number {
  let end = 0
  for (let k = 0; k < Math.min(4, clause.length); k++) if (nounWords.has(clause[k]!) || nounWords.has(singular(clause[k]!))) end = k + 1
  return end
}

/** What the count's clause says of its things (see the file's comment). */
export function predicateOf(f: NumberFact, noun: string, language: boolean, singular: (w: string) => string): Predicate {
  // a short text's language may be unknown: its Vietnamese letters tell it
  const vietnamese = language || vietnameseAround(f)
  const before = f.before
  // "delegations, numbering 204, paraded", "délégations, au nombre de 104, ont défilé": the noun is behind, its predicate after the figure
  if (NUMBERING.has(before.at(-1) ?? '') || NUMBER.has(before.at(-2) ?? '')) return predicateAfter(f.clause ?? [], 0, vietnamese)
  // the verb acting on the count is read in its own clause: "devant leur télé, 80 chefs" has none
  const lead = f.lead ?? before
  let k = lead.length - 1
  while (k >= 0 && PASSED.has(lead[k]!)) k--
  const verb = lead[k]
  // a count opening its sentence after Vietnamese "có" is "there are", no owner's whole: "Có 60 xe được huy động"
  const existential = verb === VI_THERE_IS && k === 0 && lead.length === 1
  if (verb !== undefined && !existential && (POSSESSION.has(verb) || POSSESSIVE_S.has(verb) || verb.endsWith("'s") || verb.endsWith('’s'))) return { kind: 'possession' }
  // the object of a verb before it: the words after its noun are the outer clause's ("Máy bay chở 180 hành khách phải quay đầu")
  if (verb !== undefined && !existential && !SAYING.has(verb) && !nominal(verb, lead[k - 1])) {
    if (PRESENCE.has(verb)) return { kind: 'presence' }
    // a Vietnamese verb of two syllables is keyed by its first: "huy động" and "hoạt động" are two verbs
    const head = vietnamese && k > 0 && contentWord(lead[k - 1]!, true) && !PRESENCE.has(lead[k - 1]!) && !SAYING.has(lead[k - 1]!) ? lead[k - 1]! : verb
    if (contentWord(verb, vietnamese)) return { kind: 'act', word: stemOf(head), acted: true }
  }
  const clause = f.clause ?? []
  return predicateAfter(clause, pastNoun(clause, new Set(noun.split(' ')), singular), vietnamese)
}

/** The predicate a count's noun is the subject of: the first word past it and its auxiliaries ("delegations were registered"). */
function predicateAfter(clause: readonly string[], from: number, vietnamese: boolean): Predicate {
  let j = from
  let passive = false
  // the noun's own complement is no predicate: "chefs d'État", "chefs d’Etats"
  while (j < clause.length && elided(clause[j]!)) j++
  while (j < clause.length && PASSED.has(clause[j]!)) passive ||= PASSIVE.has(clause[j++]!)
  const next = clause[j]
  if (next !== undefined && PRESENCE.has(next)) return { kind: 'presence' }
  if (next !== undefined && contentWord(next, vietnamese) && !SAYING.has(next)) return { kind: 'act', word: stemOf(next), acted: passive }
  return { kind: 'bare' }
}

/** Whether two counts' clauses tell the same happening, or at least nothing that differs. */
export function predicatesAgree(x: Predicate, y: Predicate): boolean {
  if (x.kind === 'act' && y.kind === 'act') return x.word === y.word
  // a whole that something has against a count acted on: "avait 4 moteurs" / "a récupéré 3 moteurs"
  if (x.kind === 'possession' && y.kind === 'act') return !y.acted
  if (y.kind === 'possession' && x.kind === 'act') return !x.acted
  return true
}

/** Words before a figure that place it at one moment of a running count: "at first 40", "later 60", "ban đầu", "d'abord", "al principio". */
const MOMENTS = keys("d'abord d’abord") // one word or two, as a text's apostrophe splits it
const MOMENT_WORDS = keys('initially later then afterwards subsequently eventually ensuite puis initialement finalement luego después inicialmente depois')
const FIRST = keys('first premier abord principio início đầu')
const FIRST_LEADS = keys('at d al no ban lúc')

/** Read in the words right before the figure with no punctuation between ("Later 60 volunteers"): "Ensuite, la Grèce … au nombre de 104" is a narrative's next step, not the count's moment. */
export function atAMoment(lead: readonly string[]): boolean {
  for (let k = 0; k < lead.length; k++) {
    const w = lead[k]!
    if (MOMENTS.has(w) || MOMENT_WORDS.has(w) || (w === VI_AFTER && lead[k + 1] === VI_THAT)) return true
    if (FIRST.has(w) && k > 0 && FIRST_LEADS.has(lead[k - 1]!)) return true
  }
  return false
}

/** Words between a verb of saying and its day: "said on Thursday", "cho biết hôm thứ Năm", "a déclaré le jeudi". */
const DAY_LEADS = keys('on hôm vào ngày le el am')

/** A day that dates a statement, not what it tells: "The navy said Thursday that…", "cho biết hôm thứ Năm", "a déclaré jeudi". */
export function saidOn(d: DateFact): boolean {
  const before = d.before ?? []
  let k = before.length - 1
  while (k >= 0 && DAY_LEADS.has(before[k]!)) k--
  return k >= 0 && SAYING.has(before[k]!)
}
