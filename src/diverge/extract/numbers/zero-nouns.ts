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
import { outcomePhraseAt } from './outcome-words'

const [NO, KHONG] = [...keys('no không')] as [string, string]
/** Verbs between "không" and the outcome noun: "không có", "không gây (ra)", "không ghi nhận". */
const VI_VERBS: ReadonlyArray<readonly string[]> = ['gây ra', 'ghi nhận', 'có', 'gây'].map((p) => p.split(' ').map(foldWord))
/** Words after the noun that make the zero a group's: "among the crew", "trong số hành khách". */
const OF_GROUP = keys('among trong')

const wordsFrom = (tokens: readonly Token[], k: number, n: number): string[] => {
  const out: string[] = []
  for (let j = k; j < tokens.length && out.length < n && tokens[j]!.kind === 'word'; j++) out.push(tokens[j]!.key)
  return out
}

/** A zero whose noun is the outcome at token `i`: its last token and the token its outcome starts at, else undefined. */
export function zeroNounAt(tokens: readonly Token[], i: number): { last: number; outcomeFrom: number } | undefined {
  const w = tokens[i]?.kind === 'word' ? tokens[i]!.key : ''
  let from = i + 1
  if (w === KHONG) {
    const verb = VI_VERBS.find((p) => p.every((v, k) => tokens[i + 1 + k]?.kind === 'word' && tokens[i + 1 + k]!.key === v))
    if (!verb) return undefined
    from += verb.length
  } else if (w !== NO) return undefined
  const words = wordsFrom(tokens, from, 3)
  const phrase = outcomePhraseAt(words, 0)
  if (!phrase) return undefined
  // English: the noun's plural ("deaths", "casualties"), never a participle ("no injured" is rare, "no toll road" none)
  if (w === NO && !(phrase.length === 1 && words[0]!.endsWith('s') && words[0] !== 'toll')) return undefined
  // Vietnamese: a noun of the toll, not a verb negated ("không chết"); only the casualties' own noun follows a verb of having
  if (w === KHONG && phrase.outcome !== 'casualties') return undefined
  const last = from + phrase.length - 1
  if (OF_GROUP.has(tokens[last + 1]?.kind === 'word' ? tokens[last + 1]!.key : '')) return undefined
  return { last, outcomeFrom: from }
}
