/**
 * Where two reports stand on a Vietnamese full name respelt (reasons/vi-person-respelt.ts): the
 * pair counts as one person only when the two reports state it alike (sentences linked, or
 * context words shared), neither report writes a near spelling besides its own (siblings), and
 * no age, year of birth or title of one sex against the other sets the two apart.
 */
import { foldWord } from '../../../normalize/fold'
import type { Located } from '../../extract/collect'
import type { NameFact } from '../../extract/names/names'
import { type MentionAt, contextsAgree, contextsDisagree, hasNamesake, roleOf, rolesAgree, viPersonRespelt } from '../../reasons/vi-person-respelt'
import type { SpellingJudgement } from '../../reasons/name-spelling'
import { addressShared, kinBeside, quoted, twoSyllablesRespelt } from '../../reasons/vi-person-two-changed'
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

// cho biết, công ty: one shared word places anyone; a swap asks more.
const SWAP_SHARED_WITHOUT_ROLE = 2

function sameRole(a: readonly MentionAt[], b: readonly MentionAt[], shared: number): boolean {
  const x = a.map(roleOf).find((r) => r !== undefined)
  const y = b.map(roleOf).find((r) => r !== undefined)
  if (x !== undefined && y !== undefined) return rolesAgree(x, y)
  return x === undefined && y === undefined && shared >= SWAP_SHARED_WITHOUT_ROLE
}

export function createPersonJudge(
  originals: { readonly a: string; readonly b: string },
  names: { readonly a: readonly Located<NameFact>[]; readonly b: readonly Located<NameFact>[] },
): PersonJudge {
  let groupsA: Map<string, string[]> | undefined
  let groupsB: Map<string, string[]> | undefined
  const at = (text: string, spelling: Spelling) => spelling.mentions.slice(0, MENTIONS_READ).map((m) => ({ text, start: m.span.start, end: m.span.end }))
  return (a, b, textA, textB, linked, shared) => {
    const kind = viPersonRespelt(textA, textB)
    if (!kind) return twoChanged(a, b, textA, textB, linked, shared)
    if (!(linked || shared > 0)) return undefined
    if (hasNamesake((groupsA ??= byFamily(names.a)).get(familyOf(textA)) ?? [], textA)) return undefined
    if (hasNamesake((groupsB ??= byFamily(names.b)).get(familyOf(textB)) ?? [], textB)) return undefined
    if (contextsDisagree(at(originals.a, a), at(originals.b, b))) return undefined
    // Đức Anh / Anh Đức are two people unless the reports give them one role, or, with none, more than one word of context.
    if (kind === 'swapped' && !sameRole(at(originals.a, a), at(originals.b, b), shared)) return undefined
    const evidence = kind === 'swapped' ? 'middle and given names swapped' : 'one syllable of a full name respelt'
    return { kind: 'respelling', score: PERSON_RESPELT, evidence: [evidence], shortForm: false, sharedWords: 1, changes: `${textA}\u0000${textB}` }
  }
  // Trần Hữu Trung / Trần Thủy Chung: two syllables changed, one man only where both reports give him one address (vi-person-two-changed.ts).
  function twoChanged(a: Spelling, b: Spelling, textA: string, textB: string, linked: boolean, shared: number): SpellingJudgement | undefined {
    if (!(linked || shared > 0) || !twoSyllablesRespelt(textA, textB)) return undefined
    if (otherOfFamily((groupsA ??= byFamily(names.a)).get(familyOf(textA)) ?? [], textA)) return undefined
    if (otherOfFamily((groupsB ??= byFamily(names.b)).get(familyOf(textB)) ?? [], textB)) return undefined
    const mentionsA = at(originals.a, a)
    const mentionsB = at(originals.b, b)
    if (contextsDisagree(mentionsA, mentionsB) || !addressShared(mentionsA, mentionsB)) return undefined
    // Relatives share an address: a kinship word makes two people, and one age, role or quote must tie the two.
    if (kinBeside(mentionsA) || kinBeside(mentionsB)) return undefined
    if (!contextsAgree(mentionsA, mentionsB) && !(quoted(mentionsA) && quoted(mentionsB))) return undefined
    return { kind: 'respelling', score: PERSON_RESPELT, evidence: ['two syllables of a full name respelt, one address beside both'], shortForm: false, sharedWords: 1, changes: `${textA}\u0000${textB}` }
  }
}

/** Another full name of the family in the report (Trần Văn Hải beside Trần Hữu Trung): which of them the other report means is a guess. */
function otherOfFamily(family: readonly string[], text: string): boolean {
  const own = foldWord(text)
  return family.some((name) => name.includes(' ') && foldWord(name) !== own && !own.includes(foldWord(name)))
}
