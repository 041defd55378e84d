/**
 * Two goals by two scorers: the minutes of two reports' goal sentences a minute apart are two
 * events when each names its own scorer and the other report names him too (Kane's 18th, Son's
 * 19th). Read by the timeline's pairing (match-minutes.ts) and by every other pairing of two
 * minutes (minute-readings.ts), linked sentences first: two goal sentences alike in wording are
 * still two goals.
 */
import type { PreparedDocument } from '../../../document'
import { sentenceText } from '../../../document/words'
import { once } from '../../../document/once'
import type { DocumentFacts } from '../../extract/collect'
import { respeltActors, tellsGoal } from './minute-evidence'

/** Name words of each sentence (three letters or more). */
export function nameWords(facts: DocumentFacts, sentence: number): Set<string> {
  const out = new Set<string>()
  for (const name of facts.namesBySentence.get(sentence) ?? []) for (const token of name.fact.tokens) if (token.length >= 3 && !/\d/.test(token)) out.add(token)
  return out
}

const WORD = /[\p{L}\p{M}]+/gu
const CAPITAL = /^\p{Lu}/u
/** Words that open a sentence with its minute ("Phút 18, …", "Minute 18: …"): no player. */
const MINUTE_WORDS = new Set(['phút', 'minute', 'minuto', 'minuten', 'minuut', 'min'])

/** Folded words a report ever writes in lower case: no name, even where a sentence opens with them ("The", "Đội"). */
function lowerWords(doc: PreparedDocument): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < doc.sentences.length; i++) for (const [w] of sentenceText(doc, i).matchAll(WORD)) if (!CAPITAL.test(w)) out.add(w.toLowerCase())
  return out
}

/**
 * The players a sentence names: its name words, and its capitalised words neither report ever
 * writes in lower case: a scorer opening his sentence (*Kane scored…*, *Văn Quyết ghi bàn…*) is
 * often read as no name.
 */
function playerWords(doc: PreparedDocument, facts: DocumentFacts, i: number): Set<string> {
  const lower = once(doc, lowerWords)
  const out = nameWords(facts, i)
  for (const [w] of sentenceText(doc, i).matchAll(WORD)) {
    const folded = w.toLowerCase()
    if (w.length >= 3 && CAPITAL.test(w) && !lower.has(folded) && !MINUTE_WORDS.has(folded)) out.add(folded)
  }
  return out
}

/** Player words of a whole report: a player it names anywhere. */
function reportPlayers(facts: DocumentFacts, doc: PreparedDocument): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i < doc.sentences.length; i++) for (const w of playerWords(doc, facts, i)) out.add(w)
  return out
}

/** Name words the two sentences share, a respelt one too (MacDonal / McDonald: one scorer, two spellings). */
export function sharedActors(factsA: DocumentFacts, factsB: DocumentFacts, i: number, j: number): string[] {
  const own = nameWords(factsA, i)
  const other = nameWords(factsB, j)
  return [...[...own].filter((w) => other.has(w)), ...respeltActors(own, other)]
}

export const tellsGoalAt = (doc: PreparedDocument, i: number): boolean => i >= 0 && i < doc.sentences.length && tellsGoal(sentenceText(doc, i))

/** The sentences that may tell the event of a minute: its own, and the next unless that one dates an event of its own. */
function telling(sentence: number, dated: ReadonlySet<number>): number[] {
  return dated.has(sentence + 1) ? [sentence] : [sentence, sentence + 1]
}

/**
 * Are the goals of sentence `i` of A and `j` of B two scorers' goals: both tell a goal, they name
 * no one in common, and each names a player the other report names elsewhere. The lede's names
 * (the teams, "Chelsea thắng Schalke") are no scorer's. A scorer named by two parts of his name
 * (Joshua / Robert MacDonald) is not known to the other report by either, and still pairs. Nor
 * when a sentence telling the event names a player the other's does: the scorer is often named in
 * the sentence after its minute (VietnameseMDS c93: 69 / 68). `datedA` / `datedB`: the sentences
 * that state a minute.
 */
export function twoScorers(docA: PreparedDocument, docB: PreparedDocument, factsA: DocumentFacts, factsB: DocumentFacts, i: number, j: number, datedA: ReadonlySet<number>, datedB: ReadonlySet<number>): boolean {
  if (!tellsGoalAt(docA, i) || !tellsGoalAt(docB, j)) return false
  const playersA = (k: number): Set<string> => playerWords(docA, factsA, k)
  const playersB = (k: number): Set<string> => playerWords(docB, factsB, k)
  const ledeNames = new Set([...playersA(0), ...playersB(0)])
  const own = [...playersA(i)].filter((w) => !ledeNames.has(w))
  const other = [...playersB(j)].filter((w) => !ledeNames.has(w))
  if (own.some((w) => other.includes(w)) || respeltActors(new Set(own), new Set(other)).length > 0) return false
  const namedInA = once(factsA, reportPlayers, docA)
  const namedInB = once(factsB, reportPlayers, docB)
  if (!own.some((w) => namedInB.has(w)) || !other.some((w) => namedInA.has(w))) return false
  // (names the extractor reads only: a capitalised word opening the next sentence is as often "The" or "Đội")
  return !telling(i, datedA).some((x) => telling(j, datedB).some((y) => sharedActors(factsA, factsB, x, y).length > 0))
}
