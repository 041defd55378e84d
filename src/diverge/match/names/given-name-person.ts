/**
 * When may a given name two letters apart before one family name be read as one person respelt
 * (name-given.ts)? Only when the names are a person's: read as one by a title, a role, "identified
 * as", "named" or an age beside a mention. Mercy Hospital / Mercer Hospital are two institutions
 * (their last word is no family name), and Jason Moore / his cousin Jaden Moore are two people
 * (a kinship word beside either mention names another member of the family). Review rnames37.
 */
import { readAsPerson } from './name-demonyms'
import { Attached } from '../../../document/attached'
import { KINSHIP_WORDS as FAMILY } from '../../../normalize/kinship-words'

interface At {
  readonly start: number
  readonly end: number
}

// Mentions read per name, so a long report costs linear time.
const MENTIONS_READ = 4
const WINDOW = 40

// An institution's or a place's head word: the name's last word is then no family name.
const INSTITUTION_HEADS = new Set(
  'hospital hospitals clinic school schools academy college university church chapel mosque temple cathedral bank street avenue road drive lane boulevard way court center centre hall hotel company corporation corp inc group club park station airport bridge mall market museum library stadium arena prison jail county city township village institute foundation council department agency ministry office house building tower plaza square'.split(' '),
)
// Kinship words beside a mention (his cousin Jaden Moore, Jaden Moore, his brother): another member of the family.
// Besides normalize/kinship-words.ts: "em", a younger sibling, read only beside a name here (elsewhere it addresses anyone young).
const KINSHIP_WORDS: ReadonlySet<string> = new Set([...FAMILY, 'em'])
// Cues before a mention that the words after them are a person's name.
const PERSON_CUE_ENDINGS = [
  'identified as', 'identified him as', 'identified her as', 'named', 'victim', 'suspect', 'chief', 'officer', 'detective', 'sergeant', 'mr', 'mrs', 'ms', 'dr',
  'tên là', 'nạn nhân', 'nghi phạm', 'trưởng', 'ông', 'bà', 'giám đốc', 'chủ tịch',
]

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '')

/** Does the name's last word head an institution or a place (Mercy Hospital, Harvard Avenue)? */
export function institutionName(name: string): boolean {
  const words = wordsOf(name)
  return words.length > 0 && INSTITUTION_HEADS.has(words[words.length - 1]!)
}

/** A kinship word right before a mention (his cousin Jaden Moore) or in an apposition right after it (Jaden Moore, his brother). */
function kinshipBeside(text: string, m: At): boolean {
  const before = wordsOf(text.slice(Math.max(0, m.start - WINDOW), m.start)).slice(-3)
  if (before.some((w) => KINSHIP_WORDS.has(w))) return true
  const after = text.slice(m.end, m.end + WINDOW)
  if (!after.startsWith(',')) return false
  return wordsOf(after).slice(0, 3).some((w) => KINSHIP_WORDS.has(w))
}

/** A person cue at a mention: a title or role, "identified as", "named", or an age after it (", 25"). */
function personCue(text: string, m: At): boolean {
  if (readAsPerson(text, m)) return true
  const before = wordsOf(text.slice(Math.max(0, m.start - WINDOW), m.start)).join(' ')
  if (PERSON_CUE_ENDINGS.some((cue) => before === cue || before.endsWith(` ${cue}`))) return true
  const after = text.slice(m.end, m.end + 5)
  return after.length >= 3 && after[0] === ',' && after[1] === ' ' && after[2]! >= '0' && after[2]! <= '9'
}

/** May the two names (`titled`: a title read with either, Cảnh sát trưởng Blane Wade), mentioned at `atA` in `textA` and `atB` in `textB`, be one person's with a given name respelt? */
export function givenNameMayBeRespelt(titled: boolean, nameA: string, textA: string, atA: readonly At[], nameB: string, textB: string, atB: readonly At[]): boolean {
  if (institutionName(nameA) || institutionName(nameB)) return false
  const a = mentionsRead(textA, atA)
  const b = mentionsRead(textB, atB)
  if (a.kin || b.kin) return false
  return titled || a.cue || b.cue
}

/** Whether a kinship word, and a person cue, stand beside any of a name's first mentions in `text`. */
interface MentionsRead {
  readonly text: string
  readonly kin: boolean
  readonly cue: boolean
}

// By mention list: a spelling keeps its list for every pair of a story its report is in (spelling-views.ts).
const readByMentions = new Attached<readonly At[], MentionsRead>('givenNameMentions')

function mentionsRead(text: string, at: readonly At[]): MentionsRead {
  const kept = readByMentions.get(at)
  if (kept !== undefined && kept.text === text) return kept
  const mentions = at.slice(0, MENTIONS_READ)
  const read = { text, kin: mentions.some((m) => kinshipBeside(text, m)), cue: mentions.some((m) => personCue(text, m)) }
  readByMentions.set(at, read)
  return read
}
