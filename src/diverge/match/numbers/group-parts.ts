/**
 * A count with no noun of its own opening the sentence after a count of a group: "Police arrested
 * 12 protesters. Four were later released." / "Cảnh sát bắt 12 người biểu tình. 4 người sau đó được
 * thả." The bare figure is a part of that group, so a figure of the other report that states the
 * group itself (its value, in a sentence linked with the group's: "Twelve people were arrested and
 * several were later released") is no rival of the part: the group's two figures meet, the part
 * is the report's own. The other figure is the group's only when words beside it are the group's
 * (the arrested 12): a figure of the group's value told of something else still rivals the part,
 * in its own sentence or beside the restated group ("chở 40 người di cư … khiến 40 người chết
 * đuối", "bắt 12 người biểu tình, sau đó 12 người được thả": review rcounts34 1–3).
 *
 * No noun crosses the sentence (number-subjects.ts keeps "Forty houses were destroyed. Three died."
 * a count of people): only the pairing of the part with the group's figure is set aside.
 */
import { functionWords } from '../../../normalize/function-words'
import { foldWord } from '../../../normalize/fold'
import type { Located } from '../../extract/collect'
import type { Fact, NumberFact } from '../../extract/fact'
import type { Clause } from '../clauses/clauses'
import { GENERIC_NOUNS } from '../slots/counted-slot'

type SentenceFacts = (sentence: number) => readonly Located<Fact>[]
type ClauseOf = (located: Located<Fact>) => Clause

/** Words of a figure's own clause read as its verb and noun: the nearest before it and after it, stopping at another figure. */
const WORDS_BEFORE = 3
const WORDS_AFTER = 4
const FUNCTION: ReadonlySet<string> = new Set([...functionWords('und')].map(foldWord))

const isCount = (f: Fact): f is NumberFact => f.type === 'number' && f.kind === 'count'

/** The group a bare count opening its sentence is a part of: the last count of the sentence before, larger than it. */
function groupBefore(part: Located<Fact>, factsOf: SentenceFacts): Located<NumberFact> | undefined {
  const f = part.fact
  if (!isCount(f) || (f.unit !== '' && !GENERIC_NOUNS.has(f.unit))) return undefined
  const own = factsOf(part.sentence)
  // only the sentence's opening figure: a later one may count anything its clause names
  if (own[0]?.fact !== f || part.sentence === 0) return undefined
  const before = factsOf(part.sentence - 1)
  const group = before[before.length - 1]
  return group && isCount(group.fact) && group.fact.value > f.value ? (group as Located<NumberFact>) : undefined
}

/** The content words beside a figure in its clause, up to the figures either side of it: its verb and what it counts. */
function wordsBeside(figure: Located<Fact>, sentenceFacts: readonly Located<Fact>[], clauseOf: ClauseOf): Set<string> {
  const clause = clauseOf(figure)
  let from = Math.max(clause.wordsBefore - clause.before.length, clause.wordsBefore - WORDS_BEFORE)
  let to = Math.min(clause.afterStart + clause.after.length, clause.afterStart + WORDS_AFTER)
  for (const other of sentenceFacts) {
    if (other === figure) continue
    const near = clauseOf(other)
    if (near.afterStart <= clause.wordsBefore) from = Math.max(from, near.afterStart)
    else if (near.wordsBefore >= clause.afterStart) to = Math.min(to, near.wordsBefore)
  }
  const words = new Set<string>()
  for (let k = Math.max(0, from); k < to; k++) {
    const w = clause.words[k]!
    if (!FUNCTION.has(w) && !GENERIC_NOUNS.has(w)) words.add(w)
  }
  return words
}

/** Is `other` (of the other report) the group's own figure: its value, with a word of the group's beside it (the arrested 12)? */
function isGroupFigure(group: Located<NumberFact>, other: Located<Fact>, groupFacts: readonly Located<Fact>[], otherFacts: readonly Located<Fact>[], groupClause: ClauseOf, otherClause: ClauseOf): boolean {
  if (other.fact.type !== 'number' || other.fact.value !== group.fact.value) return false
  const beside = wordsBeside(group, groupFacts, groupClause)
  for (const w of wordsBeside(other, otherFacts, otherClause)) if (beside.has(w)) return true
  return false
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
export function partAgainstGroup(x: Located<Fact>, y: Located<Fact>, factsOfA: SentenceFacts, factsOfB: SentenceFacts, links: GroupLinks, clauseA: ClauseOf, clauseB: ClauseOf): string | undefined {
  const groupA = groupBefore(x, factsOfA)
  if (groupA && (links.inOneLink(x.sentence - 1, y.sentence) || !links.linkedA(x.sentence - 1)) && isGroupFigure(groupA, y, factsOfA(groupA.sentence), factsOfB(y.sentence), clauseA, clauseB))
    return `a part of the group the sentence before counts (${groupA.fact.text})`
  const groupB = groupBefore(y, factsOfB)
  if (groupB && (links.inOneLink(x.sentence, y.sentence - 1) || !links.linkedB(y.sentence - 1)) && isGroupFigure(groupB, x, factsOfB(groupB.sentence), factsOfA(x.sentence), clauseB, clauseA))
    return `a part of the group the sentence before counts (${groupB.fact.text})`
  return undefined
}
