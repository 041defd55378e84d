/**
 * A zero said with the outcome as its noun: "No casualties were reported", "There were no
 * deaths", "found no survivors", "Không có thương vong", "Vụ cháy không gây thương vong". It is a
 * toll of zero, as "No one was hurt" is (number-subjects.ts), whose outcome is its noun, so the
 * fact's clause words start at the noun (match/numbers/zero-outcomes.ts reads them).
 *
 * Only the outcome right after the negation, in the plural in English: "no new deaths", "no
 * further casualties" are zeros of a part of the toll, "no toll road" no toll; a zero of a group
 * ("no casualties among the crew", "trong số") is no zero of the event's toll.
 */
import { foldWord } from '../../../normalize/fold'
import { keys, type Token } from '../fact-tokens'
import { outcomePhraseAt, type Outcome } from './outcome-words'

const [NO, KHONG, CHUA, NGUOI] = [...keys('no không chưa người')] as [string, string, string, string]
/** Verbs between "không" / "chưa" and the outcome noun: "không có", "không gây (ra)", "chưa ghi nhận". */
const VI_VERBS: ReadonlyArray<readonly string[]> = ['gây ra', 'ghi nhận', 'có', 'gây'].map((p) => p.split(' ').map(foldWord))
/** Words after the noun that make the zero a group's: "among the crew", "trong số hành khách", "về phía cảnh sát". */
const OF_GROUP = keys('among trong phía')
const [ON, SIDE, VE, PHIA] = [...keys('on side về phía')] as [string, string, string, string]
/** A cause set apart after the noun ("no deaths from the quake itself"): the other report's toll may have another. */
const OWN_CAUSE = keys('itself directly trực')
/**
 * Words that may stand in a zero's clause before its negation without naming a subject of its
 * own: joins ("but", "nhưng"), "there were", verbs of causing. Any other word there names one
 * ("dư chấn sau đó không gây thương vong": the aftershock's zero, not the quake's).
 */
const NO_SUBJECT = keys('but and yet however so while though although with there were was is are had has have been be caused causing left leaving reported nhưng và song tuy nhiên may mắn đã cũng vẫn')
/** Nouns of a toll the outcome lexicon lacks, and the outcome each names: "no injuries", "không gây thiệt hại về người". */
const NOUN_OUTCOMES: ReadonlyArray<readonly [readonly string[], Outcome]> = [
  [['injuries'], 'injured'],
  [['thiệt', 'hại', 'về', 'người'].map(foldWord), 'casualties'],
]

/** The outcome a toll's noun names at word `k` of folded `words`: the lexicon's, or one of NOUN_OUTCOMES. */
export function tollNounAt(words: readonly string[], k: number): { outcome: Outcome; length: number } | undefined {
  const found = outcomePhraseAt(words, k)
  if (found) return found
  const noun = NOUN_OUTCOMES.find(([p]) => p.every((w, j) => words[k + j] === w))
  return noun && { outcome: noun[1], length: noun[0].length }
}

const wordsFrom = (tokens: readonly Token[], k: number, n: number): string[] => {
  const out: string[] = []
  for (let j = k; j < tokens.length && out.length < n && tokens[j]!.kind === 'word'; j++) out.push(tokens[j]!.key)
  return out
}

const CLAUSE_REACH = 24

/** Does the zero at `i` stand in a later clause of its sentence with a subject of its own? */
function ownSubject(tokens: readonly Token[], i: number): boolean {
  let named = false
  // a clause longer than CLAUSE_REACH reads as no later clause: the scan stays bounded
  for (let j = i - 1; j >= Math.max(0, i - CLAUSE_REACH); j--) {
    const t = tokens[j]!
    if (t.kind === 'punct') return named && (t.raw === ',' || t.raw === ';')
    if (t.kind === 'word' && !NO_SUBJECT.has(t.key)) named = true
  }
  return false
}

/** Is the zero ending at `last` set apart by what follows it: a group ("among", "on the police side") or a cause of its own? */
function qualifiedAfter(tokens: readonly Token[], last: number): boolean {
  const after = wordsFrom(tokens, last + 1, 6)
  if (OF_GROUP.has(after[0] ?? '') || (after[0] === VE && after[1] === PHIA) || (after[0] === ON && after.slice(1, 5).includes(SIDE))) return true
  return after.some((w) => OWN_CAUSE.has(w))
}

/** A zero whose noun is the outcome at token `i`: its last token and the token its outcome starts at, else undefined. */
export function zeroNounAt(tokens: readonly Token[], i: number): { last: number; outcomeFrom: number } | undefined {
  const w = tokens[i]?.kind === 'word' ? tokens[i]!.key : ''
  let from = i + 1
  if (w === KHONG || w === CHUA) {
    const verb = VI_VERBS.find((p) => p.every((v, k) => tokens[i + 1 + k]?.kind === 'word' && tokens[i + 1 + k]!.key === v))
    if (!verb) return undefined
    from += verb.length
    // "không có người thương vong": the people, then their toll
    if (tokens[from]?.kind === 'word' && tokens[from]!.key === NGUOI && tollNounAt(wordsFrom(tokens, from + 1, 4), 0)?.outcome === 'casualties') from++
  } else if (w !== NO) return undefined
  const words = wordsFrom(tokens, from, 4)
  const phrase = tollNounAt(words, 0)
  if (!phrase) return undefined
  // English: the noun's plural ("deaths", "casualties"), never a participle ("no injured" is rare, "no toll road" none)
  if (w === NO && !(phrase.length === 1 && words[0]!.endsWith('s') && words[0] !== 'toll')) return undefined
  // Vietnamese: a noun of the toll, not a verb negated ("không chết"); only the casualties' own noun follows a verb of having
  if (w !== NO && phrase.outcome !== 'casualties') return undefined
  const last = from + phrase.length - 1
  if (qualifiedAfter(tokens, last) || ownSubject(tokens, i)) return undefined
  return { last, outcomeFrom: from }
}
