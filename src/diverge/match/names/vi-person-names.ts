/**
 * Where two reports stand on a Vietnamese full name respelt (reasons/vi-person-respelt.ts): the
 * pair counts as one person only when the two reports state it alike (sentences linked, or
 * context words shared), neither report writes a near spelling besides its own (siblings), and
 * no age, year of birth or title of one sex against the other sets the two apart.
 */
import { foldWord } from '../../../normalize/fold'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { contextsDisagree, hasNamesake, viPersonRespelt } from '../../reasons/vi-person-respelt'
import type { SpellingJudgement } from '../../reasons/name-spelling'
import type { Spelling } from './name-probes'

// Mentions read per spelling and names read per family name: a long report costs linear time.
const MENTIONS_READ = 8
const NAMES_PER_FAMILY = 32
// As a foreign name's words reordered (name-spelling.ts): below a candidate alone, lifted by context.
const PERSON_RESPELT = 0.8

/** One report's names grouped by their first word folded (the family name of a Vietnamese name). */
function byFamily(names: readonly Located<NameFact>[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const name of names) {
    const family = foldWord(name.fact.text.split(' ', 1)[0] ?? '')
    let group = groups.get(family)
    if (!group) groups.set(family, (group = []))
    if (group.length < NAMES_PER_FAMILY && !group.includes(name.fact.text)) group.push(name.fact.text)
  }
  return groups
}

const familyOf = (text: string): string => foldWord(text.split(' ', 1)[0] ?? '')

/** Judges a pair of spellings of two reports: a respelling of one Vietnamese person, or undefined. */
export type PersonJudge = (a: Spelling, b: Spelling, textA: string, textB: string, linked: boolean, shared: number) => SpellingJudgement | undefined

export function createPersonJudge(
  originals: { readonly a: string; readonly b: string },
  names: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
): PersonJudge {
  let groupsA: Map<string, string[]> | undefined
  let groupsB: Map<string, string[]> | undefined
  const at = (text: string, spelling: Spelling) => spelling.mentions.slice(0, MENTIONS_READ).map((m) => ({ text, start: m.span.start, end: m.span.end }))
  return (a, b, textA, textB, linked, shared) => {
    const kind = viPersonRespelt(textA, textB)
    if (!kind || !(linked || shared > 0)) return undefined
    if (hasNamesake((groupsA ??= byFamily(names.a)).get(familyOf(textA)) ?? [], textA)) return undefined
    if (hasNamesake((groupsB ??= byFamily(names.b)).get(familyOf(textB)) ?? [], textB)) return undefined
    if (contextsDisagree(at(originals.a, a), at(originals.b, b))) return undefined
    const evidence = kind === 'swapped' ? 'middle and given names swapped' : 'one syllable of a full name respelt'
    return { kind: 'respelling', score: PERSON_RESPELT, evidence: [evidence], shortForm: false, sharedWords: 1, changes: `${textA}\u0000${textB}` }
  }
}

/**
 * Trần Văn Hùng, 62 tuổi / Trần Văn Hưng, 35 tuổi in linked sentences: a Vietnamese full name one
 * change apart with two ages (years of birth, sexes) beside it is a father and a son, two people,
 * however alike the sentences are.
 */
export function twoVietnamesePeople(textA: string, spanA: { readonly start: number; readonly end: number }, textB: string, spanB: { readonly start: number; readonly end: number }, nameA: string, nameB: string): boolean {
  if (viPersonRespelt(nameA, nameB) === undefined) return false
  return contextsDisagree([{ text: textA, start: spanA.start, end: spanA.end }], [{ text: textB, start: spanB.start, end: spanB.end }])
}

/** Are two spellings of the two reports, a Vietnamese full name one change apart, two people by the ages or sexes beside their mentions? */
export function createPeopleApart(originals: { readonly a: string; readonly b: string }): (a: Spelling, b: Spelling, textA: string, textB: string) => boolean {
  const at = (text: string, spelling: Spelling) => spelling.mentions.slice(0, MENTIONS_READ).map((m) => ({ text, start: m.span.start, end: m.span.end }))
  return (a, b, textA, textB) => viPersonRespelt(textA, textB) !== undefined && contextsDisagree(at(originals.a, a), at(originals.b, b))
}
