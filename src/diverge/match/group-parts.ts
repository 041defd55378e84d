/**
 * A count with no noun of its own opening the sentence after a count of a group: "Police arrested
 * 12 protesters. Four were later released." / "Cảnh sát bắt 12 người biểu tình. 4 người sau đó được
 * thả." The bare figure is a part of that group, so a figure of the other report that states the
 * group itself (its value, in a sentence linked with the group's: "Twelve people were arrested and
 * several were later released") is no rival of the part: the group's two figures meet, the part
 * is the report's own. A figure of the other report that is not the group ("12 người được thả" in a
 * sentence of its own, after the group told in its own linked sentence) still rivals the part.
 *
 * No noun crosses the sentence (number-subjects.ts keeps "Forty houses were destroyed. Three died."
 * a count of people): only the pairing of the part with the group's figure is set aside.
 */
import type { Located } from '../extract/collect'
import type { Fact, NumberFact } from '../extract/fact'
import { GENERIC_NOUNS } from './counted-slot'

type SentenceFacts = (sentence: number) => readonly Located<Fact>[]

const isCount = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'count'

/** The group a bare count opening its sentence is a part of: the last count of the sentence before, larger than it. */
function groupBefore(part: Located<Fact>, factsOf: SentenceFacts): NumberFact | undefined {
  const f = part.fact
  if (!isCount(f) || (f.unit !== '' && !GENERIC_NOUNS.has(f.unit))) return undefined
  const own = factsOf(part.sentence)
  // only the sentence's opening figure: a later one may count anything its clause names
  if (own[0]?.fact !== f || part.sentence === 0) return undefined
  const before = factsOf(part.sentence - 1)
  const group = before[before.length - 1]?.fact
  return group && isCount(group) && group.value > f.value ? group : undefined
}

/** How the sentences of two reports link: whether sentence i of A and j of B sit in one link, and whether a sentence of a side sits in any. */
export interface GroupLinks {
  readonly inOneLink: (i: number, j: number) => boolean
  readonly linkedA: (i: number) => boolean
  readonly linkedB: (j: number) => boolean
}

/**
 * Why `x` (of A) and `y` (of B) are a part and the group it was counted out of, if they are: one is
 * a bare count opening the sentence after its group's count, the other the group's value, in a
 * sentence linked with the group's, or with the part's when the group's sentence links with none
 * (the other report told the group and the part in one sentence).
 */
export function partAgainstGroup(x: Located<Fact>, y: Located<Fact>, factsOfA: SentenceFacts, factsOfB: SentenceFacts, links: GroupLinks): string | undefined {
  const groupA = groupBefore(x, factsOfA)
  if (groupA && y.fact.type === 'number' && y.fact.value === groupA.value && (links.inOneLink(x.sentence - 1, y.sentence) || !links.linkedA(x.sentence - 1))) return `a part of the group the sentence before counts (${groupA.text})`
  const groupB = groupBefore(y, factsOfB)
  if (groupB && x.fact.type === 'number' && x.fact.value === groupB.value && (links.inOneLink(x.sentence, y.sentence - 1) || !links.linkedB(y.sentence - 1))) return `a part of the group the sentence before counts (${groupB.text})`
  return undefined
}
